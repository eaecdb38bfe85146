"""Why an agreed action's owner was held back by the check of notes that name nobody.

Notes by role only (or by agency) print an owner who is one of the session's people, attended
or not, by their role and agency (`owner_parts.owner_by_role`); any other owner is printed as typed,
so a participant's name in it is a finding. The finding said only `participant name: Ann`, and
nothing of why an owner was not printed by role as others were, nor of what to type instead (a
trial). Said under the finding, in the export dialog and by `reflect export` and `reflect
check`, as `at_names` says how to settle a point's "@...". Pure: no IO.
"""

from __future__ import annotations

import re

from reflect.export.detectors import NAME
from reflect.export.identifiers import Finding
from reflect.model.attribution import speakers
from reflect.model.roles import name_key
from reflect.model.session import Participant, Session
from reflect.text import one_line
from reflect.wrapping import cut_at_a_word

_OWNER = re.compile(r"actions\[(\d+)\]\.owner")

OWNER_SAID = 60
"""The most of an owner's words said, cut after a word with "…": an owner of 5,000 characters
was said whole, some 70 lines of the export dialog over its list of formats (a trial)."""


def _listed(people: list[Participant]) -> str:
    """`Health visitor, Invented Trust; Midwife` (each as roles-only notes list them)."""
    return "; ".join(p.describe(roles_only=True) for p in people)


def owner_held_back(session: Session, finding: Finding) -> str:
    """Why a team session's agreed action's owner holding a participant's name (`finding`, of
    kind NAME in `actions[i].owner`) is held back, and what to type instead; "" for any other
    finding."""
    found = _OWNER.fullmatch(finding.field)
    if finding.kind != NAME or found is None or session.mode != "team":
        return ""
    i = int(found.group(1))
    if i >= len(session.actions):
        return ""
    owner = one_line(session.actions[i].owner.strip())
    people = speakers(session)  # the facilitator too (`owner_parts.owner_named`)
    named = [p for p in people if p.name.strip() and name_key(p.name) == name_key(owner)]
    said = f"“{cut_at_a_word(owner, OWNER_SAID)}”"
    if len(named) > 1:
        return (f"{said} is the name of {len(named)} people on the list ({_listed(named)}): "
                "which one's role to print would be a guess, so it is held back. Type the "
                "owner as that person's role, or tell the names apart in Who is here.")
    if named:
        p = named[0]
        lacks = "role" if not p.role.strip() and p.agency.strip() else \
            "agency" if p.role.strip() else "role or agency"
        return (f"{said} is on the list with no {lacks}: notes that name nobody have nothing "
                f"to print for them, so the name is held back. Add their {lacks} in Who is "
                "here, or type the owner as a role.")
    words = set(re.findall(r"[^\W_]+", owner.casefold()))
    meant = [p.name.strip() for p in people
             if p.name.split() and p.name.split()[0].casefold() in words]
    as_listed = f" ({' or '.join(f'“{m}”' for m in dict.fromkeys(meant))})" if meant else ""
    return (f"{said} is not one person on the list named in full, so it cannot be printed "
            "by role or agency and is held back. Type the owner as the list names them"
            f"{as_listed}, or as a role.")
