"""The Reports screen, and the report it saves, show no name typed in a session's title or an
action that the session does not list (model/unlisted_names.py). Every name here is invented."""

from __future__ import annotations

import pytest

from reflect.model.session import Action, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_name_typed_in_a_title_or_an_action_is_redacted_on_screen_and_saved(
        fictional_dir, sessions_dir, size):
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Supervision with Pat Example",
                      team="Moorvale Early Help", facilitator="Team lead")
    s.add_action(Action(text="Jo Invented to ring the GP", due="31/1/2020"))
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=1)
        text = _report_text(app)
        assert "[redacted] to ring the GP" in text and "Supervision with [redacted]" in text
        assert "Moorvale Early Help" in text  # the team is kept
        assert "Pat" not in text and "Jo Invented" not in text
        await pilot.press("ctrl+o")
        exports = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(exports.glob("report-*.html")))
        saved = next(exports.glob("report-*.html")).read_text(encoding="utf-8")
        assert "[redacted] to ring the GP" in saved
        assert "Pat" not in saved and "Jo Invented" not in saved
