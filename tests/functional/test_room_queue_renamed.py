"""A point waiting in the room's queue names its sender as the session calls them now, then
the name sent, as the messages on accepting or declining it do ("Anne Exampleton, sent as Ann
Example"): the queue said "— Ann Example" while accepting it said "Anne Exampleton, sent as
Ann Example" (a trial). Each name stays whole at 80x24 and 60x20. Against the fake room
(tests/functional/room_fake.py)."""

from __future__ import annotations

import pytest
from textual.content import Content
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.widgets.incoming import IncomingList
from reflect.ui.widgets.literal import TITLE_EDGES
from reflect.ui.widgets.points_panel import PointsEditor
from reflect.ui.widgets.room_point_box import room_title
from tests.functional.helpers import screen_lines, wait_for
from tests.functional.test_facilitation import go_to
from tests.functional.test_room import fake_room, queue  # noqa: F401
from tests.functional.test_room_senders import a_room_on_question

SIZES = [(80, 24), (60, 20)]


def labels(screen) -> list[str]:  # type: ignore[no-untyped-def]
    points = queue(screen, screen.index).query_one(IncomingList)
    return [str(o.prompt) for o in points.options]


@pytest.mark.parametrize("size", SIZES)
async def test_a_waiting_point_names_its_sender_as_renamed(fictional_dir, sessions_dir, size):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, room = await a_room_on_question(pilot)
        question = screen.index
        priya = screen.session.participants[0]
        room.send("Invented point waiting", name="Priya Example")
        room.send("Invented point from Sam", name="Sam Sample")
        await wait_for(pilot, lambda: len(labels(screen)) == 2)
        assert labels(screen)[0] == "Invented point waiting — Priya Example"
        await go_to(pilot, screen, "people")
        screen.apply(screen.edits.edit_participant(priya, name="Priya Exampleton"))
        await screen.go(question)
        await wait_for(pilot, lambda: labels(screen) == [
            "Invented point waiting — Priya Exampleton, sent as Priya Example",
            "Invented point from Sam — Sam Sample"])  # (the same name: as sent)
        await wait_for(pilot, lambda: any("Priya Exampleton," in line
                                          for line in screen_lines(app)))
        lines = screen_lines(app)
        # Each name whole, beside the queue's border: nothing cut or pushed past it.
        for said in ("— Priya Exampleton,", "sent as Priya Example", "— Sam Sample"):
            line = next(line for line in lines if said in line)
            assert line.rstrip().endswith("│") or "│" in line.split(said, 1)[1], line


def titles(box: Input) -> tuple[str, str]:
    """The box's title and subtitle as they read (the name sent is in italics)."""
    title, subtitle = box.border_title, box.border_subtitle
    return (Content.from_text(title).plain if title else "",
            Content.from_text(subtitle).plain if subtitle else "")


@pytest.mark.parametrize("size", SIZES)
async def test_a_point_in_the_box_names_its_sender_as_renamed(fictional_dir, sessions_dir, size):
    """`e` on a point from the room: the point box's title named its sender as sent ("Room:
    Priya Example") while the queue and the messages on deciding it said "Priya Exampleton,
    sent as Priya Example" (a trial). Renamed while it is in the box (on coming back to the
    question), or before `e`: the name now in the title, the name sent under the box, said
    again as the box is emptied and typed into anew; gone once it is put back."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, room = await a_room_on_question(pilot)
        question = screen.index
        priya = screen.session.participants[0]
        room.send("Invented point in the box", name="Priya Example")
        room.send("Invented point waiting", name="Priya Example")
        await wait_for(pilot, lambda: len(labels(screen)) == 2)
        await pilot.press("f2", "e")
        box = screen.query_one(f"#points-{question} .point-text", Input)
        await wait_for(pilot, lambda: box.value == "Invented point in the box")
        room_left = box.outer_size.width - TITLE_EDGES  # (the keys that fit it: `room_title`)
        assert titles(box) == (room_title("Priya Example", room_left), "")
        await go_to(pilot, screen, "people")
        screen.apply(screen.edits.edit_participant(priya, name="Priya Exampleton"))
        await screen.go(question)
        renamed = (room_title("Priya Exampleton", room_left), "sent as Priya Example")
        await wait_for(pilot, lambda: titles(box) == renamed)
        await wait_for(pilot, lambda: any("sent as Priya Example ▁" in line
                                          for line in screen_lines(app)))
        assert any("Room: Priya Exampleton ·" in line for line in screen_lines(app))
        assert "(Priya Exampleton, sent as Priya Example) is not added yet" in \
            screen.room_waiting_note()  # (the export dialog's, as quitting's and closing's)
        box.focus()
        await pilot.press("end", "!")
        await wait_for(pilot, lambda: box.value.endswith("box!"))
        assert titles(box) == renamed
        box.value = ""
        await wait_for(pilot, lambda: titles(box)[1] == PointsEditor.EMPTIED)
        await pilot.press("x")
        await wait_for(pilot, lambda: titles(box) == renamed)
        await pilot.press("escape")  # put back to wait
        await wait_for(pilot, lambda: titles(box) == ("Add a point", "") and
                       len(labels(screen)) == 2)
        await pilot.press("f2", "down", "e")  # renamed before `e`: so at once
        await wait_for(pilot, lambda: box.value == "Invented point waiting")
        assert titles(box) == renamed
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.answer("zz-first").points) == 1)
        assert titles(box) == ("Add a point", "")
