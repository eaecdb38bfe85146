"""Leaving a session with Esc: never by one stray key.

Esc in a new point, action or person being typed was taken for "cancel", and the library (every
saved session's title, on a shared screen) came up instead: in a box with text in it (last
time's progress note too; not the CPD minutes box holding a time, which is logged as typed) a
first Esc only says that a second one, the very next key, leaves. With the room open, one Esc
asked "Leave the session?" in a dialog whose `y` and `n` answered it, and the facilitator's
next words did: "Everyone agreed" closed the room for everyone and dropped the point still
waiting, and the letters before an `n` were lost (a trial). There, too, a first Esc only says
what a second would do, and the question is answered by its buttons alone, never by a letter
typed on.
"""

from __future__ import annotations

import time

from textual.widget import Widget
from textual.widgets import Input

from reflect.ui.screens.time_keeping import KeepsTime
from reflect.ui.widgets.form_input import FormInput
from reflect.ui.widgets.item_form import ItemForm

ESC_AGAIN = "Esc again goes to the library. What you typed stays in its box."
ESC_AGAIN_ROOM = ("The room is open: Esc again asks to leave the session, which closes the room "
                  "for everyone. Typing goes on in the box.")
LEAVE_AGAIN_SECONDS = 3.0
"""How long after a first Esc a second one leaves the session (or asks to, the room open)."""


class LeavesSession(KeepsTime):
    _leave_asked = (0.0, -1)
    """When a first Esc asked for a second (`time.monotonic`), and its number among the keys
    (`KeyReader.handed`): a second Esc is the very next key."""

    def leave(self) -> None:
        """Esc: back to the library, once a first Esc has said so where one alone would lose
        something (a box being typed in, the open room)."""
        now, key = time.monotonic(), self.reflect_app.keys.handed
        typing = _typing(self.focused)
        when, after = self._leave_asked
        if (typing or self.room is not None) and (now - when > LEAVE_AGAIN_SECONDS
                                                  or key != after + 1):
            self._leave_asked = (now, key)
            said = ESC_AGAIN_ROOM if self.room is not None else ESC_AGAIN
            self.notify(said, timeout=LEAVE_AGAIN_SECONDS)
            # Untrue once a dialog opens over the session (Esc answers the dialog): taken
            # back then. Over the "could not save" dialog the second Esc opened, it sat on
            # the buttons at 80x24 (a trial).
            self.said_here(said)
            return
        self._leave_asked = (0.0, -1)
        if self.room is not None:
            self.reflect_app.withdraw(ESC_AGAIN_ROOM)
            from reflect.ui.screens.confirm import closing_the_room

            self.app.push_screen(closing_the_room(self.room_leaving_question(), yes="Leave",
                                                  no="Stay"), self._leave_confirmed)
            return
        self._leave_now()

    def _leave_confirmed(self, leave: bool | None) -> None:
        if leave:
            self._leave_now()

    def _leave_now(self) -> None:
        if not self.leave_keeper():  # could not save: the session stays open
            if self.keeper is not None:
                self.reflect_app.save_failed(self.keeper, "leave the session", self._leave_now)
            return
        # "Esc again goes to the library" said nothing true over the library (the others stay:
        # where a copy was saved, when saving failed, is said on the way out)
        self.reflect_app.withdraw(ESC_AGAIN)
        # and what was said of the step's items ("Eve Fakename removed from the list. Ctrl+Z
        # puts them back.") stayed over the library, where Ctrl+Z puts nothing back (a trial)
        self.step_said_go()
        self.app.pop_screen()


def _typing(focused: Widget | None) -> bool:
    """Whether a box being typed in holds something half typed: the one with the focus (any
    one-line box with text: one Esc in last time's progress note left the session at once, a
    trial; not the minutes to log for CPD holding a time, logged as typed: `half_typed`; the
    session's title, team and facilitator only once changed since they took the focus:
    `KeptAsTyped`), or
    any box of the item it is part of (an action's Owner and Due typed, the focus back in its
    empty What: one Esc left, a trial)."""
    if focused is None:
        return False
    form = next((w for w in focused.ancestors_with_self if isinstance(w, ItemForm)), None)
    boxes = list(form.query(Input)) if form is not None else [focused]
    return any(_half_typed(box) for box in boxes)


def _half_typed(box: Widget) -> bool:
    if isinstance(box, FormInput):
        return box.half_typed()
    return isinstance(box, Input) and bool(box.value.strip())
