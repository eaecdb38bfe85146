"""A point from the room declined by mistake is brought back (u), against the fake room: `d`
dropped an attendee's point at once and for good, with nothing said (a new user's trial)."""

from __future__ import annotations

from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.widgets.incoming import IncomingList
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import said, shown, wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_room import (
    SIZE,
    fake_room,  # noqa: F401 (the fake room, for each test)
    hide_panel,
    open_room,
    queue,
    room_on_question,
)


async def test_u_brings_back_the_last_declined_point_waiting_again(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        first = room.send("Invented first point to keep", name="Alex")
        second = room.send("Invented second point declined by mistake", name="Sam")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        incoming.highlighted = 1
        await pilot.press("d")  # the slip
        await wait_for(pilot, lambda: room.resolved.get(second.id) is False)
        # Said, with its words and how to bring it back.
        assert any("Invented second point declined by mistake" in m and "u on the room's "
                   "points" in m for m in said(app))
        title = queue(screen, i).query_one(".incoming-title", Literal)
        assert "u bring back (1 declined)" in shown(title)
        await pilot.press("u")
        # It comes back first, highlighted, waiting again, on its writer's page too.
        await wait_for(pilot, lambda: incoming.option_count == 2)
        assert room.reopened == [second.id] and second.id not in room.resolved
        await wait_for(pilot, lambda: incoming.highlighted == 0)
        assert str(incoming.get_option_at_index(0).prompt).startswith(
            "Invented second point declined by mistake")
        assert app.focused is incoming and "declined" not in shown(title)
        await pilot.press("u")  # nothing more to bring back: nothing happens
        assert room.reopened == [second.id] and incoming.option_count == 2
        await pilot.press("d")  # declined again, then the last one waiting too
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("d")  # the focus stays, for u; Esc goes back to the point box
        await wait_for(pilot, lambda: room.resolved.get(first.id) is False)
        assert app.focused is incoming
        await pilot.press("escape")
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: app.focused is box)
        # Nothing waits, yet the queue stays, saying how to bring the last one back.
        assert queue(screen, i).display
        assert shown(title) == ("From the room: none waiting · F2 here, then u bring back "
                                "(1 declined)")
        await pilot.press("f2", "u")
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert room.reopened == [second.id, first.id]
        assert str(incoming.get_option_at_index(0).prompt).startswith(
            "Invented first point to keep")
        await pilot.press("a")
        await wait_for(pilot, lambda: room.resolved.get(first.id) is True)
        answer = screen.session.answer("zz-first")
        assert [(p.text, p.from_room) for p in answer.points] == [
            ("Invented first point to keep", "Alex")]


