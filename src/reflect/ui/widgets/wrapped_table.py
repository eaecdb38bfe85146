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
    """Its part of what is left once every column has its floor."""
    floor: int = 0
    """Kept this wide (or as wide as its widest cell, if less) where that fits beside the
    floors of the columns before it in `priority`."""
    priority: int = 9
    """Lower first: whose floor is kept where not every one fits."""
    whole: bool = False
    """Its floor is its cells' widest line: on one line where that leaves every other column
    its floor, else in their last forms (a due date broken before its bracket)."""


def form_width(form: str) -> int:
    return max(cell_len(line) for line in form.split("\n"))


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
        """Each column's width inside a table `width` wide, less each cell's padding and
        room for a scrollbar."""
        space = max(width - 2 * self.cell_padding * len(self.wrap_columns) - 2, 12)
        order = sorted(range(len(self.wrap_columns)),
                       key=lambda i: self.wrap_columns[i].priority)
        widths: list[int] = []
        for last_form in (False, True):  # a whole column on one line, else in its last forms
            wants, labels = [], []
            for n, col in enumerate(self.wrap_columns):
                natural = max([cell_len(col.label),
                               *(form_width(row[n][0]) for row in self.cells)])
                floor = min(col.floor, natural)
                if col.whole:
                    floor = min(max((form_width(row[n][-1 if last_form else 0])
                                     for row in self.cells), default=0), space // 2)
                wants.append((col.share, floor, natural))
                labels.append(cell_len(col.label))
            widths = share_out(space, wants, labels, order, fill=False, narrowest=0)
            if all(w >= floor for w, (_, floor, _) in zip(widths, wants, strict=True)):
                break  # every floor kept
        return widths

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
