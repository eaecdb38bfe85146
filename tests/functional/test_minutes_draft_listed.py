"""A time to log for CPD typed and not a time ("lots", kept as typed: `MINUTES_DRAFT`) marks
its session ✎ in the start screen's saved sessions and in `reflect list sessions`, its step
named, as a point, an action or a person half typed does: the step list marked its step ✎,
but both lists left the session unmarked (a trial). All data invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.cli import main
from reflect.model.changes import MINUTES_DRAFT
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.cache import cache_file
from reflect.store.index import list_summaries
from reflect.store.sessions import save_session
from reflect.typed_mark import NOT_ADDED
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for

ALONE = "20261206-child-zz-0000c0de"
TEAM = "20261206-child-zz-0000d0c5"


def _saved(review: Review, sessions_dir: Path) -> None:
    alone = Session.start(review, ALONE, mode="individual", title="Pat Example's reflection",
                          current_step="differently")
    alone.set_draft(MINUTES_DRAFT, "lots")
    team = Session.start(review, TEAM, title="Team Blue huddle", team="Team Blue")
    team.set_draft(MINUTES_DRAFT, "an hour or so")
    team.set_draft(f"point:{team.answers[0].question_id}", "Ring the invented GP")
    for session in (alone, team):
        save_session(sessions_dir, session)


def test_the_summary_names_the_step_of_the_box(review: Review, sessions_dir: Path,
                                               tmp_path: Path) -> None:
    _saved(review, sessions_dir)
    for _ in range(2):  # read from the files, then from the summary cache
        typed = {e.id: e.typed for e in list_summaries(sessions_dir, tmp_path / "c").entries}
        assert typed == {ALONE: ("What I will do differently",),
                         TEAM: ("Question 1", "Summary and export")}


def test_a_cache_of_the_version_before_is_read_again(review: Review, sessions_dir: Path,
                                                     tmp_path: Path) -> None:
    """The version before held no step for the box: its summaries are not taken as marking
    nothing."""
    _saved(review, sessions_dir)
    cache = tmp_path / "c"
    list_summaries(sessions_dir, cache)
    path = cache_file("sessions", sessions_dir, cache)
    records = json.loads(path.read_text(encoding="utf-8"))["files"]
    for record in records.values():
        record["summary"]["typed"] = []
    path.write_text(json.dumps({"version": 5, "files": records}), encoding="utf-8")
    typed = {e.id: e.typed for e in list_summaries(sessions_dir, cache).entries}
    assert typed[ALONE] == ("What I will do differently",)


def test_list_sessions_names_the_step(review: Review, sessions_dir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    _saved(review, sessions_dir)
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir)]) == 0
    rows = {line.split("\t")[0]: line.split("\t")
            for line in capsys.readouterr().out.splitlines()}
    assert f"{NOT_ADDED}: What I will do differently" in rows[ALONE]
    assert f"{NOT_ADDED}: Question 1, Summary and export" in rows[TEAM]


async def test_the_start_screen_marks_the_session(fictional_dir: Path, review: Review,
                                                  sessions_dir: Path) -> None:
    _saved(review, sessions_dir)
    async with make_app(fictional_dir, sessions_dir).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await wait_for(pilot, lambda: app.screen.query("#sessions")
                       and app.screen.query_one("#sessions", OptionList).option_count == 2)
        sessions = app.screen.query_one("#sessions", OptionList)
        firsts = {str(sessions.get_option_at_index(n).prompt).splitlines()[0]
                  for n in range(2)}
        assert firsts == {"✎ Pat Example's reflection", "✎ Team Blue huddle"}
