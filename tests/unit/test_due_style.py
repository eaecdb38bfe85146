"""Every part of an exported actions line says due dates one way, the way the reports do
(`model.due.due_in_one_form`: the date read, `Sun 31 Jan 2027`, whatever was typed), and words
that name no date are said so whatever they end with (style `comma`: `“next term” (no date)`).
A carried action's line said `31 Jan, Sun 31 Jan 2027 → … keeps due 31 Jan (Sun 31 Jan 2027)`
(its remarks were printed by the app's copy of `due_words`), due words ending in `)` lost their
`(no date)`, and the notes said `end of February, Sun 28 Feb 2027` where the report of the same
action said `Sun 28 Feb 2027`. The team, its meetings and actions are invented."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import docx
import pytest
from pdfminer.high_level import extract_text

from reflect.export.action_parts import due_said
from reflect.export.options import ExportOptions
from reflect.model.carried import EarlierHeld
from reflect.model.due import due_words
from reflect.model.session import Action, CarriedAction, Session
from reflect.report.dates import due_parts
from reflect.store.exports import render_bytes

EXPORTED = ExportOptions(today=date(2027, 1, 5))
BRACKETED = ("(Sun 31 Jan 2027)", "(Wed 31 Mar 2027)", "(Sun 28 Feb 2027)", "not read as a date")
"""The app's style, never in the notes (`(Sat 1 May 2027)` is: a date noted, in its brackets)."""
TYPED = ("end of February", "31 Jan,", "end of March", "early May")
"""The words typed for dates read: the notes say the date alone, as the reports do."""
SPRING = "“after the invented audit (spring)” (no date)"
AUTUMN = "“after the invented review (autumn)” (no date)"


@pytest.fixture
def meeting(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20270105-0900", title="Invented meeting 3",
                      team="Invented team")
    s.add_action(Action(text="Plan an invented refresher", owner="Invented Lead",
                        due="end of February", due_date=date(2027, 2, 28)))
    s.add_action(Action(text="Review the invented log", due="next term"))
    s.add_action(Action(text="Check the invented audit", due="after the invented audit (spring)"))
    earlier = {"session_id": "s1", "session_label": "Invented meeting 1"}
    s.carried = [
        # A new due date naming none: the date the earlier meeting holds is kept.
        CarriedAction(**earlier, action_id="a1", text="Ring the invented school", due="31 Jan",
                      due_date=date(2027, 1, 31), new_due="next term"),
        # A later meeting's new date, not written back where it was agreed.
        CarriedAction(**earlier, action_id="a2", text="Write the invented plan", due="early May",
                      due_date=date(2027, 5, 1), due_noted_in="Invented meeting 2",
                      earlier=EarlierHeld(due="end of March", due_date=date(2027, 3, 31))),
        CarriedAction(**earlier, action_id="a3", text="Read the invented policy",
                      due="after the invented review (autumn)"),
    ]
    return s


def _text(fmt: str, data: bytes) -> str:
    if fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            " | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows])
    if fmt.endswith("pdf"):
        return extract_text(io.BytesIO(data))
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_a_notes_actions_lines_say_every_date_one_way(meeting, review, fmt):
    text = " ".join(_text(fmt, render_bytes(meeting, fmt, review, EXPORTED)).split())
    for bracketed in BRACKETED + TYPED:
        assert bracketed not in text, (bracketed, text)
    assert ("Sun 31 Jan 2027 → “next term” (no date); kept here only: “Invented "
            "meeting 1” keeps due Sun 31 Jan 2027 until a date is typed") in text
    assert ("“Invented meeting 1” says due Wed 31 Mar 2027: the due date noted "
            "in “Invented meeting 2” (Sat 1 May 2027) could not be written back "
            "there") in text
    assert "Sun 28 Feb 2027" in text
    assert "“next term” (no date)" in text
    assert SPRING in text and AUTUMN in text


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_the_plain_text_notes_say_every_date_one_way_in_words(meeting, review, fmt):
    """The plain-text notes plain mode suggests (and the PDF made of them) say each date as
    plain mode does, in words, with no arrow and no brackets around words naming none."""
    text = " ".join(_text(fmt, render_bytes(meeting, fmt, review, EXPORTED)).split())
    for shown in ("Sun 31 Jan 2027", "Sun 28 Feb 2027", "→", "(no date)") + TYPED:
        assert shown not in text, (shown, text)
    assert ("due Sunday 31 January 2027, moved to next term, not read as a date; kept here "
            "only: “Invented meeting 1” keeps due Sunday 31 January 2027 until a date is "
            "typed") in text
    assert "(Saturday 1 May 2027) could not be written back there" in text
    assert "due Sunday 28 February 2027; status: open." in text
    assert "due after the invented audit (spring), not read as a date; status: open." in text


