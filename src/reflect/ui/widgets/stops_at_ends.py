"""An option list whose arrows stop at its first and last option.

Textual's wrap round: ↓ on the last step of the step list went to the first ("Who is here"),
and ↑ on the first to the summary, where the README says arrows stop at the ends as they do
in every list of choices (a trial)."""

from __future__ import annotations

from typing import Literal

from textual import _widget_navigation
from textual.widgets import OptionList

from reflect.ui.widgets.one_bar import OneBar


class StopsAtEnds(OptionList, OneBar):
    """(Its scroll bar gives way to the pane's it scrolls in: `OneBar`.)"""

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_cursor_down(self) -> None:
        self._move(1)

    def _move(self, direction: Literal[-1, 1]) -> None:
        target = _widget_navigation.find_next_enabled_no_wrap(
            self.options, anchor=self.highlighted, direction=direction)
        if target is not None:
            self.highlighted = target
