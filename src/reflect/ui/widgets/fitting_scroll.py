"""A scrolling container as tall as what it holds (`height: auto`, up to its `max-height`)
that grows back to hold it all once there is room again.

Textual (8.2) works out such a container's height from what it holds at its full width, but
lays what it holds out beside its scroll bar wherever the bar showed at the last layout. Text
a line longer at the narrower width then no longer fits the height worked out, so the bar
stays, and the container stays a line short for good: the save-failed dialog, shown at 80x16
(its bar shown) and the terminal then enlarged to 120x50, stayed a line short of its problem
line, "More below" over its buttons, where a path two columns longer or shorter fitted (a test,
once in a whole run: the path held the test folder's name). Its height is worked out here at
the width what it holds is laid out at: with the bar, the height that holds it beside the bar;
that held, the bar goes, and the next layout works it out at the full width again.

A page (PgDn, PgUp) is the lines in view, above what is docked at its foot: Textual's is its
whole height, docked lines and all, and at 60x20 the export dialog's PgDn passed three lines
of formats unseen under its two rows of buttons and the line over them.
"""

from __future__ import annotations

from textual.actions import SkipAction
from textual.containers import VerticalScroll
from textual.geometry import Size

from reflect.ui.widgets.literal import Literal


class FittingScroll(VerticalScroll):
    """A VerticalScroll whose automatic height is what it holds at the width it is laid out
    at (beside its scroll bar while that shows; see the module)."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        bar = self.scrollbar_size_vertical  # (0 while it does not show)
        return super().get_content_height(container, viewport,
                                          width - bar if width > bar else width)

    def page_height(self) -> int:
        """The lines of it in view: its height less what is docked over it (its buttons,
        `MoreBelow`'s line), as last laid out."""
        held = next((w for w in self.children if w.display and w.styles.dock == "none"), None)
        gutter = held.dock_gutter if held is not None else None
        docked = gutter.top + gutter.bottom if gutter is not None else 0
        return max(self.scrollable_content_region.height - docked, 1)

    def action_page_down(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=self.scroll_y + self.page_height())

    def action_page_up(self) -> None:
        if not self.allow_vertical_scroll:
            raise SkipAction()
        self.scroll_to(y=self.scroll_y - self.page_height())


class DialogTitle(Literal):
    """A tall dialog's title (bold), docked at the top of the `FittingScroll` it is in
    (app.tcss, one rule for every dialog), kept in view as the rest scrolls under it: at 60x20
    PgDn scrolled "Import a briefing" and "Export the notes" away, nothing saying there was
    more above (trials). `page_height` leaves it out of a page."""

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(text, "bold", **kwargs)
