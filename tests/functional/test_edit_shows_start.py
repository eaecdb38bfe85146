"""An item opened for editing shows the start of its words: at 60 columns an action wider
than its box opened with the cursor at its end, the box scrolled to show it, and read
`uild a chronology…`, its first letter gone (a trial). Points and people alike. Where it
fits, the cursor stays at its end, so typing adds to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.session import Point
from reflect.ui.app import make_app
from reflect.ui.widgets.actions_panel import ActionsPanel
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.people_panel import PeoplePanel
from reflect.ui.widgets.points_panel import PointList, PointsEditor
from reflect.ui.widgets.tables import RowTable
from tests.functional.helpers import wait_for
from tests.functional.test_item_form import open_at

LONG = ("Build a chronology of every invented contact with Team Blue, the invented school "
        "and the invented surgery")
SHORT = "Build a chronology"


def _shown(app, box: Input) -> str:  # type: ignore[no-untyped-def]
    """The box's line as drawn on the screen."""
    strips = app.screen._compositor.render_strips()
    region = box.content_region
    return strips[region.y].text[region.x:region.right]


async def _opened(pilot, kind: str, text: str) -> Input:  # type: ignore[no-untyped-def]
    app = pilot.app
    if kind == "actions":
        screen = await open_at(pilot, "actions")
        screen.session.actions[0].text = text
        screen.query_one(ActionsPanel).show_items(0)
        listed = screen.query_one(".actions-table", RowTable)
        form = screen.query_one(ActionsPanel).form
    elif kind == "people":
        screen = await open_at(pilot, "people", name=text)
        listed = screen.query_one(".people-table", RowTable)
        form = screen.query_one(PeoplePanel).form
    else:
        screen = await open_at(pilot, "q:zz-first")
        screen.session.answer("zz-first").points[0] = Point(text=text)  # type: ignore[union-attr]
        editor = screen.query_one(PointsEditor)
        listed = editor.query_one(PointList)
        editor.show_items(0)
        form = editor.query_one(ItemForm)
    screen.set_focus(listed)
    await wait_for(pilot, lambda: app.focused is listed)
    await pilot.press("enter")
    await wait_for(pilot, lambda: app.focused is form.first and form.first.value == text)
    await pilot.pause()
    return form.first


@pytest.mark.parametrize("kind", ["actions", "points", "people"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_long_item_opens_on_its_start(tmp_path: Path, kind: str,
                                              size: tuple[int, int]) -> None:
    text = LONG if kind != "people" else "Pat Example-Invented-Placeholder " * 3
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        box = await _opened(pilot, kind, text.strip())
        await wait_for(pilot, lambda: _shown(app, box).startswith(text[:20]))
        assert box.scroll_offset.x == 0 and box.cursor_position == 0


@pytest.mark.parametrize("kind", ["actions", "points", "people"])
async def test_a_short_item_opens_with_typing_at_its_end(tmp_path: Path, kind: str) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        box = await _opened(pilot, kind, SHORT)
        # Waited for, not read at once: under load the box was read before it was drawn
        # (a whole run with Textual's idle wait shortened failed here).
        await wait_for(pilot, lambda: _shown(app, box).startswith(SHORT))
        assert box.cursor_position == len(SHORT)
