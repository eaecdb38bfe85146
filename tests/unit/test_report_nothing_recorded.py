"""A session with nothing recorded in it (started and left at once) is no evidence that its
review was discussed: a report does not count it, and says how many it left out and why.

Every team and person here is invented.
"""

from __future__ import annotations

import csv
import html
import io
from datetime import date
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.export.markdown import cell
from reflect.model.recorded import anything_recorded
from reflect.model.review import Review
from reflect.model.session import (
    Action,
    Answer,
    CarriedAction,
    Confidence,
    Participant,
    Point,
    Session,
    Timing,
)
from reflect.report import CSV_COLUMNS, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.summary_rows import summary_rows
from reflect.report.words import not_counted_lines
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 4, 1)
NOTE = ("2 sessions with nothing recorded are not counted: they hold no answer, point, action "
        "or note, and no change to last time's actions")


def _review(fictional_dir: Path) -> Review:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    return review


def _start(review: Review, sid: str, day: int = 10, **fields: object) -> Session:
    people = [Participant(name="Pat Example", role="Social worker", agency="Invented Council"),
              Participant(name="Sam Sample", role="Health visitor", agency="Invented Trust")]
    fields = {"team": "Invented Team", **fields}
    return Session.start(review, sid, created=here(2026, 3, day, 12),
                         participants=people, **fields)


def test_a_session_as_started_holds_nothing_recorded(fictional_dir):
    review = _review(fictional_dir)
    s = _start(review, "s-empty", facilitator="Jo Example", title="Invented meeting",
               timing=Timing(minutes=30, spent={"intro": 4}))
    s.participants[1].attended = False  # who is here: set when starting, as well as later
    s.minutes_spent = 20
    s.current_step = "q:zz-second"
    assert not anything_recorded(s)


@pytest.mark.parametrize("what", ["point", "summary", "so_what", "action", "note",
                                  "differently", "carried status", "carried note",
                                  "carried due", "confidence", "draft"])
def test_each_thing_a_session_records_counts(fictional_dir, what):
    s = _start(_review(fictional_dir), "s-one")
    first = s.answers[0]
    carried = CarriedAction(session_id="s-old", session_label="Invented earlier",
                            action_id="a1", text="Invented earlier action")
    if what == "point":
        first.points.append(Point(text="An invented point"))
    elif what == "summary":
        first.text = "An invented summary"
    elif what == "so_what":
        first.so_what = "An invented thought"
    elif what == "action":
        s.add_action(Action(text="Invented action"))
    elif what == "note":
        s.notes["intro"] = "An invented note"
    elif what == "differently":
        s.differently = "Ask an invented question"
    elif what.startswith("carried"):
        s.carried.append(carried)
        assert not anything_recorded(s)  # carried over only: nothing done with it here
        if what == "carried status":
            carried.status = "done"
        elif what == "carried note":
            carried.note = "Invented progress"
        else:
            carried.new_due = "end of May"
    elif what == "confidence":
        s.confidence = [Confidence(phase="start", prompt="Invented?", counts=[0, 0, 0, 0, 0])]
        assert not anything_recorded(s)  # asked, and nobody answered yet
        s.confidence[0].counts = [0, 1, 0, 0, 0]
    else:
        s.set_draft(f"point:{first.question_id}", "An invented point not yet added")
    assert anything_recorded(s), what


def test_blank_text_is_nothing_recorded(fictional_dir):
    s = _start(_review(fictional_dir), "s-blank")
    s.answers[0] = Answer(question_id="zz-first", question="Invented?", text="  \n")
    s.notes["intro"] = " "
    assert not anything_recorded(s)


@pytest.fixture
def folder(fictional_dir: Path, tmp_path: Path) -> Path:
    """One discussion with an answer, and two sessions on the same review left at once."""
    review = _review(fictional_dir)
    out = tmp_path / "sessions"
    held = _start(review, "20260310-child-zz-held")
    held.answers[0].points.append(Point(text="An invented point"))
    save_session(out, held)
    save_session(out, _start(review, "20260311-child-zz-left", day=11))
    save_session(out, _start(review, "20260312-child-zz-left2", day=12, mode="individual"))
    return out


