"""A report on one review lists the overdue actions themed sessions agreed on its
recommendations, under the theme, as the report on every review lists them: `--review` on a
review discussed in a themed meeting said "Actions overdue: 0" and "None." beside that meeting's
action on it, a month past its due date (a learning lead's trial). Every review, team and
action here is invented."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.report import Filters, make_report, to_markdown, to_overdue_csv
from reflect.store.catalogue import load_catalogue
from tests.unit.test_report_theme_recommendations import THEME, _held, _library

LATER = date(2026, 7, 10)  # the themed meeting's action was due on 30 June 2026


def _report(content: Path, sessions: Path, review: str | None, today: date = LATER):
    return make_report([sessions], Filters(review=review), load_catalogue(content), None,
                       today, use_cache=False)[0]


def test_a_report_on_one_review_lists_a_themed_sessions_overdue_action_on_it(tmp_path):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    _held(sessions, load_catalogue(content), ("child-zy", ""))  # its own meeting agreed none
    on_zy = _report(content, sessions, "child-zy")
    assert [(a.review_id, a.text, a.team) for a in on_zy.overdue] == [
        (THEME, "Ring the invented school", "Invented Team 1")]
    md = to_markdown(on_zy)
    assert "| Actions overdue | 1 (1 agreed in a themed session) |" in md
    assert "| Actions agreed at team discussions | none |" in md
    assert "| Theme: information sharing | Invented Team 1 | no owner given | " \
           "Ring the invented school |" in md
    rows = list(csv.DictReader(io.StringIO(to_overdue_csv(on_zy))))
    assert [(r["review_id"], r["action"]) for r in rows] == [(THEME, "Ring the invented school")]
    # The report on every review lists the same one action, under the theme, said as before
    every = _report(content, sessions, None)
    assert [(a.review_id, a.text) for a in every.overdue] == [(THEME, "Ring the invented school")]
    assert "| Actions overdue | 1 |" in to_markdown(every)
    # Not yet due, or on another review: not listed
    assert _report(content, sessions, "child-zy", today=date(2026, 4, 1)).overdue == []
    assert _report(content, sessions, "child-zz").overdue == []


def test_a_themed_meetings_overdue_action_is_listed_though_it_met_before_the_period(tmp_path):
    """A report on one review from 2 March: the themed meeting of 1 March, whose action on the
    review is still overdue, was left out, though the review's own meetings before a period
    have their actions still overdue listed (a learning lead's trial): listed, said to be
    agreed before the period, and counted in no other figure."""
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    _held(sessions, load_catalogue(content), ("child-zy", ""))
    report = make_report([sessions], Filters(review="child-zy", since=date(2026, 3, 2)),
                         load_catalogue(content), None, LATER, use_cache=False)[0]
    assert [(a.review_id, a.text, a.outside) for a in report.overdue] == [
        (THEME, "Ring the invented school", "before")]
    md = to_markdown(report)
    assert "| Actions agreed at team discussions | none |" in md
    # one action, said once: "1 (1 agreed before this period and 1 agreed in a themed
    # session)" read as two
    assert "| Actions overdue | 1 (1 agreed in a themed session before this period) |" in md
