"""The summary's row on the agencies listed on practitioners' own reflections says how many of
them no team discussion reached: a bare `3` beside `Agencies reached at team discussions: 10`
did not say whether they were three more agencies or three of the ten. An agency is one
agency however it is written (`CSC` is Children's Social Care), as the report counts them.

Every team and person here is invented.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Participant, Point, Session
from reflect.report import build_report, gather, to_html, to_markdown
from reflect.report.lines import ReviewLine
from reflect.report.summary_rows import OWN_AGENCIES, own_agencies_words, summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)


@pytest.mark.parametrize(("reached", "own", "said"), [
    (["Invented Council"], ["Invented Council", "Invented Health Trust", "Probation"],
     "3 (2 of them not reached at any team discussion)"),
    (["Invented Council", "Probation"], ["Invented Council", "Invented Health Trust",
                                         "Probation"],
     "3 (1 of them not reached at any team discussion)"),
    (["Invented Council", "Probation"], ["Invented Council", "Probation"],
     "2 (each also reached at a team discussion)"),
    (["Invented Council"], ["Invented Council"], "1 (also reached at a team discussion)"),
    (["Invented Council"], ["Probation", "Invented Health Trust"],
     "2 (none of them reached at a team discussion)"),
    ([], ["Probation"], "1 (not reached at any team discussion)"),
])
def test_the_row_says_how_many_no_team_discussion_reached(reached: list[str], own: list[str],
                                                          said: str) -> None:
    line = ReviewLine("", "All reviews", agencies=reached, own_agencies=own)
    assert own_agencies_words(line) == said


def _held(folder: Path, fictional_dir: Path, sid: str, people: list[tuple[str, str]],
          mode: str = "team") -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, sid, mode=mode, team="Invented North Team",
                      created=datetime(2026, 3, 10, 12, tzinfo=UTC),
                      participants=[Participant(name=n, role="Social worker", agency=a)
                                    for n, a in people])
    s.answers[0].points.append(Point(text="An invented point"))
    save_session(folder, s)


def test_an_agency_written_two_ways_is_one_in_the_report_and_the_command(
        fictional_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`CSC` on a reflection is the Children's Social Care a team discussion reached."""
    folder = tmp_path / "sessions"
    _held(folder, fictional_dir, "20260310-child-zz-team", [
        ("Pat Example", "Children's Social Care"), ("Sam Sample", "Invented Council")])
    _held(folder, fictional_dir, "20260311-child-zz-own1", [("Alex Example", "CSC")],
          mode="individual")
    _held(folder, fictional_dir, "20260312-child-zz-own2", [("Jo Example", "Probation")],
          mode="individual")
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    said = "2 (1 of them not reached at any team discussion)"
    assert dict(summary_rows(report))[OWN_AGENCIES] == said
    assert f"| {OWN_AGENCIES} | {said} |" in to_markdown(report)
    assert f"<dd>{said}</dd>" in to_html(report)
    assert main(["report", "--sessions-dir", str(folder), "--content-dir",
                 str(fictional_dir)]) == 0
    assert f"| {OWN_AGENCIES} | {said} |" in capsys.readouterr().out
