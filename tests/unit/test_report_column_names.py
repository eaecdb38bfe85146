"""The report's counts are named as they are counted, the same in the CSV, the Markdown and
HTML reports and the Reports screen's words: a board's sheet read `questions_answered` 6 of a
review asking 3 (it counted the answers, each session's) and `attendees` 7 as seven people
(it counted attendances). Every team and person here is invented."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

from reflect.cli import main
from reflect.model.session import Participant, Session
from reflect.report import CSV_COLUMNS, build_report, gather, to_markdown
from reflect.report.summary_rows import summary_rows
from reflect.report.words import REVIEW_COLUMNS, review_row
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 12, 4)


def _two_sessions(fictional_dir: Path, folder: Path) -> None:
    """Each answers all three of Child ZZ's questions; 4 then 3 came (Pat at both)."""
    review = load_library(fictional_dir).get("child-zz")
    for n, people in ((1, ["Pat Example", "Sam Sample", "Alex Example", "Jo Example"]),
                      (2, ["Pat Example", "Chris Example", "Lee Example"])):
        s = Session.start(review, f"2026110{n}-child-zz-0000abc{n}", team="Invented Team",
                          created=datetime(2026, 11, n, 12, tzinfo=UTC))
        s.participants = [Participant(id=f"p{i}", name=name, role="Social worker")
                          for i, name in enumerate(people, 1)]
        for a in s.answers:
            a.text = "An invented answer."
        save_session(folder, s)


def test_the_csv_names_its_counts_as_they_are_counted(fictional_dir, tmp_path, capsys):
    folder = tmp_path / "sessions"
    _two_sessions(fictional_dir, folder)
    out = tmp_path / "board-report.csv"
    assert main(["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir),
                 "--review", "child-zz", "-o", str(out)]) == 0
    row = next(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
    # What the screen calls "Questions answered 3 of 3" is questions_answered, of
    # questions_in_review; the six answers given and the seven attendances are said so.
    assert (row["questions_answered"], row["questions_in_review"]) == ("3", "3")
    assert row["answers_given"] == "6"
    assert row["attendances"] == "7"
    assert "attendees" not in row and "questions_answered_once" not in row
    # In their old places: a sheet reading the columns by place reads them still.
    assert CSV_COLUMNS.index("attendances") == 5
    assert CSV_COLUMNS.index("answers_given") == 6
    assert CSV_COLUMNS.index("questions_answered") == 11


def test_the_screen_and_the_markdown_say_the_same_names(fictional_dir, tmp_path):
    folder = tmp_path / "sessions"
    _two_sessions(fictional_dir, folder)
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY, asks={"child-zz": 3})
    rows = dict(summary_rows(report))
    assert rows["Attendances at team discussions"] == "7 (one person at two meetings counts twice)"
    assert rows["Answers given, counted in each session"] == "6"
    assert rows["Questions answered at least once"] == "3 of 3"
    columns = dict(zip(REVIEW_COLUMNS, review_row(report.reviews[0]), strict=True))
    assert (columns["Attendances"], columns["Questions answered"]) == ("7", "3 of 3")
    md = to_markdown(report)
    assert "| Answers given, counted in each session | 6 |" in md
    assert "Attendances by role: Social worker 7" in md
    assert "Attending" not in md
