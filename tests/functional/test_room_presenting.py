"""The presentation view (F5) with the room open (#18), against the fake room (room_fake.py):
what the shared screen shows of a question, at 60x20, 80x24 and 100x30. A trial: at 60x20,
Question 3 with seven points showed the question, the point box and the room's lines, and no
point; with an eighth, the question had scrolled away. At 80x24 a point from a phone brought
the "From the room" box, cut in half, and pushed the question out of view; and a message
covered the room's code, address and link for seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.toast_place import fresh_row
from reflect.ui.widgets.incoming import IncomingQueue
from reflect.ui.widgets.points_panel import PointList
from tests.functional.helpers import paste, press_in_order, screen_lines, shown, wait_for
from tests.functional.test_facilitation import go_to, new_session
from tests.functional.test_room import (
    fake_room,  # noqa: F401 (the fake room, for each test)
    hide_panel,
    open_room,
)
from tests.functional.test_toast_place import covered, placed

SIZES = [(60, 20), (80, 24), (100, 30)]


async def presenting(pilot, points: int):  # type: ignore[no-untyped-def]
    """A new session, the (fake) room open, on Question 3 with `points` points added, in the
    presentation view: the screen and the room."""
    app = pilot.app
    screen = await new_session(pilot)
    room = await open_room(pilot, screen)
    await hide_panel(pilot)
    await go_to(pilot, screen, "question", nth=3)
    box = screen.query_one(f"#points-{screen.index} .point-text")
    await wait_for(pilot, lambda: app.focused is box)
    for n in range(1, points + 1):  # every other one two lines long at 60 or 80 columns
        longer = ", said at some length by the room, so that it wraps" * (n % 2)
        await paste(app, f"Invented point {n}{longer}")
        await press_in_order(app, ["enter"])
    await pilot.press("f5")
    await wait_for(pilot, lambda: screen.has_class("-presenting"))
    await settled(pilot)
    return screen, room


async def settled(pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(6):  # (scrolls made after a refresh or two)
        await pilot.pause()


def shown_whole(screen: WalkthroughScreen) -> list[str]:
    """What the shared screen fails to show of the question on view: its question whole at the
    top of the step, then its newest point (highlighted) whole, and the points shown from the
    start of one (never a leftover line of a point wrapped)."""
    pane = screen.panes[screen.index]
    head, question = pane.query_one(".question-head"), pane.query_one(".question")
    points = pane.query_one(PointList)
    under = Region(pane.region.x, head.region.bottom, pane.region.width,
                   pane.scrollable_content_region.bottom - head.region.bottom)
    wrong = []
    if not question.region or question.region.y < pane.region.y \
            or question.region.bottom > head.region.bottom:
        wrong.append(f"question at {question.region}, its head at {head.region}")
    newest = fresh_row(points)
    if not newest or under.intersection(newest) != newest:
        wrong.append(f"newest point at {newest}, the step under the question {under}")
    if points.region.y < under.y or points.region.bottom > under.bottom:
        wrong.append(f"the points cut: {points.region}, the step under the question {under}")
    if int(points.scroll_y) not in points._index_to_line.values():
        wrong.append(f"the points shown from the middle of one (line {points.scroll_y})")
    return [*wrong, "\n".join(screen_lines(screen.app))] if wrong else []


async def back_with_the_newest_in_view(pilot, screen: WalkthroughScreen) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("f5")  # back: the newest still in view
    await wait_for(pilot, lambda: not screen.has_class("-presenting"))
    await settled(pilot)
    newest = fresh_row(screen.panes[screen.index].query_one(PointList))
    assert screen.panes[screen.index].region.intersection(newest) == newest


@pytest.mark.parametrize("size", SIZES)
async def test_the_question_stays_and_its_newest_points_show(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """Seven points added before F5, and back; then an eighth added on the shared screen, and
    back. (Seven and eight were a test each, starting the app twice for each size.)"""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, _ = await presenting(pilot, 7)
        assert not (wrong := shown_whole(screen)), "\n".join(wrong)
        await back_with_the_newest_in_view(pilot, screen)
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting"))
        await settled(pilot)
        assert not (wrong := shown_whole(screen)), "\n".join(wrong)
        await press_in_order(app, [*"Invented point 8, long enough to take two lines of "
                                   "the shared screen at sixty columns", "enter"])
        await settled(pilot)
        assert not (wrong := shown_whole(screen)), "\n".join(wrong)
        await back_with_the_newest_in_view(pilot, screen)


@pytest.mark.parametrize("size", SIZES)
async def test_a_point_from_a_phone_is_counted_in_one_line_the_question_kept(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        screen, room = await presenting(pilot, 7)
        room.send("An invented point from a phone", name="Pat Example")
        line = screen.query_one("#present-waiting")
        await wait_for(pilot, lambda: "1 point waits on Question 3" in shown(line))
        await settled(pilot)
        assert not screen.panes[screen.index].query_one(IncomingQueue).display
        assert not (wrong := shown_whole(screen)), "\n".join(wrong)
        await pilot.press("f5")  # back: the box and its point
        queue = screen.panes[screen.index].query_one(IncomingQueue)
        await wait_for(pilot, lambda: queue.display and queue.region)


@pytest.mark.parametrize("size", SIZES)
async def test_messages_leave_the_room_lines_clear(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """"No one here matches “@Kim”" covered the room's code, address and link."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, _ = await presenting(pilot, 7)
        await press_in_order(app, [*"Invented point 8 @Zed", "enter"])
        toasts = await placed(pilot, app)
        assert any("Zed" in n.message for n in app._notifications)
        kept = [screen.query_one("#room-line"), screen.query_one("#present-waiting")]
        assert covered(toasts, kept) == []
        assert not (wrong := shown_whole(screen)), "\n".join(wrong)


MESSAGES = {
    5: "An invented message of five lines. It says what happened, then what it means for the "
       "point just added, then what to do about it, at some length.",
    6: "An invented message of six lines. It says what happened, then what it means for the "
       "point just added, then what to do about it, and then why it matters so, at some length.",
}


@pytest.mark.parametrize(("points", "lines"), [(7, 5), (1, 6)])
async def test_a_long_message_never_covers_the_newest_point(
        fictional_dir: Path, sessions_dir: Path, points: int, lines: int) -> None:
    """At 60x20 with the room's lines under the keys, a message of five lines had room nowhere
    clear of the points and the titles: it went to the foot of the step, over the newest point,
    for seconds (a trial). The older points are given up first (seven points); where that
    leaves too few rows (one point, six lines), the lines under the step."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        screen, _ = await presenting(pilot, points)
        app.notify(MESSAGES[lines], timeout=60)
        toasts = await placed(pilot, app)
        assert toasts[0].height == lines, toasts
        pane = screen.panes[screen.index]
        newest = fresh_row(pane.query_one(PointList))
        assert newest and not any(t.overlaps(newest) for t in toasts), \
            "\n".join(screen_lines(app))
        titles = [pane.query_one(".question-head"), screen.query_one("#step-title")]
        assert covered(toasts, titles) == []
        if points == 7:  # room above the newest, over the older points: the room's lines clear
            assert covered(toasts, [screen.query_one("#room-line")]) == []
