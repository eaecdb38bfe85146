"""The Reports screen: counts across sessions, filters, saving a report."""

from __future__ import annotations

from textual.widgets import Input

from reflect.model.session import Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.reports import ReportsScreen
from tests.functional.helpers import shown, type_text, wait_for


async def test_reports_screen_counts_filters_and_saves(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    for n in range(4):
        s = Session.start(review, new_session_id(review.id), title=f"M{n}", team=f"Team {n % 2}",
                          participants=[Participant.parse(f"Secret Name{n}, Nurse, Trust")])
        save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReportsScreen))
        text = lambda: shown(app.screen.query_one("#report-text"))  # noqa: E731
        await wait_for(pilot, lambda: "Sessions held | 4" in text())
        assert "Secret Name" not in text()
        app.screen.query_one("#report-team", Input).focus()
        await type_text(pilot, "team 1")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held | 2" in text())
        app.screen.query_one("#report-since", Input).value = "not a date"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Not a date" in text())
        await pilot.press("ctrl+o")  # nothing saved for a report the filters do not match
        await pilot.pause()
        assert not (sessions_dir / "exports").exists()
        app.screen.query_one("#report-since", Input).value = "2000-01-01"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held | 2" in text())
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(target.glob("report-*.html")))
        await pilot.press("escape")
