"""The plain-text notes (`reflect export ID -o notes.txt`, the file plain mode suggests) as a
screen reader says them: each heading was underlined with a line of `=====` or `-----`, read
"equals equals equals…" (a screen reader user's trial). A heading now stands alone on its
line, a blank line after it; the PDF, which found its headings by those lines, is told them
(`plain.Notes.headings`), and still prints them as headings. Read back with pdfminer, the
project's PDF reader. All data here is invented."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine

from reflect.export.plain import laid_out, to_text
from reflect.model.session import Action, Point, Session
from reflect.store.exports import render_bytes

RULE = re.compile(r"^\s*([=\-_*~#])\1{2,}\s*$")
"""A line drawn with one symbol over and over, read by its name, one at a time."""


def _session(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20300101-0900", title="Team Blue meeting",
                      team="Team Blue")
    s.answers[0].points.append(Point(text="Plans drifted"))
    s.answers[0].text = "Invented summary line\n====="  # typed: the person's own, kept as is
    s.add_action(Action(text="Ring the school", owner="Pat Example", due="2030-01-31"))
    s.differently = "Ask sooner"
    return s


def test_no_heading_is_underlined_and_each_stands_alone(review):
    s = _session(review)
    lines = to_text(s, review).splitlines()
    drawn = [line for line in lines if RULE.match(line)]
    assert drawn == ["    ====="]  # the answer's own line only, as typed
    for heading in ("Team Blue meeting", "Questions for reflection", "Agreed actions"):
        at = lines.index(heading)
        assert lines[at + 1] == "" and (at == 0 or lines[at - 1] == "")


def test_the_lines_marked_as_headings_are_the_headings(review):
    notes = laid_out(_session(review), review)
    said = {notes.lines[i]: level for i, level in notes.headings.items()}
    assert said["Team Blue meeting"] == 0
    assert said["Questions for reflection"] == 1 and said["Agreed actions"] == 1
    assert "Invented summary line" not in said and "    Invented summary line" not in said


def _styled(data: bytes) -> dict[str, tuple[str, float]]:
    """Each line of the PDF's text: the font and size of its first letter."""
    found: dict[str, tuple[str, float]] = {}

    def walk(item: object) -> None:
        if isinstance(item, LTTextLine):
            chars = [c for c in item if isinstance(c, LTChar)]
            if chars:
                found.setdefault(item.get_text().strip(), (chars[0].fontname,
                                                           round(chars[0].size)))
        for child in getattr(item, "_objs", []):
            walk(child)

    for page in extract_pages(io.BytesIO(data)):
        walk(page)
    return found


def test_the_pdf_still_prints_its_headings_as_headings(review):
    styled = _styled(render_bytes(_session(review), "pdf", review))
    title_font, title_size = styled["Team Blue meeting"]
    part_font, part_size = styled["Questions for reflection"]
    body_font, body_size = styled["Invented summary line"]
    assert "Bold" in title_font and "Bold" in part_font and "Bold" not in body_font
    assert title_size > part_size > body_size
    assert "Bold" in styled["Agreed actions"][0]
    assert "Bold" not in styled["====="][0]  # a typed line of symbols makes no heading


def test_the_last_line_says_its_date_in_words(review):
    s = _session(review)
    s.updated = datetime(2026, 12, 7, 3, 49, tzinfo=UTC)
    last = to_text(s, review).splitlines()[-1]
    assert last == ("Notes from reflect: the session was last changed on Monday 7 December "
                    "2026 at 03:49 UTC.")


def test_the_cpd_records_actions_are_words_and_words_bullets(review):
    """The Word record plain mode suggests (`--format cpd-docx`) listed My actions as lines
    begun "- ", each due date `Sun 31 Jan 2027`: read "dash", "Sun", "Jan"."""
    import docx

    s = Session.start(review, "child-zz-20300101-0900", title="On my own", mode="individual",
                      facilitator="Pat Example")
    s.answers[0].what = "Invented answer"
    s.add_action(Action(text="Read the invented guidance", due="31/1/2027",
                        due_date=date(2027, 1, 31)))
    document = docx.Document(io.BytesIO(render_bytes(s, "cpd-docx", review)))
    pars = [p for t in document.tables for row in t.rows for c in row.cells
            for p in c.paragraphs]
    [item] = [p for p in pars if "Read the invented guidance" in p.text]
    assert item.text.startswith("Read the invented guidance (due Sunday 31 January 2027")
    assert item.style.name == "List Bullet"
    assert not [p.text for p in pars if p.text.lstrip().startswith("- ")]


def test_points_and_actions_are_said_by_number_and_their_dates_in_words(review):
    """The plain-text notes plain mode suggests listed points and actions on lines begun `- `,
    read "dash", each action's facts in brackets and its date `Thu 31 Jan 2030`, read "Thu",
    "Jan". They are numbered in words now, each date said as plain mode says it; the
    Markdown keeps its list."""
    from reflect.export.markdown import to_markdown
    from reflect.export.options import ExportOptions

    s = _session(review)
    s.answers[0].points.append(Point(text="Why was nobody told?"))
    s.add_action(Action(text="Check the invented log", due="end of termm"))
    s.add_action(Action(text="Audit the invented files", due="1/11/2030",
                        due_date=date(2030, 11, 1)))
    options = ExportOptions(today=date(2030, 12, 2))
    lines = to_text(s, review, options).splitlines()
    assert "    Point 1: Plans drifted" in lines
    assert "    Point 2: Why was nobody told?" in lines
    assert ("Action 1: Ring the school. Owner: Pat Example; due Thursday 31 January 2030; "
            "status: open, overdue as of Monday 2 December 2030.") in lines
    assert ("Action 2: Check the invented log. No owner given; due end of termm, not read as a "
            "date; status: open.") in lines
    assert ("Action 3: Audit the invented files. No owner given; due Friday 1 November 2030; "
            "status: open, overdue as of Monday 2 December 2030.") in lines
    assert not [line for line in lines if line.lstrip().startswith("- ")]
    md = to_markdown(s, review, options)
    assert "- Plans drifted" in md and "Thu 31 Jan 2030" in md  # the Markdown as it was


def test_participants_and_the_confidence_check_are_said_without_brackets_or_symbols(review):
    """`Participants: Pip Example (health visitor, Invented Health)` was read "left paren",
    `- At the start: … 1 ×0, 2 ×1` "dash" and "times" (a screen reader user's trial)."""
    from reflect.model.edits import SessionEdits
    from reflect.model.session import Participant

    s = _session(review)
    s.add_participant(Participant(name="Pip Example", role="Health visitor",
                                  agency="Invented Health", left_early=True,
                                  left_during="Question 2"))
    s.add_participant(Participant(name="Rowan Example"))
    SessionEdits(s).set_confidence("end", "How sure are you?", [0, 1, 3, 2, 0])
    text = to_text(s, review)
    assert ("Participants: Pip Example, Health visitor, Invented Health, left early during "
            "Question 2; Rowan Example, no role or agency given\n") in text
    assert ("At the end: How sure are you? 6 answers: none gave 1, 1 gave 2, 3 gave 3, 2 gave "
            "4, none gave 5; average 3.2 of 5.\n") in text
    assert "×" not in text and "\n- " not in text
