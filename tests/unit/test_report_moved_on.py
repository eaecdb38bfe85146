"""A report shows each agreed action as the team's latest meeting to carry it does (one rule:
`later_is_newer`, as `CarriedAction.due_here` and `.overdue` for last time's actions), and
names the meeting that moved its due date as the sessions list names it now.

A trial: week 2 moved an action due 1 November to 18 December, but week 1 was open in another
reflect, so the date stayed in week 2's copy; week 3's last time's actions said it was due on
the 18th, while the report listed it overdue since 1 November, where it was agreed, and its
CSV had no column for the meeting that moved it. A meeting renamed after it wrote a date back
was named by its old title.

Every team, meeting and action here is invented.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from reflect.model.moved import meeting
from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.report import Filters, build_report, gather, to_html, to_markdown, to_overdue_csv
from reflect.report.cache import KIND
from reflect.report.csv_tables import to_actions_csv
from reflect.report.lines import Report
from reflect.store.cache import cache_file
from reflect.store.carry import open_actions_for_team
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.local_days import here

TEAM = "Moorvale Team"
WEEK1, WEEK2, WEEK3 = ("20261020-child-zz-0000aaa1", "20261110-child-zz-0000bbb2",
                       "20261201-child-zz-0000ccc3")


def _week1(review: Review, folder: Path) -> None:
    s = Session.start(review, WEEK1, title="Moorvale week 1", team=TEAM,
                      created=here(2026, 10, 20, 10))
    s.actions = [Action(id="a1", text="Invented chronology template", owner="Duty manager",
                        due="1/11/2026", due_date=date(2026, 11, 1))]
    save_session(folder, s)


def _week2(review: Review, folder: Path, *, due: str = "18/12/2026",
           day: date | None = date(2026, 12, 18), status: str = "open", note: str = "",
           written_back: bool = False) -> CarriedAction:
    """Week 2 gives week 1's action a new due date (a status, a note): written back, or kept
    in week 2's copy alone, as when week 1 was open in another reflect."""
    week2 = Session.start(review, WEEK2, title="Moorvale week 2", team=TEAM,
                          created=here(2026, 11, 10, 10))
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=week2.id)
    carried.new_due, carried.new_due_date, carried.note = due, day, note
    carried.status = status  # type: ignore[assignment]
    if written_back:
        problem, held = write_back(folder, carried, by=meeting(week2))
        assert problem is None and held is not None
        carried.earlier = held
    else:
        carried.written_back = False
    week2.carried = [carried]
    save_session(folder, week2)
    return carried


def _next_meeting(review: Review, folder: Path) -> CarriedAction:
    """Week 1's action as week 3's last time's actions carry it."""
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=WEEK3)
    return carried


def _report(folder: Path, today: date, filters: Filters | None = None,
            **kw: object) -> Report:
    return build_report(gather([folder], filters or Filters(), today=today,
                               **kw), today=today)  # type: ignore[arg-type]


def _rows(report: Report) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_overdue_csv(report), newline="")))


def test_a_date_moved_on_and_not_written_back_is_not_overdue_where_agreed(
        review: Review, tmp_path: Path) -> None:
    _week1(review, tmp_path)
    _week2(review, tmp_path)
    carried = _next_meeting(review, tmp_path)
    for today in (date(2026, 11, 2), date(2026, 12, 5), date(2026, 12, 18), date(2026, 12, 19)):
        report = _report(tmp_path, today, use_cache=False)
        assert bool(report.overdue) == carried.overdue(today), today  # the one rule
    report = _report(tmp_path, date(2026, 12, 5), use_cache=False)
    [line] = [a for r in report.recommendations for a in r.actions]
    assert line.due_shown == ("Fri 18 Dec 2026, was Sun 1 Nov 2026, "
                              "moved to Fri 18 Dec 2026 at “Moorvale week 2”, 10 Nov 2026")
    assert "moved to Fri 18 Dec 2026 at “Moorvale week 2”" in to_markdown(report)


