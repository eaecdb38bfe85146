"""What the start screen leaves until after its first frame (#16: within 1.15x of a bare
Textual app): the button that deletes emergency copies holding nothing new, made only once
there are some (Textual read Button's styles for it first, some 4 ms of CPU), and the looking
for copies in the home and temp folders (a thread beside the first frame, some 3 ms)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, OptionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session, session_path
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.preload import start_preload
from reflect.ui.screens.start_lists import LibraryScreen
from tests.functional.helpers import wait_for

SESSION_ID = "20260101-child-zz-0000f1f1"


def preloaded(fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> ReflectApp:
    """The app as `reflect` starts it: the lists read before the screen is mounted."""
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    app.preload = start_preload(fictional_dir, sessions_dir)
    assert app.preload.wait() is not None
    return app


def button_styles_read(app: ReflectApp) -> bool:
    return any(str(read_from[1]).startswith("Button.") for read_from in app.stylesheet.source)


@pytest.mark.usefixtures("home")
async def test_no_button_is_made_while_there_is_no_copy_to_delete(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    app = preloaded(fictional_dir, sessions_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query_one("#reviews", OptionList).option_count)
        await wait_for(pilot, lambda: not [w for w in app.screen.workers
                                           if w.group == "copies" and w.is_running])
        assert not app.screen.query(Button)
        assert not button_styles_read(app)


async def test_the_button_is_made_once_a_copy_holding_nothing_new_is_found(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, home: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, SESSION_ID, title="Invented huddle"))
    copy = home / f"reflect-copy-{SESSION_ID}-20260101-111111.toml"
    copy.write_bytes(session_path(sessions_dir, SESSION_ID).read_bytes())
    app = preloaded(fictional_dir, sessions_dir, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.screen.query("#delete-same-copies")
                       and not app.screen.query("#delete-same-copies.-none"))
        button = app.screen.query_one("#delete-same-copies", Button)
        assert str(button.label) == "Delete the copy holding nothing new…"
        problems = app.screen.query_one("#problems")
        assert list(problems.children)[-1] is button  # last, as Tab reaches it


@pytest.mark.paints_every_frame  # (a frame is drawn: what this test counts)
@pytest.mark.usefixtures("home")
async def test_copies_are_looked_for_once_the_lists_are_drawn(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = preloaded(fictional_dir, sessions_dir, tmp_path)
    frames: list[object] = []
    real_display = app._display

    def display(screen: Any, renderable: Any) -> None:
        if renderable is not None:
            frames.append(renderable)
        real_display(screen, renderable)

    monkeypatch.setattr(app, "_display", display)
    looked: list[int] = []
    real_read = LibraryScreen._read_copies

    def read_copies(self: LibraryScreen) -> Any:
        looked.append(len(frames))  # the frames drawn by then
        return real_read(self)

    monkeypatch.setattr(LibraryScreen, "_read_copies", read_copies)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: looked)
        assert looked[0] >= 1
