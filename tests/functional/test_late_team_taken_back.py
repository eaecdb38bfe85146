"""A team typed late on *Who is here* (ui/screens/late_team.py), left from a facilitator's
trial: Ctrl+Z on the name, or another name typed over it, left last time's actions it brought
in; last time's people were not brought; and a time plan open in F7 as they came in showed no
row for their step. The rules themselves: tests/unit/test_late_team.py. Names invented."""

from __future__ import annotations

import threading

from reflect.model.session import Action, Participant, Timing
from reflect.model.timebox import share_out
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from reflect.ui.screens.time_plan import TimePlanScreen
from tests.functional.helpers import enter_text, said, shown, start_new, wait_for
from tests.unit.test_carry import make

PINECREST = "Pinecrest Invented Team"


def teams(sessions_dir):  # type: ignore[no-untyped-def]
    sessions_dir.mkdir()
    earlier = make(sessions_dir, 1, PINECREST, [Action(text="Draft a checklist")])
    earlier.participants = [Participant(name="Hana Invented", role="Social worker"),
                            Participant(name="Kim Example", role="Health visitor")]
    save_session(sessions_dir, earlier)
    oakfield = make(sessions_dir, 2, "Oakfield Invented Team", [], day=2)  # none open
    oakfield.participants = [Participant(name="Ola Madeup", role="Teacher")]
    save_session(sessions_dir, oakfield)


def step_keys(screen) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.key for s in screen.steps[:2]]


async def test_ctrl_z_or_another_team_takes_the_late_team_back_out(fictional_dir,
                                                                    sessions_dir):
    """Brought with the team: its actions, and last time's people not typed already. Ctrl+Z
    in the box takes them out again (the box as before, saved); another team typed over it
    brings that team's instead (its people alone, none of its actions open); once an action
    is updated, they stay, said."""
    teams(sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, people="Kim Example, Health visitor")
        box = screen.query_one(".detail-team")
        box.focus()
        await enter_text(pilot, PINECREST)
        await wait_for(pilot, lambda: "has met here" in shown(screen.query_one(".team-met")))
        await pilot.press("tab")
        await wait_for(pilot, lambda: step_keys(screen) == ["people", "carried"])
        assert [(p.name, p.attended) for p in screen.session.participants] == [
            ("Kim Example", True), ("Hana Invented", False)]
        assert any("1 person at the team's last meeting was added to Who is here" in m
                   for m in said(app))
        box.focus()
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: step_keys(screen) == ["people", "intro"])
        assert box.value == "" and not screen.session.carried
        assert [p.name for p in screen.session.participants] == ["Kim Example"]
        saved = session_path(sessions_dir, screen.session.id)
        await wait_for(pilot, lambda: not load_session(saved).carried
                       and load_session(saved).team == "")
        await enter_text(pilot, PINECREST)
        await pilot.press("tab")
        await wait_for(pilot, lambda: step_keys(screen) == ["people", "carried"])
        for team, people in (("Oakfield Invented Team", ["Kim Example", "Ola Madeup"]),
                             (PINECREST, ["Kim Example", "Hana Invented"])):
            box.focus()
            await pilot.press("ctrl+u")
            await enter_text(pilot, team)
            await pilot.press("tab")
            await wait_for(pilot, lambda: [p.name for p in screen.session.participants]
                           == people)  # noqa: B023 (waited for here)
        assert step_keys(screen) == ["people", "carried"]
        screen.apply(screen.edits.cycle_carried_status(screen.session.carried[0]))
        box.focus()
        await pilot.press("ctrl+u", "tab")
        await wait_for(pilot, lambda: any("stay: 1 of them was updated there" in m
                                          for m in said(app)))
        assert [c.text for c in screen.session.carried] == ["Draft a checklist"]


async def test_the_open_time_plan_says_the_step_comes_as_it_closes(fictional_dir,
                                                                    sessions_dir,
                                                                    monkeypatch):
    """F7 opened before the team's actions were gathered: the plan open says they come in
    as it closes, and the plan saved then gains their step's share."""
    from reflect.store import carry

    teams(sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)
        screen.session.timing = Timing(minutes=30, plan=share_out(30, screen.steps))
        screen.query_one(".detail-team").focus()
        await enter_text(pilot, PINECREST)
        gate, gather = threading.Event(), carry.open_actions_for_team
        monkeypatch.setattr(carry, "open_actions_for_team",
                            lambda *a, **k: gate.wait(10) and gather(*a, **k))
        await pilot.press("tab", "f7")
        await wait_for(pilot, lambda: isinstance(app.screen, TimePlanScreen))
        gate.set()
        await wait_for(pilot, lambda: app.screen.query(".plan-waiting"))
        assert "1 open action comes in at Last time's actions as this plan closes" in shown(
            app.screen.query_one(".plan-waiting"))
        assert not screen.session.carried
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: step_keys(screen) == ["people", "carried"])
        assert screen.session.timing.plan == share_out(30, screen.steps)
