"""The same notation meant two things (a trial): in the notes' time table `1:14` and `0:16`
were minutes and seconds ("Total 2:15" beside "Time in the session: 2 minutes"), while in My
CPD so far and `reflect cpd` `1:15` was an hour and a quarter. Every time is now in words.
All names here are invented."""

from __future__ import annotations

import re

from reflect.export import portfolio
from reflect.export.markdown import to_markdown
from reflect.export.plain import to_text
from reflect.model.session import Session, Timing

COLON_TIME = re.compile(r"(?<![\d:])\d{1,3}:[0-5]\d(?![\d:])")


def _reflection(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "child-zz-20301120-1000", mode="individual",
                      title="Invented safer sleep reflection")
    s.answer("zz-first").what = "The invented family had a leaflet only."
    s.timing = Timing(spent={"q:zz-first": 74, "differently": 16, "intro": 45})
    return s


def _without_footer(text: str) -> str:  # "last changed on 2030-11-20 at 10:00 UTC": a time of day
    return "\n".join(line for line in text.splitlines() if "last changed" not in line)


def test_the_notes_time_table_says_minutes_and_seconds(review):
    s = _reflection(review)
    s.mode = "team"  # (a reflection with no time plan has no table: test_reflection_times)
    md = to_markdown(s, review)
    assert "| Question 1 | – | 1 min 14 s |  |" in md
    assert "| **Total** | **–** | **2 min 15 s** |  |" in md
    text = to_text(s, review)
    # read aloud, a sentence a step in whole words: no columns of `–`, no `min`, `s` (a trial)
    assert "\nQuestion 1: 1 minute 14 seconds spent.\n" in text
    assert "\nTotal: 2 minutes 15 seconds spent.\n" in text and "–" not in text
    for notes in (md, text):
        assert not COLON_TIME.search(_without_footer(notes)), notes


def test_my_cpd_so_far_says_hours_and_minutes(review):
    s = _reflection(review)
    s.minutes_spent = 75
    log = portfolio.to_text([portfolio.entry(s)])
    assert "  1 h 15 min  Invented safer sleep reflection" in log
    # No regulator's choice made: none of their terms (a teacher's trial)
    assert "Total: 1 h 15 min (1.25 hours).\n" in log
    assert "participatory" not in log and "peer-reflected" not in log
    s.cpd.themes = {"Preserve safety": ""}  # the NMC's chosen: its terms, and peer reflection
    log = portfolio.to_text([portfolio.entry(s)])
    assert "Total: 1 h 15 min (1.25 hours), 0 min of it participatory; 0 of 1 " \
           "peer-reflected.\n" in log
    s.cpd.themes, s.cpd.standards = {}, [3]  # Social Work England's: peer reflection alone
    log = portfolio.to_text([portfolio.entry(s)])
    assert "Total: 1 h 15 min (1.25 hours); 0 of 1 peer-reflected.\n" in log
    assert not COLON_TIME.search(log), log


def test_my_cpd_so_far_lines_its_times_up_at_their_units(review):
    long, short = _reflection(review), _reflection(review)
    long.minutes_spent, short.minutes_spent = 75, 5
    short.title = "Invented short reflection"
    lines = portfolio.to_text([portfolio.entry(long), portfolio.entry(short)]).splitlines()
    ends = [line.index(" min  Invented") for line in lines if " min  Invented" in line]
    assert len(ends) == 2 and ends[0] == ends[1], lines


def test_the_time_in_the_session_is_the_time_tables_total_said_the_same_way(review):
    """A team's notes said "Time in the session: 1 minute" while their own time table totalled
    "27 s" (a trial): the one figure measured, said as the table says it, in every format."""
    from reflect.export.docx_export import to_docx
    from reflect.export.html import to_html
    from tests.unit.test_export_formats import docx_text

    s = _reflection(review)
    s.mode = "team"
    s.timing = Timing(minutes=15, spent={"intro": 7, "q:zz-first": 20})
    md = to_markdown(s, review)
    assert "- **Time in the session:** 27 s\n" in md
    assert "| **Total** | **–** | **27 s** |  |" in md
    assert "1 minute" not in md
    for notes in (to_text(s, review), docx_text(to_docx(s, review)), to_html(s, review)):
        assert "27 s" in notes and "1 minute" not in notes
    s.timing = Timing(spent={"intro": 45, "q:zz-first": 3600 + 74})  # an hour and more
    assert "- **Time in the session:** 1 h 1 min 59 s\n" in to_markdown(s, review)
    assert "| **Total** | **–** | **1 h 1 min 59 s** |  |" in to_markdown(s, review)


def test_a_reflections_measured_time_is_said_as_measured_and_logged_in_whole_minutes(review):
    """Its time open said as the time table says times; the CPD log, in whole minutes (never
    less than one), says that it is: "1 minute, as reflect measured it" beside "27 s" read as
    two measurements."""
    s = _reflection(review)
    s.timing = Timing(spent={"intro": 7, "q:zz-first": 20})
    text = to_text(s, review)
    assert "Time the session was open (measured): 27 s" in text
    assert "Time logged for CPD: 1 minute, as reflect measured it, in whole minutes" in text


def test_minutes_offered_to_keep_are_words_from_an_hour_and_read_back_the_same():
    from reflect.model.timebox import minutes_to_type
    from reflect.model.typed_minutes import parse_minutes

    assert [minutes_to_type(m) for m in (45, 60, 90, 125)] == [
        "45", "1 hour", "1 hour 30 minutes", "2 hours 5 minutes"]
    assert all(parse_minutes(minutes_to_type(m)) == m for m in range(1, 1441))
