"""Plain mode's name half typed when it stopped (Ctrl+C, a signal, Ctrl+D after typing), in the
session's one name field, `facilitator`: a team's facilitator (walk/facilitator.py), or whose
a reflection of one's own is (walk/whose.py, model/whose.py).

A name cut short is not a name: it is not taken, but kept aside (`FACILITATOR_DRAFT`, which a
name typed into the field drops, here or in the app: `SessionEdits.set_detail`, and which
records nothing: `anything_recorded`), and when the walk is carried on it is said as half
typed and offered (Enter takes it; a name typed replaces it). Taken as typed, neither was ever
asked again: the facilitator's (a trial), then whose a reflection is (`Pat Exa`, recorded as
the practitioner's, and My CPD counted the reflection as no one's they knew: a trial).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.model.changes import FACILITATOR_DRAFT

if TYPE_CHECKING:
    from reflect.model.edits import SessionEdits
    from reflect.model.session import Session
    from reflect.walk.dialogue import Dialogue


@dataclass(frozen=True)
class HalfName:
    """The words for a name half typed, by what it was being typed as."""

    taken_as: str
    """What it is not taken as: "the facilitator"."""
    typed_as: str
    """What it was being typed as: "the facilitator's name"."""

    def keep(self, edits: SessionEdits, typed: str) -> str:
        """`typed`, half typed when a stop came, kept aside, not taken; what to say of it ("" for
        nothing typed: one kept aside before stays so)."""
        typed = " ".join(typed.split())
        if not typed:
            return ""
        edits.set_draft(FACILITATOR_DRAFT, typed)
        return (f"“{typed}”, typed but not entered, is not taken as {self.taken_as} yet: it is "
                "offered when you carry on.")

    def offered(self, session: Session, d: Dialogue) -> str:
        """The name half typed when the walk stopped before, said as such: what Enter takes
        ("" for none)."""
        half = session.drafts.get(FACILITATOR_DRAFT, "").strip()
        if half:
            d.say(self.said(half))
        return half

    def said(self, half: str) -> str:
        """What a name half typed is, as plain mode says it carried on, and the app beside the
        box for it (ui/widgets/half_name.py)."""
        return f"“{half}” was being typed as {self.typed_as} when reflect stopped, and was not " \
            "entered."


FACILITATOR = HalfName("the facilitator", "the facilitator's name")
"""A team's facilitator's name."""
WHOSE = HalfName("your name", "your name")
"""A reflection's *Your name*."""
