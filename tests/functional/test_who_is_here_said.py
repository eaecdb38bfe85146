"""What *Who is here* says that a facilitator's trial was not told. A team typed after the
session began with the team box empty: the line under the box says the team has met and its
open actions are not brought in, or, for a name near one that has met, the new-session form's
"the same team?", → taking its name (the trial typed a team with 4 open actions and nothing
was said). A name emptied: that an action still names them. Names invented."""

from __future__ import annotations

import threading

import pytest

from reflect.model.session import Action, Timing
from reflect.model.timebox import share_out
from reflect.store.carry import NO_TEAM
from reflect.store.sessions import list_sessions
from reflect.ui.app import make_app
from tests.functional.helpers import (
    enter_text,
    on_person,
    press_in_order,
    said,
    screen_lines,
    shown,
    start_new,
    wait_for,
)
from tests.unit.test_carry import make


async def test_a_team_typed_late_brings_its_open_actions_in(fictional_dir, sessions_dir):
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [Action(text="Draft a checklist"),
                                                      Action(text="Ring the clinic")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)  # the team box left empty
        # (nothing said that the team's name is what carries them to next time: a trial)
        assert said(app).count(NO_TEAM) == 1
        box = screen.query_one(".detail-team")
        line = screen.query_one(".team-met")
        box.focus()
        await enter_text(pilot, "Pinecrest Invented Tean")
        await wait_for(pilot, lambda: line.display and "the same team?" in shown(line))
        assert shown(line).startswith("“Pinecrest Invented Team” has sessions here")
        assert not screen.session.carried  # (a near name brings nothing)
        await pilot.press("right")  # takes the name offered
        await wait_for(pilot, lambda: line.display and "has met here" in shown(line))
        assert shown(line) == ("“Pinecrest Invented Team” has met here before (1 meeting), "
                               "with 2 open actions: leaving this box brings them in, at Last "
                               "time's actions.")
        await pilot.press("tab")
        await wait_for(pilot, lambda: [s.label for s in screen.steps[:2]] == [
            "Who is here", "Last time's actions"] and not line.display)
        assert [c.text for c in screen.session.carried] == ["Draft a checklist",
                                                            "Ring the clinic"]
        assert "2 open actions from this team's earlier sessions are at Last time's actions " \
            "(step 2), to update." in said(app)
        assert screen.query_one("#step-title").content.plain.startswith("Step 1 of 11")
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index == 1 and screen.panes[1].display
                       and "○  Ring the" in "\n".join(screen_lines(app)))
    [now] = [e.session for e in list_sessions(sessions_dir).entries
             if e.session.team and e.session.id != "20260101-child-zz-00000001"]
    assert len(now.carried) == 2


def landed(screen) -> bool:  # type: ignore[no-untyped-def]
    """On Last time's actions, the new step 2, its pane with the focus."""
    focused = screen.app.focused
    return (screen.index == 1 and screen.steps[1].key == "carried" and screen.panes[1].display
            and focused is not None and screen.panes[1] in focused.ancestors)


async def test_a_team_typed_then_pgdn_lands_on_its_open_actions(fictional_dir, sessions_dir):
    """Typed, then PgDn straight from the box: the session is on the introduction as they are
    gathered, and lands on Last time's actions, step 2, the time plan shared out again (PgDn
    brought nothing, and a warning: a facilitator's trial)."""
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [Action(text="Draft a checklist"),
                                                      Action(text="Ring the clinic")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)
        screen.session.timing = Timing(minutes=30, plan=share_out(30, screen.steps))
        screen.query_one(".detail-team").focus()
        await enter_text(pilot, "Pinecrest Invented Team")
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: landed(screen))
        await pilot.pause()  # (the panes after it built again: drawn once they are)
        assert "○  Ring the" in "\n".join(screen_lines(app))
        assert screen.query_one("#step-title").content.plain == \
            "Step 2 of 11: Last time's actions"
        assert screen.session.current_step == "carried"
        assert screen.session.timing.plan == share_out(30, screen.steps)
        assert not any("not brought in" in m for m in said(app))


@pytest.mark.parametrize("typed", [False, True], ids=["untouched", "notes-typed"])
async def test_tab_then_pgdn_before_they_come(fictional_dir, sessions_dir, monkeypatch,
                                              typed):
    """Tab, then PgDn before the open actions are gathered: they land on step 2 all the same;
    not where notes were typed on the introduction meanwhile (said why, the notes kept)."""
    from reflect.store import carry

    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [Action(text="Draft a checklist")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)
        line = screen.query_one(".team-met")
        screen.query_one(".detail-team").focus()
        await enter_text(pilot, "Pinecrest Invented Team")
        await wait_for(pilot, lambda: line.display and "has met here" in shown(line))
        gate, gather = threading.Event(), carry.open_actions_for_team
        monkeypatch.setattr(carry, "open_actions_for_team",
                            lambda *a, **k: gate.wait(10) and gather(*a, **k))
        await pilot.press("tab", "pagedown")
        await wait_for(pilot, lambda: screen.index == 1 and screen.panes[1].display)
        if typed:
            await enter_text(pilot, "An invented note")
            await wait_for(pilot, lambda: screen.session.notes.get("intro"))
        gate.set()
        if typed:
            await wait_for(pilot, lambda: any("1 open action is not brought in" in m
                                              for m in said(app)))
            assert not screen.session.carried and screen.steps[1].key == "intro"
            assert screen.panes[1].notes_box().text == "An invented note"
        else:
            await wait_for(pilot, lambda: landed(screen))
            await pilot.pause()
            assert screen.index == 1 and "○  Draft a" in "\n".join(screen_lines(app))


