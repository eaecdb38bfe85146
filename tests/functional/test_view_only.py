"""Looking at a saved session without changing it (a learning lead's trial): opened from the
start screen to read, left with Esc a few seconds later, its file was written twice, its
`[timing.spent]` had grown and its timer had run. `v` on a saved session, and `reflect open
--view`, open it to read only: every step as the session has it, its notes exported, nothing
written to its file, no time counted, and the screen says so and how to carry it on. Enter
(resume) still counts the time a facilitator spends in it, but opening it writes nothing by
itself. All names here are invented."""

from __future__ import annotations

import math
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Action, Participant, Point, Session, Timing
from reflect.store.library import load_library
from reflect.store.locks import VIEWING, SessionLock
from reflect.store.sessions import read_session, save_session
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.timer import TimerBar
from tests.command_line import run
from tests.functional.helpers import said, type_text, wait_for

SESSION_ID = "20260105-child-zz-0000beef"


def moorvale(fictional_dir: Path, sessions_dir: Path, session_id: str = SESSION_ID,
             day: int = 5) -> Path:
    """A team's saved session with people, points, an answer, an action and time spent, and a
    meeting length whose plan was never shared out (as one opened only once)."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(
        review, session_id, title="Moorvale team review", team="Moorvale Early Help",
        facilitator="Sam Sample", current_step="q:zz-first",
        participants=[Participant(id="p1", name="Alex Example", role="Health visitor"),
                      Participant(id="p2", name="Jo Invented", role="Social worker")],
        actions=[Action(id="a1", text="Share the invented checklist", owner="Alex Example",
                        due="31/1")],
        timing=Timing(minutes=30, spent={"people": 7, "q:zz-first": 20}),
        created=datetime(2026, 1, day, 10, tzinfo=timezone.utc),
        updated=datetime(2026, 1, day, 10, tzinfo=timezone.utc))
    s.set_answer("zz-first", "What would you do first?", "Call the invented GP.")
    s.answers[0].points.append(Point(text="Invented point from Alex", by="p1"))
    return save_session(sessions_dir, s, touch=False)


def as_it_was(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


async def on_the_saved_session(pilot, app: ReflectApp,  # type: ignore[no-untyped-def]
                                count: int = 1) -> OptionList:
    await wait_for(pilot, lambda: app.library is not None
                   and app.screen.query_one("#sessions", OptionList).option_count == count)
    sessions = app.screen.query_one("#sessions", OptionList)
    sessions.focus()
    await wait_for(pilot, lambda: app.focused is sessions)
    return sessions


async def resumed(pilot, app: ReflectApp) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    """The saved session opened with Enter (to carry on), once it takes keys."""
    await on_the_saved_session(pilot, app)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                   and app.screen.enter_from < math.inf)
    screen = app.screen
    assert isinstance(screen, WalkthroughScreen)
    return screen


async def viewed(pilot, app: ReflectApp) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    await on_the_saved_session(pilot, app)
    await pilot.press("v")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                   and app.screen.enter_from < math.inf)
    screen = app.screen
    assert isinstance(screen, WalkthroughScreen)
    return screen


async def test_v_shows_the_session_as_saved_and_leaves_its_file_untouched(
        fictional_dir, sessions_dir):
    path = moorvale(fictional_dir, sessions_dir)
    before = as_it_was(path)
    saved, _ = read_session(path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await viewed(pilot, app)
        assert screen.read_only == VIEWING and screen.keeper is None
        banner = screen.query_one("#read-only").visual.plain
        assert "READ-ONLY" in banner and "view only" in banner
        assert "no time is counted" in banner and "Esc, then Enter on it" in banner
        # Every answer, point, action and person as the file has them, on the step it was on.
        assert screen.steps[screen.index].key == "q:zz-first"
        assert screen.session.model_dump(exclude={"timing"}) == saved.model_dump(
            exclude={"timing"})
        # No time counted, and the time line says so rather than counting down.
        for _ in range(3):
            screen.tick()
        assert screen.session.timing.spent == {"people": 7, "q:zz-first": 20}
        line = screen.query_one(TimerBar).plain
        assert "not counted" in line.lower() and "left" not in line, line
        # Whoever carries it on meanwhile may: its lock is not taken.
        other = SessionLock(path)
        assert other.acquire()
        other.release()
        await pilot.press("pagedown")
        await type_text(pilot, "Typed while only looking")
        await wait_for(pilot, lambda: any("not kept" in m for m in said(app)))
        await pilot.press("ctrl+s", "f6")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        sessions = app.screen.query_one("#sessions", OptionList)
        assert app.focused is sessions and sessions.highlighted_option is not None
        assert sessions.highlighted_option.id == str(path)
    assert as_it_was(path) == before


async def test_a_viewed_session_exports_its_notes_under_the_sessions_name(
        fictional_dir, sessions_dir):
    from reflect.store.exports import exports_dir
    from reflect.ui.screens.export import ExportScreen

    path = moorvale(fictional_dir, sessions_dir)
    before = as_it_was(path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await viewed(pilot, app)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.checked)
        await pilot.press("ctrl+o")  # (the format the dialog chose: Markdown)
        await wait_for(pilot, lambda: list(exports_dir(sessions_dir).glob("*.md")))
        [notes] = exports_dir(sessions_dir).glob("*.md")
        # The file as saved, named as the session's notes are (not as a stale copy's).
        assert notes.name == f"{SESSION_ID}.md"
        text = notes.read_text(encoding="utf-8")
        assert "Invented point from Alex" in text and "Share the invented checklist" in text
        assert "Jo Invented" in text
    assert as_it_was(path) == before


async def test_enter_resumes_and_opening_alone_writes_nothing(fictional_dir, sessions_dir):
    """Resumed with Enter and left with no time counted (its timer paused), the file is as it
    was: opening it wrote its time plan, shared out from the meeting's length, at once."""
    path = moorvale(fictional_dir, sessions_dir)
    session, _ = read_session(path)
    session.timing.paused = True
    save_session(sessions_dir, session)
    before = as_it_was(path)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await resumed(pilot, app)
        assert screen.read_only is None and screen.keeper is not None  # carried on
        assert screen.session.timing.plan  # shared out, for the time line
        await wait_for(pilot, lambda: screen.keeper is not None and not screen.keeper.dirty)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert as_it_was(path) == before


