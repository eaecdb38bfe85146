"""The room on a small shared screen, 60x20, against the fake room (room_fake.py): a trial
closed the room with a point waiting and one declined, and opened it again. Over the panel
that came back, the messages ("The room is closed. 1 point still waiting was dropped…", "The
room is open again…") were drawn over the room code and the address to type it at for ten
seconds, as people tried to read them off the screen; and with a point declined, the keys line
had no room for `u Bring back` (only the queue's title said it)."""

from __future__ import annotations

import pytest
from textual.widgets import Button, RadioSet
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.widgets.incoming import IncomingList
from tests.functional import room_fake
from tests.functional.helpers import said, shown, wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_footer_keys import footer_keys
from tests.functional.test_room import (
    fake_room,  # noqa: F401 (the fake room, for each test)
    hide_panel,
    open_room,
    queue,
)
from tests.functional.test_room_reopen import close_from_panel, open_again
from tests.functional.test_toast_place import covered

SMALL = (60, 20)


async def declined_one(pilot):  # type: ignore[no-untyped-def]
    """A new session at 60x20, the (fake) room open on this computer, on the first question
    with two points sent and the first declined (the focus on the one still waiting)."""
    app = pilot.app
    screen = await new_session(pilot)
    room = await open_room(pilot, screen)
    await hide_panel(pilot)
    await go_to(pilot, screen, "question")
    i = screen.index
    first = room.send("Invented point from Pat", name="Pat Example")
    room.send("Invented point from Sam", name="Sam Sample")
    incoming = queue(screen, i).query_one(IncomingList)
    await wait_for(pilot, lambda: incoming.option_count == 2)
    await pilot.press("f2")
    await wait_for(pilot, lambda: app.focused is incoming)
    await pilot.press("d")
    await wait_for(pilot, lambda: room.resolved.get(first.id) is False)
    return screen, room, incoming


