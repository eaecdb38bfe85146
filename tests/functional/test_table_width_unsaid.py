"""The report's tables follow their width even where Textual never sends their Resize.

Textual can skip a widget's Resize: one mounted out of view, after a scroll laid out only what
was in view and something asked where a widget is (`laid_out.after_each_layout`). The report's
table of reviews, made again by Update below the fold at 80x24, then stayed empty and its key
to the short labels hidden (`test_reports_came_twice` failed 1 run in 160 under load). Here
every WrappedTable's Resize is dropped, as Textual dropped that one. Every team and person is
invented."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from reflect.report.summary_rows import ATTENDANCES, COUNTED_TWICE
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.wrapped_table import WrappedTable
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.unit.test_report_came_twice import MOORVALE, _held


async def test_the_reviews_table_fills_and_keys_its_labels_with_no_resize_sent(
        fictional_dir, sessions_dir, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(WrappedTable, "on_resize", lambda self, event: None)
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, _held(review, "20260310-child-zz-one", 10, MOORVALE))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=1)
        await wait_for(pilot, lambda: f"{ATTENDANCES}: 4\n" in _report_text(app))
        table = app.screen.query_one(".report-reviews", WrappedTable)
        await wait_for(pilot, lambda: table.filled_width == table.size.width > 0)
        key = app.screen.query_one("#report-reviews-key")
        await wait_for(pilot, lambda: key.display)
        save_session(sessions_dir, _held(review, "20260317-child-zz-two", 17, MOORVALE[:1]))
        app.screen.query_one("#report-update", Button).press()  # made again, below the fold
        await wait_for(pilot, lambda: f"{ATTENDANCES}: 5 ({COUNTED_TWICE})" in
                       _report_text(app))
        table = app.screen.query_one(".report-reviews", WrappedTable)
        await wait_for(pilot, lambda: table.filled_width == table.size.width > 0
                       and table.row_count == 1)
        key = app.screen.query_one("#report-reviews-key")
        await wait_for(pilot, lambda: key.display)
        assert f"each once a meeting ({COUNTED_TWICE})" in " ".join(str(key.render()).split())
