"""Ctrl+C over a dialog says *Do you want to quit?*, as it does on a screen. A fresh-eyes trial
(a staff briefing on a shared screen, 100x30): Ctrl+C with the room's panel showing did
nothing at all, nothing said; with the panel hidden it gave the reminder. Textual gives a
dialog none of the app's own keys but its priority ones, and its Ctrl+C is not one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.notices import quit_reminder
from reflect.ui.screens.help import HelpScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from tests.functional import room_fake
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import new_session
from tests.functional.test_room import open_room
from tests.functional.test_toast_place import covered, placed


@pytest.fixture(autouse=True)
def fake_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's `reflect.room` is the fake."""
    monkeypatch.setitem(sys.modules, "reflect.room", room_fake)
    room_fake.ROOMS.clear()


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_ctrl_c_on_the_rooms_panel_says_how_to_quit_clear_of_its_code(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)
        panel = app.screen
        assert isinstance(panel, RoomPanelScreen)
        await pilot.press("ctrl+c")
        [toast] = await placed(pilot, app)
        assert [(n.title, n.message) for n in app._notifications] == [quit_reminder()]
        assert app.screen is panel  # nothing else done: the room stays open, its panel shown
        kept = [panel.query_one("#room-code"), panel.query_one("#room-address"),
                *panel.query(Button)]
        assert covered([toast], [w for w in kept if w.region.height]) == []


async def test_ctrl_c_in_the_help_says_how_to_quit(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await new_session(pilot)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("ctrl+c")
        await placed(pilot, app)
        assert [n.title for n in app._notifications] == ["Do you want to quit?"]
        assert isinstance(app.screen, HelpScreen)


async def test_ctrl_c_on_the_rooms_panel_still_copies_text_selected(
        fictional_dir: Path, sessions_dir: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        app.screen.query_one("#room-code").text_select_all()
        await pilot.pause()
        await pilot.press("ctrl+c")
        await wait_for(pilot, lambda: room.code in app.clipboard)
        await pilot.pause()
        assert not app._notifications