async def test_only_the_last_point_declined_is_kept_for_u(fictional_dir, sessions_dir):
    """Every point declined was kept, words and all, until the room closed: an attendee's
    refused words are let go as soon as `u` can no longer bring them back."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        older = room.send("Invented older point refused", name="Alex")
        newer = room.send("Invented newer point refused", name="Sam")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        await pilot.press("f2", "d")
        await wait_for(pilot, lambda: room.resolved.get(older.id) is False)
        await pilot.press("d")
        await wait_for(pilot, lambda: room.resolved.get(newer.id) is False)
        await pilot.press("f2", "u", "u")
        await wait_for(pilot, lambda: incoming.option_count >= 1)
        await pilot.pause()
        assert room.reopened == [newer.id]  # the older one's words are gone
        assert incoming.option_count == 1 and screen.last_declined is None
        # Declined on another question, the first question's `u` has nothing to bring back.
        await pilot.press("d")
        await wait_for(pilot, lambda: room.resolved.get(newer.id) is False)
        second = [s for s in screen.steps if s.kind == "question"][1]
        other = room.send("Invented point for the second question", step_key=second.key)
        await go_to(pilot, screen, "question", 2)
        j = screen.index
        assert j != i
        elsewhere = queue(screen, j).query_one(IncomingList)
        await wait_for(pilot, lambda: elsewhere.option_count == 1)
        await pilot.press("f2", "d")
        await wait_for(pilot, lambda: room.resolved.get(other.id) is False)
        await wait_for(pilot, lambda: not queue(screen, i).display)
        assert screen.declined_on(second.key) == 1 and screen.declined_on("q:zz-first") == 0


async def test_closing_the_room_says_the_declined_points_can_no_longer_come_back(
        fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        room.send("Invented point declined")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2", "d")
        await wait_for(pilot, lambda: bool(room.resolved))
        screen.close_room()
        await wait_for(pilot, lambda: screen.room is None)
        assert any(m.startswith("The room is closed.") and "1 point declined can no longer "
                   "be brought back" in m for m in said(app))
        assert screen.last_declined is None


async def test_the_rooms_panel_says_u_brings_back_the_last_declined(fictional_dir,
                                                                   sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_session(pilot)
        await open_room(pilot, screen)
        assert isinstance(app.screen, RoomPanelScreen)
        keys = shown(app.screen.query_one("#room-keys", Literal))
        assert "d declines" in keys and "u brings back the last declined" in keys
        await hide_panel(pilot)


async def test_the_footer_offers_u_at_80_columns_when_a_declined_point_can_come_back(
        fictional_dir, sessions_dir):
    """At 80x24 the footer left `u Undo decline` out (a column short of room, after the keys
    deciding the points still waiting) and, with none waiting, offered only those keys, which
    then do nothing. Its key says "Bring back", as the rest of the app does, and a, e, d and
    A are offered only while a point waits."""
    from tests.functional.test_footer_keys import footer_keys

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, room = await room_on_question(pilot)
        first = room.send("Invented point declined by mistake", name="Sam")
        room.send("Invented point still waiting", name="Alex")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        await wait_for(pilot, lambda: "a Accept" in (footer_keys(app) or []))
        assert "u Bring back" not in (footer_keys(app) or [])  # nothing declined yet
        await pilot.press("d")
        await wait_for(pilot, lambda: room.resolved.get(first.id) is False)
        await wait_for(pilot, lambda: "u Bring back" in (footer_keys(app) or []))
        assert footer_keys(app) == ["f1 Help", "^q Quit", "⏎ Edit", "a Accept", "d Decline",
                                    "A Accept all", "u Bring back"]
        await pilot.press("d")  # none waiting: the focus stays here, for u
        await wait_for(pilot, lambda: incoming.option_count == 0)
        assert app.focused is incoming
        # Only the keys that do something: the screen's follow.
        await wait_for(pilot, lambda: (footer_keys(app) or [])[:4] == [
            "f1 Help", "^q Quit", "u Bring back", "esc Back"])
        assert not {"a Accept", "d Decline", "A Accept all", "⏎ Edit"} & set(footer_keys(app)
                                                                               or [])
        await pilot.press("a", "e", "d")  # offered nothing: nothing decided, nothing typed
        await pilot.press("u")
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert footer_keys(app) is not None
        await wait_for(pilot, lambda: "a Accept" in (footer_keys(app) or []))


async def test_accepting_says_so_and_names_a_sender_listed_as_not_here(fictional_dir,
                                                                      sessions_dir):
    """Accepting said nothing (the point landed below the fold), and one sent under the name of
    someone marked not here went into the notes under it, the notes then giving them as not
    attending and as saying it (a trial): the queue and the accepting say so."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await room_on_question(pilot)
        sam = next(p for p in screen.session.participants if p.name == "Sam Sample")
        sam.attended = False
        i = screen.index
        room.send("Invented point from one here", name="Alex Example")
        room.send("Invented point from one not here", name="sam  SAMPLE")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        assert "(listed as not here)" not in str(incoming.get_option_at_index(0).prompt)
        assert str(incoming.get_option_at_index(1).prompt).endswith(
            "sam SAMPLE (listed as not here)")  # (on one line, as a name in a list is)
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        await pilot.press("a")
        await wait_for(pilot, lambda: any(m.startswith("Accepted “Invented point from one here"
                                                      "” (Alex Example): in the notes.")
                                          for m in said(app)))
        await pilot.press("a")
        await wait_for(pilot, lambda: any("(sam  SAMPLE): in the notes. sam  SAMPLE is listed "
                                          "as not here" in m for m in said(app)))
        room.send("Invented third point", name="Sam Sample")
        room.send("Invented fourth point", name="Alex Example")
        await wait_for(pilot, lambda: incoming.option_count == 2)
        await pilot.press("f2")  # (all decided, the focus went back to the point box)
        await wait_for(pilot, lambda: app.focused is incoming)
        await pilot.press("A")
        await wait_for(pilot, lambda: "Accepted 2 points: in the notes. Sam Sample is listed as "
                       "not here: if they joined, tick them on Who is here; the notes give the "
                       "point under the name it was sent by." in said(app))


async def test_a_point_from_someone_listed_as_left_early_says_so(fictional_dir, sessions_dir):
    """Someone marked left early sent a point after leaving: the queue named them with nothing
    said, as it says of someone listed as not here (a room trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await room_on_question(pilot)
        alex = next(p for p in screen.session.participants if p.name == "Alex Example")
        alex.left_early = True
        room.send("Invented point sent after leaving", name="alex example")
        room.send("Invented point from one here", name="Sam Sample")
        incoming = queue(screen, screen.index).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        assert str(incoming.get_option_at_index(0).prompt).endswith(
            "alex example (listed as left early)")
        assert "(listed as" not in str(incoming.get_option_at_index(1).prompt)


async def test_u_straight_after_the_last_decline_brings_it_back(fictional_dir, sessions_dir):
    """The last point waiting declined, the focus went back to the point box, and `u`, as the
    room's panel says (d declines, u brings back), was typed there as a letter (a trial): it
    stays on the room's points, where `u` brings the point back, and a letter is said not to
    be typed (where a facilitator goes on to type the next point)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        sent = room.send("Invented point declined by mistake", name="Sam")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        await pilot.press("d")
        await wait_for(pilot, lambda: room.resolved.get(sent.id) is False)
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await pilot.press("x")
        await wait_for(pilot, lambda: any(m.startswith("“x…” was not typed: the room's points "
                                                      "have the focus") for m in said(app)))
        await pilot.press("u")
        await wait_for(pilot, lambda: room.reopened == [sent.id] and incoming.option_count == 1)
        assert box.value == "" and app.focused is incoming
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.focused is box)
