"""Radio buttons and checkboxes whose state shows without colour (● / ○ and X / blank), and a
set of radio buttons whose arrow keys stop at its ends."""

from __future__ import annotations

from typing import Literal

from textual import _widget_navigation
from textual.containers import ScrollableContainer
from textual.content import Content
from textual.widgets import Checkbox, RadioButton, RadioSet


class TickBox(Checkbox):
    """A checkbox showing X when ticked and nothing when not (Textual draws X for both)."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class ChoiceButton(RadioButton):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button


class ChoiceSet(RadioSet):
    """A RadioSet whose ↑ stops at the first choice and ↓ at the last. Textual's wraps round:
    ↑ from the top of the export dialog's formats jumped to the last of nineteen, out of
    sight. At the first choice ↑ brings the top of the dialog (what is said above) into view."""

    def _move(self, direction: Literal[-1, 1]) -> None:
        moved = _widget_navigation.find_next_enabled_no_wrap(
            self.children, anchor=self._selected, direction=direction)
        if moved is not None:
            self._selected = moved
        elif direction == -1:
            scrollable = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)),
                              None)
            if scrollable is not None:
                scrollable.scroll_home(animate=False)

    def action_previous_button(self) -> None:
        self._move(-1)

    def action_next_button(self) -> None:
        self._move(1)
