"""`reflect list sessions` says which saved sessions hold a point, an action or a person typed
and not added, as the start screen marks them ✎ (its heading saying what ✎ means): the command
said nothing of it (a trial). At a terminal: ✎ before the title, the steps named in a column
(`typed, not added: Question 1, What to do now`) and a line under the list saying what ✎
means; piped, for scripts, the title as it is and the column in words.

Every session, title and word here is invented."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.typed_mark import NOT_ADDED, TYPED_LEGEND, TYPED_MARK
from reflect.ui.widgets.sessions_filter import LEGENDS

TYPED = "20261204-child-zz-0000aaa1"
QUIET = "20261204-child-zz-0000aaa2"


def _folder(fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    typed = Session.start(review, TYPED, title="Moorvale invented huddle", team="Moorvale Team")
    typed.drafts = {f"point:{typed.answers[0].question_id}": "An invented point",
                    "action:owner": "Sam Sample"}
    quiet = Session.start(review, QUIET, title="Quiet invented review", team="Moorvale Team")
    for s in (typed, quiet):
        save_session(sessions_dir, s)


def _listed(sessions_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["list", "sessions", "--sessions-dir", str(sessions_dir),
                 "--content-dir", str(sessions_dir.parent / "fictional")]) == 0
    return capsys.readouterr().out.splitlines()


def test_piped_the_column_says_it_in_words_and_the_title_is_as_it_is(
        fictional_dir: Path, sessions_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _folder(fictional_dir, sessions_dir)
    for _ in range(2):  # read from the files, then from the summary cache
        rows = {line.split("\t")[0]: line.split("\t") for line in _listed(sessions_dir, capsys)}
        assert rows[TYPED][2:] == ["Moorvale invented huddle", rows[TYPED][3], "0/3 answered",
                                   f"{NOT_ADDED}: Question 1, What to do now"]
        assert len(rows[QUIET]) == 5 and rows[QUIET][2] == "Quiet invented review"
        assert TYPED_MARK not in str(rows)


@pytest.mark.parametrize("columns", [80, 60])
def test_at_a_terminal_the_session_is_marked_as_the_start_screen_marks_it(
        columns: int, fictional_dir: Path, sessions_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _folder(fictional_dir, sessions_dir)
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    lines = _listed(sessions_dir, capsys)
    assert all(cell_len(line) <= columns for line in lines)
    said = " ".join(" ".join(lines).split())
    assert f"{TYPED_MARK} Moorvale invented huddle" in said
    assert f"{NOT_ADDED}: Question 1, What to do now" in said
    assert said.count(TYPED_MARK) == 2 and said.endswith(" ".join(TYPED_LEGEND.split()))
    assert f"{TYPED_MARK} Quiet" not in said
    assert LEGENDS[0] == f"{TYPED_MARK}: {NOT_ADDED}"  # the screen's heading, in its words


def test_with_nothing_typed_nothing_is_marked_nor_said(
        fictional_dir: Path, sessions_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    save_session(sessions_dir, Session.start(review, QUIET, title="Quiet invented review"))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    said = "\n".join(_listed(sessions_dir, capsys))
    assert TYPED_MARK not in said and NOT_ADDED not in said
