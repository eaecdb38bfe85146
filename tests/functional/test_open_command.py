"""`reflect open SESSION`: the app opened straight on a saved session, by id or path; clear
errors (no traceback, no app) for a session or review that cannot be read; read-only when the
session is open in another reflect or is a file outside the sessions folder."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.locks import IN_USE, SessionLock
from reflect.store.sessions import save_session, session_path
from reflect.ui import app as ui_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.command_line import run
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000cafe"


@pytest.fixture
def saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SESSION_ID, title="Invented open meeting",
                      current_step="q:zz-second")
    save_session(sessions_dir, s)
    return s


@pytest.fixture
def started(monkeypatch) -> list[ui_app.ReflectApp]:
    """Apps `reflect open` would run (not run here: the pilot tests below run one)."""
    apps: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


@pytest.mark.parametrize("by", ["id", "path"])
def test_open_by_id_or_path_starts_the_app_on_it(capsys, dirs, sessions_dir, saved,
                                                 started, by):
    ref = SESSION_ID if by == "id" else str(session_path(sessions_dir, SESSION_ID))
    code, _, err = run(capsys, "open", ref, *dirs)
    assert (code, err) == (0, "")
    [app] = started
    session, review, read_only, lock = app.first_session
    assert (session.id, review.id, read_only) == (SESSION_ID, "child-zz", None)
    assert lock is not None  # taken before the app started, not on its UI thread
    lock.release()


def test_open_keeps_the_file_as_it_was_read(capsys, dirs, sessions_dir, saved, started,
                                           monkeypatch, home):
    """A change landing while `reflect open` reads the session (a sync) is caught by the
    session's keeper: its check starts from the file as it was read, not as the app began."""
    from reflect.store.autosave import SessionKeeper
    from reflect.store.errors import ChangedOutside
    from tests.conftest import changed_after_reading

    changed_after_reading(monkeypatch, "Invented open meeting", "Their title")
    assert run(capsys, "open", SESSION_ID, *dirs)[0] == 0
    [app] = started
    session, _, _, lock = app.first_session
    keeper = SessionKeeper(sessions_dir, session, lock.read_as)  # as the session screen does
    keeper.changed()
    with pytest.raises(ChangedOutside):
        keeper.flush()
    lock.release()
    assert b"Their title" in session_path(sessions_dir, SESSION_ID).read_bytes()


@pytest.mark.parametrize("ref, message", [
    ("20260101-nothing-00000000", "no session '20260101-nothing-00000000' in"),
    ("missing/file.toml", "missing/file.toml: no such session file"),
])
def test_a_missing_session_is_a_clear_error(capsys, dirs, started, ref,
                                            message):
    code, out, err = run(capsys, "open", ref, *dirs)
    assert code == 1 and started == []
    assert err.startswith("reflect open: ") and message in err
    assert "Traceback" not in out + err


def test_a_folder_or_a_review_file_is_named_for_what_it_is(capsys, dirs, fictional_dir,
                                                           sessions_dir, started):
    """Not "no such session file" for a folder, nor a field-by-field list of what a session
    lacks for a review's own content file: one line saying what was given."""
    review_file = fictional_dir / "child-zz.toml"
    before = review_file.read_bytes()
    sessions_dir.mkdir()
    for ref, said in ((f"{sessions_dir}/", "a folder, not a session file"),
                      (str(review_file), "a review's content file, not a session")):
        code, out, err = run(capsys, "open", ref, *dirs)
        assert (code, started) == (1, [])
        assert err.startswith(f"reflect open: {ref}: {said}") and err.count("\n") == 1
        assert "Traceback" not in out + err
    assert review_file.read_bytes() == before


