"""In which order a PDF's text is read (for `reflect.importer.readers.pdf`).

`pdf_pages` gives each page's lines of text with their position, size and font, its drawn
boxes and its ruled tables. The order is ours, not the file's: lines inside a drawn box (a
"7-minute briefing" is a grid of boxes) stay together and boxes are read row by row; a ruled
table is one unit, its cells' lines kept apart (`Table`); other text is cut into horizontal
strips, and strips sharing a column gap are read column by column (a recursive XY-cut).
Pieces of a justified line are put back together; lines repeated at the top or bottom of most
pages (headers, footers, page numbers: `pdf_edges`) are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reflect.importer.readers import squash
from reflect.importer.readers.pdf_edges import running
from reflect.importer.readers.pdf_grid import Grid
from reflect.importer.readers.pdf_pages import MARKER, Line, Page, pages

__all__ = ["MARKER", "Line", "Page", "Table", "pages", "reading_order"]

GAP = 6.0
"""Smallest empty band (points) between two columns or two boxes."""


@dataclass
class Block:
    """A unit of layout: one line, or a drawn box with its lines already in order."""

    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Line] = field(default_factory=list)
    boxed: bool = False
    table: Table | None = None


@dataclass
class Table:
    """A ruled table (`pdf_grid`): each row's cells, each cell's lines in reading order."""

    rows: list[list[list[Line]]]
    page: int
    xs: list[float]
    """Its column edges, to know the same table going on over a page break."""


# ---------------------------------------------------------------- reading order


def _area(r: tuple[float, ...]) -> float:
    return (r[2] - r[0]) * (r[3] - r[1])


def _inside(line: Line, r: tuple[float, ...]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return r[0] <= cx <= r[2] and r[1] <= cy <= r[3]


def _fragments(lines: list[Line], reach: float) -> list[Line]:
    """Pieces of one line that pdfminer split at a wide space (justified text) made one:
    same baseline and size, and either less than `reach` font sizes apart or with a line of
    the same size just above or below running across the space (a column gap never has)."""
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: (round(ln.y0), ln.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y0 - ln.y0) < 0.3 * ln.size \
                and last.size == ln.size and 0 <= ln.x0 - last.x1 \
                and (ln.x0 - last.x1 < reach * ln.size
                     or (ln.x0 - last.x1 < 8 * ln.size and _bridged(last, ln, lines))):
            out[-1] = Line(last.x0, min(last.y0, ln.y0), ln.x1, max(last.y1, ln.y1),
                           f"{last.text} {ln.text}", ln.size, last.bold and ln.bold, ln.page)
        else:
            out.append(ln)
    return out


def _bridged(a: Line, b: Line, lines: list[Line]) -> bool:
    """Whether lines of the same size just above and just below run across the space between
    `a` and `b`, with nothing else in it (a title above two columns runs across their gap,
    but only above; a bullet may sit in the gap a little off the baseline)."""
    if any(o.y0 < a.y1 and o.y1 > a.y0 and o.x0 < b.x0 and o.x1 > a.x1 and o is not a
           and o is not b for o in lines):
        return False

    def across(above: bool, x0: float, x1: float) -> bool:
        return any(o.size == a.size and 0.5 * a.size < (o.y0 - a.y0 if above else a.y0 - o.y0)
                   < 2.2 * a.size and o.x0 < x0 and o.x1 > x1 for o in lines)
    # either both neighbours cross the space, or (a paragraph's first line) the line below
    # spans the whole of this one
    return (across(True, a.x1, b.x0) and across(False, a.x1, b.x0)) \
        or across(False, a.x0 + a.size, b.x1 - a.size)


def _in_order(lines: list[Line]) -> list[Line]:
    """The lines of one box or cell (one column) in reading order."""
    inner = _fragments(lines, float("inf"))  # a box is one column
    return [ln for b in _order([Block(ln.x0, ln.y0, ln.x1, ln.y1, [ln]) for ln in inner])
            for ln in b.lines]


def _table(grid: Grid, lines: list[Line], page: int, k: int) -> Block:
    """A ruled table's lines as a block holding the table: each cell's lines in order (each
    cell's lines a box of their own, `Line.box`, never joined to another cell's)."""
    cells: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        at = grid.place((ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2)
        if at is not None:
            ln.box = (page + 1) * 10**6 + k * 1000 + at[1]
            cells.setdefault(at, []).append(ln)
    rows = [[_in_order(cells.get((r, c), [])) for c in range(len(grid.spans(r)))]
            for r in range(len(grid.ys) - 1) if any(key[0] == r for key in cells)]
    x0, y0, x1, y1 = grid.bbox
    return Block(x0, y0, x1, y1, boxed=True, table=Table(rows, page, grid.xs))


def _blocks(lines: list[Line], rects: list[tuple[float, ...]], tables: list[Grid],
            page: int) -> list[Block]:
    """Lines inside drawn boxes become one block per box (the smallest box holding them),
    lines in a ruled table one block holding the table."""
    held: dict[int, list[Line]] = {}
    loose: list[Line] = []
    free: list[Block] = []
    for k, grid in enumerate(tables):
        inside = [ln for ln in lines if grid.holds((ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2)]
        if inside:
            free.append(_table(grid, inside, page, k))
            lines = [ln for ln in lines if not any(ln is o for o in inside)]
    for line in lines:
        holders = [i for i, r in enumerate(rects) if _inside(line, r)]
        if holders:
            i = min(holders, key=lambda i: _area(rects[i]))
            held.setdefault(i, []).append(line)
        else:
            loose.append(line)
    free += [Block(ln.x0, ln.y0, ln.x1, ln.y1, [ln]) for ln in _fragments(loose, 0.9)]
    for i, inner in held.items():
        r = rects[i]
        for line in inner:
            line.box = page * 1000 + i
        free.append(Block(r[0], r[1], r[2], r[3], _in_order(inner), boxed=True))
    return free


def _bands(spans: Iterable[tuple[float, float, Block]], gap: float) -> list[list[Block]]:
    """Group blocks whose spans (lo, hi) overlap or lie closer than `gap`."""
    groups: list[list[Block]] = []
    end = float("-inf")
    for lo, hi, b in sorted(spans, key=lambda s: s[0]):
        if groups and lo < end + gap:
            groups[-1].append(b)
            end = max(end, hi)
        else:
            groups.append([b])
            end = hi
    return groups


def _columns(blocks: list[Block]) -> list[list[Block]]:
    return _bands(((b.x0, b.x1, b) for b in blocks), GAP)


def _strips(blocks: list[Block]) -> list[list[Block]]:
    """Horizontal strips, top first (y grows upwards, so sort on -y1)."""
    return _bands(((-b.y1, -b.y0, b) for b in blocks), 0.5)


def _order(blocks: list[Block]) -> list[Block]:
    if len(blocks) <= 1:
        return blocks
    strips = _strips(blocks)
    groups: list[list[Block]] = []
    for strip in strips:
        last = groups[-1] if groups else None
        boxed = any(b.boxed for b in strip) or (last is not None and any(b.boxed for b in last))
        if last is not None and not boxed:
            split = len(_columns(last + strip)) > 1
            plain = len(_columns(last)) == 1 and len(_columns(strip)) == 1
            if split or plain:
                last.extend(strip)
                continue
        groups.append(list(strip))
    if len(groups) > 1:
        return [b for g in groups for b in _order(g)]
    cols = _columns(blocks)
    if len(cols) > 1 and (len(strips) >= 3 or _aligned(cols[1], strips)):
        return [b for c in cols for b in _order(c)]
    if len(cols) > 1:  # two rows whose justified word gaps happen to line up: not columns
        return [b for strip in strips for b in sorted(strip, key=lambda b: b.x0)]
    return sorted(blocks, key=lambda b: (-round(b.y1), b.x0))


def _aligned(column: list[Block], strips: list[list[Block]]) -> bool:
    """Whether a column found in only one or two rows starts at the same place in each (a
    real column has a left edge; the gaps of justified lines fall anywhere)."""
    starts = [min(b.x0 for b in strip if b in column) for strip in strips
              if any(b in column for b in strip)]
    return len(starts) < 2 or max(starts) - min(starts) <= 2


def reading_order(pages: list[Page], dropped: list[str] | None = None) -> list[Line | Table]:
    """All pages' lines in reading order, a ruled table as one `Table` where it is read,
    running headers and footers dropped (their text added to `dropped`, once each). A table
    going on over a page break is one table, its header repeated on the new page read once."""
    gone, texts = running([(p.height, p.lines) for p in pages])
    if dropped is not None:
        dropped += texts
    ordered: list[Line | Table] = []
    for n, page in enumerate(pages):
        lines = [ln for ln in page.lines if id(ln) not in gone]
        for b in _order(_blocks(lines, page.rects, page.grids, n)):
            last = ordered[-1] if ordered else None
            if b.table is not None and isinstance(last, Table) and _goes_on(last, b.table):
                last.rows += b.table.rows[_repeated(last, b.table):]
            elif b.table is not None:
                ordered.append(b.table)
            else:
                ordered += b.lines
    return ordered


def _goes_on(before: Table, after: Table) -> bool:
    """Whether `after`, first on the page after `before`'s, goes on with it: the same
    columns."""
    return after.page == before.page + 1 and len(after.xs) == len(before.xs) \
        and all(abs(a - b) <= 3 for a, b in zip(after.xs, before.xs, strict=True))


def _repeated(before: Table, after: Table) -> int:
    """1 where `after` starts with `before`'s first row again (a header repeated on each
    page), else 0."""
    def texts(row: list[list[Line]]) -> list[str]:
        return [squash(" ".join(ln.text for ln in cell)) for cell in row]
    return int(bool(after.rows) and bool(before.rows)
               and texts(after.rows[0]) == texts(before.rows[0]))
