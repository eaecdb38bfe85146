"""Someone on a team session's *Who is here* list: who they are, and whether they were here.

Here, left early or not here (`presence`, model/presence.py); here, whether they came after the
meeting had moved on from Who is here (`arrived_during`); left early, during which step
(`left_during`); not here, whether the team's last
meeting brought them onto the list (`listed_last_time`), so that the notes never say someone
was invited who was only on last week's list (a children's team's trial).
"""

from __future__ import annotations

from typing import Literal

from reflect.model.clean import Clean, Flag, Line, Name, SessionModel
from reflect.model.roles import split_person

Presence = Literal["here", "left early", "not here"]


class Participant(SessionModel):
    """Someone taking part. Any part may be left empty (many teams record roles, not names)."""

    id: Clean = ""
    """Stable within the session (p1, p2, ...): points are attributed by it."""
    name: Name = ""
    role: Name = ""
    agency: Name = ""
    attended: Flag = True
    """Here for the meeting, all of it or part (`left_early`); False: listed, not here."""
    left_early: Flag | None = None
    """True: here for part of the meeting only (attended too; model/presence.py); None, and
    not in the file, otherwise: a file from before it reads as it did."""
    arrived_during: Line | None = None
    """The step the meeting was on when they were marked here or added to the list, where it
    had moved on from Who is here ("Question 2": `presence.arrived`, schema 5); None, and not
    in the file, for anyone here from the start (or not here)."""
    left_during: Line | None = None
    """The step the meeting was on when they were marked left early, where it had moved on from
    Who is here ("Question 3": `presence.left`, schema 6); None, and not in the file, for anyone
    not marked so, marked so before the meeting moved on, or marked so by an older reflect (the
    notes say "left early" alone, as they did)."""
    listed_last_time: Flag | None = None
    """True: brought onto the list from the team's last meeting (the new-session form's
    ticks, plain mode's, a copy of a session: `store.carry.last_time`), not typed for this
    one; marked not here, the notes list them apart from those invited (`presence.attendance`,
    schema 5). None, and not in the file, otherwise."""

    @property
    def presence(self) -> Presence:
        """Here, left early or not here: the one reading of `attended` and `left_early`."""
        return ("left early" if self.left_early else "here") if self.attended else "not here"

    @classmethod
    def parse(cls, line: str) -> Participant:
        """From a line typed as `name, role, agency`, `role, agency`, `name, role`, a name
        or just a role (model/roles.py: `sam sample` a name too, in the app and plain mode)."""
        name, role, agency = split_person(line)
        return cls(name=name, role=role, agency=agency)

    @classmethod
    def parse_lines(cls, text: str) -> list[Participant]:
        """Each line of `text` read by `parse`, leaving out lines that name nobody (blank, or
        commas alone: ", ," made a participant with no name, role or agency)."""
        people = (cls.parse(line) for line in text.splitlines())
        return [p for p in people if not p.blank]

    @property
    def blank(self) -> bool:
        """No name, role or agency: nobody."""
        return not (self.name or self.role or self.agency)

    def describe(self, roles_only: bool = False) -> str:
        """`Name (role, agency)`, or just `role, agency` when names are left out."""
        role = ", ".join(p for p in (self.role, self.agency) if p)
        if roles_only or not self.name:
            return role or "participant"
        return f"{self.name} ({role})" if role else self.name
