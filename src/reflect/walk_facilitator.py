"""Plain mode's facilitator, first on *Who is here*: asked where the session has none (Enter:
last time's facilitator), said where it has one.

A name half typed when a stop comes (Ctrl+C, Ctrl+D after typing) is not made the
facilitator: it is kept aside (`FACILITATOR_DRAFT`) and offered, said as half typed, when the
walk is carried on (Enter takes it). Made the facilitator as typed, it was never asked again
(a trial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.changes import FACILITATOR_DRAFT

if TYPE_CHECKING:
    from reflect.walk_steps import Walk


def ask_facilitator(w: Walk) -> bool:
    """The facilitator asked, or said; False at the end of input (what was typed is kept
    first)."""
    session, d = w.session, w.d
    if session.facilitator:
        d.say(f"Facilitator: {session.facilitator}")
        return True
    half = session.drafts.get(FACILITATOR_DRAFT, "").strip()
    if half:
        d.say(f"“{half}” was being typed as the facilitator's name when reflect stopped, "
              "and was not entered.")
    default = half or w.last_facilitator
    got = d.ask(f"Facilitator (Enter: {half}):" if half else
                f"Facilitator (Enter: {default}, as last time):" if default else
                "Facilitator (Enter to skip):", lambda typed: _kept_aside(w, typed))
    if got is None:
        return False
    if got or default:
        w.edits.set_detail("facilitator", got or default)
    d.finished()
    w.save()
    return True


def _kept_aside(w: Walk, typed: str) -> str:
    """A name half typed when a stop came, where there was none: kept, not the facilitator
    (`FACILITATOR_DRAFT`); what to say of it."""
    typed = " ".join(typed.split())
    if not typed:
        return ""  # (one kept aside before stays so)
    w.edits.set_draft(FACILITATOR_DRAFT, typed)
    return (f"“{typed}”, typed but not entered, is not taken as the facilitator yet: it is "
            "offered when you carry on.")
