"""Whether a name typed over another corrects it or names someone else: the Facilitator box
renamed is a correction (what named the facilitator follows the new name: rename_edits.py)
or another facilitator taking over (what the one before did stays theirs: handover.py).

A correction keeps the person: case, spacing and punctuation ("alex  example."), a name said
shorter or fuller ("Alex" and "Alex Example", "Alex J Example", "Alex E."), a letter or two
mistyped within a word ("Alex Exmaple"). Anything else names someone else: a word put in
another's place, however much else is kept ("Alex Sample" for "Alex Example", a new
facilitator with the same first name, took Alex Example's actions as the name was typed,
with nothing said: a trial; "Sam Example" for "Alex Example"). Where it could be either
("Alex Ng" and "Alex Na": a typo, or Alex Na), it is taken as someone else: Ctrl+Y on Who is
here then gives it all to the new name in one key, and nothing is lost meanwhile, while a
correction taken wrongly moves the actions of the one before with nothing said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from reflect.text import search_words

TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir"})
"""Words before a name that are no part of it ("Dr Alex Example" is Alex Example)."""

_Word = tuple[str, ...]
"""A name's word as its parts (hyphens and full stops apart: "Example-Sample", "J.R.")."""

_FAR = 99
"""Letters apart that no correction is: no fit."""


def corrected(before: str, after: str) -> bool:
    """Whether a name typed over `before` corrects it rather than naming someone else (see
    above). Word by word, the shorter name's words are found in the longer's, in order, each
    the same word, its initial ("E." for "Example") or a letter or two from it (`_typo`),
    with one at least whole (not "A. E."), and two letters mistyped in all at most; the
    first names are each other's (a middle name or a surname comes and goes; "Sam Alex
    Example" is not Alex Example), unless one name is a single word, a first name or a
    surname alone. An empty name corrects nothing and names no one: True."""
    a, b = _words(before), _words(after)
    if not a or not b or "".join(map("".join, a)) == "".join(map("".join, b)):
        return True
    short, long = sorted((a, b), key=len)
    if len(short) == 1:
        return _fit(short, long)[1] <= 2
    first, rest = _alike(short[0], long[0]), _fit(short[1:], long[1:])
    return min(first[0] + rest[1], first[1] + min(rest)) <= 2


def corrects_each(names: Iterable[str], after: str) -> bool:
    """Whether `after` corrects each of `names` (`corrected`): the names a facilitator had,
    each corrected to the next, judged as one ("Alex Example" to "Alex" to "Alex Sample" is
    someone else, as "Alex Example" to "Alex Sample" is)."""
    return all(corrected(before, after) for before in names)


def _words(name: str) -> tuple[_Word, ...]:
    """`name`'s words, each as its parts, case-folded, apostrophes and other punctuation left
    out ("O'Brien" is "obrien"), titles before it left out where a name follows them."""
    words = tuple(w for w in (tuple(search_words(word)) for word in name.split()) if w)
    while len(words) > 1 and words[0] in {(title,) for title in TITLES}:
        words = words[1:]
    return words


def _fit(short: Sequence[object], long: Sequence[object]) -> tuple[int, int]:
    """How few letters apart `short` is from some of `long`, in order, each of its items found
    in one of `long`'s (the words of two names, or the parts of two words: "Sample" is
    "Example-Sample" said shorter): with none of them found whole (by initials only), and
    with one at least. `_FAR` or more: no fit."""

    @cache
    def fit(i: int, j: int) -> tuple[int, int]:
        if i == len(short):
            return 0, _FAR
        if len(long) - j < len(short) - i:
            return _FAR, _FAR
        skip, here, rest = fit(i, j + 1), _alike(short[i], long[j]), fit(i + 1, j + 1)
        return (min(skip[0], here[0] + rest[0]),
                min(skip[1], here[1] + min(rest), here[0] + rest[1]))

    return fit(0, 0)


def _alike(x: object, y: object) -> tuple[int, int]:
    """How many letters apart two words (or two parts of one) are, as `_fit` counts: a word
    is its parts, the shorter found in the longer; a part is the same, an initial, or mistyped
    (`_typo`)."""
    if not isinstance(x, str) or not isinstance(y, str):
        assert isinstance(x, tuple) and isinstance(y, tuple)
        return _fit(*sorted((x, y), key=len))
    if x == y:
        return (0, _FAR) if len(x) == 1 else (_FAR, 0)
    if min(len(x), len(y)) == 1 and x[0] == y[0]:
        return 0, _FAR
    apart = _typo(x, y)
    return _FAR, (_FAR if apart is None else apart)


def _typo(x: str, y: str) -> int | None:
    """How many letters `x` and `y` are apart, where that may be a typo of one word: one
    letter added, left out, or two swapped, in a word of four letters or more ("Alx" and
    "Alex", "Exmaple"); one changed, too, in a word of six or more ("Exanple"), and two
    letters in a word of nine or more. None: not a typo. A short word with a letter changed
    is another word as often ("Alec", "Joan", "Ng" and "Na", "Hall" and "Hill")."""
    longest, apart = max(len(x), len(y)), _letters_apart(x, y)
    if longest < 4 or apart > (2 if longest >= 9 else 1):
        return None
    changed = len(x) == len(y) and sorted(x) != sorted(y)
    return None if changed and longest < 6 else apart


def _letters_apart(a: str, b: str) -> int:
    """How many letters must be typed, deleted or changed, or two side by side swapped, to
    make `a` into `b`."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y)))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]
