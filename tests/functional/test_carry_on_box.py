"""A reflection opened again carries on in the box last typed in, where its words stop half
way through a sentence: a police officer who stopped mid-word in So what? came back the next
day to the cursor in Now what?, the first empty box, and Tab from habit sent the rest of the
sentence into Other thoughts (a trial). A box last typed in and finished, or a file from before
the box was kept, opens in the first empty box, as before. All data invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session, session_path
from reflect.ui.app import make_app
from tests.functional.helpers import (
    every_said,
    open_saved_session,
    said,
    type_text,
    wait_for,
)

SID = "20260101-child-zz-00000041"
CARRY_ON = "You were writing “So what?”; carry on, or Tab to the next box."


def saved_reflection(fictional_dir: Path, sessions_dir: Path) -> Session:
    """Pat Example's reflection, saved at Question 1 with What? written (and finished)."""
    review: Review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode="individual", title="Invented reflection",
                      current_step="q:zz-first", facilitator="Pat Example")
    answer = s.answer("zz-first")
    assert answer is not None
    answer.what = "An invented first thought."
    save_session(sessions_dir, s)
    return s


def box(screen, name: str) -> TextArea:  # type: ignore[no-untyped-def]
    return screen.query_one(f"#{name}-{screen.index}", TextArea)  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_reflection_stopped_mid_word_carries_on_in_that_box_the_next_day(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path, size) -> None:
    saved_reflection(fictional_dir, sessions_dir)
    path, settings = session_path(sessions_dir, SID), tmp_path / "settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=size) as pilot:  # the first sitting
        screen = await open_saved_session(pilot)
        assert app.focused is box(screen, "so_what")  # (the first empty box)
        await type_text(pilot, "We had not asked about the fa")
    saved = load_session(path).answer("zz-first")
    assert saved is not None
    assert (saved.so_what, saved.last_typed) == ("We had not asked about the fa", "so_what")

    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=size) as pilot:  # the next day
        notes = every_said(app)
        screen = await open_saved_session(pilot)
        so_what = box(screen, "so_what")
        assert app.focused is so_what
        assert so_what.cursor_location == so_what.document.end
        await wait_for(pilot, lambda: CARRY_ON in notes)
        await type_text(pilot, "ther's role.")
        assert CARRY_ON in said(app)  # (while typing on in the box)
        await pilot.press("tab")
        assert app.focused is box(screen, "now_what")
        await wait_for(pilot, lambda: CARRY_ON not in said(app), timeout=4)  # withdrawn (its
        # own time is 12 s)
    saved = load_session(path).answer("zz-first")
    assert saved is not None
    assert saved.so_what == "We had not asked about the father's role."
    assert saved.now_what == saved.text == ""

    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=size) as pilot:  # finished: the first empty box again
        notes = every_said(app)
        screen = await open_saved_session(pilot)
        assert app.focused is box(screen, "now_what")
        await pilot.pause()
        assert CARRY_ON not in notes


async def test_a_file_from_before_the_box_was_kept_opens_in_the_first_empty_box(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """No box known as typed in last (a version 7 file): the first empty box, whatever the
    words of the boxes before it, and nothing said."""
    s = saved_reflection(fictional_dir, sessions_dir)
    answer = s.answer("zz-first")
    assert answer is not None
    answer.so_what = "Left without a full stop"
    save_session(sessions_dir, s)
    assert "last_typed" not in session_path(sessions_dir, SID).read_text(encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        notes = every_said(app)
        screen = await open_saved_session(pilot)
        assert app.focused is box(screen, "now_what")
        await pilot.pause()
        assert not any("You were writing" in note for note in notes)


async def test_the_word_on_the_box_left_unfinished_goes_with_its_step(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """"You were writing “So what?”" stayed over the steps after it, PgDn after PgDn, for its
    12 seconds: over *What to do now*'s list of Now what? answers, of a box not on view (a
    fresh-eyes trial). It goes as its step is left, as a step's other messages do."""
    s = saved_reflection(fictional_dir, sessions_dir)
    answer = s.answer("zz-first")
    assert answer is not None
    answer.so_what, answer.last_typed = "We had not asked about the fa", "so_what"
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: CARRY_ON in said(app))
        before = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index != before)
        await wait_for(pilot, lambda: CARRY_ON not in said(app), timeout=4)

