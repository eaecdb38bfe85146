"""A table of editable rows (participants, agreed actions, carried actions).

Keys on the highlighted row are sent up as `RowTable.RowAction`: Space changes it (ticks
attendance, moves a status on), Enter edits it, Delete removes it. Columns share the width
there is, so the table fits an 80-column screen without losing the first column. A row
edited in place is redrawn cell by cell (`update_row`), not by rebuilding the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey

from reflect.model.dates import YEARLESS_FORM
from reflect.text import one_line

RowVerb = Literal["change", "edit", "remove"]
"""What a key does to the highlighted row: Space changes it, Enter edits it, Delete removes
it."""

Column = tuple[str, int] | tuple[str, int, int]
"""(label, share) or (label, share, narrow): see `RowTable.fill`."""

NARROW = 60
"""A table narrower than this shows a status as its mark (○ ◐ ✓), not its words: their 11
columns left an action's own words 3 or 4 at 60x20, and 10 at 80x24 (a trial)."""

Cell = str | tuple[str, ...]
"""A cell's text, or its forms longest first (a date: `31 Jan 2027`, ..., `31/1`), of which
the first that fits the column is shown."""

MARKS = {"open": "○", "in progress": "◐", "done": "✓"}
"""An action's status as its mark, in a narrow table (`NARROW`)."""


def status_cell(words: str, mark: str | None = None) -> Cell:
    """A status as a cell: its words, or its mark (`MARKS`, else `mark`) in a narrow table;
    the line under the table gives the words."""
    return (words, mark or MARKS.get(words, words[:1]))


def fitted(cell: Cell, width: int, first: int = 0) -> Text:
    """The cell as shown in a column `width` wide: on one line, the first of its forms (from
    form `first`) that fits, else its shortest cut with "…"."""
    if isinstance(cell, str):
        return Text(one_line(cell, width))
    for form in cell[min(first, len(cell) - 1):]:
        if len(one_line(form)) <= width:
            return Text(one_line(form))
    return Text(one_line(cell[-1], width))


def column_form(cells: Sequence[Cell], width: int) -> int:
    """Which form a column's cells of several forms are shown in: the first that fits for
    every one of them, so that a column of dates reads alike (`31 Jan 27` above `1 Feb 27`,
    not above `1 Feb 2027`, a trial)."""
    forms = [c for c in cells if not isinstance(c, str) and len(c) > 1]
    longest = max((len(c) for c in forms), default=1)
    return next((n for n in range(longest) if all(
        len(one_line(c[min(n, len(c) - 1)])) <= width for c in forms)), longest - 1)


YEARLESS = "the table's Due column leaves out the year"
"""Said under a table whose Due column shows no year (`RowTable.yearless`)."""


class RowTable(DataTable[Text]):
    BINDINGS = [  # in the footer while the table has the focus (`key_descriptions` may
        # name Space's change for a table: "Here/not here", "Status")
        Binding("space", "row('change')", "Change"),
        Binding("enter", "row('edit')", "Edit"),
        Binding("delete", "row('remove')", "Remove"),
    ]

    @dataclass
    class RowAction(Message):
        table: RowTable
        action: RowVerb
        row: int

        @property
        def control(self) -> RowTable:
            return self.table

    def __init__(self, change: str = "Change",
                 offers: tuple[RowVerb, ...] = ("change", "edit", "remove"),
                 **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.key_descriptions = {"row('change')": change}
        """What Space changes here, as the footer says it (footer.KEY_DESCRIPTIONS)."""
        self.offers = offers
        """The row actions this table takes (the others' keys are neither shown nor run)."""
        self._columns: list[tuple[ColumnKey, int]] = []
        """Each column's key and width, as last filled."""
        self._rows: list[list[Cell]] = []
        self._forms: list[int] = []
        """Each column's form (`column_form`), for `update_row` to keep."""
        self.filled_width = 0
        """The width the columns were last shared out for."""

    def fits(self, width: int) -> bool:
        """Whether the columns were shared out for `width` (so a resize that keeps the
        width, such as the table growing a row, needs no refill)."""
        return self.filled_width == width

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "row" and parameters and parameters[0] not in self.offers:
            return False
        return True

    def action_row(self, what: RowVerb) -> None:
        if self.row_count:
            self.post_message(self.RowAction(self, what, self.cursor_row))

    def fill(self, columns: Sequence[Column], rows: Sequence[Sequence[Cell]],
             width: int) -> None:
        """Columns as (label, share) or (label, share, narrow): a share > 0 takes that part of
        what is left, a share < 0 is a fixed width of -share, or of `narrow`, unlabelled, in
        a table under NARROW wide (its cells' short forms: a status's mark). Cells are shown
        on one line, in the first of their forms that fits, else cut to fit."""
        row = self.cursor_row
        self.filled_width = width
        self.clear(columns=True)
        shown = [(("", -c[2]) if len(c) == 3 and width < NARROW else (c[0], c[1]))
                 for c in columns]
        fixed = sum(-s for _, s in shown if s < 0)
        shares = sum(s for _, s in shown if s > 0) or 1
        space = max(width - fixed - 2 * len(shown) - 2, 12)
        widths = [-s if s < 0 else max(space * s // shares, 4) for _, s in shown]
        self._columns = [(self.add_column(label, width=w), w)
                         for (label, _), w in zip(shown, widths, strict=True)]
        self._rows = [list(cells) for cells in rows]
        self._forms = self._column_forms()
        for n, cells in enumerate(rows):
            self.add_row(*(fitted(c, w, f) for c, (_, w), f in zip(
                cells, self._columns, self._forms, strict=True)), key=str(n))
        if rows:
            self.move_cursor(row=min(row, len(rows) - 1))

    def _column_forms(self) -> list[int]:
        return [column_form([r[n] for r in self._rows], width)
                for n, (_, width) in enumerate(self._columns)]

    def yearless(self, column: int) -> str:
        """What the line under the table must say when column `column`, of due dates, is shown
        in a form without the year (`column_form`; at 60x20 `4/12` above `18/12`, with nothing
        to say which year: a trial), or "". That line gives the highlighted date in full."""
        form = self._forms[column] if 0 <= column < len(self._forms) else 0
        return YEARLESS if form >= YEARLESS_FORM else ""

    def update_row(self, row: int, cells: Sequence[Cell]) -> bool:
        """Redraw the cells of row `row` that changed; False when the table must be filled
        again instead (a row or column it does not have)."""
        if not (0 <= row < self.row_count) or len(cells) != len(self._columns):
            return False
        kept, self._rows[row] = self._rows[row], list(cells)
        if self._column_forms() != self._forms:  # a date changes the form of its column
            self._rows[row] = kept
            return False
        for (column, width), cell, form in zip(self._columns, cells, self._forms, strict=True):
            text = fitted(cell, width, form)
            if self.get_cell(str(row), column) != text:
                self.update_cell(str(row), column, text)
        return True
