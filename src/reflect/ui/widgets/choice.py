"""A radio button whose state shows without colour: ● when chosen, ○ when not."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import RadioButton


class ChoiceButton(RadioButton):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button
