"""Where keys go in the new-session form around last time's participants, typed fast as typed
slowly.

For a team reflect has met before, last time's participants are read in a worker as the team
name is typed (`NewSessionScreen.find_last`) and listed after the facilitator's box, shown only
once read. Keys typed fast overtook that read:

- Tab from the facilitator's box goes to the list as soon as it is shown (`focus_next`), before
  the layout that gives it its place in Textual's Tab order.
- The keys typed once the focus has left the team box wait for the read (`keys_held_by`,
  key_order.HELD_BY), in order, at most `key_order.HOLD_LIMIT`: typed in one burst (the team,
  Tab, the facilitator's name, Tab, Space, ↓, Space, Tab, a participant), the Tab and Space
  after the name went on before the list was shown, the Space into the participants box,
  both ticks were lost, and the participant went into the meeting length's own box (a trial).
- A Tab that went on past the list before it was shown all the same (a read slower than that)
  is remembered (`tabbed_past`): the list, shown while nothing is typed in the box Tab
  reached (`untyped`), takes the focus (`NewSessionScreen.show_last`).
"""

from __future__ import annotations

from textual.css.query import QueryType
from textual.widget import Widget
from textual.widgets import Input, SelectionList, TextArea
from textual.worker import Worker

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.choice import ChoiceButton


def untyped(now: str | None, before: str | None) -> bool:
    """Whether a box holding `now` has had nothing typed in it since it held `before` (None:
    not a box). Only spaces in a box that held nothing are no typing: a Space meant to tick
    the list shown after, typed before it was shown, then kept the focus in the box."""
    return before is not None and (now == before or not before and not (now or "").strip())


class NewSessionFocus(ReflectModal[dict[str, object] | None]):
    """The new-session form's focus and keys around last time's participants (see above)."""

    reading: Worker[None] | None = None
    """The read of last time's participants for the team typed last (`find_last`)."""
    tabbed_past: tuple[Widget, str | None] | None = None
    """The box Tab (or Enter) went to from the facilitator's box before the list was shown,
    and what it held then (`held_text`)."""

    @property
    def team_mode(self) -> bool:
        return self.query_one("#mode-team", ChoiceButton).value

    def focus_next(self, selector: str | type[QueryType] = "*") -> Widget | None:
        """Tab from the facilitator's box goes to last time's participants, after it, as soon
        as they are shown. Textual orders Tab by where widgets are on screen, and the list
        just shown has no place until the next layout: a quick Tab went past it (and Space
        ticked nobody). A Tab before the list is shown at all is remembered (`tabbed_past`)."""
        chooser = self.query_one("#last-people", SelectionList)
        from_box = selector == "*" and self.focused is self.query_one("#facilitator")
        if from_box and chooser.display:
            self.set_focus(chooser)
            return chooser
        moved = super().focus_next(selector)
        self.tabbed_past = (moved, self.held_text(moved)) if from_box and moved is not None \
            else None
        return moved

    @staticmethod
    def held_text(box: Widget) -> str | None:
        """What a box holds (None: not a box)."""
        return box.value if isinstance(box, Input) else box.text \
            if isinstance(box, TextArea) else None

    def keys_held_by(self) -> Worker[None] | None:
        """The read of last time's participants, while it is under way and the focus has left
        the team box (key_order.HELD_BY): the keys typed meanwhile wait for it, so that they
        land where they would typed slowly. Nothing for a reflection (no list to tick)."""
        reading = self.reading
        if reading is None or reading.is_finished or not self.team_mode or \
                self.focused is self.query_one("#team"):
            return None
        return reading
