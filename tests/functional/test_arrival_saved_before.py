"""A session saved before the rule that nobody speaks before they arrive (model/arrival.py):
Sam Sample marked as arriving during Question 3 and credited with a point on Question 1. It
kept that when opened, in the notes exported from it and in `reflect export`, until something
was edited. Now every export prints the arrival at the point's step (the file as it is), and
opening it (the app, or plain mode) moves it, saves it and says so once. The file is written
by hand here, as the version before wrote it. All people and text invented."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.arrival import settled
from reflect.store.library import load_library
from reflect.store.sessions import load_session, session_path
from reflect.ui.app import make_app
from tests.functional.helpers import open_saved_session, said, wait_for
from tests.unit.test_walk import dirs_for, run_walk

SID = "20261206-child-zz-0000a11e"
SAID = ("Put right as this session opened, and saved: Sam Sample said a point on Question 1, "
        "so arrived during it, not during Question 3: the notes say so.")
OLD = f"""schema_version = 5
id = "{SID}"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "Team Blue meeting"
team = "Team Blue"
facilitator = "Lee Madeup"
created = 2026-11-02 10:00:00+00:00
updated = 2026-11-02 11:00:00+00:00
current_step = "summary"

[[participants]]
id = "p1"
name = "Pat Example"
role = "Health visitor"
attended = true

[[participants]]
id = "p2"
name = "Sam Sample"
role = "Nursery nurse"
attended = true
arrived_during = "Question 3"

[[answers]]
question_id = "zz-first"
question = "What would you do first?"
points = [
    {{ text = "Ask about the invented fathers", by = "p2" }},
]
"""


def _old_file(sessions_dir: Path) -> Path:
    sessions_dir.mkdir(mode=0o700, exist_ok=True)
    path = session_path(sessions_dir, SID)
    path.write_text(OLD, encoding="utf-8")
    path.chmod(0o600)
    return path


def _arrival(path: Path) -> str | None:
    return load_session(path).participants[1].arrived_during


def test_the_notes_say_the_arrival_at_the_point_and_the_file_is_left(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = _old_file(sessions_dir)
    out = tmp_path / "notes.md"
    assert main(["export", SID, "--format", "md", "-o", str(out),
                 *dirs_for(fictional_dir, sessions_dir)]) == 0, capsys.readouterr().err
    notes = out.read_text(encoding="utf-8")
    assert "Sam Sample (Nursery nurse; arrived during Question 1)" in notes
    assert "Question 3" not in notes.split("## ")[0]  # (the people's lines, above the steps)
    assert _arrival(path) == "Question 3"  # an export changes no session


def test_settled_is_a_copy_only_where_an_arrival_moves(fictional_dir: Path,
                                                       sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    session = load_session(_old_file(sessions_dir))
    moved = settled(session, review)
    assert moved is not session and moved.participants[1].arrived_during == "Question 1"
    assert session.participants[1].arrived_during == "Question 3"
    assert settled(moved, review) is moved  # (nothing left to move)
    assert settled(session, None) is session  # (no review: no steps' order to go by)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_opening_it_moves_the_arrival_saves_it_and_says_so_once(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    path = _old_file(sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: SAID in said(app))
        assert screen.session.participants[1].arrived_during == "Question 1"
        await wait_for(pilot, lambda: _arrival(path) == "Question 1")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.enter_from < math.inf)  # (its opening done)
        assert not any("Put right" in message for message in said(app))


def test_plain_mode_moves_it_saves_it_and_says_so(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, sessions_dir: Path) -> None:
    path = _old_file(sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "--resume", SID)
    assert code == 0, out.err
    assert SAID in " ".join(out.out.split())
    assert _arrival(path) == "Question 1"
