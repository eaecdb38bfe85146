"""The Reports screen reads a period and refuses as `reflect report` does (a learning lead's
trial): an Until still to come reads as today, said in the report's first line (it said "to
31 December 2026" where the command said today); a weekday alone in Until is the one gone
by; a list cut on the screen says how many more; a review and a team with no session in the
period show their actions still overdue, refused only with nothing to show.

Every team, person and action here is invented.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.widgets import Input

from reflect.model.dates import read_date, short_date
from reflect.model.session import Action, Session
from reflect.report.dates import long_date
from reflect.report.words import UNDATED_NOTE
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports
from tests.local_days import here


def _held(folder: Path, fictional_dir: Path, sid: str, team: str, day: date,
          actions: list[Action]) -> None:
    s = Session.start(load_library(fictional_dir).get("child-zz"), sid, title=f"{team} huddle",
                      team=team, created=here(day.year, day.month, day.day, 10))
    s.answers[0].text = "An invented answer"
    s.actions = actions
    save_session(folder, s)


async def _apply(pilot, box: str, value: str) -> None:  # type: ignore[no-untyped-def]
    field = pilot.app.screen.query_one(f"#report-{box}", Input)
    field.value = value
    field.focus()
    await pilot.press("enter")


async def test_an_until_to_come_reads_as_today_as_at_the_command_line(fictional_dir,
                                                                      sessions_dir):
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    _held(sessions_dir, fictional_dir, f"{monday:%Y%m%d}-child-zz-0000aaa1", "Moorvale MASH",
          monday, [])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=1)
        await _apply(pilot, "until", "in two weeks")
        day = read_date("in two weeks", today)
        assert day is not None
        said = (f"covering sessions up to today, {long_date(today)} (Until, {long_date(day)}, "
                "is still to come).")
        await wait_for(pilot, lambda: said in " ".join(_report_text(app).split()))
        # "since Monday until Monday": the Monday gone, said back on the box and in the report
        await _apply(pilot, "since", "Monday")
        await _apply(pilot, "until", "Monday")
        await wait_for(pilot, lambda: f"covering sessions held on {long_date(monday)}."
                       in " ".join(_report_text(app).split()))
        until = app.screen.query_one("#report-until", Input)
        assert until.border_subtitle == short_date(monday, weekday=False)
        assert "Sessions held: 1 " in _report_text(app)


async def test_actions_with_no_date_cut_on_the_screen_say_how_many_more(fictional_dir,
                                                                        sessions_dir,
                                                                        monkeypatch):
    """Past 200 the list stopped, nothing said (the saved report has every one)."""
    from reflect.ui.screens import report_view

    monkeypatch.setattr(report_view, "MAX_ROWS", 2)
    _held(sessions_dir, fictional_dir, "20261201-child-zz-0000ccc1", "Invented East Team",
          date(2026, 12, 1), [Action(id=f"u{n}", text=f"Invented undated action {n}",
                                     due="when the audit is back") for n in range(5)])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=1)
        text = _report_text(app)
        assert "Actions with a due date that is not a date: 5" in text
        listed = text[text.index(UNDATED_NOTE):]  # (the actions by recommendation: all five)
        assert "undated action 1 " in listed and "undated action 2 " not in listed
        assert "… and 3 more: save the report (Ctrl+O) to see every one" in listed


async def test_a_review_and_team_with_older_overdue_actions_show_them(fictional_dir,
                                                                      sessions_dir):
    """"What is still open for Moorvale on Child ZZ since January?" was refused as matching no
    session together, though their June action was overdue (a trial)."""
    _held(sessions_dir, fictional_dir, "20200610-child-zz-0000aaa1", "Moorvale MASH",
          date(2020, 6, 10), [Action(id="a1", text="Invented audit of referrals",
                                     due="1/7/2020", due_date=date(2020, 7, 1))])
    _held(sessions_dir, fictional_dir, "20200611-child-zz-0000aaa2", "Invented North Team",
          date(2020, 6, 11), [])
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=2)
        await _apply(pilot, "since", "1/1/2021")
        await _apply(pilot, "review", "child-zz")
        await _apply(pilot, "team", "moorvale")
        await wait_for(pilot, lambda: "Actions overdue: 1 (1 agreed before this period)"
                       in _report_text(app))
        await wait_for(pilot, lambda: "Invented audit of referrals" in _report_text(app))
        assert app.screen.report is not None  # to save
        await _apply(pilot, "team", "north")
        said = ("Review \"Child ZZ\" (child-zz) and team \"north\" have no session together "
                "from 1 January "
                "2021, and none of their actions is overdue (their one session together was on "
                "11 June 2020): change the dates to see it.")
        await wait_for(pilot, lambda: said in " ".join(_report_text(app).split()))
        assert app.screen.report is None
        await pilot.press("ctrl+o")  # it said "The report is still being made."
        await wait_for(pilot, lambda: any(f"There is no report to save. {said}" in n.message
                                          for n in app._notifications))
        assert not (sessions_dir / "exports").exists()
