"""A school's safeguarding lead reflecting alone read her exports with `cat`, as a head teacher
would (a trial): an answer's second paragraph read as the next question, with "So what?"
joined to it; the record did not say whose it was; the Markdown kept the blank form's guidance
beside what she wrote; her notes' times invited doubt; and due dates came in brackets within
brackets. All names and text here are invented."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from reflect.export import forms, parts
from reflect.export.any_record import any_account
from reflect.export.escaping import with_code
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.export.record_blanks import team_own_words
from reflect.export.records import FILL_IN
from reflect.model.cpd import CpdChoices
from reflect.model.session import Action, Session, Timing
from reflect.store.exports import render_bytes

SECOND = "Invented older siblings attend our school."
WHAT = f"Invented phone calls to the health visitor.\nInvented training was in 2024.\n\n{SECOND}"
NAME = "Robin Invented"
TODAY = ExportOptions(today=date(2026, 12, 4))


@pytest.fixture
def reflection(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261204-0900", mode="individual",
                      title="Invented CPD reflection")
    s.facilitator = NAME  # whose it is (model/whose.py)
    a = s.answer("zz-first")
    a.what, a.so_what = WHAT, "If invented staff cannot spot it, nobody refers."
    s.differently = "Ask about invented siblings at every meeting."
    s.add_action(Action(text="Plan an invented refresher", owner="Deputy DSL",
                        due="end of February", due_date=date(2027, 2, 28)))
    s.add_action(Action(text="Review the invented log", due="next term"))
    s.minutes_spent = 75
    s.timing = Timing(spent={"q:zz-first": 9, "intro": 2, "good-practice": 0})
    s.cpd = CpdChoices(why_relevant="I am the invented school's safeguarding lead.")
    return s


def _text(data: bytes, fmt: str) -> str:
    if fmt.endswith("pdf"):
        from pdfminer.high_level import extract_text

        return extract_text(io.BytesIO(data))
    if fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        return "\n".join(p.text for t in doc.tables for row in t.rows for c in row.cells
                         for p in c.paragraphs)
    return data.decode("utf-8")


def test_a_blank_line_in_an_answer_stays_inside_it_in_the_text(reflection, review):
    txt = render_bytes(reflection, "cpd-txt", review).decode()
    assert ("What?\n  Invented phone calls to the health visitor.\n"
            "  Invented training was in 2024.\n\n"
            f"  {SECOND}\nSo what?\n  If invented staff") in txt
    for fmt in ("swe-txt", "nmc-txt"):
        assert f"\n  {SECOND}\nSo what?\n" in render_bytes(reflection, fmt, review).decode()


@pytest.mark.parametrize("fmt", ["cpd-md", "swe-md", "nmc-md"])
def test_a_blank_line_in_an_answer_stays_inside_its_quotation_in_markdown(reflection, review,
                                                                         fmt):
    md = render_bytes(reflection, fmt, review).decode()
    assert ("What?\n> Invented phone calls to the health visitor.  \n"
            f"> Invented training was in 2024.\n>\n> {SECOND}\n\nSo what?\n> If") in md


def test_a_blank_line_in_an_answer_stays_inside_it_in_word(reflection, review):
    doc = docx.Document(io.BytesIO(render_bytes(reflection, "cpd-docx", review)))
    pars = [p for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    second = next(p for p in pars if p.text == SECOND)
    label = next(p for p in pars if p.text.endswith("So what?"))
    assert second.paragraph_format.left_indent and not label.paragraph_format.left_indent


def test_a_blank_line_in_an_answer_leaves_so_what_on_its_own_line_in_the_pdf(reflection,
                                                                           review):
    text = _text(render_bytes(reflection, "cpd-pdf", review), "pdf")
    lines = [line.strip() for line in text.splitlines()]
    assert "So what?" in lines and SECOND in lines, text


def test_the_account_for_any_profession_names_its_author(reflection, review):
    assert any_account(reflection, review).entries[0].text == NAME
    assert "## Name\n\nRobin Invented\n" in render_bytes(reflection, "cpd-md", review).decode()
    assert "Name:\nRobin Invented\n" in render_bytes(reflection, "cpd-txt", review).decode()
    for fmt in ("cpd-docx", "cpd-pdf"):
        assert NAME in _text(render_bytes(reflection, fmt, review), fmt), fmt


def test_a_team_sessions_account_leaves_the_name_to_fill_in(review):
    s = Session.start(review, "child-zz-20261204-1000", title="Invented team meeting")
    s.facilitator = NAME  # the facilitator's, not necessarily whoever keeps the record
    assert any_account(s, review).entries[0].text == FILL_IN


@pytest.mark.parametrize("fmt", ["swe-md", "nmc-md", "nmc-discussion-md", "swe-txt"])
def test_the_regulators_forms_ask_no_name_and_get_none(reflection, review, fmt):
    assert NAME not in render_bytes(reflection, fmt, review).decode()


def test_a_filled_field_has_no_guidance_beside_it_in_any_format(reflection, review):
    guidance = "Why you chose it, and how it relates to your work."
    for fmt in ("cpd-md", "cpd-txt", "cpd-docx", "cpd-pdf"):
        text = " ".join(_text(render_bytes(reflection, fmt, review), fmt).split())
        assert guidance not in text, fmt
        assert "For example: reflection on a case review" not in text, fmt
    reflection.cpd = CpdChoices()  # left to fill in: the guidance helps
    assert f"*{guidance}*\n\n{FILL_IN}" in render_bytes(reflection, "cpd-md", review).decode()


@pytest.mark.parametrize(("fmt", "key"), [("cpd-md", "any"), ("cpd-docx", "any"),
                                          ("cpd-pdf", "any"), ("swe-md", "swe")])
def test_own_words_that_start_as_a_blank_does_are_no_blank(reflection, review, fmt, key):
    """Guidance was given beside any text starting with "……", as reflect's blanks do."""
    guidance = forms.form(key).field("why_relevant").prompt
    own = "……and then, as an invented lead, I am the one staff ask first."
    reflection.cpd = CpdChoices(why_relevant=own)
    text = " ".join(_text(render_bytes(reflection, fmt, review), fmt).split())
    assert own in text.replace("\\", ""), fmt
    assert guidance and guidance not in text, fmt
    reflection.cpd = CpdChoices()  # reflect's own blank: the guidance helps
    text = " ".join(_text(render_bytes(reflection, fmt, review), fmt).split())
    assert guidance in text and FILL_IN in text, fmt


