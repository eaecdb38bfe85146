"""What a mistyped word, name or path was likely meant to be: the nearest of those known
(difflib, imported only once something is mistyped), and whether two words are one slip
apart (`one_slip`: team names' rule, and people's, a due date's and a theme's; it was in
model/teams.py, and the start screen imports no model). Apart from text.py, which had grown
to its 400 lines."""

from __future__ import annotations

from collections.abc import Iterable


def nearest(typed: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """What `typed` was likely meant to be among `known`, if one is near enough (a slip or
    two: `docs` for docx, `fromat` for format, `sinse` for since: difflib's ratio `cutoff` or
    more); None otherwise."""
    import difflib  # (only once something is mistyped: `reflect` alone starts quicker)

    found = difflib.get_close_matches(typed, list(known), n=1, cutoff=cutoff)
    return found[0] if found else None


def nearest_all(typed: str, known: Iterable[str], cutoff: float) -> list[str]:
    """Every one of `known` as near to `typed` as the nearest is, if that is `cutoff` (difflib's
    ratio) or nearer: `Child Q` is as near child-zy as child-zz, and offering one of them alone
    would be a guess."""
    import difflib

    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(typed)
    ratios: dict[str, float] = {}
    for k in dict.fromkeys(known):
        matcher.set_seq1(k)
        ratios[k] = matcher.ratio()
    best = max(ratios.values(), default=0.0)
    return [k for k, r in ratios.items() if r == best] if best >= cutoff else []


SLIP_LETTERS = 5
"""A word's letters at least, in both spellings, for one letter wrong, missing, extra or
swapped with the next to be read as a slip (`Moorvlae` for `Moorvale`): in shorter words one
letter is a different word (`East`, `West`; `HV`, `HB`). Its first letter is never a slip:
there, one letter is a different word too (`South`, `Youth`; `Bridge`, `Ridge`), and a word's
first letter is the one people rarely mistype."""

SHORT_SLIP_LETTERS = 4
"""A word's letters at least for the two slips read in a word shorter than `SLIP_LETTERS`:
two letters side by side swapped (`Taem`), or a consonant typed for its neighbour on the
keyboard (`Tean`), after the first letter, both spellings as long. Any other letter wrong,
missing or extra is a different word there: `Care`, `Core`; `Hill`, `Hull`; `Ford`, `Fort`;
`Care`, `Carer`. Over 116 words of four letters common in team names, these pair one
(`Nest`, `Next`) where any slip after the first letter paired 25."""

_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_AT = {ch: (row, col + (0, .25, .75)[row]) for row, keys in enumerate(_KEYS)
       for col, ch in enumerate(keys)}
"""Each letter's place on a UK (QWERTY) keyboard: its row, and how far along (rows step on)."""
_VOWELS = frozenset("aeiou")


def _neighbours(x: str, y: str) -> bool:
    """Whether two consonants are keys side by side (`m`, `n`), or touching in the rows above
    and below (`s`, `x`). A vowel is never one: `Hill`, `Hull` and `Wold`, `Wood` are words."""
    if x in _VOWELS or y in _VOWELS or x not in _AT or y not in _AT:
        return False
    (row, at), (other_row, other_at) = _AT[x], _AT[y]
    return abs(at - other_at) == 1 if row == other_row else (
        abs(row - other_row) == 1 and abs(at - other_at) < 1)


def one_slip(a: str, b: str) -> bool:
    """Whether two different words are one slip apart: one letter wrong, missing, extra, or
    two side by side swapped, after the first, in words of `SLIP_LETTERS` or more without
    digits; in words of `SHORT_SLIP_LETTERS`, two swapped or a consonant for its neighbour."""
    short = min(len(a), len(b))
    if a[:1] != b[:1] or a == b or abs(len(a) - len(b)) > 1 or \
            short < SHORT_SLIP_LETTERS or any(ch.isdigit() for ch in a + b):
        return False
    i = next(n for n, (x, y) in enumerate(zip(a + " ", b + " ", strict=False)) if x != y)
    swapped = i + 1 < len(a) == len(b) and a[i] == b[i + 1] and a[i + 1] == b[i] and \
        a[i + 2:] == b[i + 2:]
    if short < SLIP_LETTERS:
        return len(a) == len(b) and (swapped or (
            a[i + 1:] == b[i + 1:] and _neighbours(a[i], b[i])))
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        return longer[i + 1:] == shorter[i:]
    return a[i + 1:] == b[i + 1:] or swapped
