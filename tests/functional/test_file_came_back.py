"""A session's file deleted, moved or renamed while it is open is written again at its own
name at the next save; the app now says so once, as a notice (a trial: nothing said, and a
second file was left unexplained), and on the terminal after Ctrl+Q when that save was the
last; an ordinary save says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.autosave import CAME_BACK
from reflect.store.library import load_library
from reflect.store.sessions import save_session, session_path
from reflect.ui.app import ReflectApp, make_app
from tests.functional.helpers import every_said, open_for_editing, type_text, wait_for

SESSION_ID = "20261204-child-zz-0000c0de"

pytestmark = pytest.mark.usefixtures("started_as_reflect")


@pytest.fixture
def app(fictional_dir: Path, sessions_dir: Path) -> ReflectApp:
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, SESSION_ID, title="Invented came-back meeting",
                            current_step="q:zz-first")
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    app.first_session = (session, review, None, None)
    return app


def holds(path: Path, text: str) -> bool:
    return path.is_file() and text in path.read_text(encoding="utf-8")


async def test_a_deleted_file_written_again_is_said_once(app: ReflectApp,
                                                         sessions_dir: Path) -> None:
    path = session_path(sessions_dir, SESSION_ID)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_for_editing(pilot)
        kept = every_said(app)
        await type_text(pilot, "Pat Example")
        await wait_for(pilot, lambda: holds(path, "Pat Example"))
        assert not [m for m in kept if CAME_BACK in m]  # an ordinary save: nothing said
        path.unlink()
        await type_text(pilot, " said so")
        await wait_for(pilot, lambda: any(CAME_BACK in m for m in kept))
        assert holds(path, "Pat Example said so")
        [message] = [m for m in kept if CAME_BACK in m]
        assert str(path) in message.replace("\n", "")
        await type_text(pilot, " twice")
        await wait_for(pilot, lambda: holds(path, "said so twice"))
        assert len([m for m in kept if CAME_BACK in m]) == 1  # once, not at every save


async def test_written_again_as_the_app_ends_is_said_on_the_terminal(
        app: ReflectApp, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reflect.ui.screens.walkthrough.AUTOSAVE_SECONDS", 3600.0)
    path = session_path(sessions_dir, SESSION_ID)
    moved = path.with_name("moved by hand.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_for_editing(pilot)
        path.rename(moved)
        await type_text(pilot, "Pat Example")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert holds(path, "Pat Example") and moved.is_file()
    lines = app.farewell(300)
    assert lines[0] == f"Saved “Invented came-back meeting”. {CAME_BACK} {path}"
    assert lines[-1] == f"To carry on: reflect open {SESSION_ID}"


async def test_ctrl_s_writes_a_deleted_file_again_with_nothing_new_typed(
        app: ReflectApp, sessions_dir: Path) -> None:
    path = session_path(sessions_dir, SESSION_ID)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_for_editing(pilot)
        kept = every_said(app)
        await type_text(pilot, "Pat Example")
        await wait_for(pilot, lambda: holds(path, "Pat Example"))
        path.unlink()
        await pilot.press("ctrl+s")  # said "Saved to" a file that was not there
        await wait_for(pilot, lambda: any(CAME_BACK in m for m in kept))
        assert holds(path, "Pat Example")
        assert not [m for m in kept if m.startswith("Saved to")]
