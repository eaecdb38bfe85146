"""Who a team session's CPD record says it was discussed with: the people there by role alone
("Peer reflection: who I discussed it with"), a record of the team session and a reflection
written after it alike (`TeamLink.roles`). Pure: no IO.

The facilitator was there too: a record listed the participants only, so a facilitator who
handed over was listed ("Facilitator, handed over") and the one who took over, and said a
point, was not (a trial). They are listed now by the role they had, the one who handed over
as such.
"""

from __future__ import annotations

from reflect.model.attribution import speakers
from reflect.model.roles import HANDED_OVER
from reflect.model.session import FACILITATOR, Session

UNTIL_HANDOVER = "Facilitator until the handover"
"""A facilitator who handed over (`HANDED_OVER`), as the list of roles says them: a role
with a comma in it read as two in a list a semicolon apart."""


def led_apart(session: Session) -> bool:
    """Whether a team session's facilitator is someone there apart from Who is here's list
    (`speakers`: named, and not listed by their name, who is then listed by their own role).
    Read from the session before its names are redacted: every name is "[redacted]" then."""
    return any(p.id == FACILITATOR for p in speakers(session))


def roles(session: Session, facilitator: bool = False) -> list[str]:
    """Who took part, by role only (agency only when no role is given), each role once: those
    here, a facilitator who handed over as `UNTIL_HANDOVER`; then, with `facilitator`
    (`led_apart`, read before redacting), the facilitator, "Facilitator"."""
    seen: dict[str, str] = {}
    for p in session.participants:
        if not p.attended:
            continue
        role = UNTIL_HANDOVER if p.role == HANDED_OVER else " ".join(p.role.split()) or (
            f"a colleague from {' '.join(p.agency.split())}" if p.agency.strip() else "")
        if role and role.casefold() not in seen:
            seen[role.casefold()] = role
    leads = session.participant(FACILITATOR) if facilitator else None
    if leads is not None and leads.role.casefold() not in seen:
        seen[leads.role.casefold()] = leads.role
    return list(seen.values())
