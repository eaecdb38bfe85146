"""A message about a dialog or a step goes when that is left (docs/keys.md): these stayed,
speaking of what was no longer there (a trial at 80x24). Names and times are invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session, Timing
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.screens.copy_found import CopyFoundScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.time_plan import TimePlanScreen
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import (
    enter_text,
    open_for_editing,
    open_saved_session,
    said,
    start_new,
    type_text,
    wait_for,
)
from tests.functional.test_copy_found import SESSION_ID, copy_of, on_the_start_screen
from tests.functional.test_go_and_edit import a_session
from tests.functional.test_time_plan_trial import STEPS, opened
from tests.functional.test_who_is_here_trial import PEOPLE, go_to


def saying(app: object, words: str) -> bool:
    return any(words in m for m in said(app))


async def test_not_saved_goes_once_the_time_plan_is_saved(fictional_dir, sessions_dir) -> None:
    """`abc` as a step's time, Ctrl+S (not saved), `1`, Ctrl+S (saved, closed): the "Not
    saved" message stayed over the session, and the facilitator thought the plan unsaved."""
    app = make_app(fictional_dir, sessions_dir)
    results: list[object] = []
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        app.push_screen(TimePlanScreen(Timing(minutes=45), STEPS), results.append)
        await wait_for(pilot, lambda: isinstance(app.screen, TimePlanScreen))
        screen = await opened(pilot, Timing(minutes=45))
        box = screen.inputs[0]
        box.focus()
        box.value = ""
        await type_text(pilot, "abc")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: saying(app, "Not saved: the time for “Who is here”"))
        box.value = ""
        await type_text(pilot, "1")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: bool(results))
        await wait_for(pilot, lambda: not saying(app, "Not saved"), timeout=3)
    assert isinstance(results[0], Timing)


async def test_the_export_choice_goes_with_its_dialog(fictional_dir, sessions_dir) -> None:
    """Ctrl+O twice after a finding, then `e` (Go and edit): "choose Export redacted (r), Go
    and edit (e)…" stayed over the point being edited, naming keys that do nothing there."""
    a_session(fictional_dir, sessions_dir, "point")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: saying(app, "choose Export redacted (r), Go and edit (e)"))
        await pilot.press("e")
        await wait_for(pilot, lambda: app.screen is screen)
        await wait_for(pilot, lambda: not saying(app, "Export redacted"), timeout=3)


async def test_carrying_on_from_a_copy_goes_with_its_session(
        fictional_dir: Path, sessions_dir: Path, home: Path) -> None:
    """Carry on from an emergency copy, Esc back to the start screen, a new session: it
    opened under "Carrying on from the copy; the file it replaced is kept in …"."""
    review = load_library(fictional_dir).get("child-zz")
    saved = Session.start(review, SESSION_ID, title="Invented copy meeting")
    save_session(sessions_dir, saved)
    copy_of(saved, home)
    app = make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await on_the_start_screen(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("c")
        await open_for_editing(pilot)
        assert saying(app, "Carrying on from the copy")  # said over the session it speaks of
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        app.screen.query_one("#reviews").focus()
        await start_new(pilot, title="Invented next session")
        assert not saying(app, "Carrying on from the copy")


async def test_left_early_goes_once_they_are_here_again(fictional_dir, sessions_dir) -> None:
    """Space on someone who said a point (½, "… so is marked left early"), Space again (✓):
    the message stayed while the table showed ✓."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await start_new(pilot, "team", "Invented meeting", "Invented Early Help Team",
                                 PEOPLE)
        ann = screen.session.participants[0]
        points = screen.session.answer("zz-first").points
        await go_to(pilot, screen, "question")
        await enter_text(pilot, "Ring the invented school @ann\n")
        await wait_for(pilot, lambda: len(points) == 1 and points[0].by == ann.id)
        await go_to(pilot, screen, "people")
        table = screen.query_one(".people-table", RowTable)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 0)
        await pilot.press("space")
        await wait_for(pilot, lambda: ann.presence == "left early"
                       and saying(app, "so is marked left early"))
        await pilot.press("space")
        await wait_for(pilot, lambda: ann.presence == "here")
        await wait_for(pilot, lambda: not saying(app, "so is marked left early"), timeout=3)
        assert table.get_cell_at((0, 0)).plain.strip() == "✓"
