"""Reading a PDF's text layer as briefing text.

`pdf_layout` gives the lines in reading order; here they become paragraphs: a larger or bold
line is a heading (`## `), a bullet starts an item (`- `), a number starts a paragraph of its
own, wrapped lines are joined and end-of-line hyphens undone. No OCR: a PDF with no text says
so.
"""

from __future__ import annotations

import re
from collections import Counter

from reflect.importer.readers import (
    Progress,
    TooLong,
    Unreadable,
    as_item,
    squash,
    starts_item,
)
from reflect.importer.readers.pdf_layout import MARKER, Line, Table, pages, reading_order
from reflect.importer.readers.pdf_pages import over_chars
from reflect.importer.readers.tables import as_text, cell_text, one_column, with_header

MAX_HEADING = 160
"""A 'heading' longer than this (characters) is a bold paragraph, not a heading."""

_NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s")

_KEEP_HYPHEN = frozenset({
    "anti", "co", "cross", "ex", "inter", "intra", "multi", "non", "post", "pre", "self",
    "semi", "step", "well", "half", "long", "short", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "year", "month", "week", "day", "face", "follow",
    "in", "on", "out", "over", "under", "up", "high", "low", "so", "sub",
})


# ---------------------------------------------------------------- lines -> paragraphs


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _pitch(lines: list[Line], body: float) -> float:
    """The usual distance between baselines of two body lines of one paragraph."""
    pitches: Counter[float] = Counter()
    for a, b in zip(lines, lines[1:], strict=False):
        d = a.y0 - b.y0
        if a.page == b.page and a.box == b.box and a.size == b.size == body and 0 < d < 3 * body \
                and abs(a.x0 - b.x0) < body * 3:
            pitches[round(d)] += 1
    usual = sorted(p for p, n in pitches.items() if n >= 2) or sorted(pitches)
    return float(usual[0]) if usual else body * 1.25


