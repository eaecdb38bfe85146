"""The Ctrl+C reminder ("Do you want to quit?") on a reflection's *What I will do differently*
covers neither the question nor the box typed in. A trial at 60x20: it sat over the question
at the top of the step ("Looking back over your reflection: what will you do differently…"),
the only room left clear of the box there, for as long as it showed. The question is a title
there now, as a question step's is, and the reminder is a line shorter at 60 columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widgets import Header, TextArea
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from tests.functional.helpers import go_forward_to, start_new, wait_for
from tests.functional.test_toast_place import covered, placed


async def reminded(pilot: Pilot) -> tuple[Any, Any, TextArea, Region]:
    """A new reflection on *What I will do differently*, "I w" typed into its box, then
    Ctrl+C: the session's screen, the step's pane, the box and where the reminder is placed."""
    app = pilot.app
    screen = await start_new(pilot, mode="individual", title="Invented reflection")
    await go_forward_to(pilot, screen, "differently")
    pane = screen.panes[screen.index]
    box = pane.query_one(TextArea)
    await wait_for(pilot, lambda: app.focused is box)
    await pilot.press("I", "space", "w", "ctrl+c")
    [toast] = await placed(pilot, app)
    return screen, pane, box, toast


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_reminder_covers_neither_the_question_nor_the_box(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, pane, box, toast = await reminded(pilot)
        assert [n.title for n in app._notifications] == ["Do you want to quit?"]
        question = pane.query_one(".question")
        assert question.region.height and box.region.height
        kept = [question, box, screen.query_one(Header), screen.query_one("#step-title")]
        assert covered([toast], kept) == []
        assert box.text == "I w"
        assert all(t.region.right == size[0] for t in screen.query(Toast))  # on the right


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_reminder_covers_no_box_typed_in_the_cpd_minutes_neither(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    """A trial at 60x20: typing the answer, Ctrl+C's reminder covered the right end of the box
    for the time to log for CPD under it for its few seconds. It speaks of keys alone: it goes
    where it covers no box at all, over the time, status and keys lines where need be."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen, pane, box, toast = await reminded(pilot)
        minutes = pane.query_one("#cpd-minutes").region.intersection(pane.region)  # as shown
        assert minutes.height and box.region.height
        assert not toast.overlaps(minutes), (toast, minutes)
        kept = [pane.query_one(".question"), box, screen.query_one(Header),
                screen.query_one("#step-title")]
        assert covered([toast], kept) == []
        assert toast.right == size[0]


def test_the_reminder_is_two_lines_under_its_title_at_60_columns() -> None:
    """Its words wrap to two lines in a message at 60 columns (they took three, and the
    reminder four lines with its title, more than a step has free beside what it needs)."""
    from textwrap import wrap

    from reflect.ui.notices import TOAST_FRAME, TOAST_SHARE, quit_reminder

    title, message = quit_reminder()
    room = int(60 * TOAST_SHARE) - TOAST_FRAME
    assert title == "Do you want to quit?"
    assert "Ctrl+C copies selected text" in message and "Ctrl+Q" in message
    assert [len(wrap(line, room)) for line in message.splitlines()] == [1, 1]
