"""Attendances and agencies reached are counted at team discussions only: the person listed on
a practitioner's own (individual) reflection raised "Attendances at team discussions" by one
and added their agency to "Agencies reached", which a learning lead read as a team meeting.
What individual reflections add is said apart, labelled as theirs. The per-machine cache keeps
each session's facts (its mode and people), never a count: a cache written before counts the
new way too.

Every team and person here is invented.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.report import CSV_COLUMNS, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.cache import KIND
from reflect.report.summary_rows import (
    AGENCIES_REACHED,
    ATTENDANCES,
    COUNTED_TWICE,
    OWN_AGENCIES,
    summary_rows,
)
from reflect.report.words import NO_TEAM_DISCUSSION, OWN_BY_AGENCY, review_details, review_row
from reflect.store.cache import cache_file
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)
ONE_APART = "1 (not reached at any team discussion)"
"""The summary's row on the agency named on an individual reflection (Invented Health Trust),
which no team discussion reached."""


def _held(review: Review, sid: str, day: int, people: list[tuple[str, str, str]],
          **fields: object) -> Session:
    s = Session.start(review, sid, created=datetime(2026, 3, day, 12, tzinfo=UTC),
                      participants=[Participant(name=n, role=r, agency=a)
                                    for n, r, a in people], **fields)
    s.answers[0].points.append(Point(text="An invented point"))
    return s


@pytest.fixture
def folder(fictional_dir: Path, tmp_path: Path) -> Path:
    """One team discussion (two came, both Invented Council); one individual reflection
    listing one person of Invented Health Trust; one listing a person of no agency."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    out = tmp_path / "sessions"
    save_session(out, _held(review, "20260310-child-zz-team", 10, [
        ("Pat Example", "Social worker", "Invented Council"),
        ("Sam Sample", "Team manager", "Invented Council")], team="Invented North Team"))
    save_session(out, _held(review, "20260311-child-zz-own1", 11, [
        ("Alex Example", "Health visitor", "Invented Health Trust")], mode="individual",
        team="Invented Health Visiting"))
    save_session(out, _held(review, "20260312-child-zz-own2", 12, [
        ("Jo Example", "Youth worker", "")], mode="individual"))
    return out


def _report(folder: Path, cache: Path, use_cache: bool = True):  # type: ignore[no-untyped-def]
    return build_report(gather([folder], today=TODAY, use_cache=use_cache, cache=cache),
                        {"child-zz": "Child ZZ"}, TODAY)


@pytest.mark.parametrize("use_cache", [False, True])
def test_attendances_and_agencies_come_from_team_discussions(folder: Path, tmp_path: Path,
                                                             use_cache: bool) -> None:
    cache = tmp_path / "cache"
    for _ in range(2 if use_cache else 1):  # the second report reads the cache alone
        report = _report(folder, cache, use_cache)
    summary = dict(summary_rows(report))
    assert summary[ATTENDANCES] == "2"  # one meeting: nobody came twice, so not said
    assert summary[AGENCIES_REACHED] == "1"
    # what the reflections add, said as theirs: an agency named on one, none on the other,
    # and that no team discussion reached it
    assert summary[OWN_AGENCIES] == ONE_APART
    (line,) = report.reviews
    assert line.agencies == ["Invented Council"]
    assert line.attendees == 2
    assert line.by_role == {"Social worker": 1, "Team manager": 1}
    assert line.by_agency == {"Invented Council": 2}
    assert line.own_by_agency == {"Invented Health Trust": 1, "(agency not recorded)": 1}
    cells = dict(zip(("title", "sessions", "own", "teams", "agencies", "attendances"),
                     review_row(line), strict=False))
    assert (cells["agencies"], cells["attendances"]) == ("1", "2")
    details = dict(review_details(line))
    assert details["Attendances by agency"] == "Invented Council 2"
    assert details[OWN_BY_AGENCY] == "Invented Health Trust 1, (agency not recorded) 1"
    row = next(csv.DictReader(io.StringIO(to_csv(report), newline="")))
    assert (row["agencies"], row["attendances"]) == ("1", "2")
    assert (row["individual_reflections"], row["own_reflection_agencies"]) == ("2", "1")
    assert list(CSV_COLUMNS[-2:]) == ["individual_reflections", "own_reflection_agencies"]
    md = to_markdown(report)
    assert f"| {ATTENDANCES} | 2 |" in md and f"| {AGENCIES_REACHED} | 1 |" in md
    assert f"| {OWN_AGENCIES} | {ONE_APART} |" in md
    assert f"<dt>{AGENCIES_REACHED}</dt><dd>1</dd>" in to_html(report)


