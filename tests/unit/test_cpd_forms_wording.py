"""The forms' wording in forms.toml: each form cites where it was checked, records follow the
data file's fields, and the NMC reflective discussion form lists only this record's themes."""

from __future__ import annotations

import io
import re
from importlib import resources

import docx
import pytest

from reflect.export import forms
from reflect.export.records import FILL_IN, nmc_discussion
from reflect.export.team_words import team_link
from reflect.model.cpd import NMC_THEMES, CpdChoices
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import render_bytes

FORMS = ("swe", "nmc_account", "nmc_log", "nmc_discussion")


def _raw() -> str:
    return resources.files("reflect.export").joinpath("forms.toml").read_text("utf-8")


def test_every_form_cites_the_published_pages_it_was_checked_against():
    text = _raw()
    for key in FORMS:
        at = text.index(f"[forms.{key}]\n")
        comment = re.search(r"((?:#[^\n]*\n)+)\Z", text[:at])
        assert comment is not None, key
        assert re.search(r"https://www\.(socialworkengland|nmc)\.org\.uk/", comment.group(1)), key


def test_the_discussion_form_asks_for_what_the_nmc_says_the_partner_records(review):
    """Name, NMC Pin, email, professional address and postcode, and the date: all there, the
    partner's details left for the person to fill in."""
    keys = [f.key for f in forms.form("nmc_discussion").fields]
    assert keys == ["partner_name", "partner_pin", "partner_email", "partner_address", "date",
                    "summary", "themes"]
    s = Session.start(review, "child-zz-20300103-0900", mode="individual")
    record = {e.field.key: e.text for e in nmc_discussion(s, review).entries}
    assert [record[k] for k in keys[:4]] == [FILL_IN] * 4
    assert record["date"]


def test_the_log_prompts_use_the_nmcs_words():
    log = forms.form("nmc_log")
    assert log.field("topic").prompt == (
        "A description of the topic and how it related to your practice.")
    assert log.field("code").prompt == "The part of the Code most relevant to the activity."


def _discussion_text(session: Session, review, fmt: str) -> str:
    data = render_bytes(session, f"nmc-discussion-{fmt}", review)
    if fmt == "docx":
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            c.text for t in doc.tables for row in t.rows for c in row.cells])
    return data.decode()


def _pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


PARTNER = ("Name of the NMC-registered reflective discussion partner", "Their NMC Pin",
           "Their email", "Their professional address and postcode")


@pytest.mark.parametrize("fmt", ["md", "txt", "docx", "pdf"])
def test_every_format_says_the_partners_details_are_for_you_to_fill_in(review, fmt):
    """The text to paste left the partner's name, Pin, email and address empty under their
    names, where Markdown and Word said "For you to fill in." under each (a trial): every
    format now gives each the same words as any other blank, once."""
    s = Session.start(review, "child-zz-20300103-0900", mode="individual")
    data = render_bytes(s, f"nmc-discussion-{fmt}", review)
    if fmt == "pdf":
        text = _pdf_text(data)
    elif fmt == "docx":
        text = _discussion_text(s, review, fmt)
    else:
        text = data.decode()
    flat = " ".join(text.split())
    for name, after in zip(PARTNER, [*PARTNER[1:], "Date of the reflective discussion"],
                           strict=True):
        between = flat[flat.index(name) + len(name):flat.index(after)]
        assert between.strip(" #*:") == FILL_IN, (fmt, name, between)
    assert "For you to fill in." not in text


@pytest.mark.parametrize("fmt", ["md", "txt", "docx"])
def test_the_discussion_form_lists_only_the_themes_chosen_for_this_record(review, fmt):
    team = Session.start(review, "child-zz-20300101-0900", title="Invented team meeting")
    team.add_participant(Participant(name="Ivo Invented", role="Health visitor"))
    team.answer("zz-first").points = [Point(text="Ask about every adult", by="p1")]
    team.cpd = CpdChoices(themes={"Practise effectively": "team's how",
                                  "Promote professionalism and trust": "team's how"})
    mine = Session.start(review, "child-zz-20300102-0900", mode="individual",
                         title="My invented reflection")
    mine.after = team_link(team, review)
    mine.cpd = CpdChoices(themes={"Preserve safety": "I ask who lives in the home."})
    text = _discussion_text(mine, review, fmt)
    assert {e.field.key: e.text for e in nmc_discussion(mine, review).entries}["themes"] == \
        "Preserve safety"
    for theme in NMC_THEMES:
        assert (theme in text) == (theme == "Preserve safety"), (fmt, theme)
    # The team session's own record lists the team's choice, not the reflection's.
    team_text = _discussion_text(team, review, fmt)
    assert "Preserve safety" not in team_text and "Practise effectively" in team_text
    # None chosen: left for the person, never all four.
    mine.cpd = CpdChoices()
    none_chosen = {e.field.key: e.text for e in nmc_discussion(mine, review).entries}
    assert none_chosen["themes"] == FILL_IN
    assert not any(theme in _discussion_text(mine, review, fmt) for theme in NMC_THEMES)


def test_a_pdf_field_name_never_ends_a_page_apart_from_its_text():
    """A field whose name would fall at the foot of a page starts the next page instead, so
    the name, its prompt and the start of its text are read together."""
    from pdfminer.high_level import extract_text

    from reflect.export.pdf import Page

    page = Page("Invented record")
    page.pdf.set_y(page.pdf.h - page.pdf.b_margin - 8)  # room for a name, not its text
    page.boxed("Invented field name", "An invented prompt.", "Invented answer text")
    data = page.output()
    assert page.pages == 2
    first, second = (extract_text(io.BytesIO(data), page_numbers=[n]) for n in (0, 1))
    assert "Invented field name" not in first
    assert "Invented field name" in second and "Invented answer text" in second


def test_a_word_field_name_keeps_with_its_text(review):
    s = Session.start(review, "child-zz-20300104-0900", mode="individual")
    doc = docx.Document(io.BytesIO(render_bytes(s, "swe-docx", review)))
    rows = doc.tables[0].rows
    names = [rows[i].cells[0] for i in range(0, len(rows), 2)]
    assert len(names) == len(forms.form("swe").fields)
    assert all(p.paragraph_format.keep_with_next for cell in names for p in cell.paragraphs)


def test_a_reflection_on_ones_own_leaves_the_discussions_date_to_the_person(review):
    """No discussion took place in a reflection alone: its date is not the discussion's."""
    alone = Session.start(review, "child-zz-20300105-0900", mode="individual")
    assert {e.field.key: e.text for e in nmc_discussion(alone, review).entries}["date"] == \
        FILL_IN
    team = Session.start(review, "child-zz-20300106-0900", title="Invented team meeting")
    assert {e.field.key: e.text for e in nmc_discussion(team, review).entries}["date"] != \
        FILL_IN
