"""The new-session form's team box, and the line under it naming the teams with sessions here
whose names look like the one typed (`model.teams.near_names`: "MASH team" for "mash").

A team typed differently only in case or punctuation is the same team, and the form says so
by offering its last participants; one typed "mash" where "MASH team" had met was a team of
its own, counted apart in every report, and nothing said so (a trial). The line says it, and
where one team is near, → at the end of the box takes its name (a key that does nothing else
there, so keys typed on in a hurry never take it); a name typed is never changed unasked.
Plain mode says it in its own way, by the same rule (walk/team.py).
"""

from __future__ import annotations

from textual import events

from reflect.model.teams import near_names
from reflect.text import listed, one_line
from reflect.ui.widgets.form_input import FormInput
from reflect.ui.widgets.literal import Literal

NAME_CHARS = 60
"""A team's name at most, as the line gives it."""
MAX_NAMED = 3
"""The teams the line names at most."""


class TeamBox(FormInput):
    """The team box: → at its end takes the name offered (`offered`), where there is one."""

    offered = ""
    """The one team's name near what is typed ("" for none, or for several)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "right" and self.offered and self.cursor_at_end and \
                self.moved_to in (None, self):
            event.stop()
            event.prevent_default()  # (not FormInput's, nor Input's own →)
            self.value = self.offered
            self.cursor_position = len(self.value)


class NearTeamLine(Literal):
    DEFAULT_CSS = "NearTeamLine { display: none; color: $warning; }"
    box: TeamBox
    """The team box (found as the line is mounted)."""

    def __init__(self, box: str, **kwargs: object) -> None:
        """`box`: the selector, within this line's parent, of the team box."""
        super().__init__("", "", **kwargs)
        self.box_selector = box
        self.known: list[str] = []
        """Every team with a session here, as most often written, most recent first (set
        once read: `know`)."""

    def on_mount(self) -> None:
        assert self.parent is not None
        self.box = self.parent.query_one(self.box_selector, TeamBox)
        self.watch(self.box, "value", self.check)

    def know(self, teams: list[str]) -> None:
        """The teams with sessions here, once read (off the UI thread)."""
        self.known = teams
        self.check()

    def check(self) -> None:
        typed = self.box.value.strip()
        near = near_names(typed, self.known) if typed else []
        self.box.offered = near[0] if len(near) == 1 else ""
        self.display = bool(near)
        if not near:
            return
        said = one_line(typed, NAME_CHARS)
        if len(near) == 1:
            self.show(f"“{one_line(near[0], NAME_CHARS)}” has sessions here: the same team? "
                      f"→ takes its name. As typed, “{said}” is a team of its own, counted "
                      "apart in reports.")
            return
        names = [f"“{one_line(t, NAME_CHARS)}”" for t in near[:MAX_NAMED]]
        if len(near) > MAX_NAMED:
            names.append(f"{len(near) - MAX_NAMED} more")
        self.show(f"Teams with sessions here have names like it: {listed(names)}. Type one's "
                  f"name to make this session that team's; as typed, “{said}” is a team of "
                  "its own, counted apart in reports.")
