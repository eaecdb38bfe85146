"""When the sessions folder cannot be written (made read-only, disk full), nothing typed is
lost: leaving or quitting stops and says so, a copy can be saved elsewhere, and a way out that
cannot be stopped writes an emergency copy and says where. Never a traceback."""

from __future__ import annotations

import errno
import stat
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import SaveFailedScreen
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import (
    enter_text,
    every_said,
    focus_summary,
    open_saved_session,
    type_text,
    wait_for,
)

FAILURES = {
    "read-only": PermissionError(errno.EACCES, "Permission denied"),
    "disk full": OSError(errno.ENOSPC, "No space left on device"),
}


@pytest.fixture
def saved(content_dir: Path, sessions_dir: Path) -> Path:
    review = load_library(content_dir).get("child-ac")
    s = Session.start(review, new_session_id(review.id), title="Invented",
                      current_step="q:" + review.questions[0].id)
    return save_session(sessions_dir, s)


pytestmark = pytest.mark.usefixtures("home")  # copies go to a temp home folder


def break_the_folder(monkeypatch: pytest.MonkeyPatch, folder: Path, failure: str) -> None:
    """The folder turns read-only (as root, chmod does not stop writes: the writer fails)."""
    folder.chmod(0o500)

    def refuse(path: Path, data: bytes, mode: int = 0o600) -> None:
        raise FAILURES[failure]

    monkeypatch.setattr("reflect.store.autosave.write_atomic", refuse)


async def typed_as_the_folder_breaks(pilot: Pilot, monkeypatch: pytest.MonkeyPatch,
                                     folder: Path, text: str) -> Any:
    """The only saved session opened, its summary box focused, the folder made read-only
    (`break_the_folder`), then `text` typed there; returns the session's screen."""
    screen = await open_saved_session(pilot)
    await focus_summary(pilot, screen)
    break_the_folder(monkeypatch, folder, "read-only")
    await enter_text(pilot, text)
    return screen


