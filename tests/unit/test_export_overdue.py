"""Every notes format says, in words, which actions are overdue on the day it is exported: an
action due 20/11/2026 exported on 4 December printed `20/11/2026 (Fri 20 Nov 2026) | open`,
nothing to say it had gone by, though the app's table and the report flagged it (a trial).
The team and everyone here are invented."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import docx
import pytest
from pdfminer.high_level import extract_text

from reflect.export.options import ExportOptions
from reflect.model.carried import CarriedAction
from reflect.model.dates import long_date
from reflect.model.session import Action, Session
from reflect.store.exports import render_bytes

EXPORTED = date(2026, 12, 4)
SAID = "overdue as of 4 Dec 2026"
SAID_ALOUD = "overdue as of Friday 4 December 2026"
"""The plain-text notes (and the PDF made from them) say the day in words."""


@pytest.fixture
def session(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "20261101-child-zz-0000abcd", title="Invented meeting",
                      team="Invented Team")
    s.actions = [
        Action(id="a1", text="Invented gone by", owner="Pat Example", due="20/11/2026",
               due_date=date(2026, 11, 20), status="open"),
        Action(id="a2", text="Invented done late", owner="Sam Sample", due="1/11/2026",
               due_date=date(2026, 11, 1), status="done"),
        Action(id="a3", text="Invented still to come", owner="Sam Sample", due="31/12/2026",
               due_date=date(2026, 12, 31), status="in progress"),
        Action(id="a4", text="Invented due today", owner="Sam Sample", due="4/12/2026",
               due_date=date(2026, 12, 4), status="open"),
    ]
    s.carried = [CarriedAction(session_id="20261001-child-zz-0000abce",
                               session_label="October meeting", action_id="a9",
                               text="Invented carried and gone by", due="31 October",
                               due_date=date(2026, 10, 31), status_before="open",
                               status="in progress")]
    return s


def _text(fmt: str, data: bytes) -> str:
    if fmt == "docx":
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            " | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows])
    if fmt == "pdf":
        return " ".join(extract_text(io.BytesIO(data)).split())
    return data.decode("utf-8-sig").replace("\n  ", " ")  # (a text line wrapped: one again)


def _lines_with(text: str, words: str) -> list[str]:
    return [line for line in text.splitlines() if words in line]


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx"])
def test_an_open_action_gone_by_is_said_to_be_overdue(session, review, fmt):
    text = _text(fmt, render_bytes(session, fmt, review, ExportOptions(today=EXPORTED)))
    said = SAID_ALOUD if fmt == "txt" else SAID
    assert any(said in line for line in _lines_with(text, "Invented gone by")), text
    assert any(said in line for line in _lines_with(text, "Invented carried and gone by"))
    for fine in ("Invented done late", "Invented still to come", "Invented due today"):
        assert not any("overdue" in line for line in _lines_with(text, fine)), fine
    assert text.count("overdue") == 2


def test_the_pdf_says_so_too(session, review):
    text = _text("pdf", render_bytes(session, "pdf", review, ExportOptions(today=EXPORTED)))
    assert f"status: open, {SAID_ALOUD}" in text
    assert text.count("overdue") == 2


def test_the_markdown_row_says_it_after_the_status(session, review):
    md = render_bytes(session, "md", review, ExportOptions(today=EXPORTED)).decode()
    assert ("| Invented gone by | Pat Example | Fri 20 Nov 2026 | "
            f"open, {SAID} |") in md


def test_the_json_gives_it_as_a_field_with_the_day_it_counts_from(session, review):
    data = json.loads(render_bytes(session, "json", review, ExportOptions(today=EXPORTED)))
    assert data["exported_on"] == "2026-12-04"
    assert [a["overdue"] for a in data["session"]["actions"]] == [True, False, False, False]
    assert [c["overdue"] for c in data["session"]["carried"]] == [True]


def test_the_actions_csv_has_a_column_for_it(session, review):
    text = render_bytes(session, "csv", review, ExportOptions(today=EXPORTED)).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(r["what"], r["overdue"]) for r in rows] == [
        ("Invented gone by", "yes"), ("Invented done late", "no"),
        ("Invented still to come", "no"), ("Invented due today", "no"),
        ("Invented carried and gone by", "yes")]


def test_a_new_due_date_set_here_is_the_one_counted(session, review):
    session.carried[0].new_due, session.carried[0].new_due_date = "31/1/2027", date(2027, 1, 31)
    data = json.loads(render_bytes(session, "json", review, ExportOptions(today=EXPORTED)))
    assert data["session"]["carried"][0]["overdue"] is False


def test_without_a_day_given_the_notes_count_from_today(session, review):
    yesterday = date.today() - timedelta(days=1)
    session.actions[0].due, session.actions[0].due_date = yesterday.isoformat(), yesterday
    text = render_bytes(session, "txt", review).decode()
    assert f"overdue as of {long_date(date.today())}" in text
