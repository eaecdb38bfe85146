"""How a report shows each team, role, agency and action owner (`ShownNames`): every
writing of one, keyed (`team_key`, an agency's abbreviation read as its full name), shown as
most often written, so one team has one name wherever the report says it. Pure: no IO.
"""

from __future__ import annotations

from reflect.model.teams import Agencies, Names, team_key
from reflect.report.facts import Person, SessionFacts
from reflect.report.lines import NO_AGENCY, NO_ROLE, NO_TEAM
from reflect.report.owners import NOBODY, Owner
from reflect.text import one_line


class ShownNames:
    """Every team, role and agency in the report: keyed, and shown as most often written."""

    def __init__(self, sessions: list[SessionFacts], agencies: Agencies,
                 teams: Names | None = None) -> None:
        """`teams`: every team's writings over all the sessions read, whatever the filters
        (`Gathered.team_names`), so one team has one name in every report; else those of
        `sessions`."""
        self.agency_names = agencies
        self.teams, self.roles, self.agencies = teams or Names(), Names(), Names(agencies.key)
        self.owners: dict[Owner, str] = {}
        people: dict[Person, int] = {}  # a few dozen kinds of person in thousands of sessions
        for s in sessions:
            if teams is None:
                self.teams.add(s.team)
            for p in s.people:
                people[p] = people.get(p, 0) + 1
        for p, n in people.items():  # in the order first written
            if p.attended:
                self.roles.add(p.role, n)
                self.agencies.add(agencies.full(p.agency), n)

    def team(self, key: str) -> str:
        return self.teams.shown(key) or NO_TEAM

    def role(self, key: str) -> str:
        return self.roles.shown(key) or NO_ROLE

    def agency(self, key: str) -> str:
        return self.agencies.shown(key) or NO_AGENCY

    def owner(self, owner: Owner) -> str:
        """An action's owner as the report says it: their role and agency as it names roles
        and agencies (`CSC` is Children's Social Care), or the words kept; "" for none."""
        if owner.words or owner == NOBODY:
            return owner.words
        found = self.owners.get(owner)
        if found is None:  # (a few kinds of owner among thousands of overdue actions)
            role = self.roles.shown(team_key(owner.role)) or one_line(owner.role)
            agency = owner.agency and (self.agencies.shown(self.agency_names.key(owner.agency))
                                       or self.agency_names.full(one_line(owner.agency)))
            found = self.owners[owner] = ", ".join(x for x in (role, agency) if x)
        return found