def test_the_report_counts_only_the_session_with_something_recorded(folder):
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    summary = dict(summary_rows(report))
    assert summary["Sessions held"] == "1 (1 team discussion, 0 individual reflections)"
    assert summary["Sessions with nothing recorded (not counted)"] == "2"
    # the left sessions' are not counted: the same two at one meeting came once
    assert summary["Attendances at team discussions"] == "2"
    (line,) = report.reviews
    assert (line.sessions, line.nothing_recorded) == (1, 2)
    assert line.last_discussed == date(2026, 3, 10)  # not the day it was opened and left
    assert [s.review_title for s in report.not_counted] == ["Child ZZ", "Child ZZ"]


def test_a_review_whose_sessions_hold_nothing_is_not_discussed(folder):
    for path in folder.glob("*held.toml"):
        path.unlink()
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    summary = dict(summary_rows(report))
    assert summary["Reviews discussed"] == "0"
    assert summary["Sessions held"].startswith("0 ")
    assert summary["Teams reached at team discussions"] == "0"
    assert report.reviews[0].last_discussed is None


def test_every_format_says_how_many_were_left_out_and_why(folder):
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    md, page = to_markdown(report), to_html(report)
    for text in (md, page):
        assert NOTE.replace("'", "&#x27;") in text if text is page else NOTE in text
        assert "20260311-child-zz-left.toml" in text  # listed, to open or tidy away
    assert "## Sessions with nothing recorded (not counted)" in md
    rows = list(csv.reader(io.StringIO(to_csv(report), newline="")))
    column = CSV_COLUMNS.index("sessions_with_nothing_recorded")
    assert rows[0][column] == "sessions_with_nothing_recorded"
    assert rows[1][CSV_COLUMNS.index("sessions")] == "1"
    assert rows[1][column] == "2"


def test_one_session_left_out_is_said_in_the_singular(folder):
    next(folder.glob("*left2.toml")).unlink()
    md = to_markdown(build_report(gather([folder], today=TODAY, use_cache=False), {}, TODAY))
    assert "1 session with nothing recorded is not counted: it holds no answer" in md


def test_the_command_says_so_and_finds_a_review_with_only_such_sessions(folder, fictional_dir,
                                                                        capsys):
    for path in folder.glob("*held.toml"):
        path.unlink()
    other = fictional_dir.parent / "empty-library"
    other.mkdir()  # the review since removed from the library: its sessions are still there
    assert main(["report", "--sessions-dir", str(folder), "--content-dir", str(other),
                 "--review", "child-zz"]) == 0
    out = capsys.readouterr().out
    assert "| Sessions with nothing recorded (not counted) | 2 |" in out
    assert NOTE in out


