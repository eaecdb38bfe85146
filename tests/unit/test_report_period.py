"""A report's Since and Until read as a learning lead means them, the Reports screen and
`reflect report` alike (`report.period.read_period`). A period in Since alone is from its
first day to today ("Since March" is 1 March to today, as anyone reading it takes it; until 7
December 2026 it was March only), in Until alone up to its last day. A quarter or a month in
Since, without its year, that falls after Until is the one the year before: Since `Q4`, Until
`Q1` in December is last October to March (it was refused as after Until). A Since still to
come is refused in the period's own terms: `--since "next week"` said it "reads as Fri 18 Dec
2026", a due date's next week. Every team here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from reflect.model.spans import a_year_earlier, period, span
from reflect.report.dates import long_date
from reflect.report.period import Period, days_words, period_words, read_period, since_to_come
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
def test_a_period_alone_runs_from_its_first_day_in_since_and_to_its_last_in_until(
        typed, since, until):
    assert read_period(typed, "", TODAY).since == since
    assert read_period(typed, "", TODAY).until is None  # to today
    assert read_period("", typed, TODAY) == Period(None, until)
    assert read_period(typed, "today", TODAY) == Period(since, TODAY)
    assert read_period(typed, typed, TODAY) == Period(since, until)  # the period alone


@pytest.mark.parametrize(("since", "until", "first", "last", "earlier"), [
    ("Q4", "Q1", date(2025, 10, 1), date(2026, 3, 31), "Q4 2025"),
    ("q3", "Q2", date(2025, 7, 1), date(2026, 6, 30), "Q3 2025"),
    ("Q4", "Q1 2026", date(2025, 10, 1), date(2026, 3, 31), "Q4 2025"),
    ("October", "Q1", date(2025, 10, 1), date(2026, 3, 31), "October 2025"),
    ("Sept.", "31/3/2026", date(2025, 9, 1), date(2026, 3, 31), "September 2025"),
    ("December", "last month", date(2025, 12, 1), date(2026, 11, 30), "December 2025"),
    ("Q4", "March", date(2025, 10, 1), date(2026, 3, 31), "Q4 2025"),  # it read to today
    ("October", "March", date(2025, 10, 1), date(2026, 3, 31), "October 2025"),
    ("October", "31/3", date(2025, 10, 1), date(2026, 3, 31), "October 2025"),
    ("1 Oct", "31 Mar", date(2025, 10, 1), date(2026, 3, 31), "1 October 2025"),
    ("1/10", "end of March", date(2025, 10, 1), date(2026, 3, 31), "1 October 2025"),
    ("1/10", "Q1", date(2025, 10, 1), date(2026, 3, 31), "1 October 2025"),
    ("March", "January", date(2025, 3, 1), date(2026, 1, 31), "March 2025"),
    ("1/12", "5/1", date(2025, 12, 1), date(2026, 1, 5), "1 December 2025"),
    ("1 Dec", "last month", date(2025, 12, 1), date(2026, 11, 30), "1 December 2025"),
])
def test_an_until_before_since_in_the_year_is_the_next_year_and_never_one_to_come(
        since, until, first, last, earlier):
    """A quarter, month or day in Since after Until's in the year is the year before's.
    Since `Q4`, Until `March` in December covered 1 October 2026 to today, the March read
    forward from Since, where `Q4`, `Q1` was last October to this March (a trial): a month,
    a day and a quarter read one way, Until in the year after Since's, not in one to come."""
    assert read_period(since, until, TODAY) == Period(first, last, earlier=earlier)


@pytest.mark.parametrize(("since", "until", "today", "first", "last"), [
    ("January", "March", TODAY, date(2026, 1, 1), date(2026, 3, 31)),
    ("20 Dec", "31 Dec", TODAY, date(2025, 12, 20), date(2025, 12, 31)),  # Since: the one gone
    ("January", "March", date(2027, 2, 10), date(2027, 1, 1), date(2027, 3, 31)),  # under way
    ("Q4", "Q1", date(2027, 2, 10), date(2026, 10, 1), date(2027, 3, 31)),
    ("October", "March", date(2027, 2, 10), date(2026, 10, 1), date(2027, 3, 31)),
    ("Q4", "Q2", date(2027, 2, 10), date(2026, 10, 1), date(2027, 6, 30)),  # was Q2 2026's
    ("Q4 2024", "Q1", TODAY, date(2024, 10, 1), date(2025, 3, 31)),  # was Q1 2026: 18 months
    ("October 2026", "Q1", TODAY, date(2026, 10, 1), date(2027, 3, 31)),  # as `March` is
    ("last quarter", "Q1", TODAY, date(2026, 7, 1), date(2027, 3, 31)),
    ("Monday", "March", TODAY, TODAY, date(2027, 3, 31)),  # counted from today: kept
])
def test_an_until_without_its_year_is_read_from_since_on(since, until, today, first, last):
    assert read_period(since, until, today) == Period(first, last)


@pytest.mark.parametrize(("since", "until"), [
    ("Q4 2026", "Q1 2026"),  # its year written: truly backwards, refused
    ("October 2026", "31/3/2026"),
    ("Q4", "Q1 2025"),  # a year before is after Until still
    ("last quarter", "31/3/2026"),  # by its place, not its name: one quarter only
    ("1/10/2026", "Q1 2026"),
])
def test_a_since_after_until_with_its_year_or_no_name_is_still_refused(since, until):
    p = read_period(since, until, TODAY)
    assert p.since is not None and p.until is not None and p.since > p.until
    assert not p.earlier and period_words(p, TODAY) == ""


