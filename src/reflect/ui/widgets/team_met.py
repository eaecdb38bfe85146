"""*Who is here*'s team box, and the line under it: a team typed after the session began.

Last time's actions come with a session started under the team's name (`create_session`);
a team typed here later brought none in, and nothing said the team had met, nor that a near
name had (a facilitator's trial). The line says either: a near name as the new-session form's
line says it (→ takes the name: `NearTeamLine`, one rule), or a team that has met, with its
meetings and open actions (store/team_met.py). Leaving the box on such a team posts
`OpenActions`, and the session screen brings them in where it can (ui/screens/late_team.py);
left on another name once they are in (emptied, or another team), `LateTeamLeft`.
Nothing is said where this session holds last time's actions already, or is open read-only,
nor of the team it opened with.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from reflect.model.edits import SessionEdits
from reflect.model.teams import same_team
from reflect.ui.widgets.form_input import KeptAsTyped
from reflect.ui.widgets.near_team import NearTeamLine, TeamBox

if TYPE_CHECKING:  # (read in a worker, as the box is first used)
    from reflect.store.team_met import TeamMet


class KeptTeamBox(KeptAsTyped, TeamBox):
    """*Who is here*'s team box: kept as typed, and → at its end takes a near name offered."""

    left: Callable[[], None] | None = None
    """Called as the box loses the focus (`TeamMetLine`)."""

    def on_blur(self) -> None:
        if self.left is not None:
            self.left()

    @property
    def held_at_focus(self) -> str:
        """What the box held as it last took the focus (before a team was typed)."""
        return self._at_focus or ""


@dataclass
class OpenActions(Message):
    """The team box left on a team with open actions from its earlier sessions here, this
    session holding none: the session screen brings them in where it can."""

    team: str


@dataclass
class LateTeamLeft(Message):
    """The team box left on another name than the team typed late that brought last time's
    actions in (emptied, or another team typed over it): the session screen takes them back
    out where nothing was done with them (ui/screens/late_team.py)."""

    team: str


class TeamMetLine(NearTeamLine):
    def __init__(self, edits: SessionEdits, box: str, **kwargs: object) -> None:
        super().__init__(box, **kwargs)
        self.edits = edits
        self.read = False
        """Whether the teams here have been asked for (once, as the box is first used)."""
        self.open_for = ""
        """The team whose open actions, or last time's people, the line says ("" for
        none): leaving the box brings them in."""
        self.opened_as: str | None = None
        """The team as the session opened: said of (or carried from) as it started, or as
        typed before; nothing is said again unless another is typed (`check`)."""

    def on_mount(self) -> None:
        self.opened_as = self.edits.session.team.strip()
        super().on_mount()
        if isinstance(self.box, KeptTeamBox):
            self.box.left = self.box_left

    def box_left(self) -> None:
        team = self.box.value.strip()
        late = self.edits.late
        if late is not None and not same_team(late.team, team):
            self.post_message(LateTeamLeft(team))
            return
        if self.open_for and same_team(self.open_for, team) and not self._brought():
            self.post_message(OpenActions(team))

    def _brought(self) -> bool:
        """Whether this session holds last time's actions, or a team typed late brought its
        people in: nothing more is said, or brought, until they are taken back out."""
        return bool(self.edits.session.carried) or self.edits.late is not None

    def folder(self) -> Path | None:
        folder = getattr(self.app, "sessions_dir", None)
        return folder if isinstance(folder, Path) else None

    def check(self) -> None:
        typed = self.box.value.strip()
        if self.box.disabled or self._brought() or not typed or self.folder() is None or \
                typed == self.opened_as or same_team(typed, self.opened_as or ""):
            self.display = False
            return
        if not self.read:
            self.read = True
            self.run_worker(self._read_teams, thread=True, group="teams-here",
                            exit_on_error=False)
            return
        super().check()  # a near name: the new-session form's words
        if self.display:
            return
        if any(same_team(typed, t) for t in self.known):
            self.run_worker(lambda: self._read_met(typed), thread=True, exclusive=True,
                            group="team-met", exit_on_error=False)

    def _read_teams(self) -> None:
        from reflect.store.errors import SessionError
        from reflect.store.index import teams_here

        folder = self.folder()
        try:
            teams = [] if folder is None else teams_here(folder,
                                                          exclude_id=self.edits.session.id)
        except (OSError, SessionError, ValueError, TypeError):
            return  # (a help, never a reason to stop)
        self.app.call_from_thread(self.know, teams)

    def _read_met(self, typed: str) -> None:
        from reflect.store.errors import SessionError
        from reflect.store.team_met import team_met

        folder = self.folder()
        try:
            met = None if folder is None else team_met(folder, typed, self.edits.session.id)
        except (OSError, SessionError, ValueError, TypeError):
            return
        if met is not None:
            self.app.call_from_thread(self._met, typed, met)

    def _met(self, typed: str, met: TeamMet) -> None:
        from reflect.store.team_met import met_said

        if self.box.value.strip() != typed or self._brought():
            return  # typed on since: a newer look is coming
        said = met_said(typed, met)
        self.open_for = typed if met.open_actions or met.people else ""
        self.display = bool(said)
        if said:
            self.show(said)
        if self.open_for and not self.box.has_focus:  # (left before this was read)
            self.box_left()
