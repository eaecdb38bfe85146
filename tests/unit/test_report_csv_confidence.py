"""The report's CSV gives each review's room confidence check, as the screen and the other
saved reports do (it had no column for it): new columns at the end, so a sheet reading the
columns before them by place reads them still. Every team here is invented."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from reflect.cli import main
from reflect.model.session import Confidence, Session
from reflect.report import CSV_COLUMNS, build_report, gather, to_csv
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)
BEFORE = ("review_id", "review_title", "sessions", "teams", "agencies", "attendances",
          "answers_given", "actions_agreed", "actions_done", "last_discussed",
          "themed_sessions", "questions_answered", "questions_in_review",
          "personal_actions", "personal_actions_done", "recommendations_no_action_recorded",
          "of_them_briefing_says_complete", "sessions_with_nothing_recorded")
"""The columns as they were, in their places (three renamed in them since)."""
ADDED = ("confidence_checks", "confidence_start_average", "confidence_end_average",
         "confidence_start_answers", "confidence_end_answers")


def _checked(review, folder: Path, n: int, **phases: list[int]) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(review, f"2026030{n}-{review.id}-0000eee{n}", team="Invented Team",
                      created=datetime(2026, 3, n, 12, tzinfo=UTC))
    s.answers[0].text = "An invented answer."  # something recorded, whatever the check holds
    s.confidence = [Confidence(phase=phase, prompt="Invented?", counts=counts)  # type: ignore[arg-type]
                    for phase, counts in phases.items()]
    save_session(folder, s)


def _sheet(text: str) -> dict[str, dict[str, str]]:
    return {row["review_id"]: row for row in csv.DictReader(io.StringIO(text, newline=""))}


def test_each_review_gives_its_confidence_checks_in_columns_at_the_end(fictional_dir, tmp_path,
                                                                       capsys):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    _checked(review, folder, 1, start=[0, 0, 2, 2, 0], end=[0, 0, 0, 2, 2])  # 3.5 → 4.5
    _checked(review, folder, 2, start=[0, 2, 0, 0, 0])  # 2.0, and not asked at the end
    _checked(review, folder, 3)  # not asked at all
    assert CSV_COLUMNS[:len(BEFORE + ADDED)] == BEFORE + ADDED  # later ones after them
    report = build_report(gather([folder], today=TODAY, use_cache=False), {}, TODAY)
    row = _sheet(to_csv(report))["child-zz"]
    # The six start answers together: (3+3+4+4+2+2)/6; the four at the end: (4+4+5+5)/4.
    assert [row[c] for c in ADDED] == ["2", "3.0", "4.5", "6", "4"]
    assert row["sessions"] == "3"  # the columns before are where they were
    # The command line's CSV is the same.
    assert main(["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir),
                 "--format", "csv"]) == 0
    said = _sheet(capsys.readouterr().out)["child-zz"]
    assert [said[c] for c in ADDED] == ["2", "3.0", "4.5", "6", "4"]


def test_a_check_nobody_answered_and_a_review_never_checked(fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "sessions"
    _checked(review, folder, 1, start=[0, 0, 0, 0, 0], end=[0, 0, 0, 0, 0])
    row = _sheet(to_csv(build_report(gather([folder], today=TODAY, use_cache=False),
                                     {"child-zz": "Child ZZ", "child-yy": "Child YY"},
                                     TODAY)))
    assert [row["child-zz"][c] for c in ADDED] == ["1", "", "", "0", "0"]
    assert [row["child-yy"][c] for c in ADDED] == ["0", "", "", "", ""]
