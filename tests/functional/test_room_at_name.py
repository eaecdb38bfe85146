"""An "@Name" ending a point sent from a phone (#18), against the fake room: it is kept as the
point's words and never taken as who said it (the sender did: a phone could otherwise give its
words to anyone), and the facilitator is told so as they accept it; they were not, and read
"@Sam" as Sam's point (a school's lead). All names are invented."""

from __future__ import annotations

from reflect.ui.app import make_app
from tests.functional.helpers import said, wait_for
from tests.functional.test_room import SIZE, fake_room  # noqa: F401
from tests.functional.test_room_senders import a_room_on_question, accept_first


async def test_an_at_name_in_a_phones_point_is_kept_as_words_and_said(fictional_dir,
                                                                       sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await a_room_on_question(pilot)
        listed = screen.session.participants
        sam = next(p for p in listed if p.name.startswith("Sam"))
        sender = next(p for p in listed if p is not sam)
        room.send("Invented point: ring the school first @Sam", name=sender.name)
        await accept_first(pilot, screen)
        await wait_for(pilot, lambda: any("@Sam" in m for m in said(app)))
        message = next(m for m in said(app) if "@Sam" in m)
        assert message.endswith(
            f"“@Sam” in it is kept as words, not taken as who said it: the point is "
            f"{sender.name}'s, as sent (e to change its words).")
        point = next(p for a in screen.session.answers for p in a.points if "@Sam" in p.text)
        assert point.text == "Invented point: ring the school first @Sam"
        assert point.by == sender.id  # the sender said it, not Sam
        room.send("Invented point with no at", name="")
        await accept_first(pilot, screen)
        await wait_for(pilot, lambda: any("Invented point with no at" in m for m in said(app)))
        assert not any("kept as words" in m for m in said(app)
                       if "Invented point with no at" in m)