def test_a_quarter_or_month_before_until_keeps_its_year():
    assert read_period("Q1", "Q3", TODAY) == Period(date(2026, 1, 1), date(2026, 9, 30))
    assert read_period("Q4", "Q4", TODAY) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert read_period("October", "today", TODAY) == Period(date(2026, 10, 1), TODAY)
    assert a_year_earlier("q4", date(2027, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31),
                                                      "Q4 2025")  # Q4 2026 the one begun
    assert a_year_earlier("q4 2026", TODAY) is None
    assert a_year_earlier("this quarter", TODAY) is None
    assert a_year_earlier("1 oct", TODAY) == (date(2025, 10, 1), date(2025, 10, 1),
                                              "1 October 2025")  # 1 Oct 2026 the one gone
    assert a_year_earlier("monday", TODAY) is None and a_year_earlier("1/10/2026", TODAY) is None


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
def test_a_day_in_since_alone_means_from_that_day(typed, since):
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
    ("last quarter", "", "Sessions held from 1 July 2026 to today. Last quarter alone: type it "
                         "in Until too."),
    ("March", "", "Sessions held from 1 March 2026 to today. March alone: type it in Until "
                  "too."),
    ("this quarter", "", "Sessions held from 1 October 2026 to today."),  # the same alone
    ("", "Q3", "Sessions held up to 30 September 2026."),
    ("last quarter", "last quarter", "Sessions held 1 July to 30 September 2026."),
    ("Q4", "Q4", "Sessions held 1 October to 31 December 2026, to today so far."),
    ("Q4", "Q1", "Since read as Q4 2025, the one before Until: sessions held 1 October 2025 "
                 "to 31 March 2026."),
    ("October", "March", "Since read as October 2025, the one before Until: sessions held 1 "
                         "October 2025 to 31 March 2026."),
    ("1 Oct", "31 Mar", "Since read as 1 October 2025, the one before Until: sessions held 1 "
                        "October 2025 to 31 March 2026."),
    ("1 Sep", "", "Sessions held from 1 September 2026 to today."),
    ("1/12/2025", "31/1/2026", "Sessions held 1 December 2025 to 31 January 2026."),
    ("Monday", "Monday", "Sessions held on 7 December 2026."),
    ("", "30/9/2026", "Sessions held up to 30 September 2026."),
    ("", "", ""),
    ("1/10/2026", "1/9/2026", ""),  # refused, saying why
    ("Q4 2026", "Q1 2026", ""),
    ("Q5", "Q1 2026", ""),  # not a date: refused, never "up to 31 March 2026"
    ("last quarter", "Smarch", ""),
    ("next week", "", ""),
])
def test_the_period_said_in_words(since, until, said):
    assert period_words(read_period(since, until, TODAY), TODAY) == said


def test_reflect_report_since_a_period_alone_runs_to_today_and_refuses_next_week(
        capsys, fictional_dir, tmp_path):
    folder = tmp_path / "sessions"
    folder.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    code, out, _ = run(capsys, *args, "--since", "Q1 2026")
    assert code == 0 and "covering sessions from 1 January 2026." in " ".join(out.split())
    # A quarter in Since after Until: the one the year before, said on standard error
    today = date.today()
    named = f"Q{(today.month - 1) // 3 + 1}"  # this quarter, begun
    code, out, err = run(capsys, *args, "--since", named, "--until", f"{named} {today.year - 1}")
    first, last = period(f"{named.lower()} {today.year - 1}", today) or (None, None)
    assert code == 0 and (f"--since {named!r} reads as {named} {today.year - 1}, the one before "
                          f"--until '{named} {today.year - 1}': the report covers "
                          f"{days_words(first, last)}.") in " ".join(err.split())
    assert f"covering sessions from {long_date(first)} to {long_date(last)}." in " ".join(
        out.split())
    code, _, err = run(capsys, *args, "--since", f"{named} {today.year}",
                       "--until", f"{named} {today.year - 1}")
    assert code == 1 and "is after --until" in err  # its year written: truly backwards
    with pytest.raises(SystemExit):
        run(capsys, *args, "--since", "next year")
    err = capsys.readouterr().err
    year = date.today().year + 1
    assert f"'next year' names 1 January to 31 December {year}, a period still to come" in err


def test_29_february_without_a_year_is_the_last_one_in_since_and_until_alike(capsys,
                                                                            fictional_dir,
                                                                            tmp_path):
    """`29/2` in Since read as 29 February 2028, refused as a day still to come: it is the
    last one, 2024's. Since `1/3`, Until `29/2` (no years) ran to 29 February 2028, and Until
    `29/2` alone was 2028's too, read as today (a learning lead's trial): periods without a
    year are the most recent such days gone, Until not before Since, the command's and the
    screen's alike."""
    assert read_period("29/2", "", TODAY) == Period(date(2024, 2, 29), None)
    assert read_period("29 Feb", "1/3", TODAY) == Period(date(2024, 2, 29), date(2024, 3, 1))
    assert read_period("1/3", "29/2", TODAY) == Period(date(2023, 3, 1), date(2024, 2, 29),
                                                       earlier="1 March 2023")
    assert read_period("", "29/2", TODAY) == Period(None, date(2024, 2, 29))
    assert read_period("1/3", "28/2", TODAY).since == date(2025, 3, 1)  # a year back, as before
    folder = tmp_path / "sessions"
    folder.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, *args, "--since", "1/3", "--until", "29/2")
    read = read_period("1/3", "29/2", date.today())  # (the command reads from today)
    first, last = read.since, read.until
    assert code == 0 and first is not None and last is not None and last <= date.today()
    assert f"covering sessions from {long_date(first)} to {long_date(last)}." in " ".join(
        out.split()), err
