"""The port the facilitator chooses for the room (`room_port` in the settings file), against
the fake room (tests/functional/room_fake.py): the port was chosen afresh each time reflect
started, so a link printed or sent before a meeting never worked (a school's lead)."""

from __future__ import annotations

import socket
from pathlib import Path

from textual.widgets import Button

from reflect.ui.app import make_app
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from tests.functional import room_fake
from tests.functional.helpers import shown, wait_for
from tests.functional.test_facilitation import new_session
from tests.functional.test_room import SIZE, fake_room  # noqa: F401


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def settings_with(tmp_path: Path, line: str) -> Path:
    settings = tmp_path / "invented-settings.toml"
    settings.write_text(line + "\n", encoding="utf-8")
    return settings


async def room_dialog(pilot) -> OpenRoomScreen:  # type: ignore[no-untyped-def]
    await new_session(pilot)
    await pilot.press("f4")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, OpenRoomScreen))
    dialog = pilot.app.screen
    assert isinstance(dialog, OpenRoomScreen)
    return dialog


async def test_the_room_opens_on_the_port_the_settings_choose(fictional_dir, sessions_dir,
                                                               tmp_path):
    port = free_port()
    settings = settings_with(tmp_path, f"room_port = {port}")
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await room_dialog(pilot)
        assert shown(dialog.query_one("#room-port")) == (
            f"Port {port}, as the settings choose (room_port in {settings}): the address to "
            "type the code at stays the same from one meeting to the next.")
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert f":{port}/r/" in room_fake.ROOMS[-1].url


async def test_a_port_taken_is_said_and_a_free_one_opened_only_when_asked(
        fictional_dir, sessions_dir, tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = settings_with(tmp_path, f"room_port = {port}")
        app = make_app(fictional_dir, sessions_dir, settings_file=settings)
        async with app.run_test(size=SIZE) as pilot:
            dialog = await room_dialog(pilot)
            free = dialog.query_one("#room-free-port", Button)
            assert not free.display  # (offered only once the port is found taken)
            dialog.query_one("#room-open", Button).press()
            await wait_for(pilot, lambda: dialog.query_one("#room-error").display)
            said = shown(dialog.query_one("#room-error"))
            assert said.startswith(
                f"The room cannot open on port {port}, the one room_port in {settings} "
                "chooses: another program on this computer is using it.\n"
                f"An address with :{port} in it, printed or sent before, does not reach the room")
            assert app.screen is dialog and free.display and free.has_focus
            assert not room_fake.ROOMS[-1].listening  # never another port unasked
            await pilot.press("enter")  # Open on a free port
            await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
            room = room_fake.ROOMS[-1]
            assert room.listening and f":{port}/" not in room.url


async def test_a_room_port_that_cannot_be_used_is_said_and_the_room_still_opens(
        fictional_dir, sessions_dir, tmp_path):
    settings = settings_with(tmp_path, "room_port = 80")
    app = make_app(fictional_dir, sessions_dir, settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await room_dialog(pilot)
        said = shown(dialog.query_one("#room-settings-problems"))
        assert said.startswith(f"{settings}: room_port: should be a port number from 1024 to "
                               "65535")
        assert "80 is below 1024" in said and not dialog.query("#room-port")
        # read as reflect started: a mended entry is taken at the next start, and said so
        assert said.endswith(f"reflect read {settings.name} as it started: after mending it, "
                             "quit reflect and start it again.")
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert room_fake.ROOMS[-1].listening
