"""Points notes that name nobody print as made by someone of "no role or agency given"
(`parts.NO_ROLE_OR_AGENCY_SAID`), said under the export's check with what to add: notes by role
(or with attendance left out) give who made a point by role and agency, and someone listed
with neither, or a name points were sent from the room under that is on no list, has nothing
else to give. By agency, someone with no agency is `parts.NO_AGENCY_SAID`, as the attendance
counts them, and the check says nothing. Until 5 December 2026 such a point was printed with
nothing after it, read as nobody's, and only this note said why (of a participant; of a name
from the room, nothing did). Said, not held back: nobody's details are in it. Pure: no IO.
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.export.parts import NO_ROLE_OR_AGENCY_SAID, point_attribution
from reflect.model.roles import name_key
from reflect.model.session import Session
from reflect.text import one_line

FROM_ROOM = "sent from the room"
"""Said after a name points were sent from the room under, that is on no list."""


def unattributed(session: Session, options: ExportOptions) -> list[tuple[str, list[str]]]:
    """(who, where: `Question 1, point 3`) for each person recorded as making a point that
    notes naming nobody under `options` print as `NO_ROLE_OR_AGENCY_SAID`, in the order they
    are listed, then each name points were sent from the room under that is on no list, as
    `“Dee Visitor” sent from the room`."""
    listed: dict[str, list[str]] = {}
    sent: dict[str, tuple[str, list[str]]] = {}  # by `name_key`: one sender, however typed
    if options.names_shown:  # the name is printed beside it
        return []
    for i, a in enumerate(session.answers):
        for j, point in enumerate(a.points):
            if not point.text.strip() or point_attribution(
                    session, point, options) != NO_ROLE_OR_AGENCY_SAID:
                continue
            where = f"Question {i + 1}, point {j + 1}"
            p = session.participant(point.by)
            if p is not None:
                who = f"“{one_line(p.name.strip())}”" if p.name.strip() else "A participant"
                listed.setdefault(who, []).append(where)
            else:
                name = one_line((point.from_room or "").strip())
                sent.setdefault(name_key(name), (f"“{name}” {FROM_ROOM}", []))[1].append(where)
    return list(listed.items()) + list(sent.values())


def unattributed_note(session: Session, options: ExportOptions) -> str:
    """`unattributed` said, each person with what to do ("" for none): `“Chris Sample” is
    listed with no role or agency: their point (Question 1, point 3) is printed “no role or
    agency given”; add their role or agency in Who is here`; `“Dee Visitor” sent from the room
    is not on Who is here: their point (Question 2, point 1) is printed “no role or agency
    given”; add them there as here, with their role or agency`."""
    said = []
    for who, where in unattributed(session, options):
        one = len(where) == 1
        room = who.endswith(FROM_ROOM)
        said.append(f"{who} is {'not on Who is here' if room else 'listed with no role or agency'}"
                    f": their {'point' if one else 'points'} ({'; '.join(where)}) "
                    f"{'is' if one else 'are'} printed “{NO_ROLE_OR_AGENCY_SAID}”; add "
                    + ("them there as here, with their role or agency" if room
                       else "their role or agency in Who is here"))
    return "; ".join(said)