async def test_messages_over_the_reopened_panel_leave_the_code_and_address_clear(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen, room, _ = await declined_one(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        app.screen.query_one("#room-close", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "enter")  # close (its button), dropping the point waiting
        await wait_for(pilot, lambda: screen.room is None)
        dialog = await open_again(pilot)  # on a network address: its link is new
        dialog.query_one(RadioSet).query("ChoiceButton")[3].value = True
        dialog.query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        assert screen.room is room and room.host == room_fake.NETWORK_HOST
        panel = app.screen
        code, address = panel.query_one("#room-code"), panel.query_one("#room-address")
        # Every message still showing (the decline's, ...) drawn; the closing's, no longer
        # true, gone.
        await wait_for(pilot, lambda: panel.can_view_entire(code) and len(said(app)) >= 1
                       and len([t for t in panel.query(Toast) if t.region]) == len(said(app)))
        for _ in range(3):  # placed once the panel is laid out with them
            await pilot.pause()
        toasts = [t.region for t in panel.query(Toast)]
        assert covered(toasts, [code, address]) == [], toasts
        # Nor over a button.
        assert covered(toasts, list(panel.query(Button))) == [], toasts
        assert not any("The room is closed" in m for m in said(app))
        # Opened again: the panel says so (its link is new), under the address, as it shows.
        again = shown(panel.query_one("#room-again"))
        assert again.startswith("The room is open again with the same code, but its link is "
                                "new (it is on another address)")
        assert not any("open again" in m for m in said(app))  # not said over it as well


async def test_u_bring_back_is_on_the_keys_line_at_60_by_20(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SMALL) as pilot:
        _, room, incoming = await declined_one(pilot)
        assert app.focused is incoming
        await wait_for(pilot, lambda: "u Bring back" in (footer_keys(app) or []))
        keys = footer_keys(app) or []
        assert keys[:2] == ["f1 Help", "^q Quit"]
        # Deciding the one still waiting comes first: its keys stay, in their order.
        assert [k for k in keys if k in ("a Accept", "d Decline", "u Bring back")] == [
            "a Accept", "d Decline", "u Bring back"], keys
        await pilot.press("u")
        await wait_for(pilot, lambda: incoming.option_count == 2)
        await wait_for(pilot, lambda: "u Bring back" not in (footer_keys(app) or []))
        assert room_fake.ROOMS == [room]


async def test_closed_then_opened_again_quickly_the_closing_message_goes(fictional_dir,
                                                                        sessions_dir):
    """Closed from the panel (Tab Tab Enter), then F4 and Ctrl+S at once: "The room is
    closed. F4 opens it again…" stayed over the panel of the room open again, once over its
    "Close the room" button (a trial at 60x20). It goes as the room opens; no message covers
    the panel's buttons."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        panel = app.screen
        await pilot.press("tab", "tab")
        assert panel.focused is panel.query_one("#room-close")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.room is None
                       and any("The room is closed" in m for m in said(app)))
        await pilot.press("f4", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen)
                       and screen.room is room)
        assert not any("The room is closed" in m for m in said(app)), said(app)
        # A message over the panel (here a made-up one), wherever the focus has scrolled it
        # to, is on no line of its buttons (beside one, it was read as over it), nor over the
        # room code and the address to type it at.
        panel = app.screen
        app.notify("Invented message, long enough to take three lines of a message at "
                   "sixty columns: it says nothing true.")
        code, address = panel.query_one("#room-code"), panel.query_one("#room-address")
        for key in ("", "tab", "tab"):  # the focus on Hide, Confidence check, Close the room
            if key:
                await pilot.press(key)
            await wait_for(pilot, lambda: [t for t in panel.query(Toast) if t.region])
            for _ in range(3):  # placed once the panel is laid out with it
                await pilot.pause()
            toasts = [t.region for t in panel.query(Toast)]
            buttons = [b.region for b in panel.query(Button) if b.region]
            assert not [(t, b) for t in toasts for b in buttons
                        if t.y < b.bottom and b.y < t.bottom], (key, toasts, buttons)
            assert covered(toasts, [code, address]) == [], (key, toasts)


async def test_f4_closes_the_open_the_room_form_as_esc_does(fictional_dir, sessions_dir):
    """F4 opens the form; pressed again, it did nothing (a trial at 60x20): it closes it, as
    Esc does, and the keys line says so."""
    from reflect.ui.screens.room_open import OpenRoomScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SMALL) as pilot:
        screen = await new_session(pilot)
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenRoomScreen))
        await wait_for(pilot, lambda: "esc/f4 Cancel" in (footer_keys(app) or []))
        assert footer_keys(app) == ["f1 Help", "^q Quit", "esc/f4 Cancel", "^s Open the room"]
        await pilot.press("f4")
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.room is None and room_fake.ROOMS == []


async def test_joining_paused_is_said_in_the_panel_not_over_it(fictional_dir, sessions_dir):
    """Wrong codes pausing joining were said in an eight-line message over the panel at 60x20,
    beside its buttons, as the panel said the same; and on this computer only, both said "the
    QR code still works" where the panel says there is none (a trial). The panel says it; the
    message, once the panel is hidden, if it still lasts; neither mentions a QR code."""
    from reflect.ui.widgets.literal import Literal

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        paused = app.screen.query_one("#room-paused", Literal)
        room.joining_paused = True
        await wait_for(pilot, lambda: paused.display)
        assert "The link still works." in shown(paused) and "QR" not in shown(paused)
        screen.watch_joining()  # (each second)
        assert not [m for m in said(app) if "Joining by room code" in m]
        await hide_panel(pilot)
        await wait_for(pilot, lambda: [m for m in said(app) if "Joining by room code" in m])
        message = next(m for m in said(app) if "Joining by room code" in m)
        assert "The link still works." in message and "QR" not in message


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_panel_grown_by_joining_paused_says_pgdn_shows_what_is_below(
        fictional_dir, sessions_dir, size):
    """At 100x30, the room opened again and joining paused, *Close the room* and the link
    were pushed below the window, and the first line did not say that PgDn shows them (a
    trial): it was said only as the window's size changed, not the panel's. It is said
    whenever the panel is laid out, naming what is below, the buttons too."""
    from textual.containers import VerticalScroll

    from reflect.ui.widgets.literal import Literal

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)  # on this computer only: no QR code
        await hide_panel(pilot)
        await close_from_panel(pilot, screen)
        (await open_again(pilot)).query_one("#room-open", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        panel = app.screen
        title = panel.query_one("#room-title", Literal)
        scroll = panel.query_one("#room-panel", VerticalScroll)
        close = panel.query_one("#room-close", Button)
        room.joining_paused = True
        await wait_for(pilot, lambda: panel.query_one("#room-paused").display)
        # (beside the no-QR note, 36 columns: what is below is named where it fits)
        await wait_for(pilot, lambda: shown(title) == "The room is open · PgDn: more below")
        assert not scroll.can_view_entire(close) and scroll.can_view_entire(title)
        assert title.size.height == 1
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: scroll.can_view_entire(close))
