"""A PDF's running headers and footers (for `reflect.importer.readers.pdf_layout`): lines at
the top or bottom edge of the pages that really repeat, dropped from the text and their text
kept (`Source.furniture`), to be listed as left out.

A line is a header or footer when the same text is at the same place on most pages (and at
least two), its numbers aside only where they are the page's number ("Page 3 of 7": the 3 is
one more on each page, the 7 the same on each). Until 5 December 2026 any number could
differ: the first line of two pages, "... pattern number 12 in ..." and "... number 33 in
...", was taken for a running header and lost from a one-column PDF, unsaid (a trial).
Lines alike but for a number that are set larger than the body text are headings, one atop
each page ("Learning point 2" on page 3), never a running header: until 7 December 2026 a
briefing of one learning point a page lost every heading, its points read as introduction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

EDGE = 0.08
"""Share of the page height at its top and bottom where headers and footers live."""
PAGE_SLACK = 3
"""How far a page's number may be from its place in the file (a cover or two unnumbered)."""
HEADING = 1.15
"""How much larger than the body text a heading is (as `readers.pdf` reads headings)."""
_NUMBER = re.compile(r"[0-9]+")


class Placed(Protocol):
    """A line of text on a page (`pdf_layout.Line`): its baseline and top, and its text."""

    y0: float
    y1: float
    text: str
    size: float


def edge_lines(lines: Sequence[Placed], height: float) -> list[Placed]:
    """The two outermost lines at the top and at the bottom of a page, inside the edge band:
    where a header or footer is."""
    top = sorted((ln for ln in lines if ln.y0 > height * (1 - EDGE)), key=lambda ln: -ln.y0)
    bottom = sorted((ln for ln in lines if ln.y1 < height * EDGE), key=lambda ln: ln.y0)
    out: list[Placed] = []
    for ln in top[:2] + bottom[:2]:
        if not any(ln is o for o in out):
            out.append(ln)
    return out


def _place(line: Placed) -> tuple[int, str]:
    """Where the line is on its page and its text with its numbers as #: what a running
    header or footer repeats from page to page."""
    return round(line.y0 / 3), _NUMBER.sub("#", line.text)


def repeats(found: Sequence[tuple[int, str]]) -> bool:
    """Whether texts found at one place on pages ((page index from 0, text), the same but
    for their numbers) are one running header or footer: on each page once, and each number
    the same on every page but one at most, the page's number (one more from page to page,
    and within PAGE_SLACK of the page's place in the file)."""
    pages = [page for page, _ in found]
    if len(set(pages)) < len(pages):
        return False
    numbers = [[int(n) for n in _NUMBER.findall(text)] for _, text in found]
    if len({len(ns) for ns in numbers}) > 1:
        return False
    varying = [slot for slot in zip(*numbers, strict=True) if len(set(slot)) > 1]
    if not varying:
        return True
    offsets = {n - page for n, page in zip(varying[0], pages, strict=True)}
    return len(varying) == 1 and len(offsets) == 1 and abs(offsets.pop() - 1) <= PAGE_SLACK


def _numbered_headings(found: Sequence[Placed], body: float) -> bool:
    """Whether lines alike but for a number are headings: each set larger than the body text
    (`body`, the size most of the file's characters are in)."""
    return len({ln.text for ln in found}) > 1 and all(ln.size >= HEADING * body for ln in found)


def running(pages: Sequence[tuple[float, Sequence[Placed]]]) -> tuple[set[int], list[str]]:
    """The running headers and footers of the pages ((height, lines) each): the ids of their
    lines, and the text of each, once, as it reads on the first page it is on (in page
    order). None on a one-page PDF."""
    if len(pages) < 2:
        return set(), []
    at: dict[tuple[int, str], list[tuple[int, Placed]]] = {}
    for n, (height, lines) in enumerate(pages):
        for line in edge_lines(lines, height):
            at.setdefault(_place(line), []).append((n, line))
    need = max(2, (len(pages) + 1) // 2)
    sizes: Counter[float] = Counter()
    for _, lines in pages:
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    kept = {place for place, found in at.items() if len(found) >= need
            and repeats([(n, ln.text) for n, ln in found])
            and not _numbered_headings([ln for _, ln in found], body)}
    gone = {id(ln) for place in kept for _, ln in at[place]}
    texts: list[str] = []
    for _, lines in pages:
        for line in lines:
            if id(line) in gone and _place(line) in kept:
                kept.discard(_place(line))
                texts.append(line.text)
    return gone, texts
