"""A point from the room opened in the point box with `e` stays that point, said by whoever sent
it, however its words are changed (a facilitator's trial: emptied with Backspace and typed
again, it was added said by nobody while the original, a phone number in it, still waited).
Against the fake room (tests/functional/room_fake.py)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.widgets.incoming import IncomingList
from reflect.ui.widgets.points_panel import PointsEditor
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import (
    enter_text,
    frames_held,
    said,
    screen_lines,
    type_text,
    wait_for,
)
from tests.functional.test_facilitation import new_session
from tests.functional.test_room import (
    SIZE,
    fake_room,  # noqa: F401 (the fake room, for each test)
    hide_panel,
    open_room,
    queue,
    room_on_question,
)

SENT = "Invented: call Alex on 07700 900456"


async def opened_with_e(pilot):  # type: ignore[no-untyped-def]
    """On the first question, a point from Alex Example (a participant) opened with `e`: the
    screen, the room, the point sent, the point box and the queue's list."""
    screen, room = await room_on_question(pilot)
    i = screen.index
    sent = room.send(SENT, name="Alex Example")
    incoming = queue(screen, i).query_one(IncomingList)
    await wait_for(pilot, lambda: incoming.option_count == 1)
    await pilot.press("f2", "e")
    box = screen.query_one(f"#points-{i} .point-text", Input)
    await wait_for(pilot, lambda: box.value == SENT and pilot.app.focused is box)
    return screen, room, sent, box, incoming


async def test_a_room_point_typed_again_from_an_empty_box_keeps_its_author(fictional_dir,
                                                                         sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room, sent, box, incoming = await opened_with_e(pilot)
        assert box.border_title == "Room: Alex Example · Enter adds · Esc puts back"
        await pilot.press(*["backspace"] * len(SENT))
        await wait_for(pilot, lambda: box.value == "")
        await pilot.pause()
        # Still the room's point: said so, and not waiting again.
        assert incoming.option_count == 0 and screen.waiting_mark("q:zz-first") == ""
        assert str(box.border_subtitle) == PointsEditor.EMPTIED
        await enter_text(pilot, "Invented: call the aunt\n")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        alex = next(p for p in screen.session.participants if p.name == "Alex Example")
        point = answer.points[0]
        assert (point.text, point.by, point.from_room) == (
            "Invented: call the aunt", alex.id, "Alex Example")
        assert room.resolved[sent.id] is True
        assert room.resolved_as[sent.id] == "Invented: call the aunt"
        assert incoming.option_count == 0 and screen.waiting_mark("q:zz-first") == ""
        assert box.border_title == "Add a point"


async def test_esc_puts_a_room_point_back_to_wait_and_says_so(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room, sent, box, incoming = await opened_with_e(pilot)
        await pilot.press("backspace", "escape")
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert box.value == "" and app.focused is box and box.border_title == "Add a point"
        assert str(incoming.get_option_at_index(0).prompt).endswith(f"{SENT} — Alex Example")
        assert said(app)[-1].startswith("“Invented: call Alex on 07700 900456” (Alex Example) "
                                        "was not added: it waits again beside Question 1")
        assert sent.id not in room.resolved and screen.session.answer("zz-first").points == []


async def test_a_room_point_left_in_an_empty_box_waits_again(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room, sent, box, incoming = await opened_with_e(pilot)
        box.value = ""
        await pilot.pause()
        assert incoming.option_count == 0
        await pilot.press("tab")  # away from the box, left empty
        await wait_for(pilot, lambda: incoming.option_count == 1)
        assert "waits again beside Question 1" in said(app)[-1]
        # Typed afterwards: the facilitator's own point.
        box.focus()
        await type_text(pilot, "Invented own point\n")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        assert answer.points[0].from_room is None and sent.id not in room.resolved


async def test_a_room_point_being_edited_is_not_in_the_session_file(fictional_dir, sessions_dir):
    """A point opened with `e` was in the session's drafts within two seconds, and came back
    after a crash said by nobody; a point declined is "kept nowhere" (a trial). Not written
    until it is added, and then as the point, said by whoever sent it."""
    from reflect.store.sessions import session_path

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room, sent, box, incoming = await opened_with_e(pilot)
        await pilot.press("backspace")
        await type_text(pilot, "7 and more")
        await wait_for(pilot, lambda: box.value == SENT[:-1] + "7 and more")
        await pilot.press(*["backspace"] * len(box.value))
        await enter_text(pilot, "Invented: call the aunt")
        path = session_path(sessions_dir, screen.session.id)

        def saved() -> str:
            return path.read_text(encoding="utf-8")

        await pilot.press("ctrl+s")  # (written by a worker: waited for, "saved ✓" on screen)
        await wait_for(pilot, lambda: not screen.keeper.dirty)
        assert screen.session.drafts == {}
        assert "07700" not in saved() and "call the aunt" not in saved()
        await pilot.press("enter")
        await wait_for(pilot, lambda: room.resolved.get(sent.id) is True)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: 'text = "Invented: call the aunt"' in saved())
        assert "07700" not in saved()
        assert screen.session.drafts == {}
        # The facilitator's own points are kept as drafts as before.
        await enter_text(pilot, "Invented own half-typed point")
        await wait_for(pilot, lambda: screen.session.drafts != {})
        assert list(screen.session.drafts.values()) == ["Invented own half-typed point"]


@pytest.mark.parametrize("start", ["summary", "points"])
async def test_keys_after_e_go_to_the_point_box_wherever_f2_came_from(fictional_dir,
                                                                      sessions_dir, start):
    """F2 from the summary box (or the list of points), then `e`: the point was put in the
    point box, but the focus went back where F2 came from, and the Backspaces and words typed
    to edit it went into the summary (or were lost on the list) (a trial)."""
    from textual.widgets import TextArea

    from reflect.ui.widgets.points_panel import PointList

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        answer = screen.session.answer("zz-first")
        if start == "points":  # a point to have a list to be on
            await type_text(pilot, "Invented own point\n")
            await wait_for(pilot, lambda: len(answer.points) == 1)
            screen.query_one(f"#points-{i} .point-list", PointList).focus()
        else:
            screen.query_one(f"#answer-{i}", TextArea).focus()
        await pilot.pause()
        room.send(SENT, name="Alex Example")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2", "e", "backspace")
        await type_text(pilot, "7, the aunt")
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: box.value == SENT[:-1] + "7, the aunt")
        assert app.focused is box and answer.text == ""


async def test_a_room_points_at_name_is_read_as_the_point_boxs(fictional_dir, sessions_dir):
    """A point from the room ending "@Sam", opened and added: Sam Sample's, whose first name
    it is, with Chris Sample also here (model/attribution.py, one rule for the app, plain mode
    and the room; "@Sam" matched both, and the point kept "@Sam": a trial)."""
    from reflect.model.session import Participant

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await room_on_question(pilot)
        screen.session.add_participant(Participant(name="Chris Sample", role="School nurse",
                                                   agency="Invented Trust", attended=True))
        i = screen.index
        room.send("Invented: handover misses alcohol @Sam", name="Alex Example")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2", "e")
        box = screen.query_one(f"#points-{i} .point-text", Input)
        await wait_for(pilot, lambda: pilot.app.focused is box and box.value.endswith("@Sam"))
        await pilot.press("enter")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1)
        sam = next(p for p in screen.session.participants if p.name == "Sam Sample")
        assert (answer.points[0].text, answer.points[0].by) == (
            "Invented: handover misses alcohol", sam.id)


