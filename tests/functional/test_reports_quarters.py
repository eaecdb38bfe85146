"""The Reports screen's Since and Until take calendar quarters (`this quarter`, `last quarter`,
`Q4`), as `reflect report` does, and a date they cannot read names the words they can: "this
quarter" was refused as not a date (a trial). A period typed in Since alone runs from its
first day to today, and a quarter in Since after Until is the year before's, each said in
words under the boxes. Every team here is invented."""

from __future__ import annotations

from datetime import date, timedelta

from textual.widgets import Input

from reflect.model.dates import short_date
from reflect.model.session import Session
from reflect.model.spans import months_before
from reflect.report.dates import long_date
from reflect.report.period import days_words
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import type_text, wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.local_days import here


async def test_since_this_quarter_and_q_words_on_the_reports_screen(fictional_dir,
                                                                    sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    today = date.today()
    began = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    for n, day in enumerate((began, began - timedelta(days=1))):  # this quarter, the last
        s = Session.start(review, f"{day:%Y%m%d}-child-zz-0000abe{n}", team="Invented Team",
                          created=here(day.year, day.month, day.day, 12))
        s.answers[0].text = "An invented answer"
        save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=2)
        since = app.screen.query_one("#report-since", Input)
        since.focus()
        await type_text(pilot, "this quarter\n")
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        assert since.border_subtitle == short_date(began, weekday=False)
        since.value = f"Q{(today.month - 1) // 3 + 1}"
        await pilot.press("enter")
        await wait_for(pilot, lambda: since.border_subtitle == short_date(began, weekday=False))
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        # Typed in Since alone, a period runs from its first day to today, the days said
        # under the boxes, with how to have the period alone (until 7 December 2026 it was
        # the period only, "Since March" March alone).
        since.value = "last quarter"
        await pilot.press("enter")
        first, last = months_before(began, 3), began - timedelta(days=1)
        await wait_for(pilot, lambda: "Sessions held: 2 " in _report_text(app))
        line = app.screen.query_one("#report-period", Literal)
        assert line.display and str(line.render()) == (
            f"Sessions held from {long_date(first)} to today. Last quarter alone: type it in "
            "Until too.")
        until = app.screen.query_one("#report-until", Input)
        until.value = "last quarter"  # in both boxes: the quarter alone
        await pilot.press("enter")
        await wait_for(pilot, lambda: f"sessions from {long_date(first)} to {long_date(last)}"
                       in " ".join(_report_text(app).split()))
        assert "Sessions held: 1 " in _report_text(app)
        assert str(line.render()) == f"Sessions held {days_words(first, last)}."
        # A quarter in Since after Until: the one the year before, said on the line.
        named = f"Q{(today.month - 1) // 3 + 1}"
        since.value, until.value = named, f"{named} {today.year - 1}"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 0" in _report_text(app))
        year_before = months_before(began, 12)
        assert str(line.render()) == (
            f"Since read as {named} {today.year - 1}, the one before Until: sessions held "
            f"{days_words(year_before, months_before(began, 9) - timedelta(days=1))}.")
        until.value = ""
        since.value = "this qtr"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Since: 'this qtr' is not a date reflect can read."
                       in _report_text(app))
        said = " ".join(_report_text(app).split())
        assert "this quarter, last quarter or Q4" in said and "Q4 is October to December" in said
