"""`reflect list sessions` and `reflect list reviews` at a terminal: one session (or review) a
line, in columns, fitted to the terminal's width.

Tab-separated, each line was wider than 80 columns, and the terminal folded it wherever the
line ended: in the middle of the date (`… (CPD)      2` / `026-12-04 00:48 2/6 answered`, a
trial), or of a word (`… Partnership L` / `earning briefing`, a trial of `list reviews`).
Here a title is never cut: where it does not fit whole on the line, it is wrapped at words
under itself after the id, the other columns on the lines after (at 80 columns a title was
cut, `Invented huddle foll…`, where 60 showed it whole, the line broken after it: a trial);
a line is broken between its columns, never inside one; a column wider than a whole line (a
review's themes, its file) is wrapped at words on lines of its own (a path broken only after
a "/": `wrapping.fitted`). Piped (not a terminal), the lines stay whole and tab-separated,
for scripts (`print_rows`).
"""

from __future__ import annotations

import sys

from rich.cells import cell_len

from reflect.console import columns, echo
from reflect.wrapping import NARROWEST, fitted, tones_counted, tones_uncounted

GAP = "  "
"""Between two columns."""
MORE = "    "
"""Before the rest of a session's line, where it goes on to another."""
TITLE_LEAST = 8
"""The least room for a title that lines the rows up (else each row is fitted on its own)."""
TITLE_ROOMY = 20
"""Below this much room for the titles, the review's column is left out where each session's
id names its review."""
TITLE = 2
"""A session's title's column: the id, the review, the title, the day held, answered, and any
more (`list sessions`'s rows)."""
LINED = TITLE + 3
"""How many of a session's columns are lined up: to its answered count."""


def print_rows(rows: list[list[str]], title: int = TITLE, lined: int = LINED,
               gives_way: bool = True) -> None:
    """`rows` on standard output: at a terminal fitted to its width (`fitted_rows`), each
    emoji's skin tone counted as the two cells tmux draws it in (`wrapping.tones_counted`:
    said as written, the rows lined up there; in a terminal that draws "👍🏽" in two cells,
    that row's columns after it two cells left of the others'), else one line each,
    tab-separated, for scripts."""
    if sys.stdout.isatty():
        counted = [[tones_counted(cell) for cell in row] for row in rows]
        for line in fitted_rows(counted, columns(), title, lined, gives_way):
            echo(tones_uncounted(line), wrap=False)
    else:
        for row in rows:
            echo("\t".join(row), wrap=False)


def fitted_rows(rows: list[list[str]], width: int, title: int = TITLE, lined: int = LINED,
                gives_way: bool = True) -> list[str]:
    """`rows` as lines of at most `width` cells: the first `lined` columns lined up where
    every row then has room for a title (column `title`) of TITLE_LEAST (else each row fitted
    on its own: one themed session's long id pushed every title off its line), a title whole
    (`_fitted`), and a row still too wide broken between columns.
    `gives_way`: a session's rows (id, review, title, held, answered, then what else is said
    of it), whose review column may give way to the title."""
    if not rows:
        return []
    widths = _widths(rows, lined)
    if gives_way and width - _others(widths, title) < max(TITLE_ROOMY, widths[title]) \
            and all(r[1] and r[1] in r[0] for r in rows):
        # Each id names its review already: its column gives way to the title (at 80 columns
        # the titles were cut to seven letters, a trial), shown as a blank column's width;
        # and where a title would not fit whole, to keep it on fewer lines.
        rows = [[r[0], "", *r[2:]] for r in rows]
        widths = _widths(rows, lined)
    if width - _others(widths, title) >= TITLE_LEAST:
        return [line for row in rows for line in _fitted(row, widths, width, title)]
    return [line for row in rows for line in _fitted(row, _widths([row], lined), width, title)]


def _widths(rows: list[list[str]], lined: int) -> list[int]:
    """The widest cell of each of the first `lined` columns."""
    return [max(cell_len(row[n]) for row in rows) for n in range(lined)]


def _others(widths: list[int], title: int) -> int:
    """The cells a line of the first columns takes but for its title (an empty column none)."""
    return sum(widths) - widths[title] + len(GAP) * (sum(1 for w in widths if w) - 1)


def _fitted(row: list[str], widths: list[int], width: int, at: int) -> list[str]:
    """The row on one line where its title fits there whole, lined up; else its title whole
    after the columns before it, wrapped at words under itself (on lines of its own, after
    MORE, where the line leaves it less than NARROWEST), and the other columns on the lines
    after. At 80 columns a title was cut (`Invented huddle foll…`) where at 60 the line broke
    after it, whole (a trial)."""
    room = width - _others(widths, at)
    before = [_padded(cell, widths[n]) for n, cell in enumerate(row[:at]) if widths[n]]
    after = [_padded(cell, widths[n]) if n < len(widths) and n + 1 < len(row) else cell
             for n, cell in enumerate(row[at + 1:], at + 1)]
    if cell_len(row[at]) <= room:
        return _packed([*before, _padded(row[at], min(widths[at], room)), *after], width)
    lines = _packed(before, width) or [""]
    lead = GAP.join(before) if len(lines) == 1 else lines[-1]  # (titles lined up)
    lines[-1], start = _padded(lines[-1], cell_len(lead)), cell_len(lead) + len(GAP)
    if width - start >= NARROWEST:
        title = fitted(row[at], width - start)
        lines[-1] += GAP + title[0]
        lines += [" " * start + part for part in title[1:]]
    else:
        lines += [MORE + part for part in fitted(row[at], width - len(MORE))]
    return lines + _packed(after, width, on_more=True)


def _padded(text: str, width: int) -> str:
    return text + " " * max(width - cell_len(text), 0)


def _packed(cells: list[str], width: int, on_more: bool = False) -> list[str]:
    """`cells` joined by GAP on lines of at most `width` cells where they fit, the line
    broken between cells (the next line starting with MORE; the first too, `on_more`); a
    cell wider than a line after MORE wrapped at words on lines of its own
    (`wrapping.fitted`), the next cell on the next line."""
    lines: list[str] = []
    line = ""
    for cell in cells:
        joined = f"{line}{GAP}{cell}" if line else cell
        if line and cell_len(joined.rstrip()) > width:
            lines.append(line.rstrip())
            line = f"{MORE}{cell}"
        else:
            line = joined if line or not (lines or on_more) else f"{MORE}{cell}"
        if (lines or on_more) and cell_len(line.rstrip()) > width:
            lines += [MORE + part for part in fitted(cell.strip(), width - len(MORE))]
            line = ""
    return lines + ([line.rstrip()] if line else [])
