"""The line on *Who is here* that says another facilitator took over (model/handover.py):
what stayed with the one before, and the key that gives it to the new name instead. Shown
once the Facilitator box is left holding someone else's name; gone once it is untrue (undone,
or the box changed again). Alex Example's actions became Sam Sample's as the name was
typed, with nothing said (a trial)."""

from __future__ import annotations

from reflect.model.edits import SessionEdits
from reflect.model.handover import Handover
from reflect.text import one_line
from reflect.ui.widgets.literal import Literal

GIVE_KEY = "Ctrl+Y"
"""Said on the line; the panel's binding (`ctrl+y`): Input binds no Ctrl+Y."""


class HandoverLine(Literal):
    DEFAULT_CSS = "HandoverLine { display: none; color: $warning; }"
    handover: Handover | None = None
    given = False
    """Whether the handover's actions and points were given to the new facilitator."""

    def left_box(self, edits: SessionEdits) -> bool:
        """The Facilitator box left: what stayed with a facilitator who handed over, said.
        True where something was kept (the session changed)."""
        handover = edits.end_renaming()
        if handover is None:
            return False
        self.handover = handover
        self.show(one_line(handover.said(GIVE_KEY)))
        self.display = True
        return True

    def give(self, edits: SessionEdits) -> bool:
        """`GIVE_KEY`: it was a correction after all; again, given back (nothing changed
        since). True where the session changed."""
        handover = self.handover
        if handover is None:
            return False
        if self.given:
            if edits.give_back() is None:
                return False
            self.given = False
            self.show(one_line(handover.said(GIVE_KEY)))
            return True
        if edits.give_to_facilitator(handover) is None:
            return False
        self.given = True
        self.show(one_line(f"{handover.listed.name}'s actions and points are {handover.to}'s "
                           f"now. {GIVE_KEY}: give them back to {handover.listed.name}."))
        return True

    def check(self, edits: SessionEdits) -> None:
        """Gone where it is no longer true: the one listed taken off (Ctrl+Z), or the
        Facilitator box holding another name."""
        handover = self.handover
        s = edits.session
        if handover is not None and (s.facilitator != handover.to or self.given == (
                handover.listed in s.participants)):
            self.handover, self.given = None, False
            self.display = False
