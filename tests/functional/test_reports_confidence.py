"""The Reports screen shows the room's confidence check under *By team*, as `reflect report`
and the saved web page do (the screen left it out: a trial), and each team's actions counted;
and *By theme* after it. Every team here is invented."""

from __future__ import annotations

from reflect.model.session import Confidence, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens import report_view
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports


def _checked(fictional_dir, sessions_dir, n: int = 1) -> None:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    for _ in range(n):
        s = Session.start(review, new_session_id(review.id), team="Invented Team")
        s.confidence = [Confidence(phase="start", prompt="Invented?", counts=[0, 0, 2, 2, 0])]
        save_session(sessions_dir, s)


async def test_the_screen_shows_the_confidence_check_under_the_team(fictional_dir,
                                                                    sessions_dir):
    _checked(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=1)
        text = _report_text(app)
        team = text.index("Invented Team\n")
        said = text.index(": confidence 3.5 → – (4 → – answers)", team)
        assert text.index("• Child ZZ", team) < said  # under the review the team held
        # The team's actions are counted under its name, before its reviews (a trial)
        counted = text.index("Actions agreed at team discussions: ", team)
        assert counted < text.index("• Child ZZ", team)
        # By theme after By team: the review's theme, its session and actions counted
        theme = text.index("By theme\ninformation sharing\n", team)
        assert text.index("Sessions: 1 (1 team discussion, 0 individual reflections)\n"
                          "Reviews: Child ZZ\n"
                          "Teams reached at team discussions: 1: Invented Team", theme)
        await pilot.press("escape")


async def test_many_checks_are_shortened_on_screen(fictional_dir, sessions_dir, monkeypatch):
    monkeypatch.setattr(report_view, "MAX_DATES", 2)
    _checked(fictional_dir, sessions_dir, 3)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=3)
        text = _report_text(app)
        assert text.count("confidence 3.5 → –") == 2
        assert "… and 1 more confidence check: save the report (Ctrl+O) to see every one" in text
        await pilot.press("escape")


async def test_the_csv_saved_from_the_screen_gives_the_confidence_check(fictional_dir,
                                                                        sessions_dir):
    """The CSV had no column for it, where the screen and the other saved reports show it."""
    import csv

    from textual.widgets import Button

    _checked(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot, sessions_held=1)
        app.screen.query_one("#report-csv", Button).press()
        # (the report's own: its overdue actions go beside it, `-overdue-actions.csv`)
        await wait_for(pilot, lambda: any(sessions_dir.glob("exports/report-*[0-9].csv")))
        [saved] = sessions_dir.glob("exports/report-*[0-9].csv")
        await wait_for(pilot, lambda: saved.read_bytes().endswith(b"\r\n"))
        with saved.open(encoding="utf-8-sig", newline="") as f:
            [row] = list(csv.DictReader(f))
        assert (row["confidence_checks"], row["confidence_start_average"],
                row["confidence_end_average"], row["confidence_start_answers"],
                row["confidence_end_answers"]) == ("1", "3.5", "", "4", "")
        await pilot.press("escape")
