"""A team's summary and notes keep their lines in every CPD record, as an answer does under its
label (docs/cpd-records.md, "As it reads"). A trial: a summary of three lines printed
`- The team's summary: Summary line one line two line three` on one line in every record of
the team session and of a reflection after it, the notes keeping each line. All names and
text here are invented."""

from __future__ import annotations

import io

import docx
import pytest

from reflect.export.team_words import team_link
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import RECORDS, render_bytes

SUMMARY = "Invented summary line one\nline two\n\nline four, after a blank line"
NOTE = "Invented note one\nInvented note two"


def _team(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261205-0900", title="Riverside invented meeting",
                      team="Riverside Team", facilitator="Pat Example",
                      participants=[Participant(name="Alex Example", role="Health visitor")])
    a = s.answer("zz-first")
    assert a is not None
    a.points = [Point(text="Ask about fathers", by="p1")]
    a.text = SUMMARY
    s.notes["good-practice"] = NOTE
    return s


def _after(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20261205-1000", mode="individual",
                      title="My invented reflection", facilitator="Sam Sample")
    s.answer("zz-first").what = "I noticed the invented father."  # type: ignore[union-attr]
    s.after = team_link(_team(review), review)
    return s


def _lines(data: bytes, fmt: str) -> str:
    """The record's text, a line at a time, each as it reads: its indent, a quotation's ">",
    Markdown's escapes and line-break spaces left off (a PDF's empty lines too: a gap, or a
    page's end)."""
    if fmt.endswith("pdf"):
        from pdfminer.high_level import extract_text

        text = "\n".join(line for line in extract_text(io.BytesIO(data)).splitlines()
                         if line.strip())
    elif fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        text = "\n".join(p.text for t in doc.tables for row in t.rows for c in row.cells
                         for p in c.paragraphs)
    else:
        text = data.decode("utf-8").replace("\\", "")
    return "\n".join(line.strip().removeprefix(">").strip() for line in text.splitlines())


@pytest.mark.parametrize("which", [_team, _after])
@pytest.mark.parametrize("fmt", sorted(RECORDS))
def test_the_teams_summary_keeps_its_lines_in_every_record(review, fmt, which):
    text = _lines(render_bytes(which(review), fmt, review), fmt)
    assert "The team's summary:\nInvented summary line one\nline two\n" in text
    # (Word's paragraphs and a PDF's gap are space, not an empty line)
    gap = "\n" if fmt.endswith(("docx", "pdf")) else "\n\n"
    assert f"line two{gap}line four, after a blank line" in text


@pytest.mark.parametrize("which", [_team, _after])
@pytest.mark.parametrize("fmt", sorted(RECORDS))
def test_the_teams_notes_keep_their_lines_in_every_record(review, fmt, which):
    text = _lines(render_bytes(which(review), fmt, review), fmt)
    assert "Good practice\nInvented note one\nInvented note two" in text
