"""What the room's pages show follows the notes (a facilitator's trial), against the fake room
(tests/functional/room_fake.py): a point accepted, then edited, moved or taken out, is shown
so on its writer's page and in the points shared (F3)."""

from __future__ import annotations

from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.widgets.incoming import IncomingList
from reflect.ui.widgets.points_panel import PointList
from tests.functional.helpers import wait_for
from tests.functional.test_room import (
    SIZE,
    fake_room,  # noqa: F401 (the fake room, for each test)
    queue,
    room_on_question,
)


async def test_shared_points_and_the_writers_page_follow_edits_moves_and_removals(
        fictional_dir, sessions_dir):
    """After F3, a shared point edited (a personal detail taken out) and then removed stayed on
    every phone in its first words, and on its writer's page as "Accepted" (a trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        sam = room.send("Invented: ring Sam's aunt on 07700 900123", name="Sam Sample")
        alex = room.send("Invented point from Alex", name="Alex Example")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 2)
        incoming.focus()
        incoming.highlighted = 0
        await pilot.press("a")
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("a")
        key = "q:zz-first"
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 2)
        await pilot.press("f3")
        assert room.shared[key] == ["Invented: ring Sam's aunt on 07700 900123",
                                    "Invented point from Alex"]
        # Edited in the list: the phones and Sam's page show the words kept.
        points = screen.query_one(f"#points-{i} .point-list", PointList)
        box = screen.query_one(f"#points-{i} .point-text", Input)
        points.focus()
        points.highlighted = 0
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is box and box.value.startswith("Invented:"))
        box.value = "Invented: ring Sam's aunt"
        await pilot.press("enter")
        await wait_for(pilot, lambda: room.shared[key] == ["Invented: ring Sam's aunt",
                                                            "Invented point from Alex"])
        assert room.followed[sam.id] == "Invented: ring Sam's aunt"
        assert "07700" not in str(room.shared)
        # Moved: the shared list in the notes' order.
        points.focus()
        points.highlighted = 1
        await pilot.press("shift+up")
        await wait_for(pilot, lambda: room.shared[key] == ["Invented point from Alex",
                                                            "Invented: ring Sam's aunt"])
        # Removed: gone from the phones; its writer's page says it was taken out.
        points.highlighted = 1
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: room.shared[key] == ["Invented point from Alex"])
        assert room.followed[sam.id] is None
        assert room.followed.get(alex.id) == "Invented point from Alex"


async def test_f3_shares_every_point_of_the_question_as_the_notes_hold_it(fictional_dir,
                                                                         sessions_dir):
    """F3 said "The room now sees this question's accepted points" and showed only those sent
    from the room, not the facilitator's own (a trial): it shows every point, in the notes'
    order and words, never who said them, and says so."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        box = screen.query_one(f"#points-{i} .point-text", Input)
        box.focus()
        box.value = "Invented point typed by the facilitator @alex"
        await pilot.press("enter")
        answer = screen.session.answer("zz-first")
        await wait_for(pilot, lambda: len(answer.points) == 1 and answer.points[0].by)
        room.send("Invented point from the room", name="Sam Sample")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        await pilot.press("f2", "a")
        await wait_for(pilot, lambda: len(answer.points) == 2)
        await pilot.press("f3")
        assert room.shared["q:zz-first"] == ["Invented point typed by the facilitator",
                                             "Invented point from the room"]
        said = [n.message for n in app._notifications]
        assert said[-1] == ("The room now sees all 2 points of this question, as in the notes "
                            "(yours too), without who said them; your changes follow on their "
                            "pages. F3 hides them.")
        assert "Alex" not in str(room.shared) and "Sam" not in str(room.shared)


