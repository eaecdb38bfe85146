"""A report's period as a learning lead means it, and its refusals only where there is nothing
to show (a learning lead's trial of `reflect report` and the Reports screen):

- a weekday alone in Until, with a Since, is the one gone by ("since Monday until Monday" on
  a Saturday read to the Monday to come);
- an Until still to come reads as today, and the report says so in its first line, the same
  on the screen as at the command line (the screen said "to 31 December 2026");
- a review and a team with no session in the period still show their actions overdue from
  before it; refused only with nothing at all to show, saying why.

Every team, person and action here is invented.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from reflect.model.session import Action, Session
from reflect.model.since_until import read_until
from reflect.report import Filters, build_report, gather, to_html, to_markdown
from reflect.report.dates import long_date
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.conftest import FICTIONAL_REVIEW
from tests.local_days import here

SATURDAY = date(2026, 12, 5)


@pytest.mark.parametrize(("until", "since", "day"), [
    ("Monday", date(2026, 11, 30), date(2026, 11, 30)),  # the one Monday (it read 7 Dec)
    ("on Mon.", date(2026, 11, 30), date(2026, 11, 30)),
    ("Friday", date(2026, 11, 30), date(2026, 12, 4)),
    ("Saturday", date(2026, 11, 30), SATURDAY),  # today
    ("Monday", date(2026, 3, 1), date(2026, 11, 30)),  # the last Monday, not 2 March
    ("Monday", None, date(2026, 11, 30)),  # as without a Since
])
def test_a_weekday_alone_in_until_is_the_last_one_gone(until, since, day):
    assert read_until(until, SATURDAY, since) == day


def test_a_weekday_gone_before_since_is_the_first_from_since_on():
    """On a Wednesday "since Monday until Friday" is this week (Friday still to come, read
    as today by the report: `Filters.up_to`), not a refusal for Friday gone before Monday."""
    wednesday = date(2026, 12, 9)
    assert read_until("Friday", wednesday, date(2026, 12, 7)) == date(2026, 12, 11)
    assert read_until("Monday", SATURDAY, date(2026, 12, 4)) == date(2026, 12, 7)


def _review(fictional_dir: Path, rid: str = "child-zz"):  # type: ignore[no-untyped-def]
    if rid != "child-zz":
        (fictional_dir / f"{rid}.toml").write_text(FICTIONAL_REVIEW.replace(
            'id = "child-zz"', f'id = "{rid}"').replace('title = "Child ZZ"',
                                                       f'title = "Child {rid[-2:].upper()}"'),
            encoding="utf-8")
    return load_library(fictional_dir).get(rid)


def _held(folder: Path, review, sid: str, team: str, day: date,  # type: ignore[no-untyped-def]
          actions: list[Action]) -> None:
    s = Session.start(review, sid, title=f"{team} huddle", team=team,
                      created=here(day.year, day.month, day.day, 10))
    s.answers[0].text = "An invented answer"
    s.actions = actions
    save_session(folder, s)


def test_an_until_still_to_come_reads_as_today_and_the_report_says_so(fictional_dir, tmp_path):
    folder = tmp_path / "sessions"
    _held(folder, _review(fictional_dir), "20261110-child-zz-0000aaa1", "Moorvale MASH",
          date(2026, 11, 10), [])
    report = build_report(gather([folder], Filters(since=date(2026, 10, 1),
                                                   until=date(2026, 12, 31)), today=SATURDAY),
                          today=SATURDAY)
    assert (report.filters.until, report.filters.until_asked) == (SATURDAY, date(2026, 12, 31))
    said = ("covering sessions from 1 October 2026 to today, 5 December 2026 (Until, 31 "
            "December 2026, is still to come).")
    assert said in to_markdown(report) and said in to_html(report)
    assert report.totals.sessions == 1
    # Until alone, and a period of one day
    assert Filters(until=date(2027, 1, 1)).up_to(SATURDAY).describe() == [
        "sessions up to today, 5 December 2026 (Until, 1 January 2027, is still to come)"]
    monday = date(2026, 11, 30)
    assert Filters(since=monday, until=monday).up_to(SATURDAY).describe() == [
        "sessions held on 30 November 2026"]
    assert Filters(until=SATURDAY).up_to(SATURDAY).until_asked is None  # today is no day to come


def test_since_monday_until_monday_is_that_monday_at_the_command_line(capsys, fictional_dir,
                                                                        tmp_path):
    today = date.today()
    monday = today - timedelta(days=today.weekday())  # the one on or before today
    folder = tmp_path / "sessions"
    review = _review(fictional_dir)
    _held(folder, review, f"{monday:%Y%m%d}-child-zz-0000aaa1", "Moorvale MASH", monday, [])
    before = monday - timedelta(days=1)
    _held(folder, review, f"{before:%Y%m%d}-child-zz-0000aaa2", "Moorvale MASH", before, [])
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, *args, "--since", "Monday", "--until", "Monday")
    assert code == 0 and err == ""  # no day to come, nothing to note
    assert f"covering sessions held on {long_date(monday)}." in " ".join(out.split())
    assert "| Sessions held | 1 (" in out


def _three_teams(fictional_dir: Path, folder: Path) -> None:
    """Moorvale MASH on Child ZZ in June 2020, an action of theirs still overdue; Invented
    North Team on Child ZZ the day after, its action done; Child ZY held by neither."""
    review = _review(fictional_dir)
    _held(folder, review, "20200610-child-zz-0000aaa1", "Moorvale MASH", date(2020, 6, 10), [
        Action(id="a1", text="Invented audit of referrals", owner="Duty manager",
               due="1/7/2020", due_date=date(2020, 7, 1))])
    _held(folder, review, "20200611-child-zz-0000aaa2", "Invented North Team",
          date(2020, 6, 11), [Action(id="a1", text="Invented rota change", due="1/7/2020",
                                     due_date=date(2020, 7, 1), status="done")])
    _held(folder, _review(fictional_dir, "child-zy"), "20200612-child-zy-0000aaa3",
          "Invented East Team", date(2020, 6, 12), [])


def test_a_review_and_team_with_no_session_in_the_period_show_their_overdue_actions(
        capsys, fictional_dir, tmp_path):
    """"What is still open for Moorvale on Child ZZ since January?" was refused as matching no
    session, though their June action was overdue (a trial)."""
    folder = tmp_path / "sessions"
    _three_teams(fictional_dir, folder)
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir),
            "--since", "1/1/2021", "--review", "child-zz"]
    code, out, err = run(capsys, *args, "--team", "moorvale")
    assert code == 0, err
    flat = " ".join(out.split())
    assert "| Actions overdue | 1 (1 agreed before this period) |" in flat
    # the review by its title, the team whose actions they are
    assert 'review "Child ZZ" (child-zz); team "Moorvale MASH".' in flat
    assert "Invented audit of referrals" in flat and "agreed before this period, on 10 June 2020" \
        in flat
    # Nothing to show: said why, with when they met
    code, out, err = run(capsys, *args, "--team", "north")
    assert code == 1 and out == ""
    assert ("reflect report: review \"Child ZZ\" (child-zz) and team \"north\" have no session "
            "together from "
            "1 January 2021, and none of their actions is overdue (their one session together "
            "was on 11 June 2020): change the dates to see it.") in " ".join(err.split())
    code, out, err = run(capsys, *args[:-2], "--review", "child-zy", "--team", "moorvale")
    assert code == 1 and ("no session matches review \"Child ZY\" (child-zy) and team "
                          "\"moorvale\" together, "
                          "on any day: leave one out to see its sessions.") in " ".join(err.split())
