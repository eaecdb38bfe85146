"""A report's Since and Until (`report.period.read_period`, the Reports screen and `reflect
report` alike) for a week commencing and a 29 February without its year. `w/c 14 Dec` was read
as a due date is (that week's Friday) yet refused in Since and Until; and Until `29/2` after
Since `1/3/2026` was read as 29 February 2028, a day still to come, so as today, unsaid (a
learning lead's trials). Nothing here names a real case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reflect.report.period import (
    Period,
    box_date,
    period_refused,
    period_words,
    read_period,
    until_short,
    week_said,
)
from tests.command_line import run

TODAY = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(("since", "until", "first", "last"), [
    ("w/c 30 Nov", "", date(2026, 11, 30), None),  # its Monday, not a due date's Friday
    ("", "w/c 30 Nov", None, date(2026, 12, 6)),  # to its Sunday, as `last week` is read
    ("w/c 30 Nov", "w/c 30 Nov", date(2026, 11, 30), date(2026, 12, 6)),  # the week alone
    ("week commencing 2nd November 2026", "wc 16/11", date(2026, 11, 2), date(2026, 11, 22)),
    ("w/c Monday", "", TODAY, None),  # the last Monday, as Since reads `Monday`
    ("1/12/2026", "w/c 30 Nov", date(2026, 12, 1), date(2026, 12, 6)),  # the week Since is in
])
def test_a_week_commencing_is_its_first_day_in_since_and_its_last_in_until(
        since: str, until: str, first: date | None, last: date | None) -> None:
    assert read_period(since, until, TODAY) == Period(first, last)
    assert period_refused(since, until, read_period(since, until, TODAY), TODAY) == ""


def test_what_a_week_commencing_was_taken_as_is_said_back() -> None:
    p = read_period("w/c 2 Nov", "w/c 16 Nov", TODAY)
    assert p.since is not None and p.until is not None
    assert week_said("w/c 2 Nov", p.since) == "Mon 2 Nov 2026, the first day of that week"
    assert week_said("w/c 16 Nov", p.until, until=True) == \
        "Sun 22 Nov 2026, the last day of that week"
    assert week_said("2 Nov", p.since) is None
    assert (box_date("w/c 2 Nov", p.since), box_date("2 Nov", p.since)) == (
        "Mon 2 Nov 2026", "2 Nov 2026")  # the boxes' borders on the Reports screen
    assert period_words(p, TODAY) == "Sessions held 2 to 22 November 2026."
    assert period_refused("w/c 31 Feb", "", read_period("w/c 31 Feb", "", TODAY), TODAY) == \
        "Since: 'w/c 31 Feb' is not a date: there is no 31 Feb."


def test_29_february_is_refused_where_none_comes_within_a_year_of_since() -> None:
    p = read_period("1/3/2026", "29/2", TODAY)
    assert (p.since, p.until, p.until_next, p.unread) == (
        date(2026, 3, 1), None, date(2028, 2, 29), True)
    assert period_refused("1/3/2026", "29/2", p, TODAY) == (
        "Until: '29/2' names no day within a year of Since (1 March 2026): the next 29 "
        "February is in 2028. Type the year with it, or another day.")
    assert until_short(p) == "no 29 Feb in a year"  # its box's border
    # the first on or after Since, where one comes in time; without Since's year, as before
    assert read_period("1/3/2023", "29/2", TODAY) == Period(date(2023, 3, 1),
                                                            date(2024, 2, 29))
    assert read_period("1/3", "29/2", TODAY).until == date(2024, 2, 29)
    assert read_period("1/3/2026", "31/1", TODAY).until == date(2027, 1, 31)  # (to today)


def test_the_command_says_both_as_the_screen_does(capsys: pytest.CaptureFixture[str],
                                                  fictional_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, *args, "--since", "w/c 2/11/2026", "--until", "w/c 16/11/2026")
    assert code == 0 and "covering sessions from 2 November 2026 to 22 November 2026" in \
        " ".join(out.split())
    assert "--since 'w/c 2/11/2026' reads as Mon 2 Nov 2026, the first day of that week." in \
        " ".join(err.split())
    today = date.today()  # (the command reads from today): a 1 March after the last 29
    leap = next(y for y in range(today.year, today.year - 9, -1)  # February gone, whose next
                if y % 4 == 0 and date(y, 3, 1) <= today)  # 29 February is years on
    with pytest.raises(SystemExit):
        run(capsys, *args, "--since", f"1/3/{leap}", "--until", "29/2")
    assert f"--until: '29/2' names no day within a year of --since (1 March {leap}): the " \
        f"next 29 February is in {leap + 4}." in " ".join(capsys.readouterr().err.split())
