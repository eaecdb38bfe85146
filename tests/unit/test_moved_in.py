"""Which later meeting moved an agreed action's due date, and when: kept as the new date is
written back (`Action.moved_in`, session schema 4) and said in the first meeting's notes in
every format. A trial: exported after week 2 wrote its changes back, week 1's notes said `due
next Fri, Fri 18 Dec 2026; agreed here: next Fri, Fri 11 Dec 2026`, and the app `moved by a
later session`: a service manager could not tell which meeting moved it, nor when. Every team,
meeting and person here is invented."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.export.options import ExportOptions
from reflect.model.moved import meeting, moved_said
from reflect.model.schema import SCHEMA_VERSION
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.store import sessions as store
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.local_days import here
from tests.readers import words_of

TEAM = "Moorvale Team"
MOVED = "moved to Fri 18 Dec 2026 at “Moorvale week 2”, 12 Dec 2026"
DUE = "Fri 18 Dec 2026; agreed here: Fri 11 Dec 2026; " + MOVED
DUE_ALOUD = ("Friday 18 December 2026; agreed here: Friday 11 December 2026; moved to Friday 18 "
             "December 2026 at “Moorvale week 2”, Saturday 12 December 2026")
"""The plain-text notes (and their PDF) say every date in words, as plain mode does."""


def _week1(review, folder: Path) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "20261205-child-zz-0000aaaa", title="Moorvale week 1", team=TEAM,
                      created=here(2026, 12, 5, 10))
    s.actions = [Action(id="a1", text="Invented chronology template", owner="Sam Sample",
                        due="next Fri", due_date=date(2026, 12, 11))]
    save_session(folder, s)
    return s


def _week2(review) -> Session:  # type: ignore[no-untyped-def]
    return Session.start(review, "20261212-child-zz-0000bbbb", title="Moorvale week 2",
                         team=TEAM, created=here(2026, 12, 12, 10))


def _moved(review, folder: Path) -> tuple[Session, CarriedAction]:  # type: ignore[no-untyped-def]
    """Week 1 saved, and week 2 moving its action to the Friday after, written back."""
    week1, week2 = _week1(review, folder), _week2(review)
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=week2.id)
    carried.status, carried.note = "in progress", "Template drafted"
    carried.new_due, carried.new_due_date = "next Fri", date(2026, 12, 18)
    problem, held = write_back(folder, carried, by=meeting(week2))
    assert problem is None and held is not None
    carried.earlier = held
    return load_session(session_path(folder, week1.id)), carried


def test_the_write_back_keeps_which_meeting_moved_the_date_and_when(review, tmp_path):
    week1, _ = _moved(review, tmp_path)
    [act] = week1.actions
    assert act.moved_in is not None
    assert (act.moved_in.session_id, act.moved_in.label, act.moved_in.held) == (
        "20261212-child-zz-0000bbbb", "Moorvale week 2", date(2026, 12, 12))
    assert moved_said(act) == MOVED
    data = tomllib.loads(session_path(tmp_path, week1.id).read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["actions"][0]["moved_in"] == {"session_id": "20261212-child-zz-0000bbbb",
                                              "label": "Moorvale week 2",
                                              "held": date(2026, 12, 12)}


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf"])
def test_the_first_meetings_notes_say_who_moved_it_and_when(review, tmp_path, fmt):
    week1, _ = _moved(review, tmp_path)
    text = words_of(fmt, store_render(week1, fmt))
    assert (DUE_ALOUD if fmt in ("txt", "pdf") else DUE) in text, text


def store_render(session: Session, fmt: str) -> bytes:
    from reflect.store.exports import render_bytes

    return render_bytes(session, fmt, None, ExportOptions(today=date(2026, 12, 12)))


def test_the_csv_and_the_json_give_the_meeting_and_its_day(review, tmp_path):
    week1, _ = _moved(review, tmp_path)
    [row] = csv.DictReader(io.StringIO(store_render(week1, "csv").decode("utf-8-sig"),
                                       newline=""))
    assert (row["due"], row["due_date"], row["agreed_due"], row["agreed_due_date"],
            row["moved_in"], row["moved_in_held"]) == (
        "next Fri", "2026-12-18", "next Fri", "2026-12-11", "Moorvale week 2", "2026-12-12")
    [act] = json.loads(store_render(week1, "json"))["session"]["actions"]
    assert act["moved_in"] == {"session_id": "20261212-child-zz-0000bbbb",
                               "title": "Moorvale week 2", "held": "2026-12-12"}


def test_moved_back_to_the_date_agreed_it_is_no_longer_said(review, tmp_path):
    week1, carried = _moved(review, tmp_path)
    carried.new_due, carried.new_due_date = "", None  # the box emptied in week 2
    assert write_back(tmp_path, carried, by=meeting(_week2(review)))[0] is None
    [act] = load_session(session_path(tmp_path, week1.id)).actions
    assert (act.agreed_due, act.moved_in, moved_said(act)) == (None, None, "")
    [row] = csv.DictReader(io.StringIO(store_render(load_session(
        session_path(tmp_path, week1.id)), "csv").decode("utf-8-sig"), newline=""))
    assert (row["agreed_due"], row["moved_in"], row["moved_in_held"]) == ("", "", "")


def test_the_meeting_renamed_since_is_named_as_titled_now(review, tmp_path):
    week1, _ = _moved(review, tmp_path)
    week2 = _week2(review)
    week2.title = "Moorvale week 2 (renamed)"
    save_session(tmp_path, week2)
    relabel(tmp_path, week1)
    assert moved_said(week1.actions[0]) == MOVED.replace("week 2”", "week 2 (renamed)”")


V3_MOVED = '''\
schema_version = 3
id = "20261205-child-zz-0000cccc"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "Moorvale week 1"
team = "Moorvale Team"
created = 2026-12-05T10:00:00Z
updated = 2026-12-12T11:00:00Z
current_step = "summary"

[[actions]]
id = "a1"
text = "Invented chronology template"
due = "next Fri"
due_date = 2026-12-18
status = "in progress"
progress = "Template drafted"
agreed_due = "next Fri"
agreed_due_date = 2026-12-11
'''


def test_a_version_3_file_moved_before_this_opens_and_says_what_it_knows(tmp_path):
    """A file a reflect of schema 3 wrote back to opens unchanged: which meeting moved its
    date is not known, so the notes say what they said, and the app `moved by a later
    session`."""
    path = tmp_path / "20261205-child-zz-0000cccc.toml"
    path.write_text(V3_MOVED, encoding="utf-8")
    session, read_only = store.read_session(path)
    assert read_only is None and path.read_text(encoding="utf-8") == V3_MOVED
    [act] = session.actions
    assert (act.agreed_due, act.moved_in, moved_said(act)) == ("next Fri", None, "")
    text = words_of("md", store_render(session, "md"))
    assert "Fri 18 Dec 2026; agreed here: Fri 11 Dec 2026 |" in text
    assert "moved" not in text


def test_a_reflect_that_knows_only_version_3_opens_a_moved_file_read_only(
        review, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    week1, _ = _moved(review, tmp_path)
    monkeypatch.setattr(store, "SCHEMA_VERSION", 3)
    read, read_only = store.read_session(session_path(tmp_path, week1.id))
    assert read_only is not None
    assert f"written by a newer reflect (schema {SCHEMA_VERSION}" in read_only
    assert [a.due for a in read.actions] == ["next Fri"]


def test_the_report_says_it_too_naming_no_one(review, tmp_path):
    """The report says the date first agreed and which meeting moved it, its title's names
    redacted as any other text a report shows (report/facts.py)."""
    from reflect.report import Filters, build_report, gather, to_html, to_markdown

    week1, week2 = _week1(review, tmp_path), _week2(review)
    week1.participants = [Participant(id="p1", name="Sam Sample", role="Social worker")]
    save_session(tmp_path, week1)
    week2.title = "Moorvale week 2 with Sam Sample"
    save_session(tmp_path, week2)
    [carried] = open_actions_for_team(tmp_path, TEAM, exclude_id=week2.id)
    carried.new_due, carried.new_due_date = "next Fri", date(2026, 12, 18)
    assert write_back(tmp_path, carried, by=meeting(week2))[0] is None
    today = date(2026, 12, 12)
    report = build_report(gather([tmp_path], Filters(), today=today), today=today)
    said = ("due Fri 18 Dec 2026, was Fri 11 Dec 2026, moved to Fri 18 "
            "Dec 2026 at “Moorvale week 2 with [redacted]”, 12 Dec 2026")
    assert said in to_markdown(report)
    assert "moved to Fri 18 Dec 2026 at “Moorvale week 2 with [redacted]”" in (
        to_html(report).replace("&ldquo;", "“").replace("&rdquo;", "”"))
    assert "Sam Sample" not in to_markdown(report)
