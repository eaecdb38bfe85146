"""`reflect walk --resume` says the content note once, before the first of the briefing's
sections it shows, never before a question or a step of one's own words: it was said on
every resume, going straight to a question too (a police officer's trial)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.model.steps import steps_for
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.unit.test_walk import WHOLE, AtTerminal, dirs_for, flat, folders_set, run_walk

NOTE = "Content note: this review describes serious harm to a child."


def _left_at(fictional_dir: Path, sessions_dir: Path, step: str) -> str:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261206-child-zz-0000c0de", title="Pat Example's reflection",
                      mode="individual", facilitator="Pat Example")
    s.current_step = step
    save_session(sessions_dir, s)
    return s.id


def _steps(fictional_dir: Path) -> list[str]:
    review = load_library(fictional_dir).get("child-zz")
    return [s.key for s in steps_for(review, Session.start(review, "x", mode="individual"))]


def _resumed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
             fictional_dir: Path, sessions_dir: Path, step: str) -> str:
    from reflect.cli import main

    sid = _left_at(fictional_dir, sessions_dir, step)
    monkeypatch.setattr("sys.stdin", AtTerminal("\n"))  # Enter carries on there, then a stop
    monkeypatch.setenv("COLUMNS", "80")
    folders_set(monkeypatch, dirs_for(fictional_dir, sessions_dir))
    main(["walk", "--resume", sid])
    return flat(capsys.readouterr().out)


@pytest.mark.parametrize("step", ["q:", "differently"])
def test_resumed_at_a_question_or_ones_own_words_no_note(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, sessions_dir: Path, step: str) -> None:
    key = next(k for k in _steps(fictional_dir) if k.startswith(step))
    out = _resumed(monkeypatch, capsys, fictional_dir, sessions_dir, key)
    assert re.search(r"Step \d+ of \d+: ", out)
    assert NOTE not in out


def test_resumed_at_a_section_the_note_comes_before_it(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, sessions_dir: Path) -> None:
    steps = _steps(fictional_dir)
    out = _resumed(monkeypatch, capsys, fictional_dir, sessions_dir, steps[1])
    assert out.count(NOTE) == 1
    assert out.index(NOTE) > out.index(f"Step 2 of {len(steps)}")


def test_a_new_walk_says_it_once(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str],
                                 fictional_dir: Path, sessions_dir: Path) -> None:
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0 and "Step 4 of" in out.out  # (walked on past the sections)
    assert flat(out.out).count(NOTE) == 1
