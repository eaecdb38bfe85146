"""Tab's order taken from the screen as it now is, not as it was last drawn.

Textual orders Tab by where each widget was placed when the screen was last laid out
(`Widget._focus_sort_key`, read from `virtual_region`), and lays a screen out only on its next
frame. A widget shown since (or mounted since) has no place yet: Textual sorts it first of its
container, and Tab passes it by. Typed slowly, the frame came between the keys; typed fast,
↓ on the new-session form (*Individual reflection*, which shows *Your name*), three Tabs and a
name went past *Your name* into the meeting length's own-length box (a trial). The keys are
handed on in order (`key_order`), each once the one before is handled, but the layout that
key asked for is the screen's to do on its next frame, not a message to wait for. So a screen
works out the order only once laid out as it now is: where a layout is pending, the screen is
laid out there and then, as its next frame would have done.

And a box given the focus is brought into view by where it will be drawn, not where it was
last drawn. Textual looks as soon as the screen has handled what was queued for it, and judges
by the last frame: Enter on a person in Who is here's table, handled after the step had been
scrolled to its top as it opened but before that was drawn (a busy machine), found the Name
box in view where it had last been drawn, and left it below the view once drawn; the first Tab
typed after Enter then went to bring it into view, and Enter, Tab, Tab ended in Role, not
Agency (a test, under load). Where a layout or a scroll is still to be drawn, the screen looks
once it has been (`OrderedAsShown.set_focus`).
"""

from __future__ import annotations

from typing import TypeVar

from textual.css.query import QueryType
from textual.screen import Screen
from textual.widget import Widget

from reflect.ui.focus_view import brings_into_view
from reflect.ui.laid_out import unsettled

ResultT = TypeVar("ResultT")


class OrderedAsShown(Screen[ResultT]):
    """A screen whose Tab and Shift+Tab (`focus_next`, `focus_previous`) go by its layout as
    it now is. (Textual's other use of the order, the focus passed on from a widget being
    removed, is left to the next frame: laying a screen out in the middle of a removal is
    asking for trouble, and the order matters less there.)"""

    _laying_out = False
    """The screen is being laid out here (what that sets going asks for no second layout)."""

    def set_focus(self, widget: Widget | None, scroll_visible: bool = True,
                  from_app_focus: bool = False) -> None:
        """Textual's, except that whether `widget` shows is judged on the screen as it will
        be drawn (`in_view_when_drawn`)."""
        before = self.focused
        super().set_focus(widget, scroll_visible=False, from_app_focus=from_app_focus)
        if scroll_visible and widget is not None and widget is not before \
                and self.focused is widget:
            self.call_later(self.in_view_when_drawn, widget)

    @brings_into_view
    def in_view_when_drawn(self, widget: Widget, drawn: bool = False) -> None:
        """`widget`, still with the focus, scrolled to the middle of the view where it is not
        all in view (Textual's scroll for a box given the focus); looked at once the screen
        has been drawn where it waits for that (a layout or a scroll not drawn yet)."""
        if self.focused is not widget or not widget.is_attached:
            return
        if not drawn and unsettled(self):
            self.call_after_refresh(self.in_view_when_drawn, widget, True)
        elif not self.can_view_entire(widget):
            self.scroll_to_center(widget, origin_visible=True)

    def focus_next(self, selector: str | type[QueryType] = "*") -> Widget | None:
        self.lay_out_if_pending()
        return super().focus_next(selector)

    def focus_previous(self, selector: str | type[QueryType] = "*") -> Widget | None:
        self.lay_out_if_pending()
        return super().focus_previous(selector)

    def lay_out_if_pending(self) -> None:
        """What the screen's next frame does first (`Screen._on_timer_update`), done now, where
        a layout is pending; that frame then has no layout left to do."""
        if self.is_current and not self.app._batch_count and not self._laying_out \
                and unsettled(self, scroll=False):
            self._laying_out = True
            try:
                self._layout_required = False
                self._refresh_layout()
            finally:
                self._laying_out = False
