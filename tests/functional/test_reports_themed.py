"""The Reports screen counts a review as discussed by a themed session only where something
was recorded on that review's own questions or recommendations, and says so. Every review and
team here is invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Point, Session
from reflect.model.themes import theme_id, themed_review
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.unit.test_report_themed import _copy


async def test_one_answer_in_a_themed_session_discusses_one_review(tmp_path: Path,
                                                                   sessions_dir: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "child-zz.toml").write_text(FICTIONAL_REVIEW, encoding="utf-8")
    (content / "child-xx.toml").write_text(_copy("child-xx", "Child XX", "xx"), encoding="utf-8")
    theme = themed_review("information-sharing", load_library(content).reviews)
    s = Session.start(theme, f"20260301-{theme_id('information-sharing')}-0000ddd1",
                      theme="information-sharing", team="Invented Team")
    next(a for a in s.answers if a.source == "Child XX").points.append(
        Point(text="An invented point"))
    save_session(sessions_dir, s)
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=1)
        # (the by-review table's rows are laid out once it has its width)
        await wait_for(pilot, lambda: "Child ZZ 0 0 0 0 0 0 of 3 0 0 never" in _report_text(app))
        text = _report_text(app)
        assert "Reviews discussed: 1\n" in text  # Child XX; not Child ZZ, nor the theme
        assert "Discussed in themed sessions: Theme: information sharing (1 session)" in text
        from reflect.model.recorded import THEMED_NOTE

        note = app.screen.query_one("#report-themed-note", Literal)
        assert str(note.render()) == THEMED_NOTE
        await pilot.press("escape")


async def test_a_report_on_one_review_lists_a_themed_sessions_action_and_whose_it_is(
        tmp_path: Path, sessions_dir: Path) -> None:
    """Under the review's recommendation, after its own action, the themed meeting's, not yet
    due, said so; each says whose it is, as the overdue actions do (neither was listed with
    an owner, and the themed one not at all: a learning lead's trial)."""
    from textual.widgets import Input

    from tests.functional.helpers import enter_text
    from tests.unit.test_report_themed_listed import held

    content = tmp_path / "content"
    held(content, sessions_dir)  # (due 1 May and 30 June 2026: listed, overdue or not)
    app = make_app(content, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=2)
        app.screen.query_one("#report-review", Input).focus()
        await enter_text(pilot, "child-zy")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        text = " ".join(_report_text(app).split())
        assert ("• Check the invented chronology (open; due Fri 1 May 2026; Invented Team 1; "
                "owner: Practice manager; session 20260302-child-zy-0000bbb2) • Ring the "
                "invented school (open; due Tue 30 Jun 2026; Invented Team 1; owner: Team "
                "manager; agreed in a themed session (information sharing); session "
                "20260301-theme-information-sharing-0000bbb1)") in text