@pytest.mark.parametrize("failure", FAILURES)
async def test_leaving_stops_and_a_copy_can_be_saved_elsewhere(
        content_dir: Path, sessions_dir: Path, saved: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = await open_saved_session(pilot)
            await focus_summary(pilot, screen)
            await enter_text(pilot, "typed before the folder broke")
            break_the_folder(monkeypatch, sessions_dir, failure)
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            dialog = app.screen
            text = str(dialog.query_one("#save-failed").render())
            assert "Could not save" in text and str(saved) in text
            assert FAILURES[failure].strerror in text
            assert screen.keeper is not None and screen.session_lock is not None
            await pilot.press("escape")  # stay
            await wait_for(pilot, lambda: app.screen is screen)
            await pilot.press("ctrl+q")  # quitting stops too
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            assert app.is_running
            copy = tmp_path / "elsewhere" / "my-copy.toml"
            copy.parent.mkdir()
            app.screen.query_one("#copy-path").value = str(copy)
            await pilot.click("#copy")
            await wait_for(pilot, lambda: not app.is_running)
    finally:
        sessions_dir.chmod(0o700)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert load_session(copy).answers[0].text == "typed before the folder broke"
    load_session(saved)  # the last good version is still there, whole
    # The app ended at once, its "Saved a copy" message unread: the terminal says where the
    # copy is and how to carry on (it said nothing: a trial).
    [note] = app.rescue_notes
    assert str(copy) in note and f"reflect walk --resume {copy}" in note
    # ...and that reflect finds it again (store/copies.py), where it had said to copy it by hand.
    assert f"reflect restore {copy}" in note and "opening the session in reflect" in note
    assert FAILURES[failure].strerror in note


async def test_leaving_goes_on_once_a_copy_is_saved(
        content_dir: Path, sessions_dir: Path, saved: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await focus_summary(pilot, await open_saved_session(pilot))
            await type_text(pilot, "kept in a copy")
            break_the_folder(monkeypatch, sessions_dir, "read-only")
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            copy = tmp_path / "copy.toml"
            app.screen.query_one("#copy-path").value = str(copy)
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
            assert any(str(copy) in n.message for n in app._notifications)
    finally:
        sessions_dir.chmod(0o700)
    assert load_session(copy).answers[0].text == "kept in a copy"


async def test_an_exit_that_cannot_wait_writes_an_emergency_copy(
        content_dir: Path, sessions_dir: Path, saved: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_saved_session(pilot)
            await focus_summary(pilot, screen)
            await type_text(pilot, "rescued on SIGTERM")
            await wait_for(pilot, lambda: screen.session.answers[0].text.endswith("SIGTERM"))
            break_the_folder(monkeypatch, sessions_dir, "disk full")
            app._exit_on_signal()  # what SIGTERM and SIGHUP run
            await wait_for(pilot, lambda: not app.is_running)
    finally:
        sessions_dir.chmod(0o700)
    [copy] = home.glob("reflect-copy-*.toml")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert load_session(copy).answers[0].text == "rescued on SIGTERM"
    [note] = app.rescue_notes
    assert str(copy) in note and "No space left on device" in note
    # ...and how to carry on from it (it opens read-only in the app: a trial found no way).
    assert f"reflect walk --resume {copy}" in note


async def test_a_slow_copy_leaves_the_dialog_answering(
        content_dir: Path, sessions_dir: Path, saved: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy is written in a worker: the dialog says it is saving, answers keys meanwhile,
    and goes on once the copy has landed."""
    import threading

    from reflect.store.autosave import SessionKeeper

    gate = threading.Event()
    real_copy = SessionKeeper.copy_to

    def slow_copy(self: SessionKeeper, path: Path | None = None, *args: object) -> Path:
        gate.wait(10)
        return real_copy(self, path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(SessionKeeper, "copy_to", slow_copy)
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await focus_summary(pilot, await open_saved_session(pilot))
            await type_text(pilot, "kept in a slow copy")
            break_the_folder(monkeypatch, sessions_dir, "disk full")
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            dialog = app.screen
            copy = tmp_path / "slow-copy.toml"
            box = dialog.query_one("#copy-path")
            box.value = str(copy)
            await pilot.press("enter")
            await wait_for(pilot, lambda: "Saving a copy" in str(
                dialog.query_one("#copy-problem").render()))
            await pilot.press("end", "x")  # the dialog answers while the copy is written
            await wait_for(pilot, lambda: box.value.endswith("x"))
            assert app.screen is dialog and not copy.exists()
            gate.set()
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
            assert any(str(copy) in n.message for n in app._notifications)
    finally:
        sessions_dir.chmod(0o700)
    assert load_session(copy).answers[0].text == "kept in a slow copy"


async def test_the_copy_is_of_the_session_as_it_was_on_the_ui_thread(
        content_dir: Path, sessions_dir: Path, saved: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy's snapshot was taken in the worker while the clock's ticks still changed the
    session (store/autosave.py: snapshots are taken on the UI thread)."""
    import threading

    import reflect.store.autosave as autosave

    taken_on: list[threading.Thread] = []
    real = autosave.snapshot

    def recording(session: Session) -> dict[str, object]:
        taken_on.append(threading.current_thread())
        return real(session)

    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await focus_summary(pilot, await open_saved_session(pilot))
            await enter_text(pilot, "copied from the UI thread")
            break_the_folder(monkeypatch, sessions_dir, "disk full")
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, SaveFailedScreen))
            monkeypatch.setattr(autosave, "snapshot", recording)
            copy = tmp_path / "ui-thread-copy.toml"
            app.screen.query_one("#copy-path").value = str(copy)
            await pilot.press("enter")
            await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    finally:
        sessions_dir.chmod(0o700)
    assert taken_on and taken_on[0] is threading.main_thread()
    assert load_session(copy).answers[0].text == "copied from the UI thread"


async def test_a_new_session_that_cannot_be_saved_keeps_its_form(content_dir: Path,
                                                                 tmp_path: Path) -> None:
    """A sessions folder that is a file (or cannot be written): Ctrl+S on the new-session
    form said "Could not create the session file … File exists" and threw the form away,
    with everything typed in it (a trial). The form stays, and says why."""
    from textual.widgets import Input

    from reflect.ui.screens.new_session import NewSessionScreen
    from tests.functional.helpers import new_session_form

    blocked = tmp_path / "sessions"
    blocked.write_text("an invented file where the sessions folder should be")
    app = make_app(content_dir, blocked)
    said = every_said(app)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        form.query_one("#title", Input).value = "Invented title kept"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any(f"{blocked} is a file, not a folder" in m
                                          for m in said))
        await pilot.pause()
        assert isinstance(app.screen, NewSessionScreen) and app.screen is form
        assert form.query_one("#title", Input).value == "Invented title kept"
    assert blocked.read_text() == "an invented file where the sessions folder should be"


def test_unwritable_says_why(tmp_path: Path) -> None:
    from reflect.store.atomic import unwritable

    a_file = tmp_path / "file"
    a_file.write_text("invented")
    assert unwritable(a_file) == f"{a_file} is a file, not a folder"
    assert (unwritable(a_file / "under") or "").startswith(f"{a_file / 'under'} cannot be "
                                                           "written: ")
    assert unwritable(tmp_path / "new" / "folder") is None  # made, owner-only
    assert (tmp_path / "new" / "folder").is_dir() and not list((tmp_path / "new" / "folder")
                                                               .iterdir())


async def test_ctrl_s_twice_on_the_form_starts_one_session(content_dir: Path,
                                                           sessions_dir: Path) -> None:
    """The form gives way once its folder is checked, in a worker: a second Ctrl+S meanwhile
    must neither start a second session nor dismiss a screen already gone."""
    from textual.widgets import Input

    from reflect.store.sessions import list_sessions
    from reflect.ui.screens.walkthrough import WalkthroughScreen
    from tests.functional.helpers import burst_keys, new_session_form

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await new_session_form(pilot)
        form.query_one("#title", Input).value = "Invented once"
        burst_keys(pilot, ["ctrl+s", "ctrl+s"])
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        await pilot.pause()
        assert app.is_running
    assert [e.session.title for e in list_sessions(sessions_dir).entries] == ["Invented once"]


async def test_a_file_changed_by_another_program_is_not_written_over(
        content_dir: Path, sessions_dir: Path, saved: Path, home: Path) -> None:
    """A trial: with the session open, another program changed its file (a sync, `git pull`);
    the next autosave wrote over it, and the status said "saved ✓". Now theirs stays, the edits
    go to a copy outside the folder, and the status, a toast and the terminal say where."""
    import os

    from tests.functional.helpers import shown

    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await focus_summary(pilot, screen)
        await type_text(pilot, "typed here")
        screen.action_save()
        await wait_for(pilot, lambda: not screen.keeper.dirty)
        theirs = saved.read_bytes().replace(b'title = "Invented"', b'title = "Their edit"')
        saved.write_bytes(theirs)
        later = saved.stat().st_mtime_ns + 1_000_000_000
        os.utime(saved, ns=(later, later))
        await type_text(pilot, " and more")
        await wait_for(pilot, lambda: "changed outside reflect" in shown(
            screen.query_one("#status")))
        [copy] = home.glob("reflect-copy-*.toml")
        assert str(copy) in shown(screen.query_one("#status"))
        assert any("not written over" in n.message and str(copy) in n.message
                   for n in app._notifications)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert saved.read_bytes() == theirs
    assert load_session(copy).answers[0].text == "typed here and more"
    [note] = app.rescue_notes
    assert str(saved) in note and str(copy) in note


async def test_a_change_made_while_the_session_opens_is_not_written_over(
        content_dir: Path, sessions_dir: Path, saved: Path, home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check started when the session's screen was built, from the file as it was then:
    a change landing while it was being opened (read, then laid out) was written over."""
    import reflect.store.locks as locks
    from tests.conftest import changed_elsewhere
    from tests.functional.helpers import shown

    take = locks.lock_for_editing

    def synced_then_taken(path: Path, *args: object) -> object:  # read, not yet kept
        changed_elsewhere(path, 'title = "Invented"', 'title = "Their edit"')
        return take(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(locks, "lock_for_editing", synced_then_taken)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        theirs = saved.read_bytes()
        await focus_summary(pilot, screen)
        await enter_text(pilot, "typed once it opened")
        await wait_for(pilot, lambda: "changed outside reflect" in shown(
            screen.query_one("#status")))
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert saved.read_bytes() == theirs and b"Their edit" in theirs
    [copy] = home.glob("reflect-copy-*.toml")
    assert load_session(copy).answers[0].text == "typed once it opened"
