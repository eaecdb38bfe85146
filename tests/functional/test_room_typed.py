"""A point typed into the point box but not added, while the room is open: closing the room,
leaving the session, quitting and exporting counted only the points waiting in the room, and a
point from the room opened there with `e` (kept nowhere until added) went with the room when
the session was left, with nothing said. Against the fake room (tests/functional/room_fake.py).
"""

from __future__ import annotations

from textual.widgets import Button, Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.export import ExportScreen
from reflect.ui.screens.room_panel import RoomPanelScreen
from reflect.ui.screens.start import StartScreen
from reflect.ui.widgets.incoming import IncomingList
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import enter_text, said, shown, wait_for
from tests.functional.test_room import (
    SIZE,
    fake_room,  # noqa: F401 (the fake room, for each test)
    queue,
    room_on_question,
    saved_text,
)
from tests.functional.test_room_trial import palette

SENT = "Invented: call Sam Sample on 07700 900456"


async def opened_with_e(pilot):  # type: ignore[no-untyped-def]
    """On the first question, a point from "Jo" opened with `e` and edited (the number taken
    out), not added: the screen, the room and the point box."""
    screen, room = await room_on_question(pilot)
    i = screen.index
    room.send(SENT, name="Jo")
    incoming = queue(screen, i).query_one(IncomingList)
    await wait_for(pilot, lambda: incoming.option_count == 1)
    await pilot.press("f2", "e")
    box = screen.query_one(f"#points-{i} .point-text", Input)
    await wait_for(pilot, lambda: box.value == SENT and pilot.app.focused is box)
    await pilot.press(*["backspace"] * len(" on 07700 900456"))
    await wait_for(pilot, lambda: box.value == "Invented: call Sam Sample")
    return screen, room, box


async def test_closing_the_room_says_a_point_typed_and_not_added(fictional_dir, sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, room = await room_on_question(pilot)
        await enter_text(pilot, "Invented own point not added yet")
        await palette(pilot, "Close the room")
        # Nothing waits in the room: it closed at once, saying nothing of the typed point.
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = shown(app.screen.query_one(Literal))
        assert question == ("A point you typed on Question 1 is not added yet: closing the "
                            "room leaves it in the point box, where Enter adds it. Close the "
                            "room?")
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen)
        assert room.open
        # A point from the room waiting, and one opened in the second question's box.
        room.send("Invented point left waiting", name="Sam")
        await wait_for(pilot, lambda: screen.waiting_mark("q:zz-first") == "•1")
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, RoomPanelScreen))
        app.screen.query_one("#room-close", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = shown(app.screen.query_one(Literal))
        assert question.startswith("1 point from the room still waits on Question 1. Closing "
                                   "the room drops it")
        assert "A point you typed on Question 1 is not added yet" in question
        await pilot.press("tab", "enter")  # Close the room, by its button (no letter)
        await wait_for(pilot, lambda: screen.room is None)
        box = screen.query_one(f"#points-{screen.index} .point-text", Input)
        assert box.value == "Invented own point not added yet"


async def test_a_room_point_being_edited_is_said_by_export_close_and_quit(fictional_dir,
                                                                          sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room, box = await opened_with_e(pilot)
        typed = "The point from the room you opened on Question 1 (Jo) is not added yet"
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert shown(app.screen.query_one("#room-waiting", Literal)) == (
            f"{typed}: not in these notes unless you add it first (Esc, then Enter in its "
            "point box).")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert f"{typed}: kept in its point box for next time." in shown(
            app.screen.query_one(Literal))
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen)
        await palette(pilot, "Close the room")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert f"{typed}: closing the room leaves it in the point box" in shown(
            app.screen.query_one(Literal))


async def test_leaving_with_a_room_point_in_the_box_keeps_its_words(fictional_dir,
                                                                   sessions_dir):
    """It was kept nowhere: the room closed with the session and the point was gone."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room, box = await opened_with_e(pilot)
        await pilot.press("tab")  # off the box (Esc there puts the point back to wait)
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = shown(app.screen.query_one(Literal))
        assert ("The point from the room you opened on Question 1 (Jo) is not added yet: kept "
                "in its point box for next time. (A point from the room is kept as words "
                "only: who sent it is not kept.) Leave the session?") in question
        app.screen.query_one("#yes", Button).press()
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        saved = saved_text(sessions_dir, screen)
        assert '"point:zz-first" = "Invented: call Sam Sample"' in saved
        assert "07700" not in saved


async def closed_with_the_point_in_its_box(pilot, screen) -> None:  # type: ignore[no-untyped-def]
    """The room closed (from the palette, Close the room to the question what it leaves in
    the box: its button, as it has no letter)."""
    await palette(pilot, "Close the room")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, ConfirmScreen))
    await pilot.press("tab", "enter")
    await wait_for(pilot, lambda: screen.room is None)


async def test_quitting_with_a_room_point_in_the_box_keeps_its_words(fictional_dir,
                                                                    sessions_dir):
    """The room closed first (so Ctrl+Q asks nothing): quitting saves as the screen goes."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room, box = await opened_with_e(pilot)
        await closed_with_the_point_in_its_box(pilot, screen)
        await pilot.press("ctrl+q")
    saved = saved_text(sessions_dir, screen)
    assert '"point:zz-first" = "Invented: call Sam Sample"' in saved


async def test_esc_on_a_room_point_after_the_room_closed_keeps_its_words(fictional_dir,
                                                                        sessions_dir):
    """It could not wait again, and Esc emptied the box with nothing said."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room, box = await opened_with_e(pilot)
        await closed_with_the_point_in_its_box(pilot, screen)
        await wait_for(pilot, lambda: app.focused is box)
        await pilot.press("escape")
        await wait_for(pilot, lambda: any("cannot wait again" in m for m in said(app)))
        assert box.value == "Invented: call Sam Sample"
        assert screen.session.drafts == {"point:zz-first": "Invented: call Sam Sample"}
        assert box.border_title == "Add a point"
