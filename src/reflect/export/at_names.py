"""How to settle a likely name that is a point's "@..." (model/attribution.py): the letters
ending a point that named several people, or no one, are kept as typed, and the export's check
then finds them (`likely name: Sam`, and nothing said of why, nor of what to do: a trial). Said
under the finding, in the export dialog and by `reflect export`. Pure: no IO."""

from __future__ import annotations

import re

from reflect.export.detectors import LIKELY_NAME
from reflect.export.identifiers import Finding
from reflect.model.attribution import attribute, candidates, speakers
from reflect.model.session import Participant, Session
from reflect.text import one_line

_POINT = re.compile(r"answers\[(\d+)\]\.points\[(\d+)\]\.text")


def _who(people: list[Participant]) -> str:
    """`Sam Sample or Chris Sample`: each by name (by role and agency where nameless)."""
    return " or ".join(p.name or p.describe() for p in people)


def at_name_advice(session: Session, finding: Finding) -> str:
    """What to do about `finding` when it is a likely name in the "@..." ending a point (""
    otherwise): who the letters could be, and how to say who said the point."""
    found = _POINT.fullmatch(finding.field)
    if finding.kind != LIKELY_NAME or found is None:
        return ""
    answers = session.answers
    i, j = int(found.group(1)), int(found.group(2))
    if i >= len(answers) or j >= len(answers[i].points):
        return ""
    point, people = answers[i].points[j], speakers(session)
    text = point.text
    if finding.start < 1 or text.rfind("@") != finding.start - 1:
        return ""  # an "@" within the point ("with @sam about it"): only the words say who
    said = attribute(text, candidates(people))
    at = f"“@{(said.named or finding.text).rstrip('.,;:!?')}”"
    chosen = [p for p in people if p.id == point.by]
    if chosen:
        if attribute(text, chosen).by:
            return (f"{at} ends a point said by {_who(chosen)}: edit the point and press "
                    f"Enter, and {at} is taken off.")
        return f"{at} ends a point said by {_who(chosen)}: take it out of the point."
    if said.by:
        who = [p for p in people if p.id == said.by]
        return (f"{at} is {_who(who)}: edit the point and press Enter, and it is said by "
                f"them, {at} taken off.")
    if said.ambiguous:
        return (f"{at} could be {_who(list(said.ambiguous))}: edit the point and choose who "
                f"said it (Said by…), and {at} is taken off.")
    if said.unmatched:
        away = [p for p in session.participants if not p.attended]
        absent = attribute(text, away) if away else None
        named = [p for p in away if absent is not None
                 and (p.id == absent.by or p in absent.ambiguous)]
        if named:  # as the point box says it (the check said "no one here" of Ann: a trial)
            return (f"{at} is {_who(named)}, marked not here: tick them on Who is here, or "
                    f"edit the point and choose who said it (Said by…), or take {at} out "
                    "of it.")
        return (f"{at} names no one here: edit the point and choose who said it (Said by…), "
                f"or take {at} out of it.")
    return ""


def finding_lines(session: Session, findings: list[Finding], limit: int = 0) -> list[str]:
    """The check's findings in `session`, each on a line (where, what, the text, shortened to
    `limit`), under a point's "@..." how to settle it (`at_name_advice`) and under an agreed
    action's owner why it was not printed by role (`owner_held.owner_held_back`)."""
    from reflect.export.owner_held import owner_held_back

    lines = []
    for f in findings:
        lines.append(f"  {f.where}: {f.kind}: {one_line(f.text, limit)}")
        if advice := at_name_advice(session, f) or owner_held_back(session, f):
            lines.append(f"    {advice}")
    return lines
