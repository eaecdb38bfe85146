"""Who said what, on *Who is here* (a trial, at 80x24 and 60x20): `Alex Example, health
visitor` typed into the Name box was listed with all of it as the name; Alex, added late and
given the points typed "@Alex", then removed, left them said by no one with no "@Alex" to give
them back by; and someone listed from the room, or named in the Facilitator box, did not take
the points typed for them. All names and words invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import FACILITATOR, Participant
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import press_in_order, shown, wait_for
from tests.functional.test_added_late import LETTER, NOTES, points_then_who_is_here, said, told
from tests.functional.test_room import fake_room, hide_panel, open_room  # noqa: F401
from tests.functional.test_room_senders import accept_first, asked

SIZES = [(80, 24), (60, 20)]
SAM = Participant(name="Sam Sample", role="Social worker", attended=True)
GIVEN = [("We never saw the home visit notes", "p2"), ("Ask the GP for the discharge letter",
                                                       "p2")]


def app_in(tmp_path: Path):  # type: ignore[no-untyped-def]
    return make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("typed", ["Alex Example, health visitor",
                                   "Alex Example (health visitor)",
                                   "Alex Example - health visitor"])
async def test_a_name_and_a_role_typed_in_the_name_box_are_listed_apart(
        tmp_path: Path, size: tuple[int, int], typed: str) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        await press_in_order(app, [*typed, "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        alex = session.participants[1]
        assert (alex.name, alex.role, alex.agency) == ("Alex Example", "health visitor", "")
        assert said(points) == GIVEN  # "@Alex" names them: theirs, as added
        screen = app.screen
        await wait_for(pilot, lambda: "Selected: Alex Example · role: health visitor · here"
                       in " ".join(shown(screen.query_one(".people-detail", Literal)).split()))
        assert name.value == ""


async def test_a_role_typed_in_its_own_box_is_never_replaced(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        await press_in_order(app, [*"Alex Example, GP", "tab", *"School nurse", "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        alex = session.participants[1]
        assert (alex.name, alex.role) == ("Alex Example, GP", "School nurse")


@pytest.mark.parametrize("size", SIZES)
async def test_removed_their_points_are_kept_as_typed_again_and_ctrl_z_gives_them_back(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        await press_in_order(app, [*"Alex Example", "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        assert said(points) == GIVEN
        screen = app.screen
        table = screen.query_one(".people-table", RowTable)
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await press_in_order(app, ["delete"])
        question = " ".join((await asked(pilot)).split())
        assert ("They said 2 points. Their 2 points stay, with no name. Points 1 and 2 on "
                "Question 1 get back the “@…” typed in them, so they are theirs again if "
                "Alex Example is added back. To record that they left early") in question
        await press_in_order(app, ["y"])
        await wait_for(pilot, lambda: app.screen is screen and len(session.participants) == 1)
        assert said(points) == [(NOTES, ""), (LETTER, "")]
        await press_in_order(app, ["ctrl+z"])  # put back: theirs again
        await wait_for(pilot, lambda: len(session.participants) == 2)
        assert said(points) == GIVEN
        # Removed again, and typed again: the points are theirs again, and said so.
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await press_in_order(app, ["delete"])
        await asked(pilot)
        await press_in_order(app, ["y"])
        await wait_for(pilot, lambda: app.screen is screen and len(session.participants) == 1)
        name.focus()
        await wait_for(pilot, lambda: app.focused is name)
        app._notifications.clear()
        await press_in_order(app, [*"Alex Example", "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        again = session.participants[1]
        assert [by for _, by in said(points)] == [again.id, again.id]
        await wait_for(pilot, lambda: told(
            app, "Alex Example is here now, so points 1 and 2 on Question 1 are said by "
            "them, each “@…” taken off."))


@pytest.mark.parametrize("size", SIZES)
async def test_the_facilitator_named_in_their_box_takes_the_points_kept_for_them(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [SAM])
        session.facilitator = ""  # (nobody named yet: "@Alex" could be anyone)
        box = app.screen.query_one(".detail-facilitator", Input)
        box.value = ""
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await press_in_order(app, [*"Alex Example"])
        await wait_for(pilot, lambda: session.facilitator == "Alex Example")
        assert said(points) == [("We never saw the home visit notes", FACILITATOR),
                                ("Ask the GP for the discharge letter", FACILITATOR)]
        await press_in_order(app, ["tab"])  # the box left: said
        await wait_for(pilot, lambda: told(
            app, "Alex Example is the facilitator, so points 1 and 2 on Question 1 are said "
            "by them, each “@…” taken off."))


@pytest.mark.parametrize("size", SIZES)
async def test_a_sender_listed_from_the_room_takes_the_points_kept_for_them(
        fictional_dir, sessions_dir, size: tuple[int, int]) -> None:
    from tests.functional.test_facilitation import go_to, new_session

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await new_session(pilot, people="Sam Sample, Social worker")
        room = await open_room(pilot, screen)
        await hide_panel(pilot)
        await go_to(pilot, screen, "question")
        answer = screen.session.answer("zz-first")
        await press_in_order(app, [*"Ask the GP for the discharge letter @Dee", "enter"])
        await wait_for(pilot, lambda: len(answer.points) == 1)
        assert answer.points[0].by == ""  # no Dee listed: kept as typed
        room.send("Invented point from a visitor", name="Dee Visitor")
        await accept_first(pilot, screen)
        assert (await asked(pilot)).startswith("Dee Visitor sent a point from the room")
        await pilot.press("y")  # Add as here
        await wait_for(pilot, lambda: app.screen is screen)
        dee = next(p for p in screen.session.participants if p.name == "Dee Visitor")
        assert [(p.text, p.by) for p in answer.points] == [
            ("Ask the GP for the discharge letter", dee.id),
            ("Invented point from a visitor", dee.id)]
        await wait_for(pilot, lambda: told(
            app, "Dee Visitor is on Who is here, as here. Dee Visitor is here, so point 1 on "
            "Question 1 is said by them, its “@…” taken off."))


async def test_a_name_edited_into_a_name_and_a_role_is_saved_apart(tmp_path: Path) -> None:
    """Enter on a row, its name typed over with a job after it, Enter: the row's Role box was
    empty, so the job goes there (one that held a role keeps it, the name as typed)."""
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(
            pilot, [SAM, Participant(name="Alx Example", attended=True)])
        table = app.screen.query_one(".people-table", RowTable)
        table.focus()
        table.move_cursor(row=1)
        await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: app.focused is name and name.value == "Alx Example")
        name.value = ""
        await press_in_order(app, [*"Alex Example (health visitor)", "enter"])
        alex = session.participants[1]
        await wait_for(pilot, lambda: app.focused is table and alex.role == "health visitor")
        assert alex.name == "Alex Example" and len(session.participants) == 2
        assert said(points) == GIVEN
