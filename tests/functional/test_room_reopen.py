"""The room opened again (#18), against the fake room (tests/functional/room_fake.py): a
facilitator's trial closed it and opened it again, and it was a new room (a new code, port
and link: everyone had to join again, their own points gone from their pages), on "This
computer only" again after a network address had been chosen."""

from __future__ import annotations

from textual.widgets import Button, RadioSet

from reflect.ui.app import make_app
from reflect.ui.screens.room_open import OpenRoomScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.screens.start import StartScreen
from tests.functional import room_fake
from tests.functional.helpers import open_saved_session, shown, wait_for
from tests.functional.test_facilitation import new_session
from tests.functional.test_room import (  # noqa: F401
    SIZE,
    fake_room,
    hide_panel,
    listening,
    open_room,
)


async def close_from_panel(pilot, screen) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f4")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, RoomPanelScreen))
    pilot.app.screen.query_one("#room-close", Button).press()
    await wait_for(pilot, lambda: screen.room is None)


async def open_again(pilot) -> OpenRoomScreen:  # type: ignore[no-untyped-def]
    await pilot.press("f4")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, OpenRoomScreen))
    dialog = pilot.app.screen
    assert isinstance(dialog, OpenRoomScreen)
    return dialog


async def test_a_room_opened_again_is_the_same_room_on_the_same_port(fictional_dir,
                                                                     sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        dialog = await open_again(pilot)
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        room = screen.room
        assert room is not None
        url, port = room.url, room.port
        await hide_panel(pilot)
        await close_from_panel(pilot, screen)
        assert not listening(port)
        (await open_again(pilot)).query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert screen.room is room and room_fake.ROOMS == [room]  # the same room again
        assert room.url == url and listening(port)
        assert "open again, with the same code and link" in shown(  # said in the panel
            app.screen.query_one("#room-again"))
        # Left and opened again in this run: still this session's room.
        await hide_panel(pilot)
        await close_from_panel(pilot, screen)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        screen = await open_saved_session(pilot)
        (await open_again(pilot)).query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert screen.room is room and room.url == url
        # Its points come to the session open now, not the one left.
        await hide_panel(pilot)
        from tests.functional.test_facilitation import go_to

        await go_to(pilot, screen, "question")
        room.send("Invented point after opening again", name="")
        await wait_for(pilot, lambda: sum(len(w) for w in screen.waiting.values()) == 1)


async def test_a_room_opened_again_on_another_address_says_its_link_is_new(fictional_dir,
                                                                           sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot)
        (await open_again(pilot)).query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        room = screen.room
        await hide_panel(pilot)
        await close_from_panel(pilot, screen)
        dialog = await open_again(pilot)
        dialog.query_one(RadioSet).query("ChoiceButton")[3].value = True  # a network address
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert screen.room is room and room.host == room_fake.NETWORK_HOST
        assert "same code, but its link is new (it is on another address)" in shown(
            app.screen.query_one("#room-again"))


async def test_the_address_chosen_is_chosen_again_after_quitting_and_resuming(
        fictional_dir, sessions_dir, monkeypatch):
    """The dialog came back on "This computer only" every time, after a network address had
    been chosen, and after quitting and resuming the session too (a trial): the address is
    remembered in the settings, and chosen first while this computer still has it."""
    from reflect.store.settings import load_settings, settings_path

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen, network=True)
        assert room.host == room_fake.NETWORK_HOST
        # Its QR code, on a network address (none for this computer only).
        assert room.url in str(app.screen.query_one("#room-qr").render())
        await hide_panel(pilot)
        await close_from_panel(pilot, screen)
        assert (await open_again(pilot)).host == room_fake.NETWORK_HOST
        await pilot.press("escape")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    assert load_settings(settings_path())["room_address"] == room_fake.NETWORK_HOST
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_saved_session(pilot)
        dialog = await open_again(pilot)
        assert dialog.host == room_fake.NETWORK_HOST
        assert dialog.query_one(RadioSet).pressed_index == 3
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert room_fake.ROOMS[-1].host == room_fake.NETWORK_HOST
    # This computer no longer has that address: "This computer only", as at first.
    monkeypatch.setattr(room_fake, "ADDRESSES", room_fake.ADDRESSES[:3])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        await open_saved_session(pilot)
        assert (await open_again(pilot)).host == "127.0.0.1"


async def test_opened_with_the_check_the_panel_comes_first_and_the_check_once_it_is_hidden(
        fictional_dir, sessions_dir):
    """Opened with the confidence check at the first step, the check was asked and the panel
    shown over it: people had no link yet to answer it with, and the time line behind both
    dialogs was not redrawn (Textual draws one dialog's background: a trial saw "1:19 left"
    for 25 seconds while the time went on)."""
    from reflect.ui.screens.room_confidence import ConfidenceScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen, confidence=True)
        await pilot.pause()
        assert [type(s) for s in app.screen_stack[-2:]] == [WalkthroughScreen,
                                                              RoomPanelScreen]
        await pilot.press("f4")  # hidden: now the check
        await wait_for(pilot, lambda: isinstance(app.screen, ConfidenceScreen))
        assert app.screen_stack[-2] is screen
