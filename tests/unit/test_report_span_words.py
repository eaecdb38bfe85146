"""A report's Since and Until take the words a person types for a span of days: `reflect
report --since "last month"` was refused (a trial). Read by reflect's one reader of dates
(model/dates.py, through model/spans.py): Since is the span's first day, Until its last.
Every team here is invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reflect.cli import main
from reflect.cli.parser import build_parser
from reflect.model.dates import read_date
from reflect.model.session import Session
from reflect.model.since_until import read_date_near, read_until
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)  # a Friday


@pytest.mark.parametrize(("typed", "since", "until"), [
    ("last month", date(2026, 11, 1), date(2026, 11, 30)),
    ("Last Month", date(2026, 11, 1), date(2026, 11, 30)),
    ("the previous month", date(2026, 11, 1), date(2026, 11, 30)),
    ("this month", date(2026, 12, 1), date(2026, 12, 31)),
    ("last week", date(2026, 11, 23), date(2026, 11, 29)),
    ("this week", date(2026, 11, 30), date(2026, 12, 6)),
    ("this year", date(2026, 1, 1), date(2026, 12, 31)),
    ("last year", date(2025, 1, 1), date(2025, 12, 31)),
    ("the past 3 months", date(2026, 9, 4), TODAY),
    ("past year", date(2025, 12, 4), TODAY),
    ("last 10 days", date(2026, 11, 24), TODAY),
    ("3 months ago", date(2026, 9, 4), date(2026, 9, 4)),
    ("a year ago", date(2025, 12, 4), date(2025, 12, 4)),
    ("two years ago", date(2024, 12, 4), date(2024, 12, 4)),
    # without "ago", as a learning lead types Since: that long ago (`3 months` was March
    # 2027, refused as still to come, and `1 year` no date: a trial)
    ("3 months", date(2026, 9, 4), date(2026, 9, 4)),
    ("6 Weeks", date(2026, 10, 23), date(2026, 10, 23)),
    ("1 year", date(2025, 12, 4), date(2025, 12, 4)),
    ("a fortnight", date(2026, 11, 20), date(2026, 11, 20)),
])
def test_span_words_read_as_their_first_and_last_days(typed, since, until):
    assert read_date_near(typed, TODAY, past=True) == since
    assert read_until(typed, TODAY) == until
    assert read_until(typed, TODAY, since) == until


def test_last_month_in_january_is_last_years_december_and_short_months_end_right():
    assert read_date_near("last month", date(2027, 1, 15), True) == date(2026, 12, 1)
    assert read_until("last month", date(2026, 3, 31)) == date(2026, 2, 28)
    from reflect.model.spans import months_before

    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)


def test_due_dates_read_as_they_did():
    """A due date "this month" is still its last day; "last month" still names none."""
    assert read_date("this month", TODAY) == date(2026, 12, 31)
    assert read_date("last month", TODAY) is None


def _held(folder, review, n: int, day: date) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(review, f"{day:%Y%m%d}-child-zz-0000abc{n}", team="Invented Team",
                      created=here(day.year, day.month, day.day, 12))
    s.answers[0].text = "An invented answer."
    save_session(folder, s)


def test_reflect_report_since_last_month(fictional_dir, tmp_path, capsys):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    today = date.today()
    last_month_began = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    _held(folder, review, 1, last_month_began)
    _held(folder, review, 2, last_month_began - timedelta(days=1))  # the month before: out
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main([*args, "--since", "last month", "--until", "last month"]) == 0
    out = capsys.readouterr().out
    assert "| Sessions held | 1 " in out
    assert main([*args, "--since", "this year"]) == 0
    held = sum(day.year == today.year
               for day in (last_month_began, last_month_began - timedelta(days=1)))
    assert f"| Sessions held | {held} " in capsys.readouterr().out


def test_the_help_lists_what_is_accepted(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["report", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for words in ("31/03/2026", "3 months ago", "last week", "last month", "this year",
                  "the past 3 months"):
        assert words in help_text


@pytest.mark.parametrize("typed", ["December 9999", "Q4 9999", "Dec 9999"])
def test_the_last_month_and_quarter_of_9999_read_without_overflowing(typed):
    """Their last day was found from the year 10000: `reflect report --since "December 9999"`
    ended in an OverflowError's traceback and `--until "Q4 9999"` was "invalid until_words
    value" (a trial). They read as any other, and Since is refused as a day to come."""
    assert read_until(typed, TODAY) == date(9999, 12, 31)
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["report", "--since", typed])
    parser.parse_args(["report", "--until", typed])


def test_a_count_without_ago_is_that_long_ago_and_in_one_is_still_to_come(capsys, tmp_path,
                                                                          fictional_dir):
    from reflect.report.period import period_words, read_period

    assert read_date_near("in 3 months", TODAY, past=True) == date(2027, 3, 4)
    said = period_words(read_period("3 months", "", TODAY), TODAY)
    assert said == "Sessions held from 4 September 2026 to today."
    folder = tmp_path / "sessions"
    folder.mkdir()
    assert main(["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir),
                 "--since", "6 weeks"]) == 0
    day = date.today() - timedelta(weeks=6)
    assert f"covering sessions from {day.day} {day:%B %Y}" in " ".join(
        capsys.readouterr().out.split())
