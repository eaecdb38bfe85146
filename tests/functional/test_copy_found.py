"""A session with an emergency copy newer than its file (written as the sessions folder could
not be saved to, said only on stderr in a window since closed): the start screen says so on its
row and under the lists, and opening it (Enter, `reflect open`) asks whether to carry on from
the copy (restored, the saved file kept aside) or open the saved one as it is. Older, same,
damaged and orphaned copies are said under the lists, not asked about."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.session import Session
from reflect.store.copies import REPLACED
from reflect.store.library import load_library
from reflect.store.manage_sessions import open_elsewhere
from reflect.store.sessions import dumps, load_session, save_session, session_path
from reflect.ui import app as ui_app
from reflect.ui.screens.copy_found import CopyFoundScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.command_line import run
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000c0de"
TYPED = "Invented point typed while the folder was read-only"

pytestmark = pytest.mark.usefixtures("home")


@pytest.fixture
def saved(fictional_dir: Path, sessions_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SESSION_ID, title="Invented copy meeting",
                      current_step="q:zz-second")
    save_session(sessions_dir, s)
    return s


def copy_of(session: Session, home: Path, words: str = TYPED, later: int = 30,
            at: str = "101010") -> Path:
    """An emergency copy in the home folder, `later` seconds newer than the session's file."""
    copy = session.model_copy(deep=True)
    copy.answers[1].text = words
    path = home / f"reflect-copy-{copy.id}-20260101-{at}.toml"
    path.write_bytes(dumps(copy))
    stamp = (home.parent / "sessions" / f"{copy.id}.toml").stat().st_mtime + later
    os.utime(path, (stamp, stamp))
    return path


def problems(app: ui_app.ReflectApp) -> str:
    return str(app.screen.query_one("#problems-text").render())


async def on_the_start_screen(pilot, app) -> OptionList:  # type: ignore[no-untyped-def]
    sessions = app.screen.query_one("#sessions", OptionList)
    await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
    sessions.focus()
    return sessions


