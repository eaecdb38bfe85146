"""The title of the point box holding a point from the room fits its border, cut only after
a word: Textual cut it at the box's edge, `Room: Alexandra Placeholder-Example · Enter …` at
80x24 and `… · Enter adds …` at 60x20 (a team lead's trial). Its keys give way whole, the
name keeping room first (`room_title`). All names invented."""

from __future__ import annotations

import pytest

from reflect.ui.widgets.literal import TITLE_EDGES
from reflect.ui.widgets.room_point_box import ROOM_KEYS, room_title
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_room import edit_first_waiting, fake_room, sent_from_the_room  # noqa: F401

NAME = "Alexandra Placeholder-Example"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_room_point_box_title_fits_whole(
        fictional_dir, sessions_dir, size) -> None:  # type: ignore[no-untyped-def]
    from reflect.ui.app import make_app

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, incoming = await sent_from_the_room(
            pilot, "Ask the invented health visitor for the plan", NAME)
        box = await edit_first_waiting(pilot, screen, incoming)
        title = str(box.border_title)
        assert len(title) <= box.outer_size.width - TITLE_EDGES
        assert title.startswith("Room: Alexandra") and title.endswith(ROOM_KEYS[:2])
        await wait_for(pilot, lambda: any(f"▔ {title} ▔" in row for row in screen_lines(app)))


def test_the_keys_give_way_whole_and_the_name_is_cut_after_a_word() -> None:
    assert room_title("Sam Sample", 0) == "Room: Sam Sample · Enter adds · Esc puts back"
    assert room_title("Sam Sample", 45) == "Room: Sam Sample · Enter adds · Esc puts back"
    assert room_title(NAME, 48) == f"Room: {NAME} · Enter adds"
    assert room_title("Pat Example of the Invented Family Centre", 40) == (
        "Room: Pat Example of the… · Enter adds")
    assert room_title(NAME, 24) == "Room: Alexandra…"
    for room in range(8, 70):
        assert len(room_title(NAME, room)) <= room
