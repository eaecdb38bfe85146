"""Points the notes would print with nothing after them though the session records who made
them: read as nobody's. Notes that name nobody print who made a point by role and agency
(`parts.attribution`); someone listed with neither has nothing to print there. By agency,
someone with no agency is `parts.NO_AGENCY_SAID`, as the attendance counts them; by role, the
check says who it is and what to add, as it says why an action's owner was held back
(`owner_held`). Said, not held back: nobody's details are in it. Pure: no IO.
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.export.parts import point_attribution
from reflect.model.session import Session
from reflect.text import one_line


def unattributed(session: Session, options: ExportOptions) -> list[tuple[str, list[str]]]:
    """(who, where: `Question 1, point 3`) for each person recorded as making a point that
    the notes under `options` would print with nothing after it, in the order they are listed."""
    found: dict[str, list[str]] = {}
    for i, a in enumerate(session.answers):
        for j, point in enumerate(a.points):
            p = session.participant(point.by)
            if p is None or not point.text.strip() or point_attribution(session, point,
                                                                         options):
                continue
            who = f"“{one_line(p.name.strip())}”" if p.name.strip() else "A participant"
            found.setdefault(who, []).append(f"Question {i + 1}, point {j + 1}")
    return list(found.items())


def unattributed_note(session: Session, options: ExportOptions) -> str:
    """`unattributed` said, each person with what to do ("" for none): `“Chris Sample” is
    listed with no role or agency: their point (Question 1, point 3) would be printed with
    nothing after it, read as nobody's; add their role or agency in Who is here`."""
    said = []
    for who, where in unattributed(session, options):
        one = len(where) == 1
        said.append(f"{who} is listed with no role or agency: their "
                    f"{'point' if one else 'points'} ({'; '.join(where)}) would be printed "
                    f"with nothing after {'it' if one else 'them'}, read as nobody's; add "
                    "their role or agency in Who is here")
    return "; ".join(said)
