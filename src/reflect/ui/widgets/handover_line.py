"""The line on *Who is here* that says another facilitator took over (model/handover.py):
what stayed with the one before, and the key that gives it to the new name instead. Shown
once the Facilitator box is left holding someone else's name, and with the session reopened;
said anew from the session each time the step shows it; gone once it is untrue (undone, their
name typed back). The table keeps it in view with itself as Tab reaches it (`lines_over`).
Alex Example's actions became Sam Sample's as the name was typed, with nothing said (a
trial)."""

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
    given: tuple[int, int] | None = None
    """The actions and points given to the new facilitator (`give`), while Ctrl+Y gives them
    back."""

    def left_box(self, edits: SessionEdits) -> bool:
        """The Facilitator box left: what stayed with a facilitator who handed over, said
        (`check`). True where someone was listed (the session changed)."""
        listed = edits.end_renaming() is not None
        self.check(edits)
        return listed

    def give(self, edits: SessionEdits) -> bool:
        """`GIVE_KEY`: it was a correction after all; again, given back (nothing changed
        since). True where the session changed."""
        handover = self.handover
        if handover is None:
            return False
        if self.given is not None:
            if edits.give_back() is None:
                return False
            self.given = None
        else:
            kept = handover.kept(edits.session)
            if edits.give_to_facilitator(handover) is None:
                return False
            self.given = kept
        self.check(edits)
        return True

    def check(self, edits: SessionEdits, read_only: bool = False) -> None:
        """Said as it is now, each time the step shows it: the counts and the new name read
        from the session (a point of the one before added or removed since, the new name
        corrected). Gone where it is no longer true (`Handover.holds`; given, and something
        changed since); back for anyone still so (`SessionEdits.handover`), as with the
        session reopened."""
        s = edits.session
        if self.given is not None and not edits.can_give_back():
            self.handover, self.given = None, None
        if self.given is None and (self.handover is None or not self.handover.holds(s)):
            self.handover = None if read_only else edits.handover()
        handover = self.handover
        if handover is not None:
            self.show(one_line(handover.said(s, GIVE_KEY) if self.given is None else
                               handover.given_said(s, self.given, GIVE_KEY)))
        self.display = handover is not None
