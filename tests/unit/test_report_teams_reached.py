"""A team reached is a team that discussed a review together: the service or team a
practitioner names on their own (individual) reflection is not one (a learning lead read
"Teams reached" so, and it counted both). Individual reflections are said apart, as
practitioners' own. The per-machine cache keeps each session's facts (its mode among them),
never a count: a report made from a cache an older reflect wrote counts the same way.

Every team and person here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session
from reflect.report import CSV_COLUMNS, build_report, gather, to_csv, to_html, to_markdown
from reflect.report.summary_rows import OWN_REFLECTIONS, TEAMS_REACHED, summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session

TODAY = date(2026, 4, 1)


def _held(review: Review, sid: str, day: int, **fields: object) -> Session:
    people = [Participant(name="Pat Example", role="Social worker", agency="Invented Council")]
    s = Session.start(review, sid, created=datetime(2026, 3, day, 12, tzinfo=UTC),
                      participants=people, **fields)
    s.answers[0].points.append(Point(text="An invented point"))
    return s


@pytest.fixture
def folder(fictional_dir: Path, tmp_path: Path) -> Path:
    """One team discussion (Invented North Team); two individual reflections, one naming the
    same team, one naming a service that held no discussion (Invented Early Help)."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    out = tmp_path / "sessions"
    save_session(out, _held(review, "20260310-child-zz-team", 10, team="Invented North Team"))
    save_session(out, _held(review, "20260311-child-zz-own1", 11, mode="individual",
                            team="Invented North Team"))
    save_session(out, _held(review, "20260312-child-zz-own2", 12, mode="individual",
                            team="Invented Early Help"))
    return out


@pytest.mark.parametrize("use_cache", [False, True])
def test_only_teams_that_discussed_a_review_are_teams_reached(folder: Path, tmp_path: Path,
                                                              use_cache: bool) -> None:
    cache = tmp_path / "cache"
    for _ in range(2 if use_cache else 1):  # the second report reads the cache alone
        report = build_report(gather([folder], today=TODAY, use_cache=use_cache, cache=cache),
                              {"child-zz": "Child ZZ"}, TODAY)
    summary = dict(summary_rows(report))
    assert summary["Sessions held"] == "3 (1 team discussion, 2 individual reflections)"
    assert summary[TEAMS_REACHED] == "1"
    assert summary[OWN_REFLECTIONS] == "2"
    (line,) = report.reviews
    assert line.teams == ["Invented North Team"]
    rows = list(csv.reader(io.StringIO(to_csv(report), newline="")))
    assert rows[1][CSV_COLUMNS.index("teams")] == "1"
    md = to_markdown(report)
    assert f"| {TEAMS_REACHED} | 1 |" in md
    assert f"| {OWN_REFLECTIONS} | 2 |" in md
    assert f"<dt>{TEAMS_REACHED}</dt><dd>1</dd>" in to_html(report)
    # the service's own reflection is still listed, said as an individual reflection
    assert "Invented Early Help" in md


def test_the_command_counts_so(folder: Path, fictional_dir: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--sessions-dir", str(folder), "--content-dir",
                 str(fictional_dir), "--review", "child-zz"]) == 0
    out = capsys.readouterr().out
    assert f"| {TEAMS_REACHED} | 1 |" in out
    assert f"| {OWN_REFLECTIONS} | 2 |" in out