def test_a_team_sessions_own_words_left_to_fill_in_keep_their_guidance(review):
    s = Session.start(review, "child-zz-20261204-1000", title="Invented team meeting")
    text = render_bytes(s, "swe-md", review).decode()
    assert f"*{forms.form('swe').field('learned').prompt}*\n\n{with_code(team_own_words(s))}" \
        in text


def test_how_it_changes_my_practice_is_not_labelled_again_inside_it(reflection, review):
    changes = {e.field.key: e.text for e in any_account(reflection, review).entries}["changes"]
    assert changes == "Ask about invented siblings at every meeting."
    md = render_bytes(reflection, "cpd-md", review).decode()
    assert "What I will do differently" not in md


def test_a_reflection_without_a_time_plan_says_what_each_time_is(reflection, review):
    for notes in (to_text(reflection, review), to_markdown(reflection, review)):
        flat = notes.replace("**", "").replace("- ", "")
        assert "Time the session was open (measured): 0 minutes" not in flat  # (11 s: none said)
        assert ("Time logged for CPD: 75 minutes, as you entered it (time reading and "
                "thinking away from reflect counts)") in flat
        assert "Planned" not in notes and "Over or under" not in notes
        assert " 0 s" not in notes and "Good practice" not in notes.split("Time logged")[1]
    reflection.timing = Timing(spent={"q:zz-first": 600}, plan={"q:zz-first": 300})
    assert "10 minutes spent, 5 minutes over." in to_text(reflection, review)  # a plan: said


def test_time_measured_is_named_as_measured(reflection, review):
    reflection.timing = Timing(spent={"q:zz-first": 130})
    assert "Time the session was open (measured): 2 minutes 10 seconds\n" in to_text(
        reflection, review)  # (in whole words, read aloud: "min", "s" were read so)
    reflection.minutes_spent = None
    assert "Time logged for CPD: 2 minutes, as reflect measured it" in to_text(reflection,
                                                                             review)


def test_due_words_are_plain_with_no_brackets_in_brackets(reflection, review):
    txt = to_text(reflection, review, TODAY)
    assert ("Plan an invented refresher. With Deputy DSL; due Sunday 28 February 2027; status: "
            "open.") in txt  # (the plain-text notes: in words, no brackets)
    assert "Review the invented log. Due next term, not read as a date; status: open." in txt
    record = render_bytes(reflection, "cpd-txt", review).decode()
    assert "(with Deputy DSL; due Sunday 28 February 2027)" in record  # (a record: in words)
    for fmt in ("md", "txt", "html", "cpd-md", "cpd-txt", "swe-md", "nmc-md"):
        out = render_bytes(reflection, fmt, review).decode()
        assert "(Sun 28 Feb 2027)" not in out and "(not read as a date)" not in out, fmt
        assert "due:" not in out, fmt


def test_due_words_that_name_no_real_day_say_why():
    assert parts.action_due(Action(text="x", due="31/02/2027")) == \
        "“31/02/2027” (not a date: no 31 Feb)"


@pytest.mark.parametrize("fmt", ["nmc-md", "nmc-docx"])
def test_a_records_blanks_and_undated_words_read_as_they_are(reflection, review, fmt):
    """A screen reader user's trial of the NMC record plain mode suggests heard each blank's
    "………………" as "ellipsis" six times, and `(due “31/02/2027” (not a date: no 31 Feb))`,
    "Feb" and brackets in brackets."""
    reflection.actions[1].due = "31/02/2027"
    text = " ".join(_text(render_bytes(reflection, fmt, review, TODAY), fmt).split())
    assert "…" not in text and "Left for you to fill in." in text
    assert "Review the invented log (due 31/02/2027, not a date: no 31 February)" in text, text
