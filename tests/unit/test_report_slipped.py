"""A report says what a lead chases: an action a later meeting moved, with the date first
agreed; an action whose due date is not a date, counted; and each session by its own title
beside its id or day, so two meetings on one day are told apart (a trial).

Every team, title and action here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.model.session import Action, Session
from reflect.report import build_report, gather, to_csv, to_html, to_markdown
from reflect.report.summary_rows import summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)


def _folder(fictional_dir: Path, tmp_path: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "shared"
    morning = Session.start(review, "20261020-child-zz-0000aaa1", title="Morning huddle",
                            team="Invented North Team",
                            created=here(2026, 10, 20, 9))
    morning.actions = [
        # moved by a later meeting: agreed for 1/11/2026, now due 18/12/2026
        Action(text="Invented slipped audit", due="18/12/2026", due_date=date(2026, 12, 18),
               agreed_due="1/11/2026", agreed_due_date=date(2026, 11, 1)),
        Action(text="Invented impossible date", due="31/02/2026"),
        Action(text="Invented overdue check", due="2/11/2026", due_date=date(2026, 11, 2)),
    ]
    afternoon = Session.start(review, "20261020-child-zz-0000aaa2", title="Afternoon follow-up",
                              team="Invented North Team",
                              created=here(2026, 10, 20, 14))
    afternoon.answers[0].text = "An invented answer."
    afternoon.actions = [Action(text="Invented done thing", due="30/02/2026", status="done")]
    save_session(folder, morning)
    save_session(folder, afternoon)
    return folder


def test_a_moved_due_date_shows_the_date_first_agreed(fictional_dir, tmp_path):
    folder = _folder(fictional_dir, tmp_path)
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    shown = "Fri 18 Dec 2026, was Sun 1 Nov 2026"  # each as the date read, as typed nowhere
    moved = next(a for r in report.recommendations for a in r.actions
                 if a.text == "Invented slipped audit")
    assert moved.due_shown == shown
    for text in (to_markdown(report), to_html(report)):
        assert "was Sun 1 Nov 2026" in text and "1/11/2026" not in text
    # a due date never moved says nothing more
    check = next(a for a in report.overdue if a.text == "Invented overdue check")
    assert "was" not in check.due_shown


def test_an_action_whose_due_date_is_not_a_date_is_counted_to_chase(fictional_dir, tmp_path):
    folder = _folder(fictional_dir, tmp_path)
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    rows = dict(summary_rows(report))
    # the one done needs no chasing
    assert rows["Actions with a due date that is not a date"] == "1"
    assert [a.text for a in report.undated] == ["Invented impossible date"]
    md = to_markdown(report)
    section = md[md.index("## Actions with a due date that is not a date"):]
    assert "Invented impossible date" in section and "not a date: no 31 Feb" in section
    assert "Invented impossible date" in to_html(report).split('id="undated"')[1]
    row = next(csv.DictReader(io.StringIO(to_csv(report))))
    assert row["actions_due_date_not_a_date"] == "1"


def test_sessions_are_named_by_their_titles_beside_their_ids_and_days(fictional_dir,
                                                                       tmp_path):
    folder = _folder(fictional_dir, tmp_path)
    report = build_report(gather([folder], today=TODAY), today=TODAY)
    md = to_markdown(report)
    assert "- Child ZZ: 20 October 2026 (Morning huddle), 20 October 2026 (Afternoon " \
        "follow-up)" in md
    assert "| Morning huddle (20261020-child-zz-0000aaa1) |" in md
    assert "session Morning huddle (20261020-child-zz-0000aaa1)" in md
    html = to_html(report)
    assert "20 October 2026 (Afternoon follow-up)" in html
    assert "Morning huddle (20261020-child-zz-0000aaa1)" in html
    assert "Morning huddle" not in to_csv(report)  # one row per review: no sessions there