async def test_the_export_dialog_says_which_points_still_wait_in_the_room(fictional_dir,
                                                                         sessions_dir):
    """Ctrl+O with a point waiting on Question 2: the dialog named only personal-details
    findings, and the notes left the point out with nothing said (a trial)."""
    from reflect.ui.screens.export import ExportScreen
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        second = [s for s in screen.steps if s.kind == "question"][1]
        room.send("Invented point for the second question", step_key=second.key)
        room.send("Invented other point for the second question", step_key=second.key)
        await wait_for(pilot, lambda: screen.waiting_mark(second.key) == "•2")
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        note = shown(app.screen.query_one("#room-waiting", Literal))
        assert note == ("2 points from the room still wait on Question 2: not in these notes "
                        "unless you accept them first (Esc, then F2 on that question).")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen)
        screen.waiting.clear()  # (decided, say) the dialog says nothing of the room
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        assert not app.screen.query("#room-waiting")


async def test_the_presentation_view_says_points_wait_on_another_question(fictional_dir,
                                                                          sessions_dir):
    """Presenting (F5) on Question 1, the facilitator did not notice points waiting on
    Question 2: a line under the keys counts them, never showing them (a trial)."""
    from reflect.ui.widgets.literal import Literal
    from tests.functional.helpers import shown

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        screen, room = await room_on_question(pilot)
        line = screen.query_one("#present-waiting", Literal)
        second = [s for s in screen.steps if s.kind == "question"][1]
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        assert not line.display
        room.send("Invented: ring 07700 900321", name="Bo Placeholder", step_key=second.key)
        room.send("Invented other point", step_key=second.key)
        await wait_for(pilot, lambda: line.display and line.region.height > 0)
        assert shown(line) == "2 points wait on Question 2: F2"
        screenshot = app.export_screenshot().replace("&#160;", " ")
        assert "2 points wait on Question 2: F2" in screenshot
        assert "07700" not in screenshot and "Bo Placeholder" not in screenshot
        room.send("Invented point here")
        await wait_for(pilot, lambda: shown(line) == "3 points wait on Question 1 (1) and "
                       "Question 2 (2): F2")
        await pilot.press("f5")  # not presenting: the step list marks it "•2" instead
        await wait_for(pilot, lambda: not screen.has_class("-presenting"))
        assert not line.display
        screen.waiting.clear()
        screen._stale.add(second.key)
        screen._refresh_waiting()
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        assert not line.display


async def test_a_point_moved_to_another_question_is_still_accepted_and_followed_there(
        fictional_dir, sessions_dir):
    """Shift+→ moves a point to another question (model/point_move_edits.py): it left the
    points shared on its first question, and stays in the notes, so its writer's page must
    not say it was taken out; edited on its new question, the page follows it there."""
    from reflect.ui.screens.point_move import PointMoveScreen

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=SIZE) as pilot:
        screen, room = await room_on_question(pilot)
        i = screen.index
        sam = room.send("Invented point for question two", name="Sam Sample")
        incoming = queue(screen, i).query_one(IncomingList)
        await wait_for(pilot, lambda: incoming.option_count == 1)
        incoming.focus()
        incoming.highlighted = 0
        await pilot.press("a")
        second = screen.session.answer("zz-second")
        await wait_for(pilot, lambda: len(screen.session.answer("zz-first").points) == 1)
        await pilot.press("f3")
        assert room.shared["q:zz-first"] == ["Invented point for question two"]
        points = screen.query_one(f"#points-{i} .point-list", PointList)
        points.focus()
        await pilot.press("shift+right")
        await wait_for(pilot, lambda: isinstance(app.screen, PointMoveScreen))
        await pilot.press("2", "enter")  # Question 2 chosen, Enter moves it there
        await wait_for(pilot, lambda: len(second.points) == 1)
        await wait_for(pilot, lambda: room.shared["q:zz-first"] == [])
        assert room.followed[sam.id] == "Invented point for question two"  # not "taken out"
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.steps[screen.index].key == "q:zz-second")
        j = screen.index
        moved = screen.query_one(f"#points-{j} .point-list", PointList)
        box = screen.query_one(f"#points-{j} .point-text", Input)
        await wait_for(pilot, lambda: moved.option_count == 1)
        moved.focus()
        moved.highlighted = 0
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is box and box.value.startswith("Invented"))
        box.value = "Invented point, edited on question two"
        await pilot.press("enter")
        await wait_for(pilot, lambda: room.followed[sam.id]
                       == "Invented point, edited on question two")
