"""A team named on *Who is here* after its session began (started with the team box empty):
whether that team has met here before, how many of its actions are open, and how many people
its last meeting brings (`last_participants`), which leaving the box lists too.

Last time's actions are gathered as a session starts under a team's name (`create_session`,
store/carry.py); a team typed later brought nothing in and nothing said it had met (a
facilitator's trial). The line under the box (ui/widgets/team_met.py) says so, from this, and
the session screen brings them in as the box is left (ui/screens/late_team.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.model.teams import same_team
from reflect.store.carry import last_participants, open_actions_for_team
from reflect.store.index import list_summaries
from reflect.text import one_line, plural

NAME_CHARS = 60
"""A team's name at most, as the line gives it (as the new-session form's line)."""


@dataclass(frozen=True)
class TeamMet:
    meetings: int
    """The team's other team sessions here (the one under way aside)."""
    open_actions: int
    """Their actions not yet done: those a session started under the name gathers."""
    people: int = 0
    """Last time's people, as a session started under the name lists them
    (`last_participants`)."""


def team_met(folder: Path, team: str, exclude_id: str, cache: Path | None = None) -> TeamMet:
    """How often `team` has met in `folder` (team sessions only, `exclude_id` aside: the one
    under way), its open actions (`open_actions_for_team`) and last time's people, read only
    where it has."""
    meetings = sum(1 for s in list_summaries(folder, cache).entries
                   if s.id != exclude_id and s.mode == "team" and same_team(s.team, team))
    if not meetings:
        return TeamMet(0, 0)
    actions = len(open_actions_for_team(folder, team, exclude_id, cache))
    return TeamMet(meetings, actions, len(last_participants(folder, team, exclude_id, cache)))


def met_said(team: str, met: TeamMet) -> str:
    """The line under *Who is here*'s team box for a team that has met (`team_met`); "" for
    one that has not."""
    if not met.meetings:
        return ""
    name = one_line(team.strip(), NAME_CHARS)
    times = plural(met.meetings, "meeting")
    n = met.open_actions
    people = plural(met.people, "person", "people")
    if not n:
        lists = f" Leaving this box lists the {people} at its last meeting, to tick." \
            if met.people else ""
        return f"“{name}” has met here before ({times}); none of its actions is open.{lists}"
    some = plural(n, "open action")
    lists = f", and lists the {people} at its last meeting" if met.people else ""
    return (f"“{name}” has met here before ({times}), with {some}: leaving this box brings "
            f"{'them' if n != 1 else 'it'} in, at Last time's actions{lists}.")


def not_brought_said(team: str, n: int) -> str:
    """Said where a team's open actions (`n`) cannot be brought into the session under way:
    it has moved on past the step after *Who is here*, or something was typed there (its
    later steps may hold what a step added before them would move), or the room is open."""
    name = one_line(team.strip(), NAME_CHARS)
    some = plural(n, "open action")
    return (f"“{name}”'s {some} {'are' if n != 1 else 'is'} not brought in: this session "
            "has moved on from Who is here (notes typed on the step after it, or a step past "
            "it shown), or the room is open. A session started with the team's name in the "
            "new-session form brings them to Last time's actions.")
