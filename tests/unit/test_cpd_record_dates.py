"""The date(s) a CPD record gives: a reflection started on one day and worked on again on a
later one gave only the first day (`Date: 20 November 2026`), in every record and format,
while its notes said they were last updated on the later day (a trial). A regulator asks for
the dates of the activity. All names and dates here are invented."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import docx
import pytest
from pdfminer.high_level import extract_text

from reflect.export import records
from reflect.export.team_words import team_link
from reflect.model.session import Participant, Point, Session
from reflect.store.exports import FORMATS, RECORDS, render_bytes

STARTED = datetime(2030, 11, 20, 10, 0, tzinfo=timezone.utc)
LATER = datetime(2030, 12, 4, 9, 30, tzinfo=timezone.utc)
BOTH = "20 November 2030; last worked on 4 December 2030"


def _reflection(review, updated: datetime = LATER) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20301120-1000", mode="individual",
                      title="Invented safer sleep reflection")
    s.answer("zz-first").what = "The invented family had a leaflet only."
    s.differently = "Ask where the invented baby sleeps at every visit."
    s.minutes_spent = 40
    s.created, s.updated = STARTED, updated
    return s


def _text(data: bytes, fmt: str) -> str:
    if fmt.endswith("docx"):
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            c.text for t in doc.tables for row in t.rows for c in row.cells])
    if fmt.endswith("pdf"):
        return extract_text(io.BytesIO(data))
    return data.decode("utf-8")


def test_a_reflection_worked_on_again_later_gives_both_days(review):
    assert records.activity_date(_reflection(review)) == BOTH


def test_one_worked_on_the_day_it_started_gives_that_day(review):
    same_day = _reflection(review, STARTED.replace(hour=23))
    assert records.activity_date(same_day) == "20 November 2030"


def test_a_team_sessions_date_is_its_meetings_whenever_its_notes_were_tidied(review):
    team = Session.start(review, "child-zz-20301120-1400", title="Invented team meeting")
    team.created, team.updated = STARTED, LATER
    assert records.activity_date(team) == "20 November 2030"


def test_a_reflection_after_a_team_session_on_another_day_gives_the_teams_day(review):
    team = Session.start(review, "child-zz-20301118-1400", title="Invented team meeting")
    team.created = datetime(2030, 11, 18, 14, 0, tzinfo=timezone.utc)
    team.add_participant(Participant(name="Ivo Invented", role="Health visitor"))
    team.answer("zz-first").points = [Point(text="Ask about every adult", by="p1")]
    mine = _reflection(review)
    mine.after = team_link(team, review)
    assert records.activity_date(mine) == f"{BOTH}; after the team's discussion on 18 November 2030"
    mine.after = mine.after.model_copy(update={"date": "20 November 2030"})
    assert records.activity_date(mine) == BOTH  # the same day: said once


@pytest.mark.parametrize("fmt", sorted(f for f in FORMATS if f in RECORDS
                                       and not f.startswith("nmc-discussion")))
def test_every_record_in_every_format_gives_the_later_day(review, fmt):
    """(The discussion form gives the discussion's date, not the reflection's: one on your
    own leaves it for you to fill in.)"""
    text = " ".join(_text(render_bytes(_reflection(review), fmt, review), fmt).split())
    assert BOTH in text, fmt
