"""The ruled tables on a PDF page (for `reflect.importer.readers.pdf_layout`): where their
rows and columns are, found from the lines drawn for their borders.

A table's borders reach pdfminer.six as rectangles (a cell each, as fpdf2 draws them), as
lines, or as thin filled rectangles (as Word draws them): each gives its straight sides as
`Rule`s. Rules that meet are one drawing; a drawing with at least two rows between its rules
is a `Grid` (a single drawn box is not: that is a box of a "7-minute briefing", read as
before; one of one column is read as a table only under a "Recommendations" header,
`tables.one_column`, else cell by cell, as boxes are). A row where an inner vertical rule
is missing has its cells merged there (a title row across the table). Until 6 December 2026
a ruled table was read column by column, the header cells as headings and every status cell
left unplaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOL = 2.0
"""Points: rules this close are one; a rule ending this near another meets it."""
THIN = 2.0
"""Points: a filled rectangle this narrow is a rule (Word draws borders so)."""


@dataclass(frozen=True)
class Rule:
    """A straight horizontal or vertical line drawn on the page."""

    vertical: bool
    at: float
    """Its x (vertical) or y (horizontal)."""
    lo: float
    """Where it starts along its length (y for a vertical rule, x for a horizontal one)."""
    hi: float


def rules(pts: Sequence[tuple[float, float]], bbox: tuple[float, float, float, float],
          closed: bool) -> list[Rule]:
    """The rules a drawn path gives: a thin rectangle is one, other paths their straight
    horizontal and vertical sides (`closed`: a rectangle's last corner joins its first)."""
    x0, y0, x1, y1 = bbox
    if x1 - x0 <= THIN < y1 - y0:
        return [Rule(True, (x0 + x1) / 2, y0, y1)]
    if y1 - y0 <= THIN < x1 - x0:
        return [Rule(False, (y0 + y1) / 2, x0, x1)]
    pairs = list(zip(pts, pts[1:], strict=False))
    if closed and len(pts) > 2:
        pairs.append((pts[-1], pts[0]))
    out = []
    for (ax, ay), (bx, by) in pairs:
        if abs(ax - bx) < 0.5 and abs(ay - by) > TOL:
            out.append(Rule(True, (ax + bx) / 2, min(ay, by), max(ay, by)))
        elif abs(ay - by) < 0.5 and abs(ax - bx) > TOL:
            out.append(Rule(False, (ay + by) / 2, min(ax, bx), max(ax, bx)))
    return out


def _merged(found: Iterable[Rule]) -> list[Rule]:
    """Rules on one line that touch or overlap, as one (two cells share a side)."""
    out: list[Rule] = []
    for r in sorted(found, key=lambda r: (r.vertical, round(r.at / TOL), r.lo)):
        last = out[-1] if out else None
        if last is not None and last.vertical == r.vertical and abs(last.at - r.at) <= TOL \
                and r.lo <= last.hi + TOL:
            out[-1] = Rule(r.vertical, last.at, last.lo, max(last.hi, r.hi))
        else:
            out.append(r)
    return out


def _meet(h: Rule, v: Rule) -> bool:
    return h.lo - TOL <= v.at <= h.hi + TOL and v.lo - TOL <= h.at <= v.hi + TOL


def _edges(values: Iterable[float]) -> list[float]:
    """Values within TOL of each other as one (their mean), ascending."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= TOL:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


@dataclass
class Grid:
    """A ruled table: its column edges left to right, its row edges top to bottom (PDF y
    grows upwards, so `ys` descends) and its vertical rules (where cells are divided)."""

    xs: list[float]
    ys: list[float]
    walls: list[Rule]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[-1], self.xs[-1], self.ys[0]

    def holds(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.bbox
        return x0 <= x <= x1 and y0 <= y <= y1

    def spans(self, row: int) -> list[tuple[float, float]]:
        """The cells of row `row` (from 0 at the top) as (left, right): columns with no rule
        between them in this row are one cell."""
        mid = (self.ys[row] + self.ys[row + 1]) / 2
        cuts = [self.xs[0]] + [x for x in self.xs[1:-1] if any(
            abs(w.at - x) <= TOL and w.lo - TOL <= mid <= w.hi + TOL for w in self.walls)]
        cuts.append(self.xs[-1])
        return list(zip(cuts, cuts[1:], strict=False))

    def place(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, cell in that row) of the point, or None outside the table."""
        if not self.holds(x, y):
            return None
        row = next(i for i in range(len(self.ys) - 1) if y >= self.ys[i + 1])
        spans = self.spans(row)
        return row, next((i for i, (_, hi) in enumerate(spans) if x <= hi), len(spans) - 1)

    def cuts(self, y0: float, y1: float) -> list[float]:
        """The x of each vertical rule crossing the middle of a line of text from `y0` to
        `y1` (where a line pdfminer ran across two cells is cut)."""
        mid = (y0 + y1) / 2
        return sorted(w.at for w in self.walls if w.lo <= mid <= w.hi
                      and self.xs[0] - TOL <= w.at <= self.xs[-1] + TOL)


def grids(found: Iterable[Rule]) -> list[Grid]:
    """The tables drawn by these rules: rules that meet are one drawing, and a drawing with
    two rows or more is a table (a table of one column too: its rows ran together as one
    recommendation when it was not, a trial)."""
    merged = _merged(found)
    flat = [r for r in merged if not r.vertical]
    upright = [r for r in merged if r.vertical]
    parent = list(range(len(merged)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {id(r): i for i, r in enumerate(merged)}
    for h in flat:
        for v in upright:
            if _meet(h, v):
                parent[root(index[id(h)])] = root(index[id(v)])
    drawings: dict[int, list[Rule]] = {}
    for i, r in enumerate(merged):
        drawings.setdefault(root(i), []).append(r)
    out = []
    for drawn in drawings.values():
        hs = [r for r in drawn if not r.vertical]
        vs = [r for r in drawn if r.vertical]
        if not hs or not vs:
            continue
        xs = _edges([r.at for r in vs] + [min(r.lo for r in hs), max(r.hi for r in hs)])
        ys = _edges([r.at for r in hs] + [min(r.lo for r in vs), max(r.hi for r in vs)])
        if len(xs) >= 2 and len(ys) >= 3:
            out.append(Grid(xs, ys[::-1], vs))
    return out
