"""At 60x20 a long question scrolls with the boxes under it (it would fill half the pane or
more, kept at the top): the step still opens on the question, from its heading, never with
its heading and first lines scrolled away (a trial); typing brings the box into view."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_reflect_after_fresh import team_with_a_point

LONG = ("Thinking about the invented family in this exercise, and about the many invented "
        "adults who came and went from the invented home over the invented months, how would "
        "you find out who really lives in a household you visit, who else cares for the "
        "child, and what would you do when the answers do not match what you see?")


@pytest.fixture
def long_dir(tmp_path: Path) -> Path:
    """The invented review, its first question a long one."""
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "child-zz.toml").write_text(FICTIONAL_REVIEW.replace(
        "What would you do first?", LONG), encoding="utf-8")
    return folder


def _saved(folder: Path, sessions: Path, mode: str) -> Session:
    """A saved session on the first question: the team's with a point made; a reflection
    (`mode` individual), or one after that team's (`after`)."""
    from reflect.export.team_words import team_link

    review = load_library(folder).get("child-zz")
    assert review is not None
    team = team_with_a_point(review)
    s = team if mode == "team" else Session.start(
        review, new_session_id("child-zz"), mode="individual", title="My invented reflection",
        after=team_link(team, review) if mode == "after" else None)
    s.current_step = "q:zz-first"
    save_session(sessions, s)
    return s


@pytest.mark.parametrize("mode", ["team", "individual", "after"])
async def test_a_long_question_opens_from_its_heading_at_60x20(
        long_dir: Path, sessions_dir: Path, tmp_path: Path, mode: str) -> None:
    from tests.functional.helpers import open_saved_session

    _saved(long_dir, sessions_dir, mode)
    app = make_app(long_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_saved_session(pilot)
        pane = screen.panes[screen.index]
        target: Widget = pane.focus_target()
        await wait_for(pilot, lambda: app.focused is target)
        for _ in range(3):  # reveal, once laid out, and again where the height changed
            await pilot.pause()
        assert pane.has_class("-unpinned")  # the question scrolls with the rest here
        heading = pane.query_one(".question-head").query(Literal).first()
        question = pane.query_one(".question", Literal)
        view = pane.scrollable_content_region
        assert heading.region.y == view.y, (heading.region, view)  # from its heading
        assert view.y < question.region.y < view.bottom  # and the question under it
        await type_text(pilot, "Inv")  # the box, below the question, is seen as it is typed in
        await wait_for(pilot, lambda: target.region.y >= view.y
                       and target.region.y < pane.scrollable_content_region.bottom)


async def test_a_reflection_carried_on_below_the_fold_opens_on_that_box(
        long_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """Opened again at 60x20 in Now what?, left half way through a sentence under What? and So
    what?: the view showed the question and What?, the box typed in below the fold, and the
    message about it over What? (a fresh-eyes trial). That box is in view, its label over it."""
    from tests.functional.helpers import open_saved_session

    s = _saved(long_dir, sessions_dir, "individual")
    answer = s.answer("zz-first")
    assert answer is not None
    answer.what, answer.so_what = "An invented first thought.", "It matters to the family."
    answer.now_what, answer.last_typed = "I will ask the invented school and", "now_what"
    save_session(sessions_dir, s)
    app = make_app(long_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_saved_session(pilot)
        pane = screen.panes[screen.index]
        target: Widget = pane.focus_target()
        await wait_for(pilot, lambda: app.focused is target and target.id == f"now_what-"
                       f"{screen.index}")
        view = pane.scrollable_content_region
        await wait_for(pilot, lambda: view.y <= target.region.y < view.bottom, timeout=3)
