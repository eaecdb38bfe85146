"""A box of several lines on a step (What?, So what?, Now what?, other thoughts, What I will do
differently, a team's summary, a section's notes) grows with what is typed in it, up to most
of the room under the question: at 200x50 they stayed 3 lines tall, a long answer's start
scrolled out of view within its box over many empty rows (a fresh-eyes trial). At 80x24 and
60x20 the step still shows the question and the box typed in."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import open_saved_session, screen_lines, type_text, wait_for

FIRST = "Zq first invented line of a long answer"
LONG = FIRST + "".join(
    f"; invented thought {n} about the invented family and the invented visits"
    for n in range(1, 13))
"""A What? answer of some ten lines at 200x50, its start marked."""


def _reflection(fictional_dir: Path, sessions_dir: Path, step: str = "q:zz-first",
                what: str = LONG, mode: str = "individual") -> Session:
    """A saved session on `step`, `what` in What? and What I will do differently (a team's:
    in the first question's summary and the introduction's notes)."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id("child-zz"), mode=mode,  # type: ignore[arg-type]
                      title="My invented reflection", team="Invented team")
    s.current_step = step
    answer = s.answer("zz-first")
    assert answer is not None
    if mode == "team":
        answer.text = what
        s.notes["intro"] = what
    else:
        answer.what = what
        s.differently = what
    save_session(sessions_dir, s)
    return s


@pytest.mark.parametrize("mode, step, box", [
    ("individual", "q:zz-first", "what"), ("individual", "differently", "differently"),
    ("team", "q:zz-first", "answer"), ("team", "intro", "notes")])
async def test_a_long_answer_shows_whole_on_a_big_screen(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, mode: str, step: str,
        box: str) -> None:
    _reflection(fictional_dir, sessions_dir, step, mode=mode)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(200, 50)) as pilot:
        screen = await open_saved_session(pilot)
        area = screen.query_one(f"#{box}-{screen.index}", TextArea)
        await wait_for(pilot, lambda: area.size.height > 0)
        for _ in range(3):
            await pilot.pause()
        lines = screen_lines(app)
        assert any(FIRST in line for line in lines), "\n".join(lines)  # its start in view
        assert area.max_scroll_y == 0  # the whole answer, nothing scrolled within the box
        assert area.size.height == area.wrapped_document.height


END = "Zz the last invented words"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_on_a_small_screen_the_question_and_the_line_typed_stay_in_view(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """A long answer typed into What? grows its box no further than leaves the question and
    the box's label in view, and the line being typed is seen; So what?, Tab away, is seen
    under the question with its label."""
    _reflection(fictional_dir, sessions_dir, what="")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        pane = screen.panes[screen.index]
        what = pane.query_one(f"#what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is what)
        what.insert(LONG + " ")  # (typed, it took most of a minute)
        await type_text(pilot, END)
        await wait_for(pilot, lambda: what.text.endswith(END))
        for _ in range(3):
            await pilot.pause()
        head = pane.query_one(".question-head")
        assert not pane.has_class("-unpinned")  # a short question: kept at the top
        view = pane.scrollable_content_region
        label = pane.query(".answer-label").first()
        lines = "\n".join(screen_lines(app))
        assert "What would you do first?" in lines and "What? What happened" in lines, lines
        assert END.split()[-1] in lines, lines  # the line typed
        assert head.region.bottom <= label.region.y and what.region.bottom <= view.bottom
        assert what.size.height > 3  # grown past three lines
        await pilot.press("tab")
        so_what = pane.query_one(f"#so_what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is so_what)
        for _ in range(3):
            await pilot.pause()
        lines = "\n".join(screen_lines(app))
        assert "What would you do first?" in lines and "So what? What does" in lines, lines
        assert so_what.region.bottom <= pane.scrollable_content_region.bottom


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_box_without_the_focus_shows_the_start_of_a_long_answer(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    """Where a long What? is taller than its box can grow, the box shows its start while
    another box has the focus (it showed its last lines, where its cursor was), and its cursor,
    where it was left, with the focus."""
    _reflection(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        screen = await open_saved_session(pilot)
        pane = screen.panes[screen.index]
        what = pane.query_one(f"#what-{screen.index}", TextArea)
        so_what = pane.query_one(f"#so_what-{screen.index}", TextArea)
        await wait_for(pilot, lambda: app.focused is so_what and what.size.height > 0)
        for _ in range(3):
            await pilot.pause()
        assert what.max_scroll_y > 0  # more than the box shows
        assert what.scroll_y == 0 and what.render_line(0).text.strip().startswith("Zq first")
        await pilot.press("shift+tab")  # back to What?: its cursor, at the end, in view
        await wait_for(pilot, lambda: app.focused is what and what.scroll_y == what.max_scroll_y)
        assert what.cursor_location == what.document.end
        await pilot.press("tab")
        await wait_for(pilot, lambda: app.focused is so_what and what.scroll_y == 0)
        assert what.cursor_location == what.document.end
