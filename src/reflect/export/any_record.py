"""The reflective account for any profession (`forms.toml`: `any`): what, when, how long, why
it matters for my role, what I learned, how it changes my practice, next steps and who I
discussed it with, filled from the session as the regulators' records are
(`reflect.export.records`: the same words, nobody identifiable, [redacted] where the check
finds a personal detail). For a teacher, a police officer, a GP, an early-years practitioner:
anyone whose regulator has no form reflect fills. It claims no regulator's requirements.
"""

from __future__ import annotations

from reflect.export.records import FILL_IN, Record, fill_form, record_words, time_text
from reflect.model.review import Review
from reflect.model.session import Session


def any_account(session: Session, review: Review | None = None) -> Record:
    """The reflective account for any profession of the session."""
    w = record_words(session, review, "any")
    # Whose it is, as the notes' "Reflection by" says (never redacted: the writer is nobody
    # else); a team session's record is whoever's keeps it, so theirs to fill in.
    own = " ".join(session.facilitator.split()) if session.mode != "team" else ""
    values = {
        "name": own or FILL_IN, "title": w.title, "activity_type": w.activity, "date": w.date,
        "time": time_text(w.minutes), "description": w.description,
        "why_relevant": w.cpd.why_relevant.strip() or FILL_IN, "learned": w.learned,
        "changes": w.changes, "next_steps": w.next_steps, "peer_with": w.peer_with,
        "peer_discussed": w.peer_discussed,
    }
    return fill_form("any", f"Reflective account: {w.title}", values)
