"""Who someone is in the notes: each person in the attendance, and who made each point, as
the export's options allow (names, roles only, by agency). Plain (unescaped) text, worked out
once for every notes format; parts.py re-exports it. Pure: no Textual, no IO.
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.model.attribution import ANONYMOUS, speakers
from reflect.model.presence import arrived_words, left_words
from reflect.model.roles import HANDED_OVER, name_key
from reflect.model.session import FACILITATOR, Participant, Point, Session

NO_AGENCY = "(no agency given)"
NO_AGENCY_SAID = "no agency given"
"""Who made a point in notes by agency, when they are listed with no agency (`attribution`):
the attendance counts them under `NO_AGENCY`."""

NO_ROLE_OR_AGENCY_SAID = "no role or agency given"
"""Who someone listed with neither a role nor an agency is, in notes that give roles (not by
agency: `NO_AGENCY_SAID`): beside a point they made, after their name where the notes name
people (`Sam Sample, no role or agency given`), and in the attendance, in its brackets
(`Sam Sample (no role or agency given)`; by role `(no role or agency given)`)."""


def role_and_agency(p: Participant) -> str:
    """`role, agency`, either left out where not given; "" for neither."""
    return ", ".join(x for x in (p.role.strip(), p.agency.strip()) if x)


LEFT_EARLY = "left early"
"""Said after someone listed as attended who was here for part of the meeting only."""
ARRIVED_LATE = "arrived late"
"""Counted per agency of those who arrived after the meeting had moved on (each person in a
list says during which step: `presence.arrived_words`)."""


def person(p: Participant, options: ExportOptions) -> str:
    """A participant in an attendance list: `Name (role, agency)`, or `role, agency`; someone
    who left early so marked, `Name (role, agency; left early during Question 3)`, `role,
    agency (left early)` (no step where the meeting had not moved on, or an older file)
    (listed as "did not attend" beside the points they made: a fresh-eyes trial), and one
    who arrived late, `Name (role, agency; arrived during Question 2)`. Someone
    listed with neither a role nor an agency says so, `Name (no role or agency given)`, or
    by role `(no role or agency given)` (`NO_ROLE_OR_AGENCY_SAID`): they were the name alone, or
    "participant"."""
    known = role_and_agency(p)
    came = "; ".join(x for x in (arrived_words(p), left_words(p)) if x)
    if known and not (options.names_shown and p.name):
        return known + (f" ({came})" if came else "")
    said = (known or NO_ROLE_OR_AGENCY_SAID) + (f"; {came}" if came else "")
    return f"{p.name} ({said})" if options.names_shown and p.name else f"({said})"


def person_spoken(p: Participant, options: ExportOptions) -> str:
    """A participant as the plain-text notes list them, read aloud: `person` with no brackets,
    `Name, role, agency, left early during Question 3`, `role, agency`, `Name, no role or
    agency given` (`Name (role, agency)` was read "left paren", "right paren": a screen
    reader user's trial)."""
    came = ", ".join(x for x in (arrived_words(p), left_words(p)) if x)
    name = p.name if options.names_shown and p.name else ""
    return ", ".join(x for x in (name, role_and_agency(p) or NO_ROLE_OR_AGENCY_SAID, came) if x)


def attribution(session: Session, pid: str, options: ExportOptions) -> str:
    """Who made a point, as the options allow (`said_by`); "" when not attributed."""
    p = session.participant(pid)
    return "" if p is None else said_by(p, options)


def said_by(p: Participant, options: ExportOptions) -> str:
    """Who `p` is beside a point they made, as the options allow.

    With names: `Name, role, agency`. Roles only, or attendance left out: `role, agency`.
    By agency: the agency alone (`agency_of`: the facilitator, "Facilitator"), and for someone
    listed with none `NO_AGENCY_SAID`, as the attendance counts them: their point was printed
    with nothing after it, read as nobody's (a trial). Never a role by agency (the notes give
    none), nor a name unless the notes name people. Someone listed with neither a role nor an
    agency: `Name, no role or agency given`, by role `NO_ROLE_OR_AGENCY_SAID` (their point was
    printed by the name alone, or with nothing after it, read as nobody's, and only the
    export's check said why: unattributed.py).
    """
    if options.attendance_by_agency:
        return agency_of(p) or NO_AGENCY_SAID
    known = role_and_agency(p) or NO_ROLE_OR_AGENCY_SAID
    return f"{p.name.strip()}, {known}" if options.names_shown and p.name.strip() else known


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
    """Who made a point: the participant it is attributed to (`said_by`); else, for a point
    sent from the room, "anonymous" where no name was given, and under a name:
    - one person listed as here by it: them, as `SessionEdits.add_point` would have made it
      theirs had they been listed as it came (added on Who is here later);
    - no one on the list (nor the facilitator): the name given, where the notes name people,
      and that it came with no role or agency (`NO_ROLE_OR_AGENCY_SAID`; by agency,
      `NO_AGENCY_SAID`). Notes naming nobody printed it with nothing after it, read as
      nobody's, as a participant with neither was (a trial);
    - someone listed as not here (or two people of that name): the name given, only where
      the notes name people; a point sent so is not theirs (the notes listed them as not
      attending yet saying it: a trial).
    """
    said = attribution(session, point.by, options)
    if said or point.from_room is None:
        return said
    if point.from_room == ANONYMOUS or not point.from_room.strip():
        return ANONYMOUS
    key = name_key(point.from_room)
    listed = [p for p in speakers(session) if key and name_key(p.name) == key]
    if len(listed) == 1 and listed[0].attended:
        return said_by(listed[0], options)
    if listed:
        return point.from_room if options.names_shown else ""
    if options.attendance_by_agency:
        return NO_AGENCY_SAID
    return f"{point.from_room}, {NO_ROLE_OR_AGENCY_SAID}" if options.names_shown \
        else NO_ROLE_OR_AGENCY_SAID
