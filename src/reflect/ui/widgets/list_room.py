"""ListRoom: the height of the list under an item panel's form (`ItemPanel`), as its items
and the room on its step change: grown into the room left free at the step's foot
(`fill_room`), or held to the room under the form for a row added (`release_table` lets go).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.css.scalar import Scalar, Unit
from textual.geometry import Size
from textual.widget import Widget

from reflect.ui.removing import being_removed


class ListRoom(Widget):
    """The list's height, for a panel that says which widget its list is (`listing`)."""

    FILLS_ROOM: ClassVar[bool] = False
    """Whether the list grows past the height the stylesheet gives it into the room left
    free at the foot of its step (`fill_room`): a question's points, the actions."""

    _grown_to: int | None = None
    """The height `fill_room` last gave the list (None: the stylesheet's)."""
    _room: tuple[Size, int] | None = None
    """The step's size when the list last made it scroll, and the list's height that fits."""

    def listing(self) -> Widget:
        """The table (or list) the items are shown in, under the form."""
        raise NotImplementedError

    @on(events.Mount)
    def _list_grows_with_its_items(self) -> None:
        # (its virtual size: the lines its items take, as they change; none being removed)
        if self.FILLS_ROOM and not being_removed(self):
            self.watch(self.listing(), "virtual_size", lambda _: self.fill_room_soon(),
                       init=False)

    def fill_room_soon(self) -> None:
        """`fill_room` once what is on the step is laid out."""
        if self.FILLS_ROOM:
            self.call_after_refresh(self.fill_room)

    def fill_room(self) -> None:
        """The list as tall as its items need, where its step has room for them below what
        it shows: past the stylesheet's height (`max-height`), into the lines left empty at
        the step's foot, never so far that the step must scroll. At 80x40 a question's six
        points showed points 2 to 6, point 1 scrolled away within the list, with empty rows
        below the summary box (a fresh-eyes trial). A list held to the room under the form
        or for its Selected line (`_row_into_view`, `RowTable.show_line_under`) is left so;
        with no room to spare it is as the stylesheet says again. Once the step had to scroll
        for it, it grows no taller at that size (`_room`): the step's scroll bar narrows what
        wraps in it, and without it the list grew and shrank a line at every layout."""
        if being_removed(self):  # (not the screens' guard: the palette on top skips it)
            return
        listing = self.listing()
        held = listing.styles.inline.max_height
        if held is not None and held != Scalar.from_number(self._grown_to or -1):
            return
        cap = listing.styles.base.max_height
        pane = next((w for w in self.ancestors if isinstance(w, Widget)
                     and w.styles.overflow_y in ("auto", "scroll")), None)
        if pane is None or cap is None or cap.unit != Unit.CELLS or not listing.region:
            return
        content = [w for w in pane.children if w.display and w.styles.dock in ("", "none")]
        end = max((w.region.bottom + w.styles.margin.bottom for w in content), default=0)
        free = pane.scrollable_content_region.bottom - end
        if pane.max_scroll_y:  # (the step scrolls by that much, as last laid out)
            free = min(free, -pane.max_scroll_y)
        fits = min(listing.virtual_size.height + listing.gutter.height,
                   listing.region.height + free)
        if free < 0:
            self._room = (pane.size, fits)
        elif self._room is not None and self._room[0] == pane.size:
            fits = min(fits, self._room[1])
        if fits > cap.value:
            if fits != self._grown_to or held is None:
                listing.styles.max_height = self._grown_to = fits
        elif self._grown_to is not None:
            listing.styles.max_height = self._grown_to = None

    def release_table(self) -> None:
        """The table's height as the stylesheet sets it, no longer held to the room under the
        form for a row added (`_row_into_view`): at another size that room is another."""
        self.listing().styles.max_height = None
