"""A calendar period typed in a report's Since with Until left empty is the whole period, the
Reports screen and `reflect report --since` alike (`report.period.read_period`): "last
quarter" in Since alone covered 1 July to today, not the quarter (a learning lead's trial). A
day, or a span counted back from today, still means from that day on. A Since still to come
is refused in the period's own terms: `--since "next week"` said it "reads as Fri 18 Dec
2026", a due date's next week. Every team here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.spans import period, span
from reflect.report.period import Period, period_words, read_period, since_to_come
from tests.command_line import run

TODAY = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(("typed", "since", "until"), [
    ("last quarter", date(2026, 7, 1), date(2026, 9, 30)),
    ("Previous Quarter", date(2026, 7, 1), date(2026, 9, 30)),
    ("this quarter", date(2026, 10, 1), date(2026, 12, 31)),  # the report reads to today
    ("Q3", date(2026, 7, 1), date(2026, 9, 30)),
    ("Q1", date(2026, 1, 1), date(2026, 3, 31)),
    ("q4 2025", date(2025, 10, 1), date(2025, 12, 31)),
    ("last month", date(2026, 11, 1), date(2026, 11, 30)),
    ("this month", date(2026, 12, 1), date(2026, 12, 31)),
    ("last week", date(2026, 11, 30), date(2026, 12, 6)),
    ("last year", date(2025, 1, 1), date(2025, 12, 31)),
    ("this year", date(2026, 1, 1), date(2026, 12, 31)),
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),  # (not a date before)
    ("September", date(2026, 9, 1), date(2026, 9, 30)),
    ("sept. 2025", date(2025, 9, 1), date(2025, 9, 30)),
    ("March", date(2026, 3, 1), date(2026, 3, 31)),
    ("December", date(2026, 12, 1), date(2026, 12, 31)),  # the month begun
])
def test_a_period_in_since_alone_is_the_whole_period(typed, since, until):
    assert read_period(typed, "", TODAY) == Period(since, until, typed)
    # With Until typed, Since is the period's first day, as it was.
    assert read_period(typed, "today", TODAY) == Period(since, TODAY)


@pytest.mark.parametrize(("typed", "since"), [
    ("1 Sep", date(2026, 9, 1)),
    ("1/7/2026", date(2026, 7, 1)),
    ("Monday", TODAY),
    ("yesterday", date(2026, 12, 6)),
    ("3 months ago", date(2026, 9, 7)),
    ("a year ago", date(2025, 12, 7)),
    ("the past 3 months", date(2026, 9, 7)),  # counted back: from then to today
    ("end of March", date(2026, 3, 31)),
])
def test_a_day_in_since_alone_still_means_from_that_day(typed, since):
    assert read_period(typed, "", TODAY) == Period(since, None)


def test_next_week_month_quarter_and_year_are_periods_still_to_come():
    assert span("next week", TODAY) == (date(2026, 12, 14), date(2026, 12, 20))
    assert period("next month", TODAY) == (date(2027, 1, 1), date(2027, 1, 31))
    assert period("next quarter", TODAY) == (date(2027, 1, 1), date(2027, 3, 31))
    assert period("next year", date(2026, 3, 31)) == (date(2027, 1, 1), date(2027, 12, 31))
    assert period("last quarter", date(2027, 2, 1)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert period("next week", date(2026, 12, 31)) == (date(2027, 1, 4), date(2027, 1, 10))
    assert period("1 sep", TODAY) is None and period("the past month", TODAY) is None


def test_a_since_still_to_come_is_said_in_its_own_terms():
    day = read_period("next week", "", TODAY).since
    assert day == date(2026, 12, 14)
    assert since_to_come("next week", day, TODAY) == (
        "names 14 to 20 December 2026, a period still to come (today is Mon 7 Dec 2026)")
    assert since_to_come("Q1 2027", date(2027, 1, 1), TODAY) == (
        "names 1 January to 31 March 2027, a period still to come (today is Mon 7 Dec 2026)")
    assert since_to_come("tomorrow", date(2026, 12, 8), TODAY) == (
        "reads as Tue 8 Dec 2026, a day still to come (today is Mon 7 Dec 2026)")
    assert since_to_come("this week", TODAY, TODAY) is None


@pytest.mark.parametrize(("since", "until", "said"), [
    ("last quarter", "", "Last quarter: sessions held 1 July to 30 September 2026."),
    ("this quarter", "", "This quarter: sessions held 1 October to 31 December 2026, to "
                         "today so far."),
    ("last month", "", "Last month: sessions held 1 to 30 November 2026."),
    ("Q4 2025", "", "Q4 2025: sessions held 1 October to 31 December 2025."),
    ("1 Sep", "", "Sessions held from 1 September 2026 to today."),
    ("1/12/2025", "31/1/2026", "Sessions held 1 December 2025 to 31 January 2026."),
    ("Monday", "Monday", "Sessions held on 7 December 2026."),
    ("", "30/9/2026", "Sessions held up to 30 September 2026."),
    ("", "", ""),
    ("1/10/2026", "1/9/2026", ""),  # refused, saying why
    ("next week", "", ""),
])
def test_the_period_said_in_words(since, until, said):
    assert period_words(read_period(since, until, TODAY), TODAY) == said


def test_reflect_report_since_a_period_alone_covers_it_and_refuses_next_week(
        capsys, fictional_dir, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, *args, "--since", "Q1 2026")
    assert code == 0 and "covering sessions from 1 January 2026 to 31 March 2026." in out
    with pytest.raises(SystemExit):
        run(capsys, *args, "--since", "next year")
    err = capsys.readouterr().err
    year = date.today().year + 1
    assert f"'next year' names 1 January to 31 December {year}, a period still to come" in err
