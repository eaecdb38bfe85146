"""Who is here gives someone added late the points kept as typed for them, and says which (a
trial: "We never saw the home visit notes @Alex" typed before Alex Example was listed; added,
the point stayed nobody's, "@Alex" in the notes, and the export's check took it for a name to
redact). So does a person renamed there to the name an "@…" gives, once the edit is saved
(Esc puts the points back as typed), and someone on the list as not here added again, the
same person. All names and words invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Participant, Point
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import open_at_first_question, paste, press_in_order, wait_for

NOTES = "We never saw the home visit notes @Alex"
LETTER = "Ask the GP for the discharge letter @alex"


def said(points: list[Point]) -> list[tuple[str, str]]:
    return [(p.text, p.by) for p in points]


def told(app: object, words: str) -> bool:
    return any(n.message == words for n in app._notifications)  # type: ignore[attr-defined]


async def points_then_who_is_here(pilot, people: list[Participant]):  # type: ignore[no-untyped-def]
    """Two points ending "@Alex" typed on Question 1 with no Alex listed, then Who is here:
    the points, and the name box (focused)."""
    app = pilot.app
    session = await open_at_first_question(pilot, people, review_text=FICTIONAL_REVIEW,
                                           facilitator="Pat Invented")
    points = session.answer("zz-first").points
    for point in (NOTES, LETTER):  # (pasted: the set-up, not the typing, matters here)
        await paste(app, point)
        await press_in_order(app, ["enter"])
    await wait_for(pilot, lambda: len(points) == 2)
    assert said(points) == [(NOTES, ""), (LETTER, "")]
    screen = app.screen
    await press_in_order(app, ["ctrl+g", "home", "enter"])
    await wait_for(pilot, lambda: screen.index == 0 and screen.query(".person-name"))
    name = screen.query_one(".person-name", Input)
    name.focus()
    await wait_for(pilot, lambda: app.focused is name)
    return session, points, name


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_someone_added_late_is_given_their_points_and_told_which(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(
            pilot, [Participant(name="Sam Sample", role="Social worker", attended=True)])
        await press_in_order(app, [*"Alex Example", "tab", *"Health visitor", "enter"])
        await wait_for(pilot, lambda: len(session.participants) == 2)
        alex = session.participants[1]
        assert said(points) == [("We never saw the home visit notes", alex.id),
                                ("Ask the GP for the discharge letter", alex.id)]
        await wait_for(pilot, lambda: told(
            app, "Alex Example is here now, so points 1 and 2 on Question 1 are said by "
            "them, each “@…” taken off."))


async def test_renamed_to_the_name_the_at_gives_on_enter_and_esc_puts_them_back(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [
            Participant(name="Sam Sample", role="Social worker", attended=True),
            Participant(name="Alx Exmaple", role="Health visitor", attended=True)])
        alx = session.participants[1]
        table = app.screen.query_one(".people-table", RowTable)
        for keys in (["escape"], ["enter"]):
            table.focus()
            table.move_cursor(row=1)
            await wait_for(pilot, lambda: app.focused is table and table.cursor_row == 1)
            await press_in_order(app, ["enter"])  # edit Alx
            await wait_for(pilot, lambda: app.focused is name and name.value == "Alx Exmaple")
            name.value = ""
            await press_in_order(app, [*"Alex Example"])
            await wait_for(pilot, lambda: alx.name == "Alex Example")
            assert [by for _, by in said(points)] == [alx.id, alx.id]  # as it is typed
            await press_in_order(app, keys)
            await wait_for(pilot, lambda: app.focused is table)
            if keys == ["escape"]:  # the edit undone: the points as typed again, nothing said
                assert alx.name == "Alx Exmaple" and said(points) == [(NOTES, ""),
                                                                      (LETTER, "")]
                assert not any("Renamed" in n.message for n in app._notifications)
        assert said(points) == [("We never saw the home visit notes", alx.id),
                                ("Ask the GP for the discharge letter", alx.id)]
        await wait_for(pilot, lambda: told(
            app, "Renamed Alex Example, so points 1 and 2 on Question 1 are said by them, "
            "each “@…” taken off."))


async def test_the_same_person_added_again_is_ticked_here_with_their_points(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        session, points, name = await points_then_who_is_here(pilot, [
            Participant(name="Sam Sample", role="Social worker", attended=True),
            Participant(name="Alex Example", role="Health visitor", attended=False)])
        screen = app.screen
        await press_in_order(app, [*"alex example", "enter"])
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await press_in_order(app, ["s"])  # the same person
        alex = session.participants[1]
        await wait_for(pilot, lambda: app.screen is screen and alex.presence == "here")
        assert len(session.participants) == 2
        assert said(points) == [("We never saw the home visit notes", alex.id),
                                ("Ask the GP for the discharge letter", alex.id)]
        await wait_for(pilot, lambda: told(
            app, "Alex Example is here now, so points 1 and 2 on Question 1 are said by "
            "them, each “@…” taken off."))
