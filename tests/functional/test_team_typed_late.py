"""A team typed on *Who is here* after the session began with the team box empty: the line
under the box says the team has met and its open actions are not brought in, or, for a name
near one that has met, the new-session form's "the same team?", → taking its name. A
facilitator's trial typed a team with 4 open actions and nothing was said. Names invented."""

from __future__ import annotations

from reflect.model.session import Action
from reflect.ui.app import make_app
from tests.functional.helpers import enter_text, shown, start_new, wait_for
from tests.unit.test_carry import make


async def test_a_team_typed_late_says_it_has_met(fictional_dir, sessions_dir):
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [Action(text="Draft a checklist"),
                                                      Action(text="Ring the clinic")])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot)  # the team box left empty
        box = screen.query_one(".detail-team")
        line = screen.query_one(".team-met")
        box.focus()
        await enter_text(pilot, "Pinecrest Invented Tean")
        await wait_for(pilot, lambda: line.display and "the same team?" in shown(line))
        assert shown(line).startswith("“Pinecrest Invented Team” has sessions here")
        await pilot.press("right")  # takes the name offered
        await wait_for(pilot, lambda: screen.session.team == "Pinecrest Invented Team")
        await wait_for(pilot, lambda: line.display and "has met here" in shown(line))
        assert shown(line).startswith("“Pinecrest Invented Team” has met here before (1 "
                                      "meeting), with 2 open actions. This session began")
        assert not screen.session.carried
        box.value = "Elsewhere Invented Team"
        await wait_for(pilot, lambda: not line.display)


async def test_a_team_started_under_says_nothing_more(fictional_dir, sessions_dir):
    """Started under a near name (the form said so) or under the team's (its actions
    gathered, or none open), the line says nothing as the session opens."""
    sessions_dir.mkdir()
    make(sessions_dir, 1, "Pinecrest Invented Team", [])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_new(pilot, team="Pinecrest Invented Tean")
        line = screen.query_one(".team-met")
        box = screen.query_one(".detail-team")
        box.focus()
        await enter_text(pilot, "s")  # another name: said
        await wait_for(pilot, lambda: line.display and "the same team?" in shown(line))
        await pilot.press("backspace")  # the name it opened with: nothing said again
        await wait_for(pilot, lambda: not line.display)