async def test_a_resumed_session_counts_and_saves_its_time(fictional_dir, sessions_dir):
    """Enter is the facilitator's: the time in it is the meeting's, counted and saved."""
    path = moorvale(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await resumed(pilot, app)
        screen.tick()
        assert "left" in screen.query_one(TimerBar).plain
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    saved, _ = read_session(path)
    assert saved.timing.spent["q:zz-first"] >= 21 and saved.timing.plan


async def test_the_saved_sessions_keys_offer_view_at_80_columns(fictional_dir, sessions_dir):
    """`v View` in the footer with the session keys (Reports steps aside there, as n, t and
    i do: Ctrl+R still opens it), and in F1."""
    from reflect.ui.screens.help import KEYS
    from reflect.ui.screens.reports import ReportsScreen
    from tests.functional.test_footer_keys import footer_keys

    moorvale(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await on_the_saved_session(pilot, app)
        await wait_for(pilot, lambda: "v View" in (footer_keys(app) or []))
        keys = footer_keys(app) or []
        assert {"v View", "f2 Rename", "c Duplicate", "a After", "del Delete"} <= set(keys)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportsScreen))
    start_keys = dict(KEYS)["On the start screen"]
    assert any(key == "v" and "no time is counted" in what for key, what in start_keys)


@pytest.fixture
def started(monkeypatch) -> list[ReflectApp]:
    """Apps `reflect open` would run (not run here)."""
    apps: list[ReflectApp] = []
    monkeypatch.setattr(ReflectApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_reflect_open_view_opens_it_to_read_only(capsys, dirs, fictional_dir, sessions_dir,
                                                 started):
    moorvale(fictional_dir, sessions_dir)
    code, _, err = run(capsys, "open", "--view", SESSION_ID, *dirs)
    assert (code, err) == (0, "")
    [app] = started
    _, _, read_only, lock = app.first_session
    assert (read_only, lock) == (VIEWING, None)  # no lock taken: nothing will be written


async def test_left_after_reflect_open_view_it_is_the_one_highlighted(fictional_dir,
                                                                    sessions_dir):
    """Viewed, it is not the newest: Esc lands on it all the same, where Enter carries it on,
    as its line says."""
    path = moorvale(fictional_dir, sessions_dir)
    moorvale(fictional_dir, sessions_dir, "20260106-child-zz-0000cafe", day=6)  # listed first
    session, _ = read_session(path)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, load_library(fictional_dir).get("child-zz"), VIEWING, None)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.screen.enter_from < math.inf)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        sessions = await on_the_saved_session(pilot, app, count=2)
        await wait_for(pilot, lambda: sessions.highlighted_option is not None)
        assert sessions.highlighted_option.id == str(path)
