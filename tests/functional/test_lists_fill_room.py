"""On a big screen every point, and every action, is in view where the step has room: at 80x40
a question's six points showed points 2 to 6, point 1 scrolled away within the list, while
empty rows were left below the summary box (a fresh-eyes trial). Where the step has no room
to spare (80x24) the lists keep the stylesheet's height and scroll within themselves."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import Input

from reflect.model.review import Review
from reflect.model.session import Action, Point, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.points_panel import PointList
from reflect.ui.widgets.tables import RowTable
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, wait_for

POINT = "Point {}: an invented point about the referral and the visit, long enough to wrap"
ACTION = "Action {}: write to the invented school and the invented clinic about the visit"


def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


def all_in_view(listing: Widget) -> bool:
    """Every line of the list shown: it is as tall as they are, and nothing in it scrolls."""
    return listing.max_scroll_y == 0 and listing.scroll_y == 0 and listing.region.height > 0


async def open_at(pilot, session: Session, step: str) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session.current_step = step
    screen = WalkthroughScreen(session, review())
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


async def test_six_points_all_show_at_80_by_40(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 40)) as pilot:
        session = Session.start(review(), "s-room", team="Invented Team")
        session.answers[0].points.extend(Point(text=POINT.format(n)) for n in range(1, 7))
        screen = await open_at(pilot, session, "q:zz-first")
        points = screen.query_one(PointList)
        pane = screen.query_one(f"#pane-{screen.index}")
        await wait_for(pilot, lambda: isinstance(app.focused, Input) and points.region)
        try:
            await wait_for(pilot, lambda: all_in_view(points), timeout=5)
        except AssertionError:
            raise AssertionError((points.region, points.virtual_size)) from None
        assert points.region.height > 8  # past the stylesheet's 8 lines
        assert pane.max_scroll_y == 0  # the step itself does not scroll for it
        box = screen.query_one(f"#answer-{screen.index}")
        assert box.region.bottom <= pane.region.bottom  # the summary box still whole

        # A point added past the room there is: the list scrolls within itself, the step
        # still shows the summary box whole.
        for n in range(7, 12):
            await enter_text(pilot, f"Point {n} added\n")
        await wait_for(pilot, lambda: len(session.answers[0].points) == 11)
        await wait_for(pilot, lambda: points.max_scroll_y > 0 and points.highlighted == 10)
        await pilot.pause()
        assert box.region.bottom <= pane.region.bottom, (box.region, pane.region)


async def test_at_80_by_24_the_points_keep_to_eight_lines(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = Session.start(review(), "s-short", team="Invented Team")
        session.answers[0].points.extend(Point(text=POINT.format(n)) for n in range(1, 7))
        screen = await open_at(pilot, session, "q:zz-first")
        points = screen.query_one(PointList)
        await wait_for(pilot, lambda: points.region.height == 8)
        await pilot.pause()
        assert points.region.height == 8 and points.styles.inline.max_height is None


@pytest.mark.parametrize("size", [(100, 60), (120, 60)])
async def test_every_action_shows_where_the_step_has_room(tmp_path: Path,
                                                          size: tuple[int, int]) -> None:
    """The actions' words wrap within their cells (a row two or three lines tall): the table
    grows past its 12 lines where the step has room, rather than scroll within itself."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = Session.start(review(), "s-acts", team="Invented Team")
        for n in range(1, 8):
            session.add_action(Action(text=ACTION.format(n), owner="Pat Example"))
        screen = await open_at(pilot, session, "actions")
        table = screen.query_one(".actions-table", RowTable)
        await wait_for(pilot, lambda: table.row_count == 7)
        await wait_for(pilot, lambda: table.virtual_size.height > 12)
        await wait_for(pilot, lambda: all_in_view(table), timeout=5)
        pane = screen.query_one(f"#pane-{screen.index}")
        assert pane.max_scroll_y == 0
