"""Messages keep off the point just added and the status line where there is room; where
there is not (60x20), fewer show and they go sooner, rather than cover what was just typed
(a regression trial: at 60x20 "“@Sample” matches 2 people …" covered the new point, the
status line and the keys; at 80x24 two messages stacked over the Summary box typed in)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import TextArea
from textual.widgets._toast import Toast

from reflect.model.session import Participant, Session
from reflect.ui.app import make_app
from reflect.ui.widgets.points_panel import PointList
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import enter_text, open_at_first_question, type_text, wait_for
from tests.functional.test_toast_place import placed

LONGER = ("What would you do first, and who in your invented service would you tell about "
          "it by the end of the day?")
"""A question of two or three lines at 60 columns, as the trial's was: the points list then
sits where the messages went, at the foot of the step."""


async def at_first_question(pilot, people: list[Participant]) -> Session:  # type: ignore[no-untyped-def]
    """A team session with `people`, open at its first question (the point box focused)."""
    session = await open_at_first_question(pilot, people, review_text=FICTIONAL_REVIEW.replace(
        '"What would you do first?"', f'"{LONGER}"'))
    assert isinstance(session, Session)
    return session


SAMPLES = [Participant(name="Sam Sample", role="Social worker", attended=True),
           Participant(name="Pat Sample", role="Health visitor", attended=True)]


def last_row(points: PointList) -> Region:
    """Where the list draws its last point (the one just added)."""
    index = points.option_count - 1
    seen = points.content_region
    return Region(seen.x, seen.y + points._index_to_line[index] - round(points.scroll_y),
                  seen.width, points._heights[index])


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_a_message_after_a_point_keeps_off_the_point_just_added(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size, notifications=True) as pilot:
        session = await at_first_question(pilot, SAMPLES)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Narrow screen point @Sample\n")
        await wait_for(pilot, lambda: len(points) == 1)
        [toast] = await placed(pilot, app)
        row = last_row(app.screen.query_one(PointList))
        assert row and not toast.overlaps(row), (toast, row)
        assert not toast.overlaps(app.focused.region)  # type: ignore[union-attr]
        status = app.screen.query_one("#status").region
        if toast.overlaps(status):  # no room elsewhere: it goes sooner
            from reflect.ui.toast_place import COVERING_STAY

            assert size == (60, 20)
            [notification] = app._notifications
            assert notification.time_left <= COVERING_STAY


async def test_two_messages_over_the_summary_box_show_one_at_once(tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await at_first_question(pilot, SAMPLES)
        box = next(b for b in app.screen.query(TextArea) if b.id and b.id.startswith("answer-"))
        box.focus()
        await wait_for(pilot, lambda: app.focused is box)
        await type_text(pilot, "It m")
        app.notify("An invented message long enough to take two or three lines of a toast, "
                   "as the room's and the export's messages do.", severity="warning",
                   timeout=60)
        app.notify("Invented notes written: invented.md, a second message.", timeout=60)
        await wait_for(pilot, lambda: any("second message" in str(t.render())
                                          and t.region for t in app.screen.query(Toast)))
        for _ in range(3):  # placed once the screen is laid out with them
            await pilot.pause()
        shown = [t.region for t in app.screen.query(Toast)]
        assert all(not t.overlaps(box.region) for t in shown), (shown, box.region)
        assert box.text == "It m"


SIX_LINES = ("How do we make sure that the invented families of Moorvale are given open and "
             "safe chances to talk about what is hard for them, and that what we say about "
             "sleep, feeding and the rest starts a conversation rather than only handing over "
             "information, in every invented service?")
"""A question of six lines at 80x24 beside the step list, as the trial's was."""


async def test_a_message_that_fits_under_the_point_keeps_off_the_time_and_the_keys(
        tmp_path: Path) -> None:
    """A fresh-eyes trial at 80x24: "“@Sample” could be Sam Sample or Chris Sample…", five
    lines, sat over the time line, the status line and the keys for some eight seconds, where
    the five lines under the point just added were free: the line above the message (its
    margin, never drawn) did not fit there, and the time and keys were given up first."""
    from reflect.ui.widgets.footer import ReflectFooter

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        people = [Participant(name="Sam Sample", role="Teacher", attended=True),
                  Participant(name="Chris Sample", role="School nurse", attended=True)]
        session = await open_at_first_question(pilot, people, review_text=FICTIONAL_REVIEW
                                               .replace('"What would you do first?"',
                                                        f'"{SIX_LINES}"'))
        assert isinstance(session, Session)
        points = session.answer("zz-first").points  # type: ignore[union-attr]
        await enter_text(pilot, "Invented point about the referral @Sample\n")
        await wait_for(pilot, lambda: len(points) == 1)
        [toast] = await placed(pilot, app)
        assert toast.height == 5  # (the trial's)
        screen = app.screen
        kept = [screen.query_one("#timer"), screen.query_one("#status"),
                screen.query_one(ReflectFooter), screen.query_one(".question-head")]
        assert [w for w in kept if toast.overlaps(w.region)] == [], toast
        assert not toast.overlaps(last_row(screen.query_one(PointList)))
        assert not toast.overlaps(app.focused.region)  # type: ignore[union-attr]
