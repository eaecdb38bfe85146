"""What the new-session form says under its participants box (ui/screens/new_session.py): how
each line typed is read (name, role, agency), and which lines are one person: the same as an
earlier line, as one of last time's participants offered above the box, or as the
facilitator; and which look like an earlier line or one of last time's (said, never
changed); and a line that names no one, left out (`no_one`). No Textual: the form shows the
words (`Fitted`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reflect.model.roles import ONE_PART, how_read, left_out, name_key
from reflect.model.same_person import alike, like_last_time, repeated
from reflect.model.session import Participant
from reflect.text import one_line


def read_back(people: Sequence[Participant], last_people: Sequence[Participant],
              last: Mapping[int, int], facilitator: str, typed: str = "") -> str:
    """A line for each of `people` (the box's lines, numbered from 1): how it is read, and
    whom else it names (`last`: line to the index in `last_people` of last time's person it
    is) or looks like (`alike`: "Sam Sampel" under "Sam Sample"; `like_last_time`: "Jo
    Smith" where last time listed "Jo Smyth"); `ONE_PART` after them where a line gives one
    part alone; then each line of the box's text (`typed`) that names no one (`no_one`). ""
    for no lines. `last_people`: last time's, as offered above the box."""
    leads = name_key(facilitator)
    lines = []
    same, near, near_last = repeated(people), alike(people), like_last_time(people, last_people)
    for n, person in enumerate(people, 1):
        parts = [how_read(person),
                 f"the same person as line {same[n]}?" if n in same else ""]
        if n in near:  # (said, never changed: two people's names may be near)
            parts.append(f"like line {near[n]}, {people[near[n] - 1].name}: the same person?")
        if n in near_last:  # (as `near`: the one meant is ticked, or typed as listed)
            like = " or ".join(last_people[i].describe() for i in near_last[n])
            parts.append(f"like last time's {like}: the same person?")
        if n in last and n not in same:
            parts.append(f"last time's {last_people[last[n]].describe()}: one person, here")
        if leads and person.name and name_key(person.name) == leads:
            parts.append("the facilitator too: one person, not two")
        lines.append(f"{n}. " + " · ".join(p for p in parts if p))
    if any(not p.agency and not (p.name and p.role) and n not in last
           for n, p in enumerate(people, 1)):
        lines.append(ONE_PART)  # (plain mode's words, as its reading is the box's)
    return "\n".join(lines + no_one(typed))


def no_one(typed: str) -> list[str]:
    """What is said of each line of `typed` that holds something yet names no one: commas
    alone (`, ,`), which `Participant.parse_lines` leaves out. Such a line vanished from what
    the form says, and nothing said it was not a participant (a facilitator's trial). A blank
    line is no slip: said nothing of."""
    said = []
    for line in dict.fromkeys(one_line(line) for line in typed.splitlines()):
        if line and Participant.parse(line).blank:
            said.append(f"{left_out(line)} (type name, role, agency).")
    return said
