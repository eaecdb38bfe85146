"""Nothing typed is lost: the box for the time to log for CPD holding what is not a time
("lots") keeps it in the session's file on every way out (Ctrl+Q, Esc to the library, PgDn
away, a closed window), says so as reflect ends, and shows it again, with why it is not
logged, when the session is opened again. A trial typed "lots" there and pressed Ctrl+Q:
reflect said "Saved" and the words were gone, unsaid. All data invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reflect.model.changes import MINUTES_DRAFT
from reflect.store.sessions import load_session, session_path
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.widgets.cpd_minutes import MinutesBox
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.step_list import StepList
from tests.cpd_folder import reflection_at_differently
from tests.functional.helpers import (
    every_said,
    f8_dialog,
    open_saved_session,
    shown,
    typed_in_minutes,
    wait_for,
)
from tests.functional.helpers import (
    said as showing,
)

KEPT = ("The time to log for CPD typed on What I will do differently is kept in its box, not "
        "logged: “lots” is not a time this can log. Logged meanwhile: the time measured.")

pytestmark = pytest.mark.usefixtures("started_as_reflect")


async def lots_typed(pilot: Pilot):  # type: ignore[no-untyped-def]
    """The saved reflection opened on What I will do differently, "lots" typed in the box for
    the time; the screen."""
    screen = await open_saved_session(pilot)
    await typed_in_minutes(pilot, screen, "lots")
    line = screen.query_one("#cpd-measured", Literal)
    await wait_for(pilot, lambda: "“lots” is not a time" in shown(line))
    return screen


def kept_in_file(sessions_dir: Path, sid: str) -> str:
    return load_session(session_path(sessions_dir, sid)).drafts.get(MINUTES_DRAFT, "")


async def reopened_shows_lots(app: ReflectApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        box = screen.query_one("#cpd-minutes", MinutesBox)
        line = screen.query_one("#cpd-measured", Literal)
        await wait_for(pilot, lambda: "“lots” is not a time" in shown(line))
        assert box.value == "lots"
        assert "Logged meanwhile: the time measured, as before." in shown(line)
        assert screen.session.minutes_spent is None


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_ctrl_q_keeps_lots_says_it_and_shows_it_again(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        await lots_typed(pilot)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert kept_in_file(sessions_dir, sid) == "lots"
    said = app.farewell(300)
    assert said[0].startswith("Saved “My invented reflection” in")
    assert KEPT in said
    assert said[-1] == f"To carry on: reflect open {sid}"
    await reopened_shows_lots(make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml"),
                              size)


async def test_a_closed_window_keeps_lots_and_says_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await lots_typed(pilot)
        app._exit_on_signal()  # what SIGHUP (a closed window) and SIGTERM do
        await wait_for(pilot, lambda: not app.is_running)
    assert kept_in_file(sessions_dir, sid) == "lots"
    assert KEPT in app.farewell(300)


async def test_esc_to_the_library_keeps_lots(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await lots_typed(pilot)
        await pilot.press("escape", "escape")  # (a first Esc in a box typed in asks again)
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert kept_in_file(sessions_dir, sid) == "lots"
    await reopened_shows_lots(make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml"),
                              (80, 24))


@pytest.mark.parametrize("key", ["pagedown", "pageup"])
async def test_a_step_away_keeps_lots_and_opening_elsewhere_says_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, key: str) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await lots_typed(pilot)
        step = screen.index
        await pilot.press(key)
        await wait_for(pilot, lambda: screen.index != step)
        await wait_for(pilot, lambda: kept_in_file(sessions_dir, sid) == "lots")  # autosaved
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_saved_session(pilot)  # on the step it was left on: told where "lots" is
        await wait_for(pilot, lambda: KEPT in [n.message for n in app._notifications])


async def test_a_time_typed_over_lots_forgets_it_and_the_f8_dialog_shows_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    sid = reflection_at_differently(fictional_dir, sessions_dir).id
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await lots_typed(pilot)
        dialog = await f8_dialog(pilot)
        other = dialog.query_one("#cpd-minutes", MinutesBox)
        said = dialog.query_one("#cpd-minutes-said", Literal)
        assert other.value == "lots"
        assert "“lots” is not a time" in shown(said)  # (not "leave the box empty")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await typed_in_minutes(pilot, screen, "45", rubbed_out=4)
        line = screen.query_one("#cpd-measured", Literal)
        await wait_for(pilot, lambda: "Logging 45 minutes" in shown(line))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert kept_in_file(sessions_dir, sid) == ""
    assert load_session(session_path(sessions_dir, sid)).minutes_spent == 45
    assert not any("time to log for CPD" in line for line in app.farewell(300))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_lots_is_marked_in_the_step_list_and_said_by_the_export_dialog(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """A trial left "lots" in the box: the step list marked nothing, and the export dialog
    said nothing while the record logged the time measured."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await lots_typed(pilot)
        steps = screen.query_one("#steps", StepList)

        def differently() -> str:
            return str(steps.get_option("differently").prompt)

        await wait_for(pilot, lambda: "What I will do differently ✎" in differently())
        assert shown(screen.query_one("#steps-title")).strip() == "Steps · ✎: not added"
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        dialog = app.screen
        await wait_for(pilot, lambda: dialog.checked)
        check = " ".join(shown(dialog.query_one("#findings")).split())
        # (the minutes reflect measured while the test ran: 0, or 1 on a loaded machine)
        assert re.search(
            r"Note: The time to log for CPD typed on What I will do differently, “lots”, is "
            r"not a time\. Logged instead: [01] minutes?, the time reflect measured; type a "
            r"time there to log yours\.$", check), check
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await typed_in_minutes(pilot, screen, "45", rubbed_out=4)
        await wait_for(pilot, lambda: "✎" not in differently())  # a time: nothing kept
        assert shown(screen.query_one("#steps-title")).strip() == "Steps"


async def test_lots_left_or_entered_says_why_at_once_and_keeps_it(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """A trial at 60x20 typed "lots" and went on: the step was marked ✎ and why was said only
    under the box, out of view, and on coming back. Enter, or leaving the box, says it at
    once, naming the box and what it takes, once for the same words."""
    reflection_at_differently(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        said = every_said(app)
        screen = await lots_typed(pilot)
        why = ("Time to log for CPD: “lots” is not a time this can log: type whole minutes "
               "(45), hours and minutes (1h30) or hours (1.5 hours). Kept in the box as "
               "typed, not logged.")
        await pilot.press("enter")
        await wait_for(pilot, lambda: why in said)
        await pilot.press("tab")  # left: the same words, not said again
        await wait_for(pilot, lambda: app.focused is not screen.query_one(MinutesBox))
        box = await typed_in_minutes(pilot, screen, " of it")
        step = screen.index
        await pilot.press("pagedown")  # the step left
        await wait_for(pilot, lambda: screen.index != step
                       and any("“lots of it” is not a time" in s for s in said))
        assert said.count(why) == 1
        assert box.value == "lots of it" and screen.session.drafts[MINUTES_DRAFT] == "lots of it"
        # the words said before, gone from the box, are no longer said beside them ("-5" then
        # "999999" stacked: a trial); nor are these once a time is typed
        assert why not in showing(app)
        await pilot.press("pageup")
        await wait_for(pilot, lambda: screen.index == step)
        await typed_in_minutes(pilot, screen, "45", rubbed_out=len("lots of it"))
        await wait_for(pilot, lambda: not any("is not a time" in s for s in showing(app)),
                       timeout=3)  # (at once: its own time is 10 s)
