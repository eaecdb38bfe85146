"""An action's due date from a file older than dates (`due` kept, no `due_date`): every notes
format and the report say its words with the date they name where those do not depend on the
day they are read (`20/11/2026 (Fri 20 Nov 2026)`), as plain mode says them, and count it
overdue as a stored date would. The notes said `20/11/2026` bare and never overdue, while plain
mode said the date (a trial). The file, the team and everyone in it are invented."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import docx
import pytest
from pdfminer.high_level import extract_text

from reflect.export.options import ExportOptions
from reflect.model.session import Session
from reflect.report import build_report, gather, to_markdown
from reflect.store.exports import render_bytes
from reflect.store.sessions import load_session

EXPORTED = date(2026, 12, 4)
OLDER_FILE = '''\
schema_version = 1
id = "20261101-child-zz-000000ab"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "November huddle"
team = "Invented Team"
created = 2026-11-01T10:00:00Z
updated = 2026-11-01T11:00:00Z
current_step = "summary"

[[actions]]
text = "Ring the invented school"
owner = "Pat Example"
due = "20/11/2026"
status = "open"

[[actions]]
text = "Write the invented plan"
owner = "Sam Sample"
due = "end of March 2027"
status = "in progress"

[[actions]]
text = "Book the invented room"
owner = "Sam Sample"
due = "next Friday"
status = "open"
'''


def older_session(folder: Path) -> Session:
    """The older file, written as it was (no `due_date`), and read back."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "20261101-child-zz-000000ab.toml"
    path.write_text(OLDER_FILE, encoding="utf-8")
    session = load_session(path)
    assert [a.due_date for a in session.actions] == [None, None, None]
    return session


def _text(fmt: str, data: bytes) -> str:
    if fmt == "docx":
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            " | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows])
    if fmt == "pdf":
        return " ".join(extract_text(io.BytesIO(data)).split())
    return " ".join(data.decode("utf-8-sig").split())  # (a line wrapped: one again)


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf"])
def test_the_notes_say_the_date_an_older_files_due_words_name(tmp_path, review, fmt):
    session = older_session(tmp_path / "sessions")
    text = _text(fmt, render_bytes(session, fmt, review, ExportOptions(today=EXPORTED)))
    text = " ".join(text.split())
    aloud = fmt in ("txt", "pdf")  # (the plain-text notes, and the PDF of them: in words)
    november, march = ("Friday 20 November 2026", "Wednesday 31 March 2027") if aloud else \
        ("Fri 20 Nov 2026", "Wed 31 Mar 2027")
    assert november in text and "20/11/2026" not in text, text
    assert march in text and "end of March 2027" not in text
    assert "next Friday (" not in text  # another Friday now: not guessed
    gone = "Friday 4 December 2026" if aloud else "4 Dec 2026"
    assert text.count(f"overdue as of {gone}") == 1  # 20/11/2026, gone by


def test_the_csv_gives_the_date_and_says_it_is_overdue(tmp_path, review):
    session = older_session(tmp_path / "sessions")
    data = render_bytes(session, "csv", review, ExportOptions(today=EXPORTED))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert [(r["due"], r["due_date"], r["overdue"]) for r in rows] == [
        ("20/11/2026", "2026-11-20", "yes"), ("end of March 2027", "2027-03-31", "no"),
        ("next Friday", "", "no")]


def test_the_report_says_the_date_and_counts_it_overdue(tmp_path):
    """As the report did already: it reads an older file's words from the day its session
    started (`report.dates.due_date`), so `next Friday` too there."""
    older_session(tmp_path / "sessions")
    report = build_report(gather([tmp_path / "sessions"], today=EXPORTED), today=EXPORTED)
    overdue = [a.text for a in report.overdue]
    assert "Ring the invented school" in overdue and "Write the invented plan" not in overdue
    assert "| Fri 20 Nov 2026 | open |" in to_markdown(report)  # the date read, as every date
