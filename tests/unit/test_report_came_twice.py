""""Attendances at team discussions: 4 (one person at two meetings counts twice)" was said where
nobody had come to two meetings (a learning lead's fresh-eyes trial): the parenthesis is said
only where someone may have (report/attended.py), in every form of the report, from the cache
or not, and the cache keeps a code for each person here, never a name.

Every team and person here is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.report import build_report, gather, to_html, to_markdown
from reflect.report.attended import KEY_FILE
from reflect.report.cache import KIND
from reflect.report.summary_rows import ATTENDANCES, COUNTED_TWICE, summary_rows
from reflect.store.cache import cache_file
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)
MOORVALE = [("Sam Sample", "Social worker", "Invented Council"),
            ("Pat Example", "Health visitor", "Invented Health Trust"),
            ("Alex Example", "Teacher", "Invented Academy"),
            ("Jo Example", "Police officer", "Invented Police")]


def _held(review: Review, sid: str, day: int, people: list[tuple[str, str, str]],
          mode: str = "team", here: bool = True) -> Session:
    s = Session.start(review, sid, created=datetime(2026, 3, day, 12, tzinfo=UTC), mode=mode,
                      team="Moorvale Children's Team",
                      participants=[Participant(name=n, role=r, agency=a, attended=here)
                                    for n, r, a in people])
    s.answers[0].points.append(Point(text="An invented point"))
    return s


@pytest.fixture
def review(fictional_dir: Path) -> Review:
    found = load_library(fictional_dir).get("child-zz")
    assert found is not None
    return found


def _attendances(folders: list[Path], cache: Path, use_cache: bool = True) -> str:
    report = build_report(gather(folders, today=TODAY, use_cache=use_cache, cache=cache),
                          {"child-zz": "Child ZZ"}, TODAY)
    return dict(summary_rows(report))[ATTENDANCES]


@pytest.mark.parametrize("use_cache", [False, True])
def test_four_at_one_meeting_are_four_attendances_and_nothing_more_said(
        review: Review, tmp_path: Path, use_cache: bool) -> None:
    folder = tmp_path / "sessions"
    save_session(folder, _held(review, "20260310-child-zz-one", 10, MOORVALE))
    for _ in range(2 if use_cache else 1):  # the second report from the cache alone
        assert _attendances([folder], tmp_path / "cache", use_cache) == "4"
    report = build_report(gather([folder], today=TODAY, cache=tmp_path / "cache"),
                          {"child-zz": "Child ZZ"}, TODAY)
    assert f"| {ATTENDANCES} | 4 |" in to_markdown(report)
    assert f"<dt>{ATTENDANCES}</dt><dd>4</dd>" in to_html(report)
    assert COUNTED_TWICE not in to_markdown(report) + to_html(report)


@pytest.mark.parametrize("use_cache", [False, True])
def test_said_where_one_person_came_to_two_meetings(review: Review, tmp_path: Path,
                                                    use_cache: bool) -> None:
    folder = tmp_path / "sessions"
    save_session(folder, _held(review, "20260310-child-zz-one", 10, MOORVALE[:2]))
    # two others at the second meeting: four people, four attendances
    save_session(folder, _held(review, "20260317-child-zz-two", 17, MOORVALE[2:]))
    for _ in range(2 if use_cache else 1):
        assert _attendances([folder], tmp_path / "cache", use_cache) == "4"
    # Sam Sample, typed another way, at a third: one person at two meetings
    save_session(folder, _held(review, "20260324-child-zz-three", 24, [
        ("sam  SAMPLE.", "Social worker", "Invented Council")]))
    for _ in range(2 if use_cache else 1):
        assert _attendances([folder], tmp_path / "cache", use_cache) == f"5 ({COUNTED_TWICE})"


def test_one_person_in_two_sessions_folders_is_seen_once_over_both(review: Review,
                                                                    tmp_path: Path) -> None:
    first, second = tmp_path / "north", tmp_path / "south"
    save_session(first, _held(review, "20260310-child-zz-one", 10, MOORVALE[:1]))
    save_session(second, _held(review, "20260317-child-zz-two", 17, MOORVALE[:2]))
    assert _attendances([first, second], tmp_path / "cache") == f"3 ({COUNTED_TWICE})"
    assert _attendances([first, second], tmp_path / "cache", use_cache=False) == \
        f"3 ({COUNTED_TWICE})"


def test_someone_with_no_name_at_one_of_two_meetings_may_have_come_twice(
        review: Review, tmp_path: Path) -> None:
    """Listed by role alone, a person cannot be told from another: coming twice is not ruled
    out, and the rule is said."""
    folder = tmp_path / "sessions"
    save_session(folder, _held(review, "20260310-child-zz-one", 10, MOORVALE[:2]))
    save_session(folder, _held(review, "20260317-child-zz-two", 17, [
        ("", "Social worker", "Invented Council")]))
    assert _attendances([folder], tmp_path / "cache") == f"3 ({COUNTED_TWICE})"
    # alone, at one meeting, they came once
    alone = tmp_path / "alone"
    save_session(alone, _held(review, "20260317-child-zz-two", 17, [
        ("", "Social worker", "Invented Council")]))
    assert _attendances([alone], tmp_path / "cache") == "1"


def test_not_here_and_individual_reflections_are_no_second_meeting(review: Review,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    save_session(folder, _held(review, "20260310-child-zz-one", 10, MOORVALE))
    save_session(folder, _held(review, "20260317-child-zz-two", 17, MOORVALE[:1], here=False))
    save_session(folder, _held(review, "20260318-child-zz-own", 18, MOORVALE[:1],
                               mode="individual"))
    assert _attendances([folder], tmp_path / "cache") == "4"


def test_the_cache_keeps_codes_never_names_made_with_a_private_key(review: Review,
                                                                   tmp_path: Path) -> None:
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    save_session(folder, _held(review, "20260310-child-zz-one", 10, MOORVALE))
    _attendances([folder], cache)
    assert KIND == "report-v37"
    text = cache_file(KIND, folder, cache).read_text(encoding="utf-8")
    for name, _, _ in MOORVALE:
        for word in name.split():
            assert word not in text, word
    (record,) = json.loads(text)["files"].values()
    assert len(record["facts"]["attended_codes"]) == 4
    key = cache / KEY_FILE
    assert key.stat().st_mode & 0o777 == 0o600 and key.read_text() not in text
    # another key (the first deleted): the facts are read again, with the new one
    key.unlink()
    assert _attendances([folder], cache) == "4"
    save_session(folder, _held(review, "20260317-child-zz-two", 17, MOORVALE[:1]))
    assert _attendances([folder], cache) == f"5 ({COUNTED_TWICE})"
