"""A table with a header row ("Recommendation | Status") as briefing text: one line per row.

Read cell by cell, such a table came out as one line per cell, so the parser took the header
cells for recommendations and a status cell ("Completed") for a heading of its own, and the
rows after it were set aside. The Word and web page readers give it here instead: the header
row gives no line of its own, and each later row is one line, its first cell as written (after
a number cell, "1. text"), then each other cell labelled with its column's header:
`GP practices adopt a "was not brought" policy. Status: Completed` (the parser keeps a
trailing "Status: ..." as the recommendation's `update`). Each such line is a `Row`, and
`as_text` gives every reader's lines as text with the rows' numbers (`Source.rows`), so the
parser keeps each row a line of its own whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reflect.importer.headings import RECOMMENDATIONS, match_heading

NUMBER_CELL = re.compile(r"(?:(?:R|Rec\.?|Recommendation)\s?)?\d{1,3}[.):]?", re.IGNORECASE)
"""A cell that numbers its row: "1", "2.", "R1", "Rec 2", "Recommendation 3:". A row
"R1 | text" gives "R1. text" (the recommendation's numbering, taken off its words by
`recommendations.recommendation`); "R1" was a column's label's title ("R1 Recommendation")
where the header named the column (a trial)."""


class Row(str):
    """A line that is a table's row (`rows_as_lines`): `as_text` numbers it into the rows."""

    __slots__ = ()


_BREAK = re.compile(r"\r\n|\r|\n")
"""A line's end, as the parser counts lines (`parse.split_lines`)."""


def as_text(lines: Iterable[str], rows: set[int] | None = None, ended: bool = True) -> str:
    """A reader's lines as briefing text, a line each (`ended`: the last ended too); the
    numbers (from 1, as the parser counts lines) of those that are a table's rows (`Row`) are
    added to `rows`, so the parser keeps each a line of its own, never joined to another row
    nor to a paragraph (`Source.rows`). The rows of a recommendations table in Word or a web
    page were run together as one recommendation, the first rows' lead and status in its
    words, where a row ended in no full stop and the next started in lower case (a trial)."""
    out: list[str] = []
    n = 1
    for line in lines:
        if rows is not None and isinstance(line, Row):
            rows.add(n)
        out.append(line)
        n += len(_BREAK.findall(f"{line}\n"))  # (a "\r" before the "\n": one line's end)
    return "".join(f"{line}\n" for line in out) if ended else "\n".join(out)


def _bare(text: str) -> str:
    return text.removeprefix("## ").removeprefix("- ").strip()


def header_shaped(cell: str) -> bool:
    """One short label, as a column's header is: "Recommendation", "Status", "Lead agency",
    "No." (no closing punctuation but an abbreviation's, not a number, not a heading line)."""
    words = cell.split()
    return (1 <= len(words) <= 4 and not cell.endswith((":", ";", ",", "?", "!"))
            and not (cell.endswith(".") and len(words) > 1)
            and not cell.startswith(("## ", "- ")) and not NUMBER_CELL.fullmatch(cell))


def with_header(rows: list[list[str]]) -> list[str] | None:
    """A line per row of a table whose first row (of cells as `cell_text` gives them, a
    heading still marked `## `) is a header over rows of data, else None: two or more short
    labels, not all headings reflect knows ("Background | Why it matters" is a layout of two
    sections, each cell a heading over the text below it), over rows that do not start with
    one (rows "heading | text" are a layout too). A table of one column headed
    "Recommendations" is one too (`one_column`)."""
    single = one_column(rows)
    if single is not None:
        return single
    if len(rows) < 2 or len(rows[0]) < 2 or not all(header_shaped(c) for c in rows[0]) \
            or all(match_heading(c) is not None for c in rows[0]) \
            or any(row and match_heading(row[0]) is not None for row in rows[1:]):
        return None
    return rows_as_lines(rows[0], rows[1:])


def one_column(rows: list[list[str]]) -> list[str] | None:
    """A table of one column whose first cell is the "Recommendations" heading, over rows
    that are no heading: the heading as one (`## Recommendations`, so the rows are
    recommendations even where no heading stands above the table), then a line per row, as
    a table of more columns gives its rows. Read otherwise, a pipe table's rows kept their
    pipes ("| All agencies should … |"), and a Word or PDF table's rows ran together as one
    recommendation (a trial). Other tables of one column (a box drawn round a section) are
    read as they were."""
    if len(rows) < 2 or any(len(row) != 1 for row in rows):
        return None
    head = rows[0][0].removeprefix("## ")
    h = match_heading(head)
    if not header_shaped(head) or h is None or h.section != RECOMMENDATIONS \
            or any(match_heading(row[0]) is not None for row in rows[1:]):
        return None
    return [f"## {head}", *rows_as_lines([""], rows[1:])]


def cell_text(lines: list[str]) -> str:
    """A cell's lines as one piece of a row's line: a cell of one line as it is (a heading
    keeps its mark, so it is never taken for a column's header), several lines joined with
    their marks dropped."""
    if len(lines) == 1:
        return lines[0].strip()
    return " ".join(_bare(line) for line in lines if line.strip())


def rows_as_lines(header: list[str], rows: list[list[str]]) -> list[str]:
    """One line per row of a table under `header` (see the module docstring), each a `Row`: a
    cell's line breaks (a web page's source wrapped inside a cell, or a header's) are spaces,
    so a row is never split into two lines."""
    out: list[str] = []
    for row in rows:
        labels = [" ".join(label.split()) for label in header]
        labels += [""] * (len(row) - len(header))  # a cell beyond the header: as is
        cells = [(label, " ".join(_bare(text).split()))
                 for label, text in zip(labels, row, strict=False)]
        if len(cells) >= 2 and NUMBER_CELL.fullmatch(cells[0][1]) and cells[1][1]:
            first, rest = f"{cells[0][1].rstrip('.):')}. {cells[1][1]}", cells[2:]
        else:
            first, rest = cells[0][1] if cells else "", cells[1:]
        pieces = [first] if first else []
        pieces += [f"{label}: {text}" if label else text for label, text in rest if text]
        if pieces:
            out.append(Row(" ".join(pieces)))
    return out


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")


def pipe_tables(text: str, rows: set[int] | None = None) -> str:
    """Markdown text with each pipe table ("| Recommendation | Status |", "| --- | --- |",
    rows) as the Word and web page readers give a table with a header: the header and rule
    lines blank (so every line keeps its number), a line per row, whose number is added to
    `rows` (`as_text`): a row is a line of its own, never a Markdown paragraph's (a table of
    one column, `one_column`: its header line the heading it is). A pipe table whose header
    is not labels ("| Background | Why it matters |") is left as it is."""
    lines = text.split("\n")
    n = 0
    while n < len(lines) - 1:
        if not (_PIPE_ROW.match(lines[n]) and _PIPE_RULE.match(lines[n + 1])):
            n += 1
            continue
        end = n + 2
        while end < len(lines) and _PIPE_ROW.match(lines[end]):
            end += 1
        cells = [_pipe_cells(line) for line in [lines[n], *lines[n + 2:end]]]
        table = with_header(cells)
        head = [table.pop(0), ""] if table and not isinstance(table[0], Row) else ["", ""]
        if table is not None and len(table) == end - n - 2:
            lines[n:end] = [*head, *table]
        n = end
    return as_text(lines, rows, ended=False)


def _pipe_cells(line: str) -> list[str]:
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]
