"""A long point waiting in the room's queue (F2) fills no more than its share of the box: each
point shows two lines of its words, cut after a word with "…", then who sent it; the one
highlighted shows up to five lines, its sender still in view. Before, a long point filled the
box, its sender ("— Alex Fictional") out of view without scrolling and the point above cut
(a school's trial). At 80x24 and 60x20, against the fake room (tests/functional/room_fake.py).
All invented."""

from __future__ import annotations

import pytest

from reflect.ui.app import make_app
from reflect.ui.widgets.incoming import HIGHLIGHTED_LINES, IncomingList
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_room import fake_room, queue  # noqa: F401
from tests.functional.test_room_senders import a_room_on_question

LONG = " ".join(["Invented long point about the school nurse and the health visitor"
                 " talking on the phone before the review meeting"] * 4)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_each_waiting_point_shows_its_sender_the_highlighted_one_whole(
        fictional_dir, sessions_dir, size):  # type: ignore[no-untyped-def]
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, room = await a_room_on_question(pilot)
        room.send("Invented short point first", name="Sam Sample")
        room.send(LONG, name="Alex Fictional")
        room.send("Invented point after it", name="Jo Madeup")
        points = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: points.option_count == 3)
        points.focus()
        await wait_for(pilot, lambda: app.focused is points)

        def seen() -> str:
            return "\n".join(screen_lines(app))

        # The first highlighted: every sender in view at once, the long point cut with "…".
        await wait_for(pilot, lambda: all(f"— {who}" in seen() for who in (
            "Sam Sample", "Alex Fictional", "Jo Madeup")))
        assert "…" in seen() and "before the review meeting Invented long" not in seen()

        await pilot.press("down")  # the long one highlighted: more of it, its sender after
        await wait_for(pilot, lambda: points.highlighted == 1)
        await wait_for(pilot, lambda: "— Alex Fictional" in seen()
                       and points.options[1].prompt.lines == HIGHLIGHTED_LINES
                       and sum("school nurse" in line for line in screen_lines(app)) >= 2)
        await pilot.press("down")
        await wait_for(pilot, lambda: points.highlighted == 2)
        await wait_for(pilot, lambda: "— Alex Fictional" in seen() and "— Jo Madeup" in seen())



async def test_a_sender_put_on_its_own_line_by_the_scrollbar_is_shown(
        fictional_dir, sessions_dir):  # type: ignore[no-untyped-def]
    """Points whose words and sender just fitted on one line before F2 lost their sender
    after it: F2 made the list two columns narrower, the sender went to a line of its own, and
    the list, counting the lines it had wrapped at the wider width, left it out ("Q2 point 0
    from Priya Example" alone, on every such point: a room trial at 80x24)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, room = await a_room_on_question(pilot)
        points = queue(screen, screen.index).query_one(IncomingList)
        for i in range(5):  # 29 + 1 + 15: the 45 columns the list has before F2, just
            room.send(f"Invented point {i} just fitting", name="Priya Example")
            room.send(f"Invented short point {i}", name="Jo Madeup")
            await pilot.pause()
        await wait_for(pilot, lambda: points.option_count == 10)
        assert points.scrollable_content_region.width == 45
        assert "Invented point 0 just fitting — Priya Example" in "\n".join(screen_lines(app))
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is points and points.highlighted == 0)
        assert points.scrollable_content_region.width < 45
        await wait_for(pilot, lambda: "— Priya Example" in "\n".join(screen_lines(app)))
