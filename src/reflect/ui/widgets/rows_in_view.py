"""Bringing an item's row or line into view under its panel's form (`RowsInView`, the base of
`ItemPanel`): once it is drawn, the list held to the room under the form's first box, which
keeps the focus and the top of the view, and scrolled within itself to the row; a row asked for
since, or a list the person has moved into meanwhile, left as it is."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import ClassVar

from pydantic import BaseModel
from textual.geometry import Region
from textual.widget import Widget

from reflect.ui.focus_view import brings_into_view
from reflect.ui.laid_out import after_layout, laid_out
from reflect.ui.widgets.held_lines import held_to, whole_lines
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.list_room import ListRoom
from reflect.ui.widgets.tables import RowTable

MIN_TABLE = 4
"""The fewest lines the table is held to so that it shows under the form (its header and three
rows); with less room than that, the form alone fills the view."""


class RowsInView(ListRoom):
    """An item panel's rows brought into view under its form (mixed in, as `ItemPanel`, before
    its container); its list's height, `ListRoom`'s."""

    MIN_SHOWN: ClassVar[int] = MIN_TABLE
    """The fewest lines the list is held to under the form (`_row_into_view`): a question's
    points, one in the presentation view (`held_lines`)."""
    _row_wanted: int | None = None
    """The row the last `show_added` or `row_into_view` asked for (`_superseded`)."""

    @property
    def form(self) -> ItemForm:
        return self.query_one(ItemForm)

    def items(self) -> Sequence[BaseModel]:
        """The items, in the order they are shown (the session's own list)."""
        raise NotImplementedError

    def listing(self) -> Widget:
        """The table (or list) the items are shown in, under the form."""
        return self.query_one(RowTable)

    def highlight(self, index: int) -> Widget:
        """Highlight item `index`'s row (its line), scrolled into its list's view; the list."""
        table = self.query_one(RowTable)
        table.move_cursor(row=index, scroll=True)
        return table

    def row_into_view(self, index: int) -> None:
        """Item `index`'s row or line brought into view under the form's first box once drawn
        (`_row_into_view`), as an item added is: go and edit's point, its line held below
        the box (at 60x20, the list a line each point wide, it was under the time line)."""
        self._row_wanted = index
        self.call_after_refresh(self._row_into_view, index)

    def _superseded(self, index: int) -> bool:
        """Whether row `index` is no longer the one to bring into view: another was asked
        for since (`_row_wanted`). Bringing one in waits for layouts, some more than others:
        a busy machine's point 3, still waiting as point 4 was added, then highlighted 3
        (a test, once in a whole run), and Shift+Tab into the list went to point 3."""
        return index != self._row_wanted

    def _shown_from_table(self) -> bool:
        """Where the table has the focus by the time a row is to be brought into view
        (Tabbed into meanwhile, a busy machine), the person is in the table: its row shown
        with its Selected line (`RowTable.show_line_under`), not under the form with the line
        off the foot (a whole run, at 80x24); True if so."""
        table = self.listing()
        if self.screen.focused is not table or not isinstance(table, RowTable) \
                or table.line_under is None:
            return False
        table.show_line_under()
        return True

    @brings_into_view
    def _row_into_view(self, index: int) -> None:
        """Scroll the step so that the table shows whole below the form's first box, which
        keeps the focus and the top of the view (under what the step keeps at its top: a
        question); the table shows row `index` within itself. Where the table is taller than
        the room under the box, its height is held to that room first (at 80x24 seven actions
        filled it, and an eighth added stayed below the fold; in the presentation view, the
        points under a question: trials); where the form alone fills the view (60x20), the box
        is kept in view, the table first laid out with what it holds (`laid_out`)."""
        if self._superseded(index) or self._shown_from_table():
            return
        table = self.listing()
        pane = next((w for w in self.ancestors_with_self
                     if isinstance(w, Widget) and w.allow_vertical_scroll), None)
        if pane is None or not 0 <= index < len(self.items()):
            return
        if self.app.animator.is_being_animated(pane, "scroll_y") or not laid_out(table):
            self.app.animator.force_stop_animation(pane, "scroll_y")  # (a Tab's, say)
            after_layout(self, partial(self._row_into_view, index))  # once drawn there
            return
        docked = self.dock_gutter  # (a question kept at the step's top)
        window = pane.scrollable_content_region.shrink(docked)
        box = self.form.first.region
        room = window.height - (table.region.y - box.y)  # (whole rows of it: held_lines.py)
        if self.MIN_SHOWN <= room and held_to(table, whole_lines(table, room, index)):
            after_layout(self, partial(self._row_into_view, index))  # once it is that height
            return
        # (Moved to meanwhile, its rows are the person's to move in. The screen's focus, not
        # `has_focus`, set as the table handles its Focus: a busy one just Tabbed to lost its
        # cursor to the row added.)
        if self.screen.focused is not table:
            self.highlight(index)
        form_and_table = Region(window.x, box.y, 1, table.region.bottom - box.y)
        offset = pane.scrollable_content_region.offset
        pane.scroll_to_region(form_and_table.translate(pane.scroll_offset - offset),
                              spacing=docked, animate=False,
                              immediate=True)  # (the box first, if not both)