def test_a_cache_written_before_gives_the_new_counts(folder: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps facts, never counts, under the name the reflect before this wrote it
    (report-v13; v14 since, for the owners of actions, v15 for names typed in free text, v16
    for street addresses, v17 for the meeting that moved a due date, v18 for later meetings'
    copies of last time's actions, v19 for due dates said as the date read, v20 for an
    abbreviation's plural, `GPs`, no name, v21 for the codes of those here, made with the key
    kept beside the cache, v22 for the review title's child kept, v23 for "my supervisor" kept,
    v24 for the codes of names with accents, made accents aside, v25 for an owner given by a
    later meeting, v26 for the review title's child named with a hyphen kept, v27 for ordinary
    words at a sentence's start kept, v28 for common words and quoted concepts kept, v29 for
    a family's surname redacted, v30 for sentence-start words that are first names too, v31
    for "Team leader" kept, v34 for the status last time's actions came to a meeting with, v35
    for the meeting that marked an action done, as its session keeps it, v36 for due words as
    a room says them, v37 for dropped):
    its entries are used as they are, and give the new counts with no session file read."""
    cache = tmp_path / "cache"
    _report(folder, cache)
    assert KIND == "report-v37"
    entries = json.loads(cache_file(KIND, folder, cache).read_bytes())
    assert "attendees" not in json.dumps(entries) and "agencies" not in json.dumps(entries)

    def unread(*_: object) -> object:
        raise AssertionError("a session file was read: the cache was not used")

    monkeypatch.setattr("reflect.report.cache._read", unread)
    report = _report(folder, cache)
    summary = dict(summary_rows(report))
    assert (summary[ATTENDANCES], summary[AGENCIES_REACHED], summary[OWN_AGENCIES]) == (
        "2", "1", ONE_APART)


def test_a_report_with_no_one_on_a_reflection_shows_no_row_for_them(
        fictional_dir: Path, tmp_path: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    out = tmp_path / "sessions"
    save_session(out, _held(review, "20260310-child-zz-team", 10, [
        ("Pat Example", "Social worker", "Invented Council")], team="Invented North Team"))
    save_session(out, _held(review, "20260311-child-zz-own1", 11, [], mode="individual"))
    report = _report(out, tmp_path / "cache")
    assert OWN_AGENCIES not in dict(summary_rows(report))
    assert OWN_BY_AGENCY not in dict(review_details(report.reviews[0]))


def test_a_review_only_reflected_on_alone_had_no_team_discussion(fictional_dir: Path,
                                                                 tmp_path: Path) -> None:
    """Its teams were "none recorded", as if a team had met and not said its name."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    out = tmp_path / "sessions"
    save_session(out, _held(review, "20260311-child-zz-own1", 11, [
        ("Alex Example", "Health visitor", "Invented Health Trust")], mode="individual",
        team="Invented Health Visiting"))
    (line,) = _report(out, tmp_path / "cache").reviews
    details = dict(review_details(line))
    assert details["Teams"] == NO_TEAM_DISCUSSION
    assert "Attendances by agency" not in details
    assert details[OWN_BY_AGENCY] == "Invented Health Trust 1"


def test_the_command_counts_so(folder: Path, fictional_dir: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--sessions-dir", str(folder), "--content-dir",
                 str(fictional_dir), "--review", "child-zz"]) == 0
    out = capsys.readouterr().out
    assert f"| {ATTENDANCES} | 2 |" in out and COUNTED_TWICE not in out
    assert f"| {AGENCIES_REACHED} | 1 |" in out
    assert f"| {OWN_AGENCIES} | {ONE_APART} |" in out
