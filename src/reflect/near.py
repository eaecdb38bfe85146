"""What a mistyped word, name or path was likely meant to be: the nearest of those known
(difflib, imported only once something is mistyped). Apart from text.py, which had grown to
its 400 lines."""

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
