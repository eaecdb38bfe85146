"""Who someone is in the notes: each person in the attendance, and who made each point, as
the export's options allow (names, roles only, by agency). Plain (unescaped) text, worked out
once for every notes format; parts.py re-exports it. Pure: no Textual, no IO.
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.model.attribution import ANONYMOUS
from reflect.model.roles import HANDED_OVER
from reflect.model.session import FACILITATOR, Participant, Point, Session

NO_AGENCY = "(no agency given)"
NO_AGENCY_SAID = "no agency given"
"""Who made a point in notes by agency, when they are listed with no agency (`attribution`):
the attendance counts them under `NO_AGENCY`."""


def role_and_agency(p: Participant) -> str:
    """`role, agency`, either left out where not given; "" for neither."""
    return ", ".join(x for x in (p.role.strip(), p.agency.strip()) if x)


LEFT_EARLY = "left early"
"""Said after someone listed as attended who was here for part of the meeting only."""


def person(p: Participant, options: ExportOptions) -> str:
    """A participant in an attendance list: `Name (role, agency)`, or `role, agency`; someone
    who left early so marked, `Name (role, agency; left early)`, `role, agency (left early)`
    (listed as "did not attend" beside the points they made: a fresh-eyes trial)."""
    words = p.describe(roles_only=not options.names_shown)
    if p.presence != "left early":
        return words
    if options.names_shown and p.name and role_and_agency(p):  # (its brackets, one pair)
        return f"{words[:-1]}; {LEFT_EARLY})"
    return f"{words} ({LEFT_EARLY})"


def attribution(session: Session, pid: str, options: ExportOptions) -> str:
    """Who made a point, as the options allow; "" when not attributed (or nothing to show).

    With names: `Name, role, agency`. Roles only, or attendance left out: `role, agency`.
    By agency: the agency alone (`agency_of`: the facilitator, "Facilitator"), and for someone
    listed with none `NO_AGENCY_SAID`, as the attendance counts them: their point was printed
    with nothing after it, read as nobody's (a trial). Never a role by agency (the notes give
    none), nor a name unless the notes name people.
    """
    p = session.participant(pid)
    if p is None:
        return ""
    if options.attendance_by_agency:
        return agency_of(p) or NO_AGENCY_SAID
    if options.names_shown:
        return ", ".join(x for x in (p.name.strip(), p.role.strip(), p.agency.strip()) if x)
    return role_and_agency(p)


def agency_of(p: Participant) -> str:
    """Who someone is in notes by agency, a point they said and an action they own alike: their
    agency; a team session's facilitator, who has none unless listed on Who is here (and is
    then that participant), "Facilitator", their role. Their points were printed with nothing
    after them, read as nobody's, while an action they owned said "Facilitator" (a trial).
    So too a facilitator who handed over, listed with no agency: "Facilitator, handed over"
    (their point read as nobody's, and the check held their action back: a trial)."""
    if p.id == FACILITATOR or (p.role == HANDED_OVER and not p.agency.strip()):
        return p.role
    return p.agency.strip()


def point_attribution(session: Session, point: Point, options: ExportOptions) -> str:
    """Who made a point: the participant it is attributed to; else, for a point sent from the
    room, the name given there (only when the notes name people) or "anonymous"."""
    said = attribution(session, point.by, options)
    if said or point.from_room is None:
        return said
    if point.from_room == ANONYMOUS or not point.from_room.strip():
        return ANONYMOUS
    return point.from_room if options.names_shown else ""
