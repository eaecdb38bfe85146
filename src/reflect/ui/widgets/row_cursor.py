"""A table whose highlight is a row, moved as every list in reflect moves: ↑↓ a row, Home and
End to the first and last row.

DataTable's own Home and End scroll sideways only (its Ctrl+Home and Ctrl+End go to the first
and last row). On *Who is here*, End moved nothing and Delete then offered to remove the first
person; in the report's overdue actions, Home and End did nothing a reader could see (trials).
The session's tables (`tables.RowTable`) and the report's (`wrapped_table.WrappedTable`) both
take their Home and End from here."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable


class RowCursorTable(DataTable[Text]):
    """(A DataTable first in its subclasses' bases, so Textual takes its styles and component
    classes; these bindings are merged over DataTable's own, a subclass's.)"""

    BINDINGS = [
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]
