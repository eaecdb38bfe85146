"""A one-line box without the focus shows the start of its text: it kept showing the end,
where its cursor was, and boxes read " it discharge letters…" ("Aud" hidden) and "give safe
sleep advice" ("I" hidden): a fresh-eyes trial. Given the focus again, the box shows its
cursor, where it was left."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.ui.app import make_app
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import paste, type_text, wait_for
from tests.functional.test_item_form import open_at

SIZES = [(80, 24), (60, 20)]
LONG = "Audit discharge letters for every invented ward and tell the fictional team"


def row_of(box: Input) -> str:
    """The text the box shows, as far as it is in view within it."""
    return box.render_line(0).text


@pytest.mark.parametrize("size", SIZES)
async def test_a_box_left_shows_its_start_and_its_cursor_when_back(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "actions")
        what = screen.query_one(ActionsPanel).form.first
        screen.set_focus(what)
        await wait_for(pilot, lambda: app.focused is what)
        await type_text(pilot, LONG)
        await wait_for(pilot, lambda: what.value == LONG and what.scroll_x > 0)
        await pilot.press("tab")  # on to Owner
        await wait_for(pilot, lambda: app.focused is not what and what.scroll_x == 0)
        await wait_for(pilot, lambda: "Audit discharge" in row_of(what))
        assert what.value == LONG and what.cursor_position == len(LONG)
        await pilot.press("shift+tab")  # back: typing goes on at the end, in view
        await wait_for(pilot, lambda: app.focused is what and what.scroll_x > 0)
        await wait_for(pilot, lambda: "fictional team" in row_of(what))
        await type_text(pilot, "s")
        await wait_for(pilot, lambda: what.value == LONG + "s")


@pytest.mark.parametrize("size", SIZES)
async def test_an_edits_other_boxes_show_their_start(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Opened for editing, the boxes the focus is not in are filled with the cursor at the end
    (typing there adds to the end), their view at the start."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "actions")
        screen.session.actions[0].owner = LONG
        panel = screen.query_one(ActionsPanel)
        panel.show_items(0)
        table = screen.query_one(".actions-table", RowTable)
        screen.set_focus(table)
        await wait_for(pilot, lambda: app.focused is table)
        owner = panel.form.box("owner")
        for key in ("enter", "escape", "enter"):  # (the second time: the box had a value)
            await pilot.press(key)
            await pilot.pause()
        await wait_for(pilot, lambda: app.focused is panel.form.first and owner.value == LONG)
        await wait_for(pilot, lambda: "Audit" in row_of(owner))
        assert owner.scroll_x == 0 and owner.cursor_position == len(LONG)


@pytest.mark.parametrize("size", SIZES)
async def test_a_long_text_pasted_into_an_empty_box_shows_its_end_where_the_cursor_is(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Pasted into a box still empty, a long text left the view at its start and the cursor,
    at its end, out of view until the next key (Textual scrolls to the cursor from the box's
    second value on): a helper's trial, a long title pasted into the new-session form."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_at(pilot, "actions")
        what = screen.query_one(ActionsPanel).form.first
        screen.set_focus(what)
        await wait_for(pilot, lambda: app.focused is what and what.value == "")
        await paste(app, LONG)
        await wait_for(pilot, lambda: what.value == LONG)
        await wait_for(pilot, lambda: what.scroll_x > 0 and "fictional team" in row_of(what))
        assert what.cursor_position == len(LONG)