async def test_a_session_moved_on_says_why_nothing_is_brought(fictional_dir, sessions_dir):
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [Action(text="Draft a checklist")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)
        await screen.go(2)  # moved on to the learning, and back
        await screen.go(0)
        await wait_for(pilot, lambda: screen.index == 0 and 2 in screen.panes)
        screen.query_one(".detail-team").focus()
        await enter_text(pilot, "Pinecrest Invented Team")
        await pilot.press("tab")
        await wait_for(pilot, lambda: any("1 open action is not brought in" in m
                                          for m in said(app)))
        assert not screen.session.carried and len(screen.steps) == 10


async def test_no_team_name_says_where_its_box_is_and_leaves_the_focus(fictional_dir,
                                                                      sessions_dir):
    """At 60x20 the Team box is scrolled away above the Name box the step opens on: the
    message names it and says how to get there, and following it gets there; the focus is
    not taken from the name being typed (a facilitator's trial on a shared screen)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await start_new(pilot)  # the team box left empty
        await wait_for(pilot, lambda: NO_TEAM in said(app))
        assert "at the top of Who is here (Shift+Tab goes up to it)" in NO_TEAM
        box, name = screen.query_one(".detail-team"), screen.query_one(".person-name")
        panel = screen.query_one(".people")
        await wait_for(pilot, lambda: app.focused is name)
        assert not panel.region.contains_region(box.region)  # (scrolled away above)
        await enter_text(pilot, "Sam")
        assert name.value == "Sam" and app.focused is name
        for _ in range(3):  # (the table and the Facilitator box on the way)
            if app.focused is not box:
                await pilot.press("shift+tab")
        await wait_for(pilot, lambda: app.focused is box
                       and panel.region.contains_region(box.region))


async def test_a_team_started_under_says_nothing_more(fictional_dir, sessions_dir):
    """Started under a near name (the form said so) or under the team's (its actions
    gathered, or none open), the line says nothing as the session opens."""
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Pinecrest Invented Tean")
        assert NO_TEAM not in said(app)
        line = screen.query_one(".team-met")
        box = screen.query_one(".detail-team")
        box.focus()
        await enter_text(pilot, "s")  # another name: said
        await wait_for(pilot, lambda: line.display and "the same team?" in shown(line))
        await pilot.press("backspace")  # the name it opened with: nothing said again
        await wait_for(pilot, lambda: not line.display)


async def test_a_name_emptied_says_the_action_still_names_them(fictional_dir, sessions_dir):
    """Ctrl+U and Enter on the name of someone who owns an action: kept as their role, and
    said that the action's owner names no one listed now (items 4 of a facilitator's trial;
    the words: tests/unit/test_name_emptied.py)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, people="Hana Invented, Social worker")
        screen.session.actions = [Action(text="Ring the clinic", owner="Hana Invented")]
        await on_person(pilot, screen, 0)
        await press_in_order(app, ["enter", "end", "ctrl+u", "enter"])
        await wait_for(pilot, lambda: any("Hana Invented's name is emptied: listed as Social "
                                          "worker. 1 action on What to do now" in m
                                          for m in said(app)))
        assert screen.session.actions[0].owner == "Hana Invented"


async def test_the_empty_people_table_says_what_to_do(fictional_dir, sessions_dir):
    """Nobody listed, Tab to the table: the line under it says so (at 60x20 the hint under
    the form was below the fold), its row keys are not offered, and Enter says so again."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await start_new(pilot)
        table = screen.query_one(".people-table")
        table.focus()
        nobody = "Nobody listed yet: type a name (or a role) to add each person."
        await wait_for(pilot, lambda: app.focused is table
                       and shown(screen.query_one(".people-detail")) == nobody)
        assert any(line.startswith("  Nobody listed yet") for line in screen_lines(app))
        assert "Edit" not in screen_lines(app)[-1]
        await pilot.press("enter")
        await wait_for(pilot, lambda: nobody in said(app))
        await pilot.press("H")  # a letter starts a name, as before
        await enter_text(pilot, "ana Invented")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.participants) == 1)
        await wait_for(pilot, lambda: shown(screen.query_one(".people-detail")) != nobody)
