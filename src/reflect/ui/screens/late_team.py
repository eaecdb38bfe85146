"""Last time's actions brought into a session under way: a team typed on *Who is here* after
the session began with its team box empty.

They are gathered as a session starts under a team's name (`create_session`); typed later,
the team brought none in and nothing said it had met (a facilitator's trial). Leaving the team
box on a team with open actions (ui/widgets/team_met.py, `OpenActions`) brings them in here,
as a session started under its name would have: the *Last time's actions* step after *Who is
here*, each written back as it is updated, with its share of the time plan. Only while this
session holds none, is open for editing, and has not moved on past the step after *Who is
here*, nothing typed there (the panes after it are built again for their new places), with
the room closed (its pages name the steps); else the facilitator is told why not.

Typed, then PgDn (or Tab, then PgDn before they are gathered): the session is on the step
after *Who is here* (the introduction, its notes box the only thing to type in) as they come;
it then lands on *Last time's actions*, the new step 2, as a session started under the name
would. PgDn brought nothing, and a warning, though nothing was yet done there (a
facilitator's trial).
"""

from __future__ import annotations

from textual import on, work
from textual.widgets import ContentSwitcher

from reflect.model.carried import CarriedAction
from reflect.model.changes import PeopleChanged
from reflect.model.steps import steps_for
from reflect.model.teams import same_team
from reflect.text import plural
from reflect.ui.screens.following import FollowsFile
from reflect.ui.widgets.step_list import StepList
from reflect.ui.widgets.team_met import OpenActions, TeamMetLine


class BringsCarried(FollowsFile):
    _furthest = -1
    """The furthest step shown since the session opened (`reached`)."""
    _held_next = ""
    """What the step after *Who is here* (the introduction's notes) held as first shown."""

    def reached(self, index: int) -> None:
        """Step `index` is shown (`go`)."""
        if index > self._furthest:
            self._furthest = index
            if index == 1:
                self._held_next = self._next_notes()

    def _next_notes(self) -> str:
        return self.session.notes.get(self.steps[1].key, "") if len(self.steps) > 1 else ""

    def can_bring(self) -> bool:
        """Whether last time's actions can be brought in now (see the module's docstring)."""
        return (self.read_only is None and not self.session.carried and self.index <= 1
                and self.session.mode == "team" and self.room is None
                and self._furthest <= 1 and set(self.panes) <= {0, 1, 2}
                and (self._furthest < 1 or self._next_notes() == self._held_next))

    @on(OpenActions)
    def _open_actions(self, event: OpenActions) -> None:
        event.stop()
        if not self.session.carried:
            self._gather(event.team, self.can_bring())

    @work(thread=True, exclusive=True, group="late-team", exit_on_error=False)
    def _gather(self, team: str, can: bool) -> None:
        from reflect.store.carry import open_actions_for_team
        from reflect.store.errors import SessionError

        try:
            carried = open_actions_for_team(self.reflect_app.sessions_dir, team,
                                            exclude_id=self.session.id)
        except (OSError, SessionError, ValueError):
            return  # (offering them is a help, never a reason to stop)
        # In the app's own queue, as PgDn's step is: keys typed meanwhile wait for the step
        # it lands on (run beside them, a key pressed as the pane went was lost: a trial).
        self.app.call_from_thread(self.app.call_later, self._bring if can else self._not_brought,
                                  team, carried)

    def _not_brought(self, team: str, carried: list[CarriedAction]) -> None:
        from reflect.store.team_met import not_brought_said

        if carried and not self.session.carried:
            self.notify(not_brought_said(team, len(carried)), severity="warning", timeout=10)

    async def _bring(self, team: str, carried: list[CarriedAction]) -> None:
        if not carried or not same_team(team, self.session.team) or not self.is_attached:
            return  # (typed on since, or the session left)
        if not self.can_bring():
            self._not_brought(team, carried)
            return
        self.edits.offer_last_time([], carried, self.session.timing.minutes)
        if self.index:  # (its pane goes: the one built for its place, of the same id, shown)
            self.query_one("#panes", ContentSwitcher).current = None
        for index in sorted(i for i in self.panes if i):  # (for another step now)
            if (mounting := self._mounting.pop(index, None)) is not None:
                await mounting
            await self.panes.pop(index).remove()
        before, self.steps = self.steps, steps_for(self.review, self.session)
        self.apply(self.edits.plan_step_added(before, self.steps))
        steps = self.query_one("#steps", StepList)
        steps.clear_options()
        steps.add_options(self.step_options())
        if self.index:  # on the step after Who is here: now Last time's actions
            await self.go(self.index)
        else:
            steps.show_current(self.index)
            self.say_step(0)
            self.call_after_refresh(self._build_ahead)
        for c in self.session.carried:
            if not c.written_back:
                self.write_back(c)
        self.apply(PeopleChanged())  # (saved)
        self.query_one(TeamMetLine).check()  # (said no more: they are here)
        n = len(carried)
        said = (f"{plural(n, 'open action')} from this team's earlier sessions "
                f"{'are' if n != 1 else 'is'} at Last time's actions (step 2), to update.")
        self.notify(said)
        self.said_on_step(said)