def test_an_unreadable_session_or_review_is_a_clear_error(capsys, dirs, sessions_dir,
                                                         saved, started, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("this is = = not toml", encoding="utf-8")
    code, _, err = run(capsys, "open", str(broken), *dirs)
    assert code == 1 and started == [] and err.startswith(f"reflect open: {broken}")
    empty = tmp_path / "empty-library"
    empty.mkdir()
    code, _, err = run(capsys, "open", SESSION_ID, "--content-dir", str(empty),
                       "--sessions-dir", str(sessions_dir))
    assert code == 1 and started == []
    assert "'child-zz', which cannot be opened" in err
    assert f"reflect export --content-dir {empty} --sessions-dir {sessions_dir} {SESSION_ID}" \
        in err  # the folders it was started with carried: it works as printed


def test_a_copy_outside_the_sessions_folder_opens_read_only(capsys, dirs, sessions_dir,
                                                            saved, started, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    copy = tmp_path / "elsewhere" / f"{SESSION_ID}.toml"  # same name: read_session has no quarrel
    shutil.copy(session_path(sessions_dir, SESSION_ID), copy)
    code, _, _ = run(capsys, "open", str(copy), *dirs)
    assert code == 0
    assert "not in the sessions folder" in started[0].first_session[2]


async def open_in_pilot(fictional_dir: Path, sessions_dir: Path, session: Session,
                        read_only: str | None = None) -> tuple[str | None, str, bool]:
    review = load_library(fictional_dir).get("child-zz")
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    app.first_session = (session, review, read_only)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.screen.is_mounted and app.focused is not None)
        screen = app.screen
        assert isinstance(screen, WalkthroughScreen)
        result = (screen.read_only, screen.steps[screen.index].key, False)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        return result[0], result[1], True


async def test_the_app_opens_on_the_step_it_was_left_on(fictional_dir, sessions_dir, saved):
    read_only, step, back = await open_in_pilot(fictional_dir, sessions_dir, saved)
    assert (read_only, step, back) == (None, "q:zz-second", True)


async def test_open_elsewhere_opens_read_only(fictional_dir, sessions_dir, saved):
    lock = SessionLock(session_path(sessions_dir, SESSION_ID))
    assert lock.acquire()  # another reflect has it open
    try:
        read_only, _, _ = await open_in_pilot(fictional_dir, sessions_dir, saved)
    finally:
        lock.release()
    assert read_only == IN_USE


async def test_the_start_screen_reads_its_lists_when_it_is_first_shown(
        fictional_dir, sessions_dir, saved):
    """While the opened session is on screen the start screen is not even made (it would
    compete with the session's first frame); leaving the session shows the library and the
    saved sessions, read then. Back again, Esc leaves the next session the same way."""
    from textual.widgets import OptionList

    review = load_library(fictional_dir).get("child-zz")
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    app.first_session = (saved, review, None)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None)
        await pilot.pause()
        assert app.library is None
        assert not [s for s in app.screen_stack if isinstance(s, StartScreen)]
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1
                       and "Invented open meeting" in sessions.get_option_at_index(0).prompt.plain)
        assert [r.id for r in app.library.reviews] == ["child-zz"]
        # As when a session opened from the list is left: on it, in the saved sessions.
        assert (app.focused, sessions.highlighted) == (sessions, 0)
        start = app.screen
        await pilot.press("enter")  # the same session again, from the list
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is start)