def _right_edges(lines: list[Line]) -> dict[int, float]:
    """For each line, the right edge of its column: how far right most lines starting where
    it starts (on any page, or in the same box) reach (a quantile, so a title across the page
    above two columns does not count)."""
    groups: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        groups.setdefault((ln.box, round(ln.x0 / 4)), []).append(ln)  # box ids hold the page
    edges: dict[int, float] = {}
    for group in groups.values():
        ends = sorted(ln.x1 for ln in group)
        edge = ends[(len(ends) - 1) * 3 // 4]
        edges.update((id(ln), edge) for ln in group)
    return edges


def _row_end(line: Line, lines: list[Line], edge: float) -> Line:
    """`line` extended to the last piece of text on its row before `edge` (pieces of a
    justified line that pdfminer split)."""
    ends = [o.x1 for o in lines if o.page == line.page and abs(o.y0 - line.y0) < 0.3 * o.size
            and line.x1 <= o.x0 and o.x1 <= edge + 1]
    if not ends:
        return line
    return Line(line.x0, line.y0, max(ends), line.y1, line.text, line.size, line.bold, line.page)


def _full(prev: Line, nxt: Line, edge: float) -> bool:
    """Whether `prev` was ended by wrapping: `nxt`'s first word would not have fitted after it
    (widths estimated from `nxt`'s average character width)."""
    first = nxt.text.split(" ", 1)[0]
    per_char = (nxt.x1 - nxt.x0) / max(len(nxt.text), 1)
    return prev.x1 + per_char * (len(first) + 1) > edge - 1


def _dehyphenate(head: str, tail: str, words: set[str]) -> str:
    """Join a wrapped line to its paragraph, undoing a hyphen that only broke a word and a
    break inside a link. Only the paragraph's last word is searched (what either search can
    find is in it): searched whole at every line, a 50-page PDF of one long paragraph took 14 s
    of CPU to read, 2.1 s so."""
    last = head.rsplit(maxsplit=1)[-1] if head[-1:].strip() else ""
    if re.search(r"(?:https?://|www\.|mailto:|\]\()[^\s)>]*$", last):
        return head + tail
    m = re.search(r"(\w+)-$", last)
    if not m or not tail[:1].islower():
        return f"{head} {tail}"
    first = m.group(1)
    second = re.match(r"\w+", tail)
    rest = second.group(0) if second else ""
    if f"{first}{rest}".casefold() in words:
        return head[:-1] + tail
    if f"{first}-{rest}".casefold() in words or first.casefold() in _KEEP_HYPHEN:
        return head + tail
    return head[:-1] + tail


class _Paragraphs:
    """What the whole file's lines say of its type (body size, line spacing, words, column
    edges), to make paragraphs of any run of its lines: the page's text, or one cell's."""

    def __init__(self, lines: list[Line]) -> None:
        self.body = _body_size(lines)
        pitch = _pitch(lines, self.body)
        self.words = {w.casefold() for ln in lines for w in re.findall(r"\w+(?:-\w+)*", ln.text)}
        self.right = _right_edges(lines)
        self.usual = min(max(pitch, 1.2 * self.body), 1.5 * self.body)  # 1.2-1.5 font sizes

    def is_heading(self, ln: Line) -> bool:
        return ln.size >= self.body * 1.15 or (ln.bold and not _NUMBERED.match(ln.text)
                                                and not starts_item(ln.text))

    def __call__(self, lines: list[Line]) -> list[str]:
        body, right, usual = self.body, self.right, self.usual
        out: list[tuple[str, bool]] = []
        prev: Line | None = None
        for ln in lines:
            h = self.is_heading(ln)
            boxes = prev is not None and prev.box != ln.box and min(prev.box, ln.box) >= 0
            start = (prev is None or h != out[-1][1] or boxes or MARKER.match(ln.text)
                     or starts_item(ln.text) or bool(_NUMBERED.match(ln.text))
                     or (h and abs(ln.size - prev.size) > 0.5))
            if not start and prev is not None:
                below = prev.page == ln.page and ln.y1 <= prev.y1 and ln.x0 < prev.x1 \
                    and prev.x0 < ln.x1
                edge = right.get(id(prev), prev.x1)
                if below:
                    start = prev.y0 - ln.y0 > usual * ln.size / body * 1.25 + 1 \
                        or not _full(_row_end(prev, lines, edge), ln, edge)  # ended early
                else:  # a new column, page or box: a full last line or a sentence running on
                    start = not _full(prev, ln, right.get(id(prev), prev.x1)) and (
                        bool(re.search(r"[.!?:;]['\"’”)]*$", prev.text))
                        or not ln.text[:1].islower())
            if start:
                out.append((ln.text, h))
            else:
                out[-1] = (_dehyphenate(out[-1][0], ln.text, self.words), h)
            prev = ln
        result = []
        for text, heading in out:
            text = squash(text)
            if MARKER.match(text) and not _NUMBERED.match(f"{text} "):
                text = "-"  # an empty bullet
            result.append(f"## {text}" if heading and len(text) <= MAX_HEADING
                          else as_item(text))
        return result


def _cells(table: Table) -> list[Line]:
    return [ln for row in table.rows for cell in row for ln in cell]


def _paragraphs(items: list[Line | Table]) -> list[str]:
    """The text's paragraphs, a ruled table's as `_table` gives them (a paragraph never runs
    into a table nor out of one)."""
    para = _Paragraphs([ln for it in items
                        for ln in (_cells(it) if isinstance(it, Table) else [it])])
    out: list[str] = []
    run: list[Line] = []
    for it in items:
        if isinstance(it, Table):
            out += para(run) + _table(it, para)
            run = []
        else:
            run.append(it)
    return out + para(run)


def _table(table: Table, para: _Paragraphs) -> list[str]:
    """A ruled table's lines: rows of one cell across the table first (a title) as they
    read, then, under a header row of labels ("Recommendation | Status", bold or not), a
    line per row (`tables.with_header`, as from Word), and so under the header of a table of
    one column, "Recommendations" (`tables.one_column`); any other table (a grid of boxes)
    cell by cell, row by row."""
    rows = [[para(cell) for cell in row] for row in table.rows]
    if rows and all(len(row) == 1 for row in rows) and len(rows[0][0]) == 1:
        lines = one_column([[rows[0][0][0]], *([cell_text(row[0])] for row in rows[1:])])
        if lines is not None:  # (its rows were titles run together: a trial)
            return lines
    out: list[str] = []
    while rows and len(rows[0]) == 1:
        out += rows.pop(0)[0]
    if rows and all(len(cell) == 1 for cell in rows[0]):
        header = [cell[0].removeprefix("## ") for cell in rows[0]]
        lines = with_header([header, *([cell_text(cell) for cell in row] for row in rows[1:])])
        if lines is not None:
            return out + lines
    return out + [p for row in rows for cell in row for p in cell]


def read_pdf(data: bytes, furniture: list[str] | None = None,
             rows: set[int] | None = None, most: int | None = None,
             progress: Progress | None = None) -> str:
    """The briefing text of a PDF, less its running headers and footers: their text is added
    to `furniture`, once each; the numbers of the lines that are a table's rows are added to
    `rows` (`tables.as_text`). Raises Unreadable (no text layer, damaged, locked), TooLong
    where its pages draw over `most` characters (counted first, `pdf_pages.over_chars`,
    reading no further); `progress` is told of each page read (`pdf_pages.pages`)."""
    if most is not None and (over := over_chars(data, most)) is not None:
        raise TooLong(*over)
    found = pages(data, progress)
    if not any(page.lines for page in found):
        raise Unreadable("this PDF has no text layer (it is probably scanned pages or "
                         "images); reflect cannot read text from images (no OCR): export "
                         "the briefing from its original document, or copy its text into "
                         "a .txt file")
    return as_text(_paragraphs(reading_order(found, furniture)), rows)