@pytest.mark.parametrize("fmt", ["cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf", "swe-md", "swe-txt",
                                 "swe-docx"])
def test_a_records_agreed_actions_say_dates_one_way(meeting, review, fmt):
    text = " ".join(_text(fmt, render_bytes(meeting, fmt, review, EXPORTED)).split())
    for bracketed in BRACKETED[:-1] + TYPED + ("(no date)",):
        assert bracketed not in text, (bracketed, text)
    assert "due Sunday 28 February 2027" in text  # (in words: a screen reader said "Sun")
    # as plain mode says them: no quotes, and no brackets in the record's brackets (a trial)
    assert "due next term, not read as a date" in text
    assert "due after the invented audit (spring), not read as a date" in text


def test_the_json_and_csv_give_the_words_as_typed_and_the_date_apart(meeting, review):
    data = json.loads(render_bytes(meeting, "json", review, EXPORTED))
    assert [(a["due"], a["due_date"]) for a in data["session"]["actions"]] == [
        ("end of February", "2027-02-28"), ("next term", None),
        ("after the invented audit (spring)", None)]
    rows = list(csv.DictReader(io.StringIO(
        render_bytes(meeting, "csv", review, EXPORTED).decode("utf-8-sig"))))
    assert [(r["due"], r["due_date"]) for r in rows][:3] == [
        ("end of February", "2027-02-28"), ("next term", ""),
        ("after the invented audit (spring)", "")]
    # Beside them, the date as the other notes say it: a tool shows it the same way.
    assert [a["due_shown"] for a in data["session"]["actions"]] == [
        "Sun 28 Feb 2027", "“next term” (no date)", SPRING]
    assert [c["due_in_force_shown"] for c in data["session"]["carried"]] == [
        "Sun 31 Jan 2027", "Sat 1 May 2027", AUTUMN]


@pytest.mark.parametrize(("words", "day"), [
    ("end of February", date(2027, 2, 28)), ("28/2/27", date(2027, 2, 28)),
    ("next Friday", date(2026, 12, 4)), ("Fri 4 Dec 2026", date(2026, 12, 4)),
    ("20/11/2026", None),  # a file older than dates: the date the words name whatever the day
])
def test_the_notes_say_a_date_as_the_reports_do(words, day):
    assert due_said(words, day) == due_parts(words, day, None, None)[0]


@pytest.mark.parametrize(("words", "notes", "report"), [
    ("next term", "“next term” (no date)", "next term (not read as a date)"),
    ("31/02/2027", "“31/02/2027” (not a date: no 31 Feb)",
     "31/02/2027 (not a date: no 31 Feb)"),
    ("", "", ""),
])
def test_words_naming_no_date_are_as_typed_in_each_ones_brackets(words, notes, report):
    assert (due_said(words, None), due_parts(words, None, None, None)[0]) == (notes, report)


@pytest.mark.parametrize(("words", "day", "brackets", "comma"), [
    ("next Friday", date(2026, 12, 4), "next Friday (Fri 4 Dec 2026)",
     "next Friday, Fri 4 Dec 2026"),
    ("Fri 4 Dec 2026", date(2026, 12, 4), "Fri 4 Dec 2026", "Fri 4 Dec 2026"),
    ("someday", None, "someday (not read as a date)", "“someday” (no date)"),
    ("31/02/2027", None, "31/02/2027 (not a date: no 31 Feb)",
     "“31/02/2027” (not a date: no 31 Feb)"),
    # Brackets of the words' own are no remark on the date.
    ("after the invented audit (spring)", None,
     "after the invented audit (spring) (not read as a date)", SPRING),
    ("when (if) the invented panel meets.", None,
     "when (if) the invented panel meets. (not read as a date)",
     "“when (if) the invented panel meets.” (no date)"),
    # Copied from notes that already say it, in either style: said once.
    ("someday (not read as a date)", None, "someday (not read as a date)",
     "someday (not read as a date)"),
    ("“someday” (no date)", None, "“someday” (no date)", "“someday” (no date)"),
    ("", None, "", ""),
])
def test_due_words_in_either_style(words, day, brackets, comma):
    assert due_words(words, day) == due_words(words, day, "brackets") == brackets
    assert due_words(words, day, "comma") == comma
