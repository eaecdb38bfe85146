"""The line under a due box where `next Friday` was read as a Friday in the six days to come:
how to name the Friday a week later, which many mean by it (`model.due_hints`). The box's
border says which Friday it read (`→ 4 Dec, tomorrow`); hidden while there is nothing to say.
"""

from __future__ import annotations

from datetime import date

from reflect.model.due_hints import other_week_hint
from reflect.ui.widgets.literal import Fitted


class DueHint(Fitted):
    DEFAULT_CSS = """
    DueHint { height: auto; width: 100%; text-align: right; }
    """

    def __init__(self) -> None:
        super().__init__(classes="due-hint")
        self.display = False

    def say(self, words: str, day: date | None, today: date) -> None:
        """`For Fri 11 Dec type “Friday week” or the date.` for these due words, or nothing;
        where one line is too narrow for it (60x20), broken before the words to type, never
        within them (“Monday / week” at 60x20)."""
        hint = other_week_hint(words, day, today)
        if hint and not self.display:  # below the fold at 60x20, under a due box in view
            self.call_after_refresh(self.scroll_visible, animate=False)
        self.display = bool(hint)
        said = f"{hint[:1].upper()}{hint[1:]}."
        self.fit((lambda width: [said] if len(said) <= width else said.replace(" “", "\n“")
                  .split("\n")) if hint else None, "bold")
