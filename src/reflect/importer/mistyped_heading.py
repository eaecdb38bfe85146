"""A heading left unplaced that is one slip from one the importer knows ("Recomendations" for
"Recommendations"), said so in the import's notes with the part its block belongs in.

A briefing whose "Recommendations" heading was misspelt had its recommendations listed as not
placed, and the note said only that the lines not placed "may hold" recommendations: the
learning lead had to spot the slip in the heading (a trial). The block is not moved: a
slip is likely, not sure, and the preview moves it in two keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from reflect.importer import headings as H
from reflect.near import one_slip

_KNOWN = {H.normalise(k): (k.rstrip("?"), v) for k, v in H.HEADINGS.items() if not k.endswith("…")}


def _meant(key: str) -> tuple[str, str] | None:
    """The known heading (as written, and its section) that `key` (normalised) is one slip
    from, in one word, every other word the same; None where none is, or several are."""
    words = key.split()
    found = {k: v for k, v in _KNOWN.items() if len(k.split()) == len(words) and sum(
        a != b for a, b in zip(words, k.split(), strict=True)) == 1 and all(
        a == b or one_slip(a, b) for a, b in zip(words, k.split(), strict=True))}
    return next(iter(found.values())) if len({v[1] for v in found.values()}) == 1 else None


def mistyped_said(unplaced: Iterable[tuple[int, str]], parts: dict[str, str]) -> list[str]:
    """A note for each line of `unplaced` (its number, its text) shaped as a heading and one
    slip from a known one; `parts`: the sections' names as the notes say them."""
    said = []
    for n, raw in unplaced:
        if not H.looks_like_heading(raw) or H.match_heading(raw) is not None:
            continue
        words = H.without_hashes(raw).strip(" *_:")
        meant = _meant(H.normalise(words))
        if meant is not None:
            heading, section = meant
            into = parts.get(section, section.replace("_", " "))
            said.append(f"line {n} (“{words}”) looks like the heading “{heading}”, a letter apart, "
                        f"so its lines were not placed: move its block into {into} (or correct "
                        "the heading in the briefing and import it again)")
    return said