async def test_collecting_waits_for_the_sessions_own_first_frame(
        fictional_dir, sessions_dir, saved, monkeypatch):
    """`reflect open` pauses the garbage collector until the first frame: the session's, not
    the empty first screen's frame before it (collecting then held the session's back)."""
    import gc

    seen: list[str] = []
    collect = ui_app.ReflectApp._collect_again

    def collect_again(self: ui_app.ReflectApp) -> None:
        screen = self.screen
        drawn = isinstance(screen, WalkthroughScreen) and screen.is_mounted \
            and screen.enter_from < math.inf and screen.panes[screen.index].is_mounted
        seen.append(f"{type(screen).__name__}{'' if drawn else ' (not yet drawn)'}")
        collect(self)

    monkeypatch.setattr(ui_app.ReflectApp, "_collect_again", collect_again)
    # Counted, not run: a whole run's worker holds every earlier test's objects, and one full
    # collection of them took 1.5 s of CPU; when it comes is what is tested, not what it frees.
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda *a: collected.append(1) or 0)
    review = load_library(fictional_dir).get("child-zz")
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    app.first_session = (saved, review, None)
    app.gc_paused = True
    gc.disable()
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, gc.isenabled)
            assert seen == ["WalkthroughScreen"] and collected == [1]
            assert app.screen.query_one("#step-title").visual.plain.startswith("Step ")
            await pilot.press("escape")  # the start screen's first frame: nothing more
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
            await pilot.pause()
            assert seen == ["WalkthroughScreen"] and collected == [1]
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_session_is_read_with_collecting_off_and_it_is_on_again_after(
        capsys, dirs, saved, started, monkeypatch):
    """Reading the session builds pydantic's models (many objects, few cycles): the garbage
    collector is off from then until the first frame, and on again however `open` ends."""
    import gc

    import reflect.store.sessions as store

    seen: list[bool] = []
    read = store.read_session

    def read_session(path: Path) -> tuple[Session, str | None]:
        seen.append(gc.isenabled())
        return read(path)

    monkeypatch.setattr(store, "read_session", read_session)
    code, _, _ = run(capsys, "open", SESSION_ID, *dirs)
    assert (code, seen, gc.isenabled()) == (0, [False], True)
    code, _, _ = run(capsys, "open", "20260101-nothing-00000000",
                     *dirs)
    assert (code, gc.isenabled()) == (1, True)


async def test_keys_typed_while_the_session_opens_reach_it_in_order(
        fictional_dir, sessions_dir, saved, monkeypatch):
    """`reflect open ID` and typing at once (the session was left on a question): the keys
    arrive before the session's screen is built (here: as the first screen is made). They
    wait for it, in order; none is lost (the first went to the empty screen under it). Two
    PgDn move two steps."""
    from tests.functional.helpers import key_event

    typed: list[str] = []
    first_screen = ui_app.ReflectApp.get_default_screen

    def typing_at_once(self: ui_app.ReflectApp):  # type: ignore[no-untyped-def]
        for key in typed:
            event = key_event(key)
            event.set_sender(self)
            self.post_message(event)
        return first_screen(self)

    monkeypatch.setattr(ui_app.ReflectApp, "get_default_screen", typing_at_once)
    review = load_library(fictional_dir).get("child-zz")
    for keys in (["W", "r", "e", "n", "space", "1"], ["pagedown", "pagedown"]):
        typed[:] = keys
        app = ui_app.make_app(fictional_dir, sessions_dir,
                              sessions_dir.parent / "settings.toml")
        app.first_session = (saved, review, None)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                           and app.focused is not None)
            await app.keys.handled()
            screen = app.screen
            if keys[0] == "W":
                assert app.focused.value == "Wren 1"
            else:
                at = [s.key for s in screen.steps].index("q:zz-second")
                assert screen.index == min(at + 2, len(screen.steps) - 1) != at + 1


async def test_typing_in_a_read_only_session_says_it_is_not_kept(
        fictional_dir, sessions_dir, saved):
    """The point box is greyed out, but typed words just vanished: a reminder says they are
    not kept, once (not at every key)."""
    from tests.functional.helpers import press_in_order

    before = session_path(sessions_dir, SESSION_ID).read_bytes()
    review = load_library(fictional_dir).get("child-zz")
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    app.first_session = (saved, review, "an invented reason to keep it as it is")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen)
                       and app.focused is not None)
        await press_in_order(app, ["I", "n", "v", "e", "n", "t", "e", "d"])
        said = [n.message for n in app._notifications]
        assert len([m for m in said if "read-only" in m and "not kept" in m]) == 1
    assert session_path(sessions_dir, SESSION_ID).read_bytes() == before
