"""The Reports screen says "one person at two meetings counts twice" only where someone may
have come to two meetings, in its summary and in the key under its table of reviews: it said
it beside four attendances at one meeting (a learning lead's fresh-eyes trial). Every team and
person is invented."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from reflect.report.summary_rows import ATTENDANCES, COUNTED_TWICE
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.unit.test_report_came_twice import MOORVALE, _held


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_four_at_one_meeting_and_then_one_of_them_again(fictional_dir, sessions_dir,
                                                              size):  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, _held(review, "20260310-child-zz-one", 10, MOORVALE))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=1)
        await wait_for(pilot, lambda: f"{ATTENDANCES}: 4\n" in _report_text(app))
        assert COUNTED_TWICE not in _report_text(app)
        key = app.screen.query_one("#report-reviews-key")
        if size == (80, 24):  # the table's short labels, and their key under it
            await wait_for(pilot, lambda: key.display)
            assert ("Att. = attendances: the people at its team discussions, each once a "
                    "meeting\n") in str(key.render())
        save_session(sessions_dir, _held(review, "20260317-child-zz-two", 17, MOORVALE[:1]))
        app.screen.query_one("#report-update", Button).press()  # again: Sam Sample came twice
        await wait_for(pilot, lambda: f"{ATTENDANCES}: 5 ({COUNTED_TWICE})" in
                       _report_text(app))
        key = app.screen.query_one("#report-reviews-key")
        if size == (80, 24):
            await wait_for(pilot, lambda: key.display)
            assert f"Att. = attendances: the people at its team discussions, each once a " \
                   f"meeting ({COUNTED_TWICE})" in " ".join(str(key.render()).split())