def test_still_overdue_at_its_new_date_the_csv_says_which_meeting_moved_it(
        review: Review, tmp_path: Path) -> None:
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="20/11/2026", day=date(2026, 11, 20))
    [row] = _rows(_report(tmp_path, date(2026, 12, 5), use_cache=False))
    assert (row["due"], row["due_date"], row["agreed_due"], row["agreed_due_date"],
            row["session_title"], row["moved_in"], row["moved_in_held"]) == (
        "20/11/2026", "2026-11-20", "1/11/2026", "2026-11-01", "Moorvale week 1",
        "Moorvale week 2", "2026-11-10")


def test_a_date_written_back_gives_its_meeting_in_the_csv(review: Review,
                                                          tmp_path: Path) -> None:
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="20/11/2026", day=date(2026, 11, 20), written_back=True)
    assert load_session(session_path(tmp_path, WEEK1)).actions[0].moved_in is not None
    [row] = _rows(_report(tmp_path, date(2026, 12, 5), use_cache=False))
    assert list(row)[-5:-3] == ["moved_in", "moved_in_held"]  # new columns go last
    assert (row["due_date"], row["agreed_due_date"], row["moved_in"],
            row["moved_in_held"]) == ("2026-11-20", "2026-11-01", "Moorvale week 2",
                                      "2026-11-10")


def test_an_action_never_moved_has_the_columns_empty(review: Review, tmp_path: Path) -> None:
    _week1(review, tmp_path)
    [row] = _rows(_report(tmp_path, date(2026, 12, 5), use_cache=False))
    assert (row["due_date"], row["agreed_due"], row["moved_in"], row["moved_in_held"]) == (
        "2026-11-01", "", "", "")


@pytest.mark.parametrize("written_back", [False, True])
def test_the_meeting_renamed_since_is_named_as_the_sessions_list_names_it(
        review: Review, tmp_path: Path, written_back: bool) -> None:
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="20/11/2026", day=date(2026, 11, 20),
           written_back=written_back)
    cache = tmp_path / "cache"
    _report(tmp_path, date(2026, 12, 5), cache=cache)  # cached under the old title
    week2 = load_session(session_path(tmp_path, WEEK2))
    week2.title = "Moorvale November huddle"
    save_session(tmp_path, week2)
    report = _report(tmp_path, date(2026, 12, 5), cache=cache)  # week 1 from the cache
    [line] = report.overdue
    assert "at “Moorvale November huddle”, 10 Nov 2026" in line.due_shown
    assert "week 2" not in to_markdown(report) + to_html(report)
    assert _rows(report)[0]["moved_in"] == "Moorvale November huddle"


def test_done_at_a_later_meeting_not_written_back_is_done(review: Review,
                                                         tmp_path: Path) -> None:
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="", day=None, status="done", note="Template shared")
    report = _report(tmp_path, date(2026, 12, 5), use_cache=False)
    assert report.overdue == []
    assert (report.totals.actions_agreed, report.totals.actions_done) == (1, 1)
    [line] = [a for r in report.recommendations for a in r.actions]
    assert (line.status, line.progress, line.due_shown) == (
        "done", "Template shared", "Sun 1 Nov 2026")


def test_the_latest_meeting_on_another_review_and_outside_the_period_counts(
        review: Review, tmp_path: Path) -> None:
    """The team's next meeting carries every open action of the team, whatever its review:
    a report on week 1's review and period still reads week 2's copy."""
    _week1(review, tmp_path)
    _week2(review, tmp_path)
    data = session_path(tmp_path, WEEK2).read_text(encoding="utf-8")
    session_path(tmp_path, WEEK2).write_text(
        data.replace('review_id = "child-zz"', 'review_id = "child-other"'), encoding="utf-8")
    report = _report(tmp_path, date(2026, 12, 5), Filters(review="child-zz",
                                                          until=date(2026, 10, 31)),
                     use_cache=False)
    assert report.totals.sessions == 1 and report.overdue == []


