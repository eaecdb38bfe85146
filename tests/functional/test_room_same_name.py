"""Two phones choosing one name (#18), against the fake room (tests/functional/room_fake.py).
A social care team's trial: two phones sent points as "Alex Demo", and both went into the
notes as Alex Demo, the team manager, with nothing said to the facilitator. The queue now says
beside the name how many devices use it, on every point sent under it, those already waiting
too; one phone sending several points says nothing. All names and words invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from reflect.ui.widgets.incoming import IncomingList
from tests.functional.helpers import wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_room import (  # noqa: F401
    SIZE,
    fake_room,
    hide_panel,
    open_room,
    queue,
)

PEOPLE = "Alex Demo, Team manager\nSam Sample, Social worker"
TWO = "(2 devices use this name)"


def labels(screen) -> list[str]:  # type: ignore[no-untyped-def]
    points = queue(screen, screen.index).query_one(IncomingList)
    return [str(option.prompt) for option in points.options]


async def test_a_name_sent_from_two_devices_is_said_beside_each_of_its_points(fictional_dir,
                                                                           sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot, people=PEOPLE)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await go_to(pilot, screen, "question")
        room.send("Invented first point", name="Alex Demo", participant="phone-1")
        room.send("Invented second point", name="Alex Demo", participant="phone-1")
        room.send("Invented point from Sam", name="Sam Sample", participant="phone-3")
        await wait_for(pilot, lambda: len(labels(screen)) == 3)
        assert not any(TWO in label for label in labels(screen))  # one phone: nothing said
        room.send("Invented point from another phone", name="alex  demo",
                  participant="phone-2")
        await wait_for(pilot, lambda: len(labels(screen)) == 4)
        await wait_for(pilot, lambda: [TWO in label for label in labels(screen)]
                       == [True, True, False, True])
        assert labels(screen)[0].endswith(f"— Alex Demo {TWO}")


async def test_accept_all_leaves_the_points_of_a_name_two_devices_use_to_be_decided(
        fictional_dir, sessions_dir):
    """A social care team's trial: the queue said "(2 devices use this name)", yet A took
    both phones' points into the notes as the one person listed, unasked. They now wait, as
    a point flagged for a personal detail does, and the message says why."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await new_session(pilot, people=PEOPLE)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await go_to(pilot, screen, "question")
        first = room.send("Invented point from the first phone", name="Alex Demo",
                          participant="phone-1")
        room.send("Invented point from the second phone", name="Alex Demo",
                  participant="phone-2")
        room.send("Invented point from Sam", name="Sam Sample", participant="phone-3")
        await wait_for(pilot, lambda: [TWO in label for label in labels(screen)]
                       == [True, True, False])
        points = queue(screen, screen.index).query_one(IncomingList)
        points.focus()
        await pilot.press("A")  # Accept all
        await wait_for(pilot, lambda: [p.text for p in screen.session.answers[0].points]
                       == ["Invented point from Sam"])
        await wait_for(pilot, lambda: len(labels(screen)) == 2)
        assert all(TWO in label for label in labels(screen))
        assert first.id not in room.resolved  # still waiting in the room
        await wait_for(pilot, lambda: any(
            n.message == "2 points sent under a name more than one device uses left waiting: "
                         "accept, edit or decline each on its own, once you know who sent "
                         "them." for n in app._notifications))
