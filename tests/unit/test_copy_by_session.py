"""`reflect restore` takes a saved session for the copy (store/copy_by_session.py): its newest
emergency copy holding what its file does not, the one offered. The start screen names a copy
so, by the session's code: its path did not fit 60 columns, and folded mid-name it did not run
when copied off the screen (a trial)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.copies import find_copies
from reflect.store.sessions import load_session, save_session
from tests.command_line import run
from tests.copies import ID, copy_in

pytestmark = pytest.mark.usefixtures("home")


def saved_session(review: Review, sessions_dir: Path, session_id: str = ID) -> Session:
    s = Session.start(review, session_id, title="Invented copy test")
    save_session(sessions_dir, s)
    return s


def copy_holding(session: Session, words: str, later: int, at: str) -> Path:
    """An emergency copy in the home folder, written `later` seconds after the session's file
    (`tests.copies.copy_in`)."""
    return copy_in(Path.home(), session, words, later, f"20261204-{at}")


def restore_said(copy: Path, sessions_dir: Path) -> str:
    """The command `find_copies` says restores `copy`, less its `reflect`."""
    [found] = [c for c in find_copies(sessions_dir) if c.path == copy]
    return found.restore_command.removeprefix("reflect ")


def test_the_newest_copy_is_restored_by_its_sessions_code(
        review: Review, sessions_dir: Path, dirs: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    s = saved_session(review, sessions_dir)
    older = copy_holding(s, "An invented point typed first", later=10, at="101010")
    newest = copy_holding(s, "An invented point typed last", later=20, at="111111")
    assert restore_said(newest, sessions_dir) == "restore 0000c0de"
    assert restore_said(older, sessions_dir) == f"restore {older}"  # (the code: the newest)
    code, out, err = run(capsys, "restore", "0000c0de", *dirs)
    assert code == 0, err
    assert f"Restored {newest}" in " ".join(out.split())
    assert load_session(sessions_dir / f"{ID}.toml").answers[0].text == \
        "An invented point typed last"


def test_a_code_two_sessions_share_gives_the_id(
        review: Review, sessions_dir: Path, dirs: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    s = saved_session(review, sessions_dir)
    saved_session(review, sessions_dir, "20261205-child-zz-0000c0de")
    copy = copy_holding(s, "An invented point", later=10, at="101010")
    assert restore_said(copy, sessions_dir) == f"restore {ID}"
    code, _, err = run(capsys, "restore", "0000c0de", *dirs)
    assert code == 1 and "matches 2 sessions' codes" in err  # (asked which, never chosen)
    code, _, err = run(capsys, "restore", ID, *dirs)
    assert code == 0, err
    assert load_session(sessions_dir / f"{ID}.toml").answers[0].text == "An invented point"


def test_a_session_with_no_newer_copy_or_a_file_not_there_restores_nothing(
        review: Review, sessions_dir: Path, dirs: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    s = saved_session(review, sessions_dir)
    before = (sessions_dir / f"{ID}.toml").read_bytes()
    copy_holding(s, "An older invented point", later=-60, at="090909")
    code, _, err = run(capsys, "restore", "0000c0de", *dirs)
    assert code == 1 and f"session {ID} has no emergency copy holding what its file" in err
    assert "nothing was restored" in err
    code, _, err = run(capsys, "restore", "reflect-copy-nowhere.toml", *dirs)
    assert code == 1 and "reflect-copy-nowhere.toml: no such file" in err
    code, _, err = run(capsys, "restore", "deadbeef", *dirs)
    assert code == 1 and "no session 'deadbeef'" in err
    code, _, err = run(capsys, "restore", str(sessions_dir), *dirs)  # was "no such file"
    assert code == 1 and f"{sessions_dir}: a folder, not an emergency copy's file" in err
    assert (sessions_dir / f"{ID}.toml").read_bytes() == before