def test_the_cache_keeps_later_copies_and_names_no_one(review: Review, tmp_path: Path) -> None:
    _week1(review, tmp_path)
    week2 = Session.start(review, WEEK2, title="Moorvale week 2", team=TEAM,
                          created=here(2026, 11, 10, 10))
    week2.participants = [Participant(id="p1", name="Quillon Examplar", role="Social worker")]
    [carried] = open_actions_for_team(tmp_path, TEAM, exclude_id=week2.id)
    carried.note, carried.written_back = "Quillon Examplar drafted it", False
    week2.carried = [carried]
    save_session(tmp_path, week2)
    cache = tmp_path / "cache"
    first = _report(tmp_path, date(2026, 12, 5), cache=cache)
    text = cache_file(KIND, tmp_path, cache).read_text(encoding="utf-8")
    assert "Quillon" not in text and "Examplar" not in text
    assert any(r["facts"]["carried"] for r in json.loads(text)["files"].values())
    again = _report(tmp_path, date(2026, 12, 5), cache=cache)
    assert again == first
    [line] = again.overdue
    assert line.progress == "[redacted] drafted it"


@pytest.mark.parametrize("width", range(20, 80, 3))
def test_the_date_agreed_wraps_with_its_comma_on_a_narrow_screen(width: int) -> None:
    """At 60x20 each overdue action is a block, its lines wrapped at their words: the comma
    after `(Sun 1 Nov 2026)` was a word of its own there, `2026) , moved to` (a trial)."""
    from reflect.ui.widgets.cell_fit import wrap_words

    was = ("was 1/11/2026 (Sun 1 Nov 2026), moved to Fri 20 Nov 2026 at “Moorvale November "
           "huddle”, 10 Nov 2026")
    lines = wrap_words(was, width)
    assert " ".join(lines) == was and all(not line.startswith(",") for line in lines)


@pytest.mark.parametrize("written_back", [False, True])
def test_the_meeting_that_marked_it_done_is_said(review: Review, tmp_path: Path,
                                                 written_back: bool) -> None:
    """A trial's report said `done` alone: which meeting marked it (and when) was in each
    meeting's notes, not in the evidence a learning lead reads. Read again from the cache,
    the same."""
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="", day=None, status="done", note="Template shared",
           written_back=written_back)
    for _ in range(2):
        report = _report(tmp_path, date(2026, 12, 5))
        [line] = [a for r in report.recommendations for a in r.actions]
        assert line.status == "done"
        assert line.status_shown == ("done at “Moorvale week 2”, 10 Nov 2026; "
                                     "progress: Template shared")
        assert "(done at “Moorvale week 2”, 10 Nov 2026; progress" in to_markdown(report)
        [row] = csv.DictReader(io.StringIO(to_actions_csv(report)))
        assert (row["status"], row["done_in"], row["done_in_held"]) == (
            "done", "Moorvale week 2", "2026-11-10")


def test_done_where_it_was_agreed_names_no_later_meeting(review: Review,
                                                          tmp_path: Path) -> None:
    _week1(review, tmp_path)
    s = load_session(session_path(tmp_path, WEEK1))
    s.actions[0].status = "done"
    save_session(tmp_path, s)
    _week3 = Session.start(review, WEEK3, title="Moorvale week 3", team=TEAM,
                           created=here(2026, 12, 1, 10))
    save_session(tmp_path, _week3)
    [line] = [a for r in _report(tmp_path, date(2026, 12, 5)).recommendations
              for a in r.actions]
    assert line.status_shown == "done"
    [row] = csv.DictReader(io.StringIO(to_actions_csv(_report(tmp_path, date(2026, 12, 5)))))
    assert (row["done_in"], row["done_in_held"]) == ("", "")


def test_the_meeting_that_marked_it_done_is_said_where_its_file_is_not_read(
        review: Review, tmp_path: Path) -> None:
    """Week 2 marked week 1's action done and wrote it back (`Action.done_in`); week 2's file
    is then not among the sessions read (kept in another folder, or deleted): the report said
    `done` alone. It says the meeting as week 1 keeps it; from the cache too."""
    _week1(review, tmp_path)
    _week2(review, tmp_path, due="", day=None, status="done", note="Template shared",
           written_back=True)
    session_path(tmp_path, WEEK2).unlink()
    for _ in range(2):
        report = _report(tmp_path, date(2026, 12, 5), cache=tmp_path / "cache")
        [line] = [a for r in report.recommendations for a in r.actions]
        assert line.status_shown == ("done at “Moorvale week 2”, 10 Nov 2026; "
                                     "progress: Template shared")
        [row] = csv.DictReader(io.StringIO(to_actions_csv(report)))
        assert (row["done_in"], row["done_in_held"]) == ("Moorvale week 2", "2026-11-10")
