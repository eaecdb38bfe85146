"""Teams named alike in the app: the Reports screen's Team box takes every team whose name
holds the words typed and says which, as `reflect report --team` does, and the report's
summary says which names look like one team's; the new-session form says a team typed near
one that has met here ("mash" where "MASH team" has sessions), and → takes that team's name.
"mash" was silently another team, counted apart and left out of a report on "mash"'s (a
trial). Every team here is invented."""

from __future__ import annotations

from textual.widgets import Input

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.near_team import NearTeamLine
from tests.functional.helpers import in_the_team_box, shown, type_text, wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.local_days import here


def _held(fictional_dir, sessions_dir, teams) -> None:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    for n, team in enumerate(teams):
        s = Session.start(review, f"2026110{n + 1}-child-zz-0000abi{n}", title=f"Meeting {n}",
                          team=team, created=here(2026, 11, n + 1, 12))
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)


async def test_the_team_box_takes_every_team_holding_the_words_and_says_which(fictional_dir,
                                                                           sessions_dir):
    _held(fictional_dir, sessions_dir, ("mash", "MASH team", "Invented North Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=3)
        said = " ".join(_report_text(app).split())
        assert 'Teams named alike, counted as separate teams: "mash" is within "MASH team".' \
            in said
        box = app.screen.query_one("#report-team", Input)
        box.focus()
        await type_text(pilot, "MASH\n")
        await wait_for(pilot, lambda: "Sessions held: 2 " in _report_text(app))
        said = " ".join(_report_text(app).split())
        assert 'covering the 2 teams whose names hold "MASH": mash and MASH team.' in said


async def test_the_form_offers_a_team_that_has_met_for_a_name_near_its(fictional_dir,
                                                                      sessions_dir):
    _held(fictional_dir, sessions_dir, ("MASH team", "Invented North Team"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, team = await in_the_team_box(pilot)
        line = form.query_one(NearTeamLine)
        await wait_for(pilot, lambda: line.known)  # (read off the UI thread)
        await type_text(pilot, "mash")
        await wait_for(pilot, lambda: line.display)
        assert shown(line).startswith("“MASH team” has sessions here: the same team? → takes "
                                      "its name. As typed, “mash” is a team of its own")
        await pilot.press("left", "right")  # → inside the name moves the cursor only
        assert team.value == "mash"
        await pilot.press("right")  # at its end: takes the name
        await wait_for(pilot, lambda: team.value == "MASH team")
        await wait_for(pilot, lambda: not line.display)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    assert sorted(e.session.team for e in list_sessions(sessions_dir).entries) == [
        "Invented North Team", "MASH team", "MASH team"]


async def test_a_name_kept_as_typed_is_a_team_of_its_own(fictional_dir, sessions_dir):
    _held(fictional_dir, sessions_dir, ("MASH team", "Invented MASH"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, team = await in_the_team_box(pilot)
        line = form.query_one(NearTeamLine)
        await wait_for(pilot, lambda: line.known)
        await type_text(pilot, "mash")
        await wait_for(pilot, lambda: line.display)
        assert "names like it: “Invented MASH” and “MASH team”" in shown(line)
        await pilot.press("right")  # two near: → takes neither
        assert team.value == "mash"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    assert "mash" in [e.session.team for e in list_sessions(sessions_dir).entries]


async def test_a_team_typed_a_little_differently_is_offered_and_brings_its_actions_in(
        fictional_dir, sessions_dir):
    """"Moorvale Children Team" typed where "Moorvale Children's Team" had met showed nothing:
    its 4 open actions were not brought in, and the report counted another team (a trial)."""
    from reflect.model.session import Action, Participant

    review = load_library(fictional_dir).get("child-zz")
    earlier = Session.start(
        review, "20261101-child-zz-0000abj0", title="Week 1", team="Moorvale Children's Team",
        facilitator="Sam Sample", created=here(2026, 11, 1, 12),
        participants=[Participant(name="Jo Example", role="Social worker")],
        actions=[Action(id="a1", text="Ring the invented school"),
                 Action(id="a2", text="Share the invented template")])
    save_session(sessions_dir, earlier)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form, team = await in_the_team_box(pilot)
        line = form.query_one(NearTeamLine)
        await wait_for(pilot, lambda: line.known)
        await type_text(pilot, "Moorvale Children Team")
        await wait_for(pilot, lambda: line.display)
        assert shown(line).startswith("“Moorvale Children's Team” has sessions here: the same "
                                      "team? → takes its name.")
        await pilot.press("right")
        await wait_for(pilot, lambda: team.value == "Moorvale Children's Team")
        await wait_for(pilot, lambda: not line.display)
        facilitator = form.query_one("#facilitator", Input)
        await wait_for(pilot, lambda: facilitator.value == "Sam Sample")  # last time's
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        assert [s.key for s in screen.steps[:2]] == ["people", "carried"]
        assert [c.text for c in screen.session.carried] == ["Ring the invented school",
                                                            "Share the invented template"]
        await pilot.press("ctrl+q")
