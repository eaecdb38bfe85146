"""GoesBack: a list a key brought the focus to (Ctrl+G the step list, F2 the room's waiting
points), which Esc leaves for the box the focus came from, as it was.

Esc there went to the session's own Esc ("Leave the session?", or the library): from the
step list first (mended in the step list), then from the room's waiting points, with a point
half typed in the point box (trials). One rule, here: the box left is remembered as the list
takes focus (`focus_from`), forgotten when the list is left any other way (`on_blur`), and
Esc goes back to it (`go_back`); only Esc again, from there, leads towards leaving.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget

from reflect.ui.widgets.stops_at_ends import StopsAtEnds


class GoesBack(StopsAtEnds):
    came_from: Widget | None = None
    """The box that had focus before a key brought it here (`focus_from`)."""
    BRINGS_BOX_INTO_VIEW: ClassVar[bool] = True
    """Whether the box gone back to is scrolled into view (`go_back`): yes from a list inside
    the step, which scrolled the step to itself; no from one beside it (the step list)."""

    def focus_from(self, box: Widget | None, at_once: bool = False) -> None:
        """Take the focus, remembering `box` for Esc. `at_once`: now (`Screen.set_focus`),
        not a turn later, so keys typed straight after land here."""
        if box is not self:  # (the key again, here: where it came from still holds)
            self.came_from = box
        if at_once:
            self.screen.set_focus(self)
        else:
            self.focus()

    def go_back(self) -> bool:
        """Focus back in the box left, where it was; False (focus unmoved) when there is none
        to go back to, or it can no longer take the focus."""
        box, self.came_from = self.came_from, None
        if box is None or box is self or box not in self.screen.focus_chain:
            return False
        # Now: keys typed straight after land in it.
        self.screen.set_focus(box, scroll_visible=self.BRINGS_BOX_INTO_VIEW)
        return True

    def on_blur(self) -> None:
        self.came_from = None  # left some other way: Esc on a later visit does not go there
