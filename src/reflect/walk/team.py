"""Plain mode's word on a new session's team typed near the name of a team with sessions here:
the new-session form's line under its team box (ui/widgets/near_team.py) in plain mode's own
way, by the same rule (`model.teams.near_names` over `store.index.teams_here`: "MASH team" for
"mash", one's words inside the other's; "Moorvale Children's Team" for "Moorvale Children
Team", spelt nearly alike; a name the same but for case, spaces or punctuation
is that team already, and its earlier sessions' spelling is taken as the session starts).

`mash` typed where `MASH team` had met started a team of its own, counted apart in every
report, its last participants and actions not offered, and plain mode said nothing of it (a
trial, after the form had been given its line). At a terminal, where the name was typed at
the prompt, the near team's name is offered (y takes it; several, by their numbers), Enter
keeping the name as typed: a name is never changed unasked. From a script, or given with
`--team`, it is said and kept as given: a script's next line is its next answer.
"""

from __future__ import annotations

from pathlib import Path

from reflect.text import one_line
from reflect.walk.dialogue import Dialogue, numbered
from reflect.walk.spoken import asked, enter_keeps

NUMBERED = 9
"""The near teams listed by number at most (a name as short as "team" is near many)."""
NAME_CHARS = 60
"""A team's name at most, as said."""


def near_team(d: Dialogue, typed: str, folder: Path, ask: bool) -> str | None:
    """The team to start the session under: `typed`, or (`ask`: at a terminal, typed at the
    prompt) the name of a team with sessions in `folder` near it, taken when offered; None at
    the end of the input or a stop while asked."""
    near = teams_near(typed, folder)
    if not near:
        return typed
    said = one_line(typed.strip(), NAME_CHARS)
    apart = f"“{said}” is a team of its own, its sessions counted apart in reports"
    if len(near) == 1:
        d.say(f"“{one_line(near[0], NAME_CHARS)}” has sessions here: the same team?")
    else:
        d.say(f"{len(near)} teams with sessions here have names like “{said}”:")
        for n, name in enumerate(near[:NUMBERED], 1):
            d.say(f"  {n}. {one_line(name, NAME_CHARS)}")
        if len(near) > NUMBERED:
            d.say(f"  and {len(near) - NUMBERED} more")
    if not ask:
        give = f"“{one_line(near[0], NAME_CHARS)}”" if len(near) == 1 else "one of them"
        d.say(f"Kept as given: {apart}. To make it that team's session, give {give} as the "
              "team.")
        return typed
    d.say(f"As typed, {apart}.")
    got = _chosen(d, said, near[:NUMBERED])
    if got is None:
        return None
    d.finished()
    d.say(f"Team: “{one_line(got, NAME_CHARS)}”." if got else f"Team: “{said}”, as typed.")
    return got or typed


def teams_near(typed: str, folder: Path) -> list[str]:
    """The teams with sessions in `folder` whose names look like `typed` (`near_names`), as
    the new-session form finds them; none on failure (a help, never a reason a session cannot
    start)."""
    from reflect.model.teams import near_names
    from reflect.store.errors import SessionError
    from reflect.store.index import teams_here

    if not typed.strip():
        return []
    try:
        return near_names(typed.strip(), teams_here(folder))
    except (OSError, SessionError, ValueError, TypeError):
        return []


def _chosen(d: Dialogue, said: str, near: list[str]) -> str | None:
    """The near team taken ("" for none: the name as typed kept); None at the end of input."""
    def not_taken(half: str) -> str:
        return f"“{half.strip()}”, typed but not entered, was not taken as the team." \
            if half.strip() else ""

    if len(near) == 1:
        yes = d.yes_no(f"Take the name “{one_line(near[0], NAME_CHARS)}”?", False, not_taken)
        return None if yes is None else near[0] if yes else ""
    while True:
        got = d.ask(asked(f"Which team is it? 1 to {len(near)}",
                          enter_keeps(f"“{said}” as typed")), not_taken)
        if got is None or not got:
            return got
        if (n := numbered(got, len(near))) is not None:
            return near[n - 1]
        d.say(f"“{got}” is not a number from 1 to {len(near)}.")