LONG_QUESTION = ("How do the invented agencies of Invented Shire make sure that what one of them "
                 "learns about a parent is shared promptly and directly with the others, and "
                 "how would each of them know it had been? Think of good practice in this "
                 "invented exercise, or of work done locally.")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_point_box_given_a_room_point_comes_into_view_at_once(
        fictional_dir, sessions_dir, size):
    """A question long enough that the point box sat below the fold under the queue, reached
    by PgDn from Who is here, its only waiting point opened with `e`: the box was scrolled to
    while the queue still stood above it, and went above the view as the queue went, until a
    key was typed (a trial)."""
    (fictional_dir / "child-zz.toml").write_text(
        FICTIONAL_REVIEW.replace("What would you do first?", LONG_QUESTION), encoding="utf-8")
    words = "Invented: the midwife phoned the GP the same day and wrote to the health visitor"
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen = await new_session(pilot)
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        first = next(n for n, step in enumerate(screen.steps) if step.kind == "question")
        assert screen.index == 0  # Who is here
        await pilot.press(*["pagedown"] * first)
        await wait_for(pilot, lambda: screen.index == first)
        room.send(words, name="Alex Example")
        incoming = queue(screen, first).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2")
        await wait_for(pilot, lambda: app.focused is incoming)
        with frames_held(screen):  # `e` handled before the queue's going is laid out
            await pilot.press("e")
        box = screen.query_one(f"#points-{first} .point-text", Input)
        await wait_for(pilot, lambda: app.focused is box and box.value == words)
        await pilot.wait_for_scheduled_animations()  # every scroll `e` set going, done
        lines = screen_lines(app)
        title = next((n for n, line in enumerate(lines) if "Room: Alex Example" in line), None)
        assert title is not None, "\n".join(lines)
        assert "health visitor" in lines[title + 1], "\n".join(lines)  # its words, under it
