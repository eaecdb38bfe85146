"""A point added comes into view on the shared screen: at 80x24 in the presentation view (F5)
a question with six long points kept showing points 5 and 6 while 7 and 8 were added below the
fold (a trial), and the normal view shows the newest point too, before and after F5."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import Input

from reflect.model.review import Review
from reflect.model.session import Point, Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.points_panel import PointList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, screen_lines, wait_for

LONG = ("Point {} is a long invented point about referrals, strategy meetings and "
        "information sharing, so it wraps onto several lines at eighty columns wide")


def review() -> Review:
    return Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))


def shows(app: object, text: str) -> bool:
    return any(text in line for line in screen_lines(app))


async def six_long_points(pilot) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session = Session.start(review(), "s-points", team="Invented team")
    session.answers[0].points.extend(Point(text=LONG.format(n)) for n in range(1, 7))
    session.current_step = "q:zz-first"
    screen = WalkthroughScreen(session, review())
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen
                   and isinstance(pilot.app.focused, Input))
    return screen


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_point_added_while_presenting_shows_with_the_point_box(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await six_long_points(pilot)
        box = app.focused
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        points = screen.session.answers[0].points
        for n, word in [(7, "seven"), (8, "eight")]:
            await enter_text(pilot, f"Point {word} at eighty columns\n")
            newest = f"{n}. Point {word} at eighty columns"
            await wait_for(pilot, lambda n=n: len(points) == n)
            try:
                await wait_for(pilot, lambda newest=newest: shows(app, newest), timeout=3)
            except AssertionError:
                raise AssertionError("\n".join(screen_lines(app))) from None
            assert app.focused is box  # the next point goes straight in
            pane = screen.query_one(f"#pane-{screen.index}")
            assert box is not None and box.region in pane.region, "\n".join(screen_lines(app))
            assert shows(app, "Add a point")  # the box's label, in its border

        # Back to the normal view, its lines wrapped again: the newest point still shows.
        await pilot.press("f5")
        await wait_for(pilot, lambda: not screen.has_class("-presenting"))
        listing = screen.query_one(PointList)
        try:
            await wait_for(pilot, lambda: shows(app, "8. Point eight")
                           and listing.highlighted == 7, timeout=3)
        except AssertionError:
            raise AssertionError("\n".join(screen_lines(app))) from None


async def test_the_last_point_shows_whole_in_the_normal_view_at_80_by_24(
        tmp_path: Path) -> None:
    """Shift+Tab from the point box to the list, End: point 6's last line shows above the
    hint (it was once cut off)."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await six_long_points(pilot)
        listing = screen.query_one(PointList)
        listing.focus()
        await pilot.press("end")
        await wait_for(pilot, lambda: listing.highlighted == 5)
        lines = screen_lines(app)
        start = next((n for n, line in enumerate(lines) if "6. Point 6" in line), None)
        assert start is not None, "\n".join(lines)
        hint = next(n for n, line in enumerate(lines) if "Points: Enter edits" in line)
        assert "eighty columns wide" in lines[hint - 1], "\n".join(lines)  # its last line


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_f5_on_a_session_opened_again_shows_its_newest_point(
        tmp_path: Path, size: tuple[int, int]) -> None:
    """Six points on Question 1, Ctrl+Q, `reflect open`, F5: the list showed "1. …", point 1
    highlighted, where the docs say the newest (highlighted) point is in view (a fresh-eyes
    trial; PgDn then PgUp first did show point 6). Opened, the newest point is the one
    highlighted, as after adding it."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await six_long_points(pilot)  # (none added in this run)
        listing = screen.query_one(PointList)
        assert listing.highlighted == 5
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        try:
            await wait_for(pilot, lambda: shows(app, "6. Point 6"), timeout=3)
        except AssertionError:
            raise AssertionError("\n".join(screen_lines(app))) from None
        assert listing.highlighted == 5