async def test_the_row_says_so_and_enter_carries_on_from_the_copy(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    copy = copy_of(saved, home)
    copied = copy.read_bytes()
    before = session_path(sessions_dir, SESSION_ID).read_bytes()
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        sessions = await on_the_start_screen(pilot, app)
        await wait_for(pilot, lambda: "newer emergency copy" in
                       sessions.get_option_at_index(0).prompt.plain)
        assert copy.name in problems(app).replace("\n", "")
        assert "Enter on the session offers to carry on from it" in problems(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        said = str(app.screen.query_one("#copy-question").render())
        assert str(copy) in said.replace("\n", "") or copy.name in said
        await pilot.press("enter")  # the first button: carry on from the copy
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.answers[1].text == TYPED
        assert app.screen.read_only is None
    path = session_path(sessions_dir, SESSION_ID)
    assert load_session(path).answers[1].text == TYPED
    [aside] = (sessions_dir / REPLACED).iterdir()
    assert aside.read_bytes() == before  # the saved file kept aside, byte for byte
    assert copy.read_bytes() == copied  # and the copy left where it was


async def test_o_opens_the_saved_one_as_it_is_and_esc_goes_back(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    copy = copy_of(saved, home)
    path = session_path(sessions_dir, SESSION_ID)
    before = path.read_bytes()
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await on_the_start_screen(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("escape")  # back: nothing opened, nothing changed, the lock let go
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not open_elsewhere(path)
        await pilot.press("enter")  # asked again
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.answers[1].text == ""
        assert app.screen.read_only is None
    assert not (sessions_dir / REPLACED).exists()
    assert load_session(copy).answers[1].text == TYPED
    assert before == path.read_bytes() or load_session(path).answers[1].text == ""


async def test_reflect_open_asks_too(capsys: pytest.CaptureFixture[str], dirs: list[str],
                                    sessions_dir: Path, saved: Session, home: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_of(saved, home)
    started: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: started.append(self))
    assert run(capsys, "open", SESSION_ID, *dirs)[0] == 0
    [app] = started
    assert app.first_copy is not None and app.first_copy.path == copy
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("c")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.answers[1].text == TYPED
        await pilot.press("escape")  # left: the start screen, as after any `reflect open`
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
    assert load_session(session_path(sessions_dir, SESSION_ID)).answers[1].text == TYPED


async def test_reflect_open_esc_goes_to_the_start_screen(
        capsys: pytest.CaptureFixture[str], dirs: list[str], sessions_dir: Path,
        saved: Session, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy_of(saved, home)
    started: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: started.append(self))
    assert run(capsys, "open", SESSION_ID, *dirs)[0] == 0
    [app] = started
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert not [s for s in app.screen_stack if isinstance(s, WalkthroughScreen)]
    assert not open_elsewhere(session_path(sessions_dir, SESSION_ID))


async def test_older_same_damaged_and_orphaned_copies_are_said_not_asked(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    older = copy_of(saved, home, "An older invented point", later=-60, at="090909")
    same = home / f"reflect-copy-{SESSION_ID}-20260101-111111.toml"
    same.write_bytes(session_path(sessions_dir, SESSION_ID).read_bytes())
    damaged = home / f"reflect-copy-{SESSION_ID}-20260101-121212.toml"
    damaged.write_bytes(b"title = \"unclosed\n")
    gone = saved.model_copy(update={"id": "20260101-child-zz-0000dead"})
    orphan = home / f"reflect-copy-{gone.id}-20260101-131313.toml"
    orphan.write_bytes(dumps(gone))
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(120, 50)) as pilot:
        sessions = await on_the_start_screen(pilot, app)
        await wait_for(pilot, lambda: orphan.name in problems(app).replace("\n", ""))
        text = problems(app).replace("\n", " ")
        for copy in (older, same, damaged):
            assert copy.name in text.replace(" ", "") or copy.name in text
        assert "cannot read" in text and "no such session in the sessions folder" in text
        assert "newer emergency copy" not in sessions.get_option_at_index(0).prompt.plain
        await pilot.press("enter")  # no question: straight into the session
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    assert damaged.read_bytes() == b"title = \"unclosed\n"


async def test_a_session_open_in_another_reflect_says_where_its_copy_is_offered(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    """Its row said "Enter offers it", and Enter opened it read-only with no word of the copy:
    a copy cannot be restored under a reflect that has the session open. The row and the
    copy's line under the lists say to close it there first."""
    from reflect.store.locks import SessionLock

    copy = copy_of(saved, home)
    other = SessionLock(session_path(sessions_dir, SESSION_ID))  # another reflect has it open
    assert other.acquire()
    try:
        app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
        async with app.run_test(size=(100, 30)) as pilot:
            sessions = await on_the_start_screen(pilot, app)
            await wait_for(pilot, lambda: "newer emergency copy" in
                           sessions.get_option_at_index(0).prompt.plain)
            row = sessions.get_option_at_index(0).prompt.plain.replace("\n", " ")
            assert "open in another reflect; close it there, then Enter here offers the copy" \
                in " ".join(row.split())
            assert "Enter offers it" not in row
            said = " ".join(problems(app).split())
            assert "once it is closed there, opening it offers the copy" in said
            assert copy.name in problems(app).replace("\n", "")
    finally:
        other.release()


async def test_copies_holding_nothing_new_are_deleted_by_the_button_after_asking(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    """A copy holding the same as its session's file was said under the lists on every start,
    for ever, with nothing to say it could go. The button under them deletes such copies, after
    asking; an older copy (it may hold words deleted since) is kept."""
    from textual.widgets import Button

    from reflect.ui.screens.confirm import ConfirmScreen

    same = home / f"reflect-copy-{SESSION_ID}-20260101-111111.toml"
    same.write_bytes(session_path(sessions_dir, SESSION_ID).read_bytes())
    older = copy_of(saved, home, "An older invented point", later=-60, at="090909")
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await on_the_start_screen(pilot, app)
        await wait_for(pilot, lambda: same.name in problems(app).replace("\n", ""))
        assert "may be deleted" in " ".join(problems(app).split())
        button = app.screen.query_one("#delete-same-copies", Button)
        assert not button.display  # the problems area folded to its summary line
        app.screen.query_one("#problems").focus()  # (Tab, from the saved sessions)
        await wait_for(pilot, lambda: button.display)
        assert str(button.label) == "Delete the copy holding nothing new…"
        button.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # kept: nothing deleted
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        assert same.exists()
        button.press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.path == ("The copy:", same)
        assert "It holds the same as its session's saved file" in app.screen.question
        await pilot.press("y")
        await wait_for(pilot, lambda: not same.exists() and same.name not in
                       problems(app).replace("\n", "") and button.has_class("-none"))
        assert older.exists() and older.name in problems(app).replace("\n", "")


async def test_the_saved_one_opened_and_left_asks_again_next_time(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path) -> None:
    """`o` says "asked again next time"; but leaving saved the step and the time spent, the
    file was then newer than the copy, and the copy was "older": never offered again, its
    row's mark gone, though its words were in no session (a trial). Only a change of the
    file's words makes a copy older."""
    from datetime import timedelta

    path = session_path(sessions_dir, SESSION_ID)
    saved.updated -= timedelta(hours=1)  # the file saved an hour ago…
    save_session(sessions_dir, saved, touch=False)
    an_hour_ago = path.stat().st_mtime - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    copy = copy_of(saved, home, later=1800)  # …and the copy written half an hour ago
    app = ui_app.make_app(fictional_dir, sessions_dir, sessions_dir.parent / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        sessions = await on_the_start_screen(pilot, app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        screen = app.screen
        await pilot.press("pagedown")  # moved on a step: saved as it is left
        await wait_for(pilot, lambda: screen.index != 0)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and path.stat().st_mtime > copy.stat().st_mtime)
        await wait_for(pilot, lambda: sessions.option_count == 1 and "newer emergency copy"
                       in sessions.get_option_at_index(0).prompt.plain)
        sessions.focus()
        await pilot.press("enter")  # asked again
        await wait_for(pilot, lambda: isinstance(app.screen, CopyFoundScreen))
    assert load_session(copy).answers[1].text == TYPED


async def test_a_copy_of_a_session_in_the_usual_folder_says_where_it_is(
        fictional_dir: Path, sessions_dir: Path, saved: Session, home: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Started on another sessions folder, the start screen said such a copy was of "no such
    session" and to restore it into that folder (a second session, in the wrong one)."""
    monkeypatch.setenv("REFLECT_SESSIONS_DIR", str(sessions_dir))  # the usual folder
    other = tmp_path / "other"
    other.mkdir()
    copy = copy_of(saved, home)
    app = ui_app.make_app(fictional_dir, other, other.parent / "settings.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: copy.name in problems(app).replace("\n", ""))
        said = " ".join(problems(app).split())
        assert "no such session" not in said
        assert f"but in {sessions_dir}" in said
        assert f"restore --sessions-dir {sessions_dir} {copy}" in said


async def test_reflect_open_on_a_copy_says_to_restore_it(
        capsys: pytest.CaptureFixture[str], dirs: list[str], saved: Session, home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`reflect open COPY` opened it read-only and said to name the file <id>.toml: over the
    session's own file, where there is one. It says `reflect restore COPY`, and what it does."""
    copy = copy_of(saved, home)
    started: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: started.append(self))
    assert run(capsys, "open", str(copy), *dirs)[0] == 0
    [app] = started
    assert app.first_session is not None
    said = app.first_session[2] or ""
    assert f"restore {dirs[0]} {dirs[1]} {dirs[2]} {dirs[3]} {copy}` makes it the session's " \
           "file" in said
    assert "kept aside in replaced/" in said and f"name it {SESSION_ID}.toml" not in said
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.read_only == said
