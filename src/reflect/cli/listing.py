"""`reflect list sessions` at a terminal: one session a line, in columns, fitted to the
terminal's width.

Tab-separated, each line was wider than 80 columns, and the terminal folded it wherever the
line ended: in the middle of the date (`… (CPD)      2` / `026-12-04 00:48 2/6 answered`, a
trial). Here the title is shortened with "…" to what the line has room for, and where even a
short title leaves no room, the line is broken between its columns, never inside one. Piped
(not a terminal), the lines stay whole and tab-separated, for scripts.
"""

from __future__ import annotations

from rich.cells import cell_len

GAP = "  "
"""Between two columns."""
MORE = "    "
"""Before the rest of a session's line, where it goes on to another."""
TITLE_LEAST = 8
"""The narrowest a title is shortened to (with its "…")."""
TITLE_ROOMY = 20
"""Below this much room for the titles, the review's column is left out where each session's
id names its review."""
TITLE = 2
"""The title's column: the id, the review, the title, the day held, answered, and any more."""


def fitted_rows(rows: list[list[str]], width: int) -> list[str]:
    """`rows` (each: id, review, title, held, answered, then what else is said of it) as
    lines of at most `width` cells: columns lined up where every row then has room for a
    title of TITLE_LEAST (else each row fitted on its own: one themed session's long id
    pushed every title off its line), the title shortened to what is left of the line, and
    a row still too wide broken between columns."""
    if not rows:
        return []
    widths = _widths(rows)
    if width - _others(widths) < TITLE_ROOMY and all(r[1] and r[1] in r[0] for r in rows):
        # Each id names its review already: its column gives way to the title (at 80 columns
        # the titles were cut to seven letters, a trial), shown as a blank column's width.
        rows = [[r[0], "", *r[2:]] for r in rows]
        widths = _widths(rows)
    if width - _others(widths) >= TITLE_LEAST:
        return [line for row in rows for line in _fitted(row, widths, width)]
    return [line for row in rows for line in _fitted(row, _widths([row]), width)]


def _widths(rows: list[list[str]]) -> list[int]:
    """The widest cell of each of the first columns, to the answered count."""
    return [max(cell_len(row[n]) for row in rows) for n in range(TITLE + 3)]


def _others(widths: list[int]) -> int:
    """The cells a line of the first columns takes but for its title (an empty column none)."""
    return sum(widths) - widths[TITLE] + len(GAP) * (sum(1 for w in widths if w) - 1)


def _fitted(row: list[str], widths: list[int], width: int) -> list[str]:
    room = width - _others(widths)
    if room < TITLE_LEAST:  # on two lines: the title has the rest of the first
        room = width - sum(widths[:TITLE]) - len(GAP) * sum(1 for w in widths[:TITLE] if w)
    title = max(min(widths[TITLE], room), min(widths[TITLE], TITLE_LEAST))
    cells = [_padded(cell, widths[n]) for n, cell in enumerate(row[:TITLE]) if widths[n]]
    cells.append(_padded(shortened(row[TITLE], title), title))
    cells += [_padded(cell, widths[n]) if n < len(widths) and n + 1 < len(row) else cell
              for n, cell in enumerate(row[TITLE + 1:], TITLE + 1)]
    return _packed(cells, width)


def shortened(text: str, width: int) -> str:
    """`text` cut to `width` cells, ending "…" where it was cut."""
    if cell_len(text) <= width:
        return text
    out = ""
    for char in text:
        if cell_len(out + char) > width - 1:
            break
        out += char
    return out.rstrip() + "…"


def _padded(text: str, width: int) -> str:
    return text + " " * max(width - cell_len(text), 0)


def _packed(cells: list[str], width: int) -> list[str]:
    """`cells` joined by GAP on lines of at most `width` cells where they fit, the line
    broken between cells (the next line starting with MORE); a cell wider stays whole."""
    lines: list[str] = []
    line = ""
    for cell in cells:
        joined = f"{line}{GAP}{cell}" if line else cell
        if line and cell_len(joined.rstrip()) > width:
            lines.append(line.rstrip())
            line = f"{MORE}{cell}"
        else:
            line = joined
    return lines + [line.rstrip()]
