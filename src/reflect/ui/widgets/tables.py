"""A table of editable rows (participants, agreed actions, carried actions).

Keys on the highlighted row are sent up as `RowTable.RowAction`: Space changes it (ticks
attendance, moves a status on), Enter edits it, Delete removes it. Columns share the width
there is, so the table fits an 80-column screen without losing the first column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from reflect.text import one_line


class RowTable(DataTable):
    BINDINGS = [
        Binding("space", "row('change')", "Change", show=False),
        Binding("enter", "row('edit')", "Edit", show=False),
        Binding("delete", "row('remove')", "Remove", show=False),
    ]

    @dataclass
    class RowAction(Message):
        table: RowTable
        action: str
        row: int

        @property
        def control(self) -> RowTable:
            return self.table

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]

    def action_row(self, what: str) -> None:
        if self.row_count:
            self.post_message(self.RowAction(self, what, self.cursor_row))

    def fill(self, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[str]],
             width: int) -> None:
        """Columns as (label, share): a share > 0 takes that part of what is left, a share
        < 0 is a fixed width of -share. Cells are shown on one line, cut to fit."""
        row = self.cursor_row
        self.clear(columns=True)
        fixed = sum(-s for _, s in columns if s < 0)
        shares = sum(s for _, s in columns if s > 0) or 1
        space = max(width - fixed - 2 * len(columns) - 2, 12)
        widths = [-s if s < 0 else max(space * s // shares, 4) for _, s in columns]
        for (label, _), w in zip(columns, widths, strict=True):
            self.add_column(label, width=w)
        for n, cells in enumerate(rows):
            self.add_row(*(Text(one_line(c, w)) for c, w in zip(cells, widths, strict=True)),
                         key=str(n))
        if rows:
            self.move_cursor(row=min(row, len(rows) - 1))
