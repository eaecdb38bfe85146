"""An edit saved with Enter gives the focus back to its row, as Esc does: left in the form's
first box, a following ↓↓↓ Delete meant for the table acted on nothing (a fresh-eyes trial).
Adding with Enter still keeps the focus in the form for the next item."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Participant
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.people_panel import PeoplePanel
from reflect.ui.widgets.points_panel import PointList, PointsEditor
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import enter_text, type_text, wait_for
from tests.functional.test_item_form import open_at

SIZES = [(80, 24), (60, 20)]


@pytest.mark.parametrize("size", SIZES)
async def test_a_person_edited_leaves_the_focus_on_their_row(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "people", name="Robin Invented")
        for name in ("Sam Sample", "Kim Example", "Dee Placeholder"):
            screen.session.add_participant(Participant(name=name))
        table = screen.query_one(".people-table", RowTable)
        screen.query_one(PeoplePanel).show_items(0)
        screen.set_focus(table)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 4)
        await pilot.press("enter")  # edit Robin
        name = screen.query_one(".person-name", Input)
        await wait_for(pilot, lambda: app.focused is name and name.value == "Robin Invented")
        await type_text(pilot, " Jr")
        await pilot.press("enter")  # saved
        await wait_for(pilot, lambda: app.focused is table)
        assert table.cursor_row == 0
        assert screen.session.participants[0].name == "Robin Invented Jr"
        assert name.value == ""
        await pilot.press("down", "down", "down", "delete")  # the fourth, Dee, asked about
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Dee Placeholder" in app.screen.question  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", SIZES)
async def test_a_person_added_leaves_the_focus_in_the_form(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "people")
        name = screen.query_one(".person-name", Input)
        screen.set_focus(name)
        await wait_for(pilot, lambda: app.focused is name)
        await enter_text(pilot, "Sam Sample")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.session.participants) == 2)
        await type_text(pilot, "Kim")  # straight into the next
        await wait_for(pilot, lambda: name.value == "Kim")
        assert app.focused is name


@pytest.mark.parametrize("size", SIZES)
async def test_a_point_edited_leaves_the_focus_on_its_line(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "q:zz-first")
        editor = screen.query_one(PointsEditor)
        listed = editor.query_one(PointList)
        screen.set_focus(listed)
        await wait_for(pilot, lambda: app.focused is listed and listed.highlighted == 0)
        await pilot.press("enter")
        form = editor.query_one(ItemForm)
        await wait_for(pilot, lambda: app.focused is form.first)
        await enter_text(pilot, ", said twice")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is listed)
        assert listed.highlighted == 0
        assert form.editing is None and form.first.value == ""
        assert "A first point, said twice" in str(listed.get_option_at_index(0).prompt)


@pytest.mark.parametrize("size", SIZES)
async def test_an_action_edited_leaves_the_focus_on_its_row(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "actions")
        table = screen.query_one(".actions-table", RowTable)
        screen.set_focus(table)
        await wait_for(pilot, lambda: app.focused is table and table.row_count == 1)
        await pilot.press("enter")
        form = screen.query_one(ActionsPanel).form
        await wait_for(pilot, lambda: app.focused is form.first)
        await type_text(pilot, " today")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.focused is table)
        assert table.cursor_row == 0
        assert screen.session.actions[0].text == "Ring the invented school today"
