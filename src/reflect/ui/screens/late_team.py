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

Last time's people come with them, unticked, those typed already not listed twice
(model/late_team.py). Ctrl+Z in the box on the team's name puts back what the box held before
it, and the box left emptied or on another team's name: what the team brought goes out again,
while none of its actions has been updated (else it stays, said why), and another team's open
actions are then looked for. Ctrl+Z, the name emptied and another typed over it left them all
in (a facilitator's trial). The time plan (F7) open as they come shows the steps it opened
with: they wait for it to close, and it says so (`plan_open`); it showed no row for the step
added, and the plan saved gained one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual import events, on, work
from textual.widgets import ContentSwitcher

from reflect.model.carried import CarriedAction
from reflect.model.late_team import kept_said, people_said, taken_back_said
from reflect.model.session import Participant
from reflect.model.steps import find_step, steps_for
from reflect.model.teams import same_team
from reflect.text import one_line, plural
from reflect.ui.screens.following import FollowsFile
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.step_list import StepList
from reflect.ui.widgets.team_met import KeptTeamBox, LateTeamLeft, OpenActions, TeamMetLine


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
        if not self.session.carried and self.edits.late is None:
            self._gather(event.team, self.can_bring())

    @work(thread=True, exclusive=True, group="late-team", exit_on_error=False)
    def _gather(self, team: str, can: bool) -> None:
        from reflect.store.carry import last_participants, open_actions_for_team
        from reflect.store.errors import SessionError

        folder, this = self.reflect_app.sessions_dir, self.session.id
        try:
            carried = open_actions_for_team(folder, team, exclude_id=this)
            people = last_participants(folder, team, exclude_id=this)
        except (OSError, SessionError, ValueError):
            return  # (offering them is a help, never a reason to stop)
        # In the app's own queue, as PgDn's step is: keys typed meanwhile wait for the step
        # it lands on (run beside them, a key pressed as the pane went was lost: a trial).
        if can or not carried:  # (last time's people alone add no step: they come)
            self.app.call_from_thread(self.app.call_later, self._bring, team, carried, people)
        else:
            self.app.call_from_thread(self.app.call_later, self._not_brought, team, carried)

    def _not_brought(self, team: str, carried: list[CarriedAction]) -> None:
        from reflect.store.team_met import not_brought_said

        if carried and not self.session.carried:
            self.notify(not_brought_said(team, len(carried)), severity="warning", timeout=10)

    async def _bring(self, team: str, carried: list[CarriedAction],
                     people: list[Participant]) -> None:
        if not (carried or people) or not same_team(team, self.session.team) or \
                not self.is_attached or self.edits.late is not None or self.read_only:
            return  # (typed on since, or the session left)
        n = len(carried)
        if n and self.plan_open(lambda: self._bring(team, carried, people),
                          f"“{one_line(team, 60)}”'s {plural(n, 'open action')} "
                          f"{'come' if n != 1 else 'comes'} in at Last time's actions as this "
                          "plan closes; that step gets its share of the plan then."):
            return
        if n and not self.can_bring():
            self._not_brought(team, carried)
            return
        box = self.query_one(KeptTeamBox)
        change = self.edits.bring_late_team(self.review, team, box.held_at_focus, carried,
                                            people)
        if n:
            await self._steps_changed(follow=False)
        for c in self.session.carried:
            if not c.written_back:
                self.write_back(c)
        self.apply(change)  # (saved)
        from reflect.ui.widgets.people_panel import PeoplePanel  # (not needed to open)

        self.query_one(PeoplePanel).show_people()
        self.query_one(TeamMetLine).check()  # (said no more: they are here)
        said = " ".join(x for x in (
            f"{plural(n, 'open action')} from this team's earlier sessions "
            f"{'are' if n != 1 else 'is'} at Last time's actions (step 2), to update." if n
            else "", people_said(self.edits.late) if self.edits.late is not None else "") if x)
        if said:
            self.notify(said)
            self.said_on_step(said)

    async def _steps_changed(self, follow: bool = True) -> None:
        """The step list as the session's steps are now (a step added or taken out after
        *Who is here*): the panes after it built again, for their new places, and the one on
        view the step it was on (`follow`; the step after Who is here where that step went),
        or the step now in its place (the step added, as PgDn from the box lands on it)."""
        on = self.steps[self.index].key
        if self.index:  # (its pane goes: the one built for its place, of the same id, shown)
            self.query_one("#panes", ContentSwitcher).current = None
        for index in sorted(i for i in self.panes if i):  # (for another step now)
            if (mounting := self._mounting.pop(index, None)) is not None:
                await mounting
            await self.panes.pop(index).remove()
        self.steps = steps_for(self.review, self.session)
        steps = self.query_one("#steps", StepList)
        steps.clear_options()
        steps.add_options(self.step_options())
        if self.index:  # on the step after Who is here: now Last time's actions, or back
            found = find_step(self.steps, on) if follow else None
            await self.go(min(self.index if found is None else found, len(self.steps) - 1))
        else:
            steps.show_current(self.index)
            self.say_step(0)
            self.call_after_refresh(self._build_ahead)

    # --- taking it back out ------------------------------------------------------------------

    @on(LateTeamLeft)
    async def _late_team_left(self, event: LateTeamLeft) -> None:
        """The team box left on another name than the late team's (emptied, or another
        team): what it brought goes out, where nothing was done with it; another team's
        open actions are then looked for, as for a team typed first."""
        event.stop()
        if await self.take_late_back():
            self.query_one(TeamMetLine).check()

    async def take_late_back(self, team: str | None = None) -> bool:
        """Take out what the late team brought (`SessionEdits.take_late_back`), the team box
        given `team` (Ctrl+Z: what it held before); where something was done with it, or the
        room is open, said why it stays. True when taken out."""
        late = self.edits.late
        if late is None or self.read_only is not None:
            return False
        if self.plan_open(lambda: self.take_late_back(team), "Last time's actions of "
                          f"“{one_line(late.team, 60)}” go out again as this plan closes."):
            return False
        if late.updated() or self.room is not None:
            said = kept_said(late) if late.updated() else (
                "Last time's actions stay while the room is open: its pages name the steps.")
            self.notify(said, severity="warning", timeout=10)
            return False
        self.apply(self.edits.take_late_back())
        if team is not None:
            self.query_one(KeptTeamBox).value = team
        if late.actions:
            await self._steps_changed()
        from reflect.ui.widgets.people_panel import PeoplePanel

        self.query_one(PeoplePanel).show_people()
        self.notify(taken_back_said(late))
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("put_back", "nothing_to_put_back") and self._late_in_box():
            return action == "put_back"
        return super().check_action(action, parameters)

    def _late_in_box(self) -> bool:
        """Whether the focus is in the team box, on the name of the team that brought last
        time's actions in (Ctrl+Z there takes them back out)."""
        late, box = self.edits.late, self.focused
        return (late is not None and isinstance(box, KeptTeamBox)
                and same_team(box.value, late.team))

    async def action_put_back(self) -> None:
        late = self.edits.late
        if late is not None and self._late_in_box():
            await self.take_late_back(late.before)
            return
        await super().action_put_back()

    # --- while the time plan is open -----------------------------------------------------------

    _after_plan: tuple[Callable[[], Awaitable[object]], ...] = ()

    def plan_open(self, then: Callable[[], Awaitable[object]], said: str) -> bool:
        """Whether the time plan (F7) is open over the session: `then` waits for it to
        close (it shows the steps it opened with, and saves or keeps a plan for them), and it
        says so (`said`). The plan saved gained the step's row and the one open did not (a
        facilitator's trial)."""
        from reflect.ui.screens.time_plan import TimePlanScreen

        plan = self.app.screen
        if not isinstance(plan, TimePlanScreen):
            return False
        self._after_plan = (*self._after_plan, then)
        plan.query_one("#time-plan").mount(Literal(said, "bold", classes="plan-waiting"),
                                           after=plan.query_one(".plan-title"))
        return True

    @on(events.ScreenResume)
    def _plan_closed(self) -> None:
        waiting, self._after_plan = self._after_plan, ()
        for then in waiting:
            self.app.call_later(then)
