"""A name given in the room too long to show whole is cut after a word, and shown as typed,
never as markup (the fake room: tests/functional/room_fake.py). The queue beside a question
showed "[b]huddle[/b] lead for the Moorvale Childrens Centre" as "— [b]huddle[/b] lead for
the Moorvale Chi…", and so did the question asking to list them as here (80x24 and 60x20,
by hand in tmux). All data invented."""

from __future__ import annotations

import pytest

from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_room import edit_first_waiting, fake_room, sent_from_the_room  # noqa: F401
from tests.functional.test_room_senders import asked

NAME = "[b]huddle[/b] lead for the Moorvale Childrens Centre"
CUT = "[b]huddle[/b] lead for the Moorvale…"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_long_name_from_the_room_is_cut_after_a_word_and_shown_as_typed(
        fictional_dir, sessions_dir, size) -> None:  # type: ignore[no-untyped-def]
    from reflect.ui.app import make_app

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, incoming = await sent_from_the_room(
            pilot, "Ask the Moorvale health visitor for the plan", NAME)
        line = str(incoming.get_option_at_index(0).prompt)
        assert line.endswith(f"— {CUT}")
        await wait_for(pilot, lambda: any("[b]huddle[/b]" in row
                                          for row in screen_lines(app)))  # literal
        # opened in the point box to edit: its title names them, cut after a word too
        await edit_first_waiting(pilot, screen, incoming)
        await wait_for(pilot, lambda: any("Room: [b]huddle[/b] lead for" in row and "… · Enter"
                                          in row for row in screen_lines(app)))  # literally
        await pilot.press("enter")  # added: then asked about, named as in the queue
        question = await asked(pilot)
        assert question.startswith(f"{CUT} sent a point from the room but is not on Who is "
                                   "here")
