"""A report's Since and Until take calendar quarters, the periods a partnership reports on:
`--since "this quarter"`, `"last quarter"` and `Q4` were refused as not dates, and the
refusal named no words that would do (a trial). Quarters are the calendar's (Q1 January to
March); `Q4` alone is this year's once it has begun, else last year's. Every team here is
invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from reflect.cli import main
from reflect.model.dates import read_date
from reflect.model.session import Session
from reflect.model.since_until import read_date_near, read_until
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("typed", "since", "until"), [
    ("this quarter", date(2026, 10, 1), date(2026, 12, 31)),
    ("This Quarter", date(2026, 10, 1), date(2026, 12, 31)),
    ("the current quarter", date(2026, 10, 1), date(2026, 12, 31)),
    ("last quarter", date(2026, 7, 1), date(2026, 9, 30)),
    ("the previous quarter", date(2026, 7, 1), date(2026, 9, 30)),
    ("Q4", date(2026, 10, 1), date(2026, 12, 31)),
    ("q1", date(2026, 1, 1), date(2026, 3, 31)),
    ("Q2 2025", date(2025, 4, 1), date(2025, 6, 30)),
    ("2025 Q3", date(2025, 7, 1), date(2025, 9, 30)),
])
def test_quarters_read_as_their_first_and_last_days(typed, since, until):
    assert read_date_near(typed, TODAY, past=True) == since
    assert read_until(typed, TODAY) == until
    assert read_until(typed, TODAY, since) == until


def test_a_quarter_not_yet_begun_is_last_years_and_january_looks_back_a_year():
    february = date(2027, 2, 10)
    assert read_date_near("Q4", february, past=True) == date(2026, 10, 1)
    assert read_until("Q2", february) == date(2026, 6, 30)
    assert read_date_near("Q1", february, past=True) == date(2027, 1, 1)  # begun
    assert read_date_near("last quarter", february, True) == date(2026, 10, 1)
    assert read_until("last quarter", february) == date(2026, 12, 31)


def test_no_fifth_quarter_and_due_dates_are_not_quarters():
    assert read_date_near("Q5", TODAY, past=True) is None
    assert read_date("this quarter", TODAY) is None  # a due box reads no span


def _held(folder, review, n: int, day: date) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(review, f"{day:%Y%m%d}-child-zz-0000abd{n}", team="Invented Team",
                      created=here(day.year, day.month, day.day, 12))
    s.answers[0].text = "An invented answer."
    save_session(folder, s)


def test_reflect_report_since_this_quarter_and_q_words(fictional_dir, tmp_path, capsys):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    today = date.today()
    began = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)  # this quarter's first day
    _held(folder, review, 1, began)
    _held(folder, review, 2, began - timedelta(days=1))  # last quarter's last day
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main([*args, "--since", "this quarter"]) == 0
    out = capsys.readouterr().out
    assert f"sessions from {began.day} {began:%B %Y}" in " ".join(out.split())
    assert "| Sessions held | 1 " in out
    assert main([*args, "--since", "last quarter", "--until", "last quarter"]) == 0
    assert "| Sessions held | 1 " in capsys.readouterr().out
    named = f"Q{(today.month - 1) // 3 + 1}"
    assert main([*args, "--since", named]) == 0
    assert "| Sessions held | 1 " in capsys.readouterr().out


def test_a_date_not_read_names_the_words_that_are(fictional_dir, tmp_path, capsys):
    args = ["report", "--sessions-dir", str(tmp_path), "--content-dir", str(fictional_dir)]
    with pytest.raises(SystemExit):
        main([*args, "--since", "this qtr"])
    err = " ".join(capsys.readouterr().err.split())
    assert "'this qtr' is not a date reflect can read" in err
    for words in ("31/03/2026", "last month", "this quarter", "last quarter", "Q4",
                  "Q4 is October to December"):
        assert words in err
