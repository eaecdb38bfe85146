"""The room on a small shared screen, 60x20, against the fake room (room_fake.py): a trial
closed the room with a point waiting and one declined, and opened it again. Over the panel
that came back, the messages ("The room is closed. 1 point still waiting was dropped…", "The
room is open again…") were drawn over the room code and the address to type it at for ten
seconds, as people tried to read them off the screen; and with a point declined, the keys line
had no room for `u Bring back` (only the queue's title said it)."""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.widgets.incoming import IncomingList
from tests.functional import room_fake
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_footer_keys import footer_keys
from tests.functional.test_room import (
    fake_room,  # noqa: F401 (the fake room, for each test)
    hide_panel,
    open_room,
    queue,
)

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
