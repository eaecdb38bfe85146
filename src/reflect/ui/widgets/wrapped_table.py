"""A read-only table that fits its width, for the report's overdue actions: its columns share
the width, a cell too long for its column wraps within it, and its row is as tall as its
tallest cell. Nothing runs past the table's edge (at 100x30 the overdue actions' Due column
was out of sight, past the right edge of a table that scrolled sideways: a trial)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import DataTable

from reflect.text import printable
from reflect.ui.widgets.tables import share_out

Cell = str | tuple[str, ...]
"""A cell's text, or its forms widest first (a due date on one line, then on two: the words
typed, then the date read), of which the first that fits its column is shown."""


@dataclass(frozen=True)
class WrapColumn:
    label: str
    share: int
    """Its part of what is left once every column has its room (see `WrappedTable.widths`)."""
    floor: int = 0
    """Kept this wide (or as wide as its widest cell, if less) where that fits beside what
    the columns before it in `priority` hold."""
    priority: int = 9
    """Lower first: whose room is kept where not every column's fits."""
    whole: bool = False
    """Its cells on one line (in their first forms) where that fits beside every column's
    words, before any column's `floor`."""


NARROWEST = 3
"""Each column's room before any column's words are given theirs: at 60x20 the Action
column's words did not fit beside four columns four wide."""


def form_width(form: str) -> int:
    return max(cell_len(line) for line in form.split("\n"))


def words_width(form: str) -> int:
    """The narrowest `form` is shown in with no word broken: its longest word, and a line in
    brackets (the date a due date was read as, `(Sun 1 Nov 2026)`) whole."""
    return max((cell_len(line) if line.startswith("(") and line.endswith(")") else
                max(map(cell_len, line.split()), default=0) for line in form.split("\n")),
               default=0)


def forms(cell: Cell) -> tuple[str, ...]:
    return (cell,) if isinstance(cell, str) else cell


def shown_form(cell: Cell, width: int) -> str:
    """The first of the cell's forms that fits `width`, else its last (which then wraps)."""
    return next((f for f in forms(cell) if form_width(f) <= width), forms(cell)[-1])


class WrappedTable(DataTable[Text]):
    """The columns are shared out again whenever the table's width changes."""

    def __init__(self, columns: Sequence[WrapColumn], rows: Sequence[Sequence[Cell]],
                 classes: str = "") -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, classes=classes)
        self.wrap_columns = list(columns)
        self.cells = [[tuple(printable(f) for f in forms(c)) for c in row] for row in rows]
        """Each row's cells, each as its forms (text from files made printable)."""
        self.filled_width = 0
        """The width the columns were last shared out for (0: not yet)."""

    def widths(self, width: int) -> list[int]:
        """Each column's width inside a table `width` wide, less each cell's padding and room
        for a scrollbar. In turn, each step over the columns in `priority` order, a column
        given what the step asks where that fits beside what every column holds: first its
        words whole (none broken, a due date's date whole: `words_width` of its cells' last
        forms, and its label); then a `whole` column on one line; then its `floor`; then the
        rest by share, none wider than its widest cell. The widths were shared by floors alone,
        a column's words not counted: at 80x24 a team read "Inve/nted/Nort/h" beside a Review
        column with room to spare, and at 60x20 a due date "1/1/1/2/026" (a trial)."""
        columns = self.wrap_columns
        space = max(width - 2 * self.cell_padding * len(columns) - 2, len(columns))
        order = sorted(range(len(columns)), key=lambda i: columns[i].priority)
        natural = [max([cell_len(col.label), *(form_width(row[n][0]) for row in self.cells)])
                   for n, col in enumerate(columns)]
        words = [max([cell_len(col.label), *(words_width(row[n][-1]) for row in self.cells)])
                 for n, col in enumerate(columns)]
        one_line = [natural[n] if col.whole else 0 for n, col in enumerate(columns)]
        floors = [min(col.floor, natural[n]) for n, col in enumerate(columns)]
        widths = [min(w, NARROWEST) for w in words]
        for wants in (words, one_line, floors):
            for i in order:
                if wants[i] > widths[i] and sum(widths) - widths[i] + wants[i] <= space:
                    widths[i] = wants[i]
        return share_out(space, [(col.share, widths[n], natural[n])
                                 for n, col in enumerate(columns)],
                         widths, order, fill=False, narrowest=1)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width and event.size.width != self.filled_width:
            self.fill(event.size.width)

    def fill(self, width: int) -> None:
        self.filled_width = width
        widths = self.widths(width)
        self.clear(columns=True)
        for col, w in zip(self.wrap_columns, widths, strict=True):
            self.add_column(col.label, width=w)
        for row in self.cells:
            self.add_row(*(Text(shown_form(c, w)) for c, w in zip(row, widths, strict=True)),
                         height=None)
