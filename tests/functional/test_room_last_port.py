"""reflect started again mid-meeting (quit, or the computer restarted): the session's room,
opened again, is on the port it had where that is free (`room_last` in the settings), with
the same key for participants' pages (`Room.page_key`), so that a phone's words not sent or
not added reach the new link's page (tests/e2e/test_room_restart_browser.py). It came back
on another port, and the page at the new link had lost them (a facilitator's trial). Against
the fake room (tests/functional/room_fake.py)."""

from __future__ import annotations

import socket

from reflect.store.settings import load_settings, settings_path
from reflect.ui.app import make_app
from tests.functional import room_fake
from tests.functional.helpers import open_saved_session, wait_for
from tests.functional.test_room import SIZE, fake_room, open_room  # noqa: F401
from tests.functional.test_room_port import free_port, settings_with


async def first_run(fictional_dir, sessions_dir) -> room_fake.Room:  # type: ignore[no-untyped-def]
    from tests.functional.test_facilitation import new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await wait_for(pilot, lambda: not app.saving("room_last"))
    return room


async def test_started_again_the_sessions_room_has_its_port_again(fictional_dir,
                                                                  sessions_dir):
    first = await first_run(fictional_dir, sessions_dir)
    session_id = load_settings(settings_path())["room_last"]["session"]  # type: ignore[index]
    assert load_settings(settings_path())["room_last"] == {"session": session_id,
                                                           "port": first.port}
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_saved_session(pilot)
        again = await open_room(pilot, screen)
        assert again is not first and again.port == first.port
        assert again.page_key == first.page_key != ""
        assert session_id not in again.page_key


async def test_its_port_taken_meanwhile_the_room_opens_on_a_free_one(fictional_dir,
                                                                     sessions_dir):
    first = await first_run(fictional_dir, sessions_dir)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", first.port))
        busy.listen()
        app = make_app(fictional_dir, sessions_dir)
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_saved_session(pilot)
            again = await open_room(pilot, screen)
            assert again.listening and again.port != first.port  # (nothing asked)
    assert load_settings(settings_path())["room_last"]["port"] == again.port  # type: ignore[index]


async def test_room_port_chosen_in_the_settings_is_kept_and_nothing_remembered(
        fictional_dir, sessions_dir, tmp_path, monkeypatch):
    port = free_port()
    settings = settings_with(tmp_path, f"room_port = {port}")
    monkeypatch.setenv("REFLECT_SETTINGS", str(settings))
    first = await first_run(fictional_dir, sessions_dir)
    assert first.port == port and "room_last" not in load_settings(settings)