def test_each_left_out_session_is_listed_by_its_own_title_and_team(fictional_dir, tmp_path):
    """Listed by file first (`/…/20261203-child-zz-….toml: Child ZZ, 3 December 2026`), two
    sessions on one review and day could not be told apart (a trial): each says its own title
    and team, then the review and day, then the file's name, in every format."""
    review = _review(fictional_dir)
    out = tmp_path / "sessions"
    save_session(out, _start(review, "20260311-child-zz-aaaa", day=11, title="Morning slot"))
    save_session(out, _start(review, "20260311-child-zz-bbbb", day=11, team="",
                             title="Pat Example's slot with baby Sam"))
    save_session(out, _start(review, "20260311-child-zz-cccc", day=11, team="Sample Team"))
    report = build_report(gather([out], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    lines = sorted(not_counted_lines(report))
    assert lines == [
        "Morning slot, team Invented Team — Child ZZ, 11 March 2026 — file "
        "20260311-child-zz-aaaa.toml",
        "Session with no title, team Sample Team — Child ZZ, 11 March 2026 — file "
        "20260311-child-zz-cccc.toml",
        "[redacted]'s slot with baby [redacted] — Child ZZ, 11 March 2026 — file "
        "20260311-child-zz-bbbb.toml"]  # the report names no one, nor does its cache
    md, page = to_markdown(report), to_html(report)
    for line in lines:
        assert cell(line) in md
        assert html.escape(line) in page
    assert str(out) not in md  # one folder: the file's name is enough to find it


def test_a_facilitator_typed_as_a_role_is_no_name_to_redact(fictional_dir, tmp_path):
    """A facilitator's field holding a role ("Team lead") was taken for a person's name: the
    report listed "Team lead catch-up" as "[redacted] catch-up", and "Sample Team" as "Sample
    [redacted]", hiding the words a learning lead would find the session by (a trial). A role
    is no one's name; a facilitator or participant named in a title is still redacted (the
    report names no one), and the row keeps the team, review, day and file to find it by."""
    review = _review(fictional_dir)
    out = tmp_path / "sessions"
    save_session(out, _start(review, "20260311-child-zz-aaaa", day=11, team="Sample Team",
                             facilitator="Team lead", title="Team lead catch-up"))
    save_session(out, _start(review, "20260312-child-zz-bbbb", day=12, facilitator="Duty Manager",
                             title="Duty Manager's slot, Sample Team"))
    save_session(out, _start(review, "20260313-child-zz-cccc", day=13, facilitator="Jo Example",
                             title="Jo's supervision with Sam"))
    held = _start(review, "20260314-child-zz-dddd", day=14, facilitator="Team lead")
    held.add_action(Action(text="Team lead to share the invented checklist with Pat"))
    save_session(out, held)
    report = build_report(gather([out], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    assert not_counted_lines(report) == [
        "Team lead catch-up, team Sample Team — Child ZZ, 11 March 2026 — file "
        "20260311-child-zz-aaaa.toml",
        "Duty Manager's slot, Sample Team, team Invented Team — Child ZZ, 12 March 2026 — "
        "file 20260312-child-zz-bbbb.toml",
        "[redacted]'s supervision with [redacted], team Invented Team — Child ZZ, "
        "13 March 2026 — file 20260313-child-zz-cccc.toml"]
    (action,) = [a for rec in report.recommendations for a in rec.actions]
    assert action.text == "Team lead to share the invented checklist with [redacted]"


def test_left_out_sessions_in_two_folders_are_listed_by_their_whole_path(fictional_dir,
                                                                         tmp_path):
    review = _review(fictional_dir)
    one, two = tmp_path / "one", tmp_path / "two"
    save_session(one, _start(review, "20260311-child-zz-aaaa", day=11))
    save_session(two, _start(review, "20260312-child-zz-bbbb", day=12))
    report = build_report(gather([one, two], today=TODAY, use_cache=False), {}, TODAY)
    assert [line.rpartition(" — file ")[2] for line in not_counted_lines(report)] == [
        str(one / "20260311-child-zz-aaaa.toml"), str(two / "20260312-child-zz-bbbb.toml")]


def test_every_review_in_the_library_says_how_many_questions_it_asks(folder, fictional_dir,
                                                                     capsys):
    """`0 of 2` for a review with only a session left at once, but a bare `0` (and a blank
    `questions_in_review`) for one discussed nowhere, though the library counts its
    questions too (a trial): each says `N of M`."""
    for path in folder.glob("*held.toml"):
        path.unlink()
    text = (fictional_dir / "child-zz.toml").read_text(encoding="utf-8")
    (fictional_dir / "child-yy.toml").write_text(
        text.replace('id = "child-zz"', 'id = "child-yy"', 1)
        .replace('title = "Child ZZ"', 'title = "Child YY"', 1), encoding="utf-8")
    asks = len(_review(fictional_dir).questions)
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main(args) == 0
    rows = [line for line in capsys.readouterr().out.splitlines()
            if line.startswith(("| Child YY |", "| Child ZZ |"))]
    assert len(rows) == 2 and all(f"| 0 of {asks} |" in row for row in rows), rows
    assert main([*args, "--format", "csv"]) == 0
    sheet = list(csv.DictReader(io.StringIO(capsys.readouterr().out, newline="")))
    assert {(row["review_id"], row["questions_in_review"]) for row in sheet} == {
        ("child-yy", str(asks)), ("child-zz", str(asks))}
