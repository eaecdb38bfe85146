"""*Who is here*'s team box, and the line under it: a team typed after the session began.

Last time's actions come with a session started under the team's name (`create_session`);
a team typed here later brought none in, and nothing said the team had met, nor that a near
name had (a facilitator's trial). The line says either: a near name as the new-session form's
line says it (→ takes the name: `NearTeamLine`, one rule), a team that has met with its
meetings and open actions (store/team_met.py), and that they are not brought in. Nothing is
said where this session holds last time's actions already, or is open read-only. Bringing
them in would add a step to a session under way (its panes, time plan, step list and the
write-back locks are set as it opens): not done here.
"""

from __future__ import annotations

from pathlib import Path

from reflect.model.edits import SessionEdits
from reflect.model.teams import same_team
from reflect.ui.widgets.form_input import KeptAsTyped
from reflect.ui.widgets.near_team import NearTeamLine, TeamBox


class KeptTeamBox(KeptAsTyped, TeamBox):
    """*Who is here*'s team box: kept as typed, and → at its end takes a near name offered."""


class TeamMetLine(NearTeamLine):
    def __init__(self, edits: SessionEdits, box: str, **kwargs: object) -> None:
        super().__init__(box, **kwargs)
        self.edits = edits
        self.read = False
        """Whether the teams here have been asked for (once, as the box is first used)."""
        self.opened_as: str | None = None
        """The team as the session opened: said of (or carried from) as it started, or as
        typed before; nothing is said again unless another is typed (`check`)."""

    def on_mount(self) -> None:
        self.opened_as = self.edits.session.team.strip()
        super().on_mount()

    def folder(self) -> Path | None:
        folder = getattr(self.app, "sessions_dir", None)
        return folder if isinstance(folder, Path) else None

    def check(self) -> None:
        typed = self.box.value.strip()
        session = self.edits.session
        if self.box.disabled or session.carried or not typed or self.folder() is None or \
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
        from reflect.store.team_met import met_said, team_met

        folder = self.folder()
        try:
            said = "" if folder is None else met_said(
                typed, team_met(folder, typed, self.edits.session.id))
        except (OSError, SessionError, ValueError, TypeError):
            return
        self.app.call_from_thread(self._met, typed, said)

    def _met(self, typed: str, said: str) -> None:
        if self.box.value.strip() != typed or self.edits.session.carried:
            return  # typed on since: a newer look is coming
        self.display = bool(said)
        if said:
            self.show(said)
