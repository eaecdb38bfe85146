"""My CPD so far, in the app, counts the practitioner's own sessions once given their name in
the box on its screen (remembered in the settings file). A shared sessions folder made every
team's meetings one person's CPD (a trial)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Participant
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.my_cpd import MyCpdScreen
from tests.cpd_folder import invented_review, reflection, team, two_teams_and_two_people
from tests.functional.helpers import (
    my_cpd,
    press_in_order,
    screen_lines,
    wait_for,
)

SIZE = (100, 40)


async def test_your_name_on_my_cpd_counts_only_yours_and_is_remembered(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    two_teams_and_two_people(fictional_dir, sessions_dir)
    settings = tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        screen, log = await my_cpd(pilot, sessions=4)
        assert log.said.startswith(
            "This counts every session in the sessions folder, whoever's: the meetings of 2 "
            "teams and the reflections of 2 people. To count only yours, type your name above.")
        assert "Chris's reflection" in (screen.csv or "")
        box = screen.query_one("#cpd-name", Input)
        assert app.focused is box  # typing goes straight into it
        await press_in_order(app, [*"pat  example"])
        await wait_for(pilot, lambda: "Only the sessions of Pat Example" in log.said
                       and screen.csv is not None)
        text = log.said
        assert "My own reflection" in text and "Invented Team North meeting" in text
        assert "Chris" not in text and "Invented Team South" not in text
        assert "Chris" not in (screen.csv or "") and "My own reflection" in (screen.csv or "")
        await pilot.press("ctrl+o")
        exports = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(exports.glob("my-cpd-*.csv")))
        written = next(exports.glob("my-cpd-*.csv")).read_text(encoding="utf-8-sig")
        assert "My own reflection" in written and "Chris" not in written
        await pilot.press("enter")  # remembered, tidied, and shown so
        await wait_for(pilot, lambda: settings.exists() and tomllib.loads(
            settings.read_text()).get("my_name") == "Pat Example")
        assert box.value == "Pat Example"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, MyCpdScreen))
        # opened again: the name is there, and counted
        screen, log = await my_cpd(pilot, sessions=4)
        assert screen.query_one("#cpd-name", Input).value == "Pat Example"
        assert log.said.startswith("Only the sessions of Pat Example are counted")
        screen.query_one("#cpd-name", Input).value = ""  # emptied: everyone's again
        await wait_for(pilot, lambda: "Chris's reflection" in log.said)
        await pilot.press("escape")  # left: remembered as empty
        await wait_for(pilot, lambda: tomllib.loads(settings.read_text()).get("my_name") == "")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_start_of_the_log_is_in_view_and_the_name_remembered_tidied(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """At 80x24 every note on what was not counted came before the log, and the log was below
    the fold; the name was remembered as typed, "pat EXAMPLE" (trials)."""
    r = invented_review(fictional_dir)
    pat = Participant(name="Pat Example")
    away = Participant(name="Pat Example", attended=False)
    for s in (team(r, "Invented Team North", [pat], day=1),
              team(r, "Invented Team North", [away], day=2),
              team(r, "Invented Team South", [Participant(role="Teacher")], day=3),
              reflection(r, "A reflection naming no one", "", day=4),
              team(r, "Invented Team North", [pat], day=5, recorded=False)):
        save_session(sessions_dir, s)
    settings = tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=size) as pilot:
        screen, _ = await my_cpd(pilot, sessions=5)
        box = screen.query_one("#cpd-name", Input)
        await press_in_order(app, [*"  pat   EXAMPLE ", "enter"])
        await wait_for(pilot, lambda: settings.exists() and tomllib.loads(
            settings.read_text()).get("my_name") == "Pat Example")
        assert box.value == "Pat Example" and app.focused is box
        await wait_for(pilot, lambda: "2026-03-01" in "\n".join(screen_lines(app)))
        shown = screen_lines(app)
        assert any(line.startswith("2026") for line in shown)
        assert any("Invented Team North meeting" in line for line in shown)
        assert "pgdn Scroll the log" in shown[-1]
        log = app.screen.query_one("#cpd-list")
        before = log.scroll_y
        await pilot.press("pagedown")  # the rest, what is not counted and why, below it
        await wait_for(pilot, lambda: log.scroll_y > before)


async def test_a_name_remembered_elsewhere_while_the_app_runs_is_shown_when_it_opens(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """`reflect walk` remembered a name while the app ran: My CPD so far, opened, had an
    empty box and counted everyone's, while `reflect cpd` counted the name's (a trial; the
    screen and the command are to agree). The file is read as the screen opens."""
    from reflect.store.settings import save_setting

    two_teams_and_two_people(fictional_dir, sessions_dir)
    settings = tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        screen, log = await my_cpd(pilot, sessions=4)
        assert screen.query_one("#cpd-name", Input).value == ""
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, MyCpdScreen))
        save_setting(settings, "my_name", "pat  EXAMPLE")  # as another program would
        screen, log = await my_cpd(pilot, sessions=4)
        box = screen.query_one("#cpd-name", Input)
        await wait_for(pilot, lambda: box.value == "Pat Example" and log.said.startswith(
            "Only the sessions of Pat Example are counted"))
        assert "Chris" not in (screen.csv or "") and "My own reflection" in (screen.csv or "")
        await pilot.press("escape")  # left as it was: nothing written over
        await wait_for(pilot, lambda: not isinstance(app.screen, MyCpdScreen))
    assert tomllib.loads(settings.read_text(encoding="utf-8"))["my_name"] in (
        "pat  EXAMPLE", "Pat Example")


async def test_a_name_given_in_the_cpd_record_choices_is_remembered(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A reflection started with *Your name* empty, named in F8's choices: My CPD so far
    counted it as theirs, but its own box and the next form's *Your name* stayed empty, the
    name never remembered (a fresh-eyes trial). Closing the dialog remembers it, tidied."""
    from reflect.ui.screens.cpd_choices import CpdChoicesScreen
    from tests.cpd_folder import reflection_at_differently
    from tests.functional.helpers import f8_dialog, open_saved_session

    reflection_at_differently(fictional_dir, sessions_dir)
    settings = tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=SIZE) as pilot:
        await open_saved_session(pilot)
        dialog = await f8_dialog(pilot)
        whose = dialog.query_one("#cpd-whose", Input)
        whose.focus()
        await wait_for(pilot, lambda: app.focused is whose)
        await press_in_order(app, [*"ivy  invented"])
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, CpdChoicesScreen))
        await wait_for(pilot, lambda: settings.exists() and tomllib.loads(
            settings.read_text()).get("my_name") == "Ivy Invented")
