"""Points notes that name nobody print as made by someone of "no role or agency given"
(`parts.NO_ROLE_OR_AGENCY_SAID`), said under the export's check with what to add: notes by role
(or with attendance left out) give who made a point by role and agency, and someone listed
with neither has nothing else to give. By agency, someone with no agency is
`parts.NO_AGENCY_SAID`, as the attendance counts them, and the check says nothing. Until 5
December 2026 such a point was printed with nothing after it, read as nobody's, and only this
note said why. Said, not held back: nobody's details are in it. Pure: no IO.
"""

from __future__ import annotations

from reflect.export.options import ExportOptions
from reflect.export.parts import NO_ROLE_OR_AGENCY_SAID, point_attribution
from reflect.model.session import Session
from reflect.text import one_line


def unattributed(session: Session, options: ExportOptions) -> list[tuple[str, list[str]]]:
    """(who, where: `Question 1, point 3`) for each person recorded as making a point that
    notes naming nobody under `options` print as `NO_ROLE_OR_AGENCY_SAID`, in the order they
    are listed."""
    found: dict[str, list[str]] = {}
    if options.names_shown:  # the name is printed beside it
        return []
    for i, a in enumerate(session.answers):
        for j, point in enumerate(a.points):
            p = session.participant(point.by)
            if p is None or not point.text.strip() or point_attribution(
                    session, point, options) != NO_ROLE_OR_AGENCY_SAID:
                continue
            who = f"“{one_line(p.name.strip())}”" if p.name.strip() else "A participant"
            found.setdefault(who, []).append(f"Question {i + 1}, point {j + 1}")
    return list(found.items())


def unattributed_note(session: Session, options: ExportOptions) -> str:
    """`unattributed` said, each person with what to do ("" for none): `“Chris Sample” is
    listed with no role or agency: their point (Question 1, point 3) is printed “no role or
    agency given”; add their role or agency in Who is here`."""
    said = []
    for who, where in unattributed(session, options):
        one = len(where) == 1
        said.append(f"{who} is listed with no role or agency: their "
                    f"{'point' if one else 'points'} ({'; '.join(where)}) "
                    f"{'is' if one else 'are'} printed “{NO_ROLE_OR_AGENCY_SAID}”; add "
                    "their role or agency in Who is here")
    return "; ".join(said)
