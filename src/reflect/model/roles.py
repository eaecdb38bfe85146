"""A participant's line read as name, role and agency, and whether words name a job: `Alex
Example, GP` is a name and a role, `health visitor, Invented Trust` a role and an agency.

A line of two parts was always read as role, agency, so a name typed before a role became a
role, and the partnership's report ("no one is named") counted "Alex Example" among the roles
(a trial). Two parts are now read as name, role only when the second names a job and the first
does not; anything else is read as before. The words are the jobs of the people who come to
these meetings (social care, health, police, schools, housing, probation, the voluntary
sector), and the last words such jobs end with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.model.session import Participant

_WHOLE = frozenset({
    "gp", "dsl", "ddsl", "senco", "idva", "isva", "paediatrician", "midwife", "nurse",
    "teacher", "headteacher", "head teacher", "doctor", "consultant", "psychologist",
    "psychiatrist", "therapist", "counsellor", "social worker", "health visitor",
    "school nurse", "police officer", "detective", "sergeant", "constable", "inspector",
    "student", "manager", "practitioner", "advocate", "chair", "pcso", "pc", "dc", "ds",
})
"""Jobs said in full (any case)."""

_LAST = ("worker", "officer", "nurse", "visitor", "manager", "lead", "teacher", "midwife",
         "doctor", "practitioner", "adviser", "advisor", "coordinator", "co-ordinator",
         "therapist", "psychologist", "paediatrician", "consultant", "student", "assistant",
         "sergeant", "constable", "inspector", "gp", "senco", "dsl", "idva", "isva",
         "director", "supervisor", "mentor", "navigator", "chair", "head")
"""The last word of a job (`family support worker`, `designated safeguarding lead`)."""

_WORD = re.compile(r"[a-z][a-z-]*")


def names_a_role(text: str) -> bool:
    """True when `text` names a job, as the people in these meetings say theirs."""
    words = _WORD.findall(text.casefold())
    if not words:
        return False
    return " ".join(words) in _WHOLE or words[-1] in _LAST


def split_person(line: str) -> tuple[str, str, str]:
    """A participant's line as (name, role, agency): `name, role, agency`, `role, agency`,
    `name, role` (only when the second part names a job and the first does not) or just a
    role. A line pasted from a spreadsheet (columns split by tabs) is read the same way."""
    parts = [p.strip() for p in line.split("\t" if "\t" in line.strip() else ",")]
    if len(parts) >= 3:
        return parts[0], parts[1], ", ".join(p for p in parts[2:] if p)  # ",,," not kept
    if len(parts) == 2 and names_a_role(parts[1]) and not names_a_role(parts[0]):
        return parts[0], parts[1], ""
    if len(parts) == 2:
        return "", parts[0], parts[1]
    return "", parts[0], ""


def one_named(people: Iterable[Participant], name: str) -> Participant | None:
    """The one participant whose name is `name` (case and spacing aside), or None: none is,
    or two or more are (which one was meant would be a guess)."""
    def key(text: str) -> str:
        return " ".join(text.split()).casefold()

    found = [p for p in people if p.name.strip() and key(p.name) == key(name)]
    return found[0] if len(found) == 1 else None


def named(people: Iterable[Participant], name: str) -> str:
    """The id of the one participant whose name is `name` (case and spacing aside), or "".
    A point from the room sent as "Alex Example" was nobody's, so notes giving roles only
    lost who said it (a trial)."""
    found = one_named(people, name)
    return found.id if found is not None else ""
