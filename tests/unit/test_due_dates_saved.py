"""Due dates: the date words were read as is saved beside them, older files still load, and
notes show both, with a carried action's progress note and new due date (#15.9, #15.13)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone

from reflect.export.csv_export import COLUMNS, to_csv
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.edits import SessionEdits
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.report.facts import facts_of
from reflect.store.sessions import load_session, save_session, session_path

TUESDAY = date(2026, 12, 1)


def session() -> Session:
    return Session(id="20261201-child-zz-00000001", review_id="child-zz",
                   review_title="Child ZZ", team="Invented team",
                   created=datetime(2026, 12, 1, 10, tzinfo=timezone.utc))


def test_an_action_keeps_its_words_and_the_date_they_were_read_as(sessions_dir):
    s = session()
    edits = SessionEdits(s, today=lambda: TUESDAY)
    action = edits.add_action("Ring the invented school nurse", due="next Friday")
    assert (action.due, action.due_date) == ("next Friday", date(2026, 12, 4))
    edits.edit_action(action, due="someday")
    assert (action.due, action.due_date) == ("someday", None)
    edits.undo()
    assert (action.due, action.due_date) == ("next Friday", date(2026, 12, 4))
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    assert "due_date = 2026-12-04" in path.read_text(encoding="utf-8")  # a TOML date
    assert load_session(path).actions[0].due_date == date(2026, 12, 4)


def test_a_file_from_before_dates_loads_and_reports_read_its_words(sessions_dir):
    s = session()
    s.actions = [Action(text="Old", due="31 January")]
    save_session(sessions_dir, s)
    path = session_path(sessions_dir, s.id)
    text = path.read_text(encoding="utf-8")  # as an older reflect wrote it
    path.write_text(text.replace('progress = ""\n', ""), encoding="utf-8")
    assert "due_date" not in path.read_text(encoding="utf-8")
    old = load_session(path)
    assert old.actions[0].due_date is None
    # read from the day the session was started, not from today
    assert facts_of(old).actions[0].due_date == date(2027, 1, 31)


def test_notes_show_the_date_read_the_progress_note_and_the_new_due_date():
    s = session()
    s.actions = [Action(text="Ring the nurse", due="next Friday", due_date=date(2026, 12, 4),
                        progress="Left a message")]
    s.carried = [CarriedAction(session_id="x", session_label="November meeting",
                               action_id="a1", text="Share the template", due="31 January",
                               due_date=date(2026, 1, 31), status_before="open",
                               status="in progress", note="Half shared",
                               new_due="end of March", new_due_date=date(2027, 3, 31))]
    # Exported on the day the session was held: none of them is overdue yet (exported after
    # 4 December, the first action is, and says so: tests/unit/test_export_overdue.py).
    held = ExportOptions(today=date(2026, 12, 1))
    md = " ".join(to_markdown(s, options=held).split())
    assert "Fri 4 Dec 2026" in md and "next Friday" not in md
    assert "open; progress: Left a message" in md
    assert "Sat 31 Jan 2026 → Wed 31 Mar 2027" in md
    assert "open → in progress; progress: Half shared" in md
    txt = " ".join(to_text(s, options=held).split())
    assert "due Saturday 31 January 2026, moved to Wednesday 31 March 2027" in txt  # aloud
    assert "progress: Half shared" in txt
    rows = [dict(zip(COLUMNS, r, strict=True))
            for r in csv.reader(io.StringIO(to_csv(s), newline=""))][1:]
    assert [(r["due"], r["due_date"], r["progress"]) for r in rows] == [
        ("next Friday", "2026-12-04", "Left a message"),
        ("end of March", "2027-03-31", "Half shared")]


def test_reports_use_the_stored_date_and_show_the_progress_noted(tmp_path):
    from reflect.report import build_report, gather, to_markdown

    folder = tmp_path / "shared"
    s = session()
    s.participants = [Participant(name="Zed Example", role="Invented nurse")]
    s.actions = [
        # typed as "next Friday" on 1 December: the date saved then is what counts
        Action(text="Ring the invented nurse", due="next Friday", due_date=date(2026, 12, 4),
               progress="Left a message with Zed Example"),
        # an older file: its words are read from the day the session started (1 Dec 2026)
        Action(text="Share the template", due="Friday"),
        Action(text="Vague", due="someday"),
    ]
    save_session(folder, s)
    today = date(2026, 12, 10)
    report = build_report(gather([folder], today=today), today=today)
    assert [(a.text, a.due_date) for a in report.overdue] == [
        ("Ring the invented nurse", date(2026, 12, 4)),
        ("Share the template", date(2026, 12, 4))]
    md = " ".join(to_markdown(report).split())
    assert "(open; progress: Left a message with [redacted]; due Fri 4 Dec 2026;" in md
    assert "(open; due Fri 4 Dec 2026;" in md and "Friday" not in md  # each as the date read
    assert "open; progress: Left a message with [redacted]" in md  # names never reach it
    assert "Zed" not in md
