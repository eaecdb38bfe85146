"""A point sent from the room under the facilitator's own name (#18), against the fake room
(tests/functional/room_fake.py). A room trial: any phone sending as "Kim Newstart", the
facilitator, had its point taken as the facilitator's with nothing asked. As for a name two
devices use, the queue says so beside the name, Accept all leaves it waiting, and `a` on it
is the facilitator's to confirm; the message then says it is theirs and how to give it to
someone else. All names and words invented."""

from __future__ import annotations

from reflect.model.session import FACILITATOR
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_room import SIZE, fake_room  # noqa: F401
from tests.functional.test_room_same_name import labels
from tests.functional.test_room_senders import a_room_on_question, accept_first

OWN = "(your name, as facilitator)"


async def test_a_point_under_the_facilitators_name_waits_to_be_confirmed(fictional_dir,
                                                                         sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await a_room_on_question(pilot)
        screen.apply(screen.edits.set_detail("facilitator", "Kim Newstart"))
        mine = room.send("Invented point under the facilitator's name", name="kim newstart")
        room.send("Invented point from Sam", name="Sam Sample")
        await wait_for(pilot, lambda: len(labels(screen)) == 2)
        assert labels(screen)[0].endswith(f"— kim newstart {OWN}")
        assert OWN not in labels(screen)[1]
        await accept_first(pilot, screen, "A")  # Accept all
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: [p.text for p in answer.points]
                       == ["Invented point from Sam"])
        await wait_for(pilot, lambda: len(labels(screen)) == 1)
        assert mine.id not in room.resolved  # still waiting in the room
        await wait_for(pilot, lambda: any(
            n.message == "1 point sent under your own name left waiting: accept, edit or "
                         "decline it on its own, once you know who sent it."
            for n in app._notifications))
        await accept_first(pilot, screen)  # a: the facilitator confirms it is theirs
        await wait_for(pilot, lambda: len(answer.points) == 2)
        assert (answer.points[1].by, answer.points[1].from_room) == (FACILITATOR, "kim newstart")
        await wait_for(pilot, lambda: any(
            "It is yours, sent under your name as facilitator: if someone else sent it, Enter "
            "on it and Said by… gives it to them." in n.message for n in app._notifications))
        assert [p.name for p in screen.session.participants] == ["Priya Example", "Sam Sample"]
