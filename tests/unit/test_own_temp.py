"""An emergency copy the home folder will not take goes into a folder of the person's own in the
temp folder, never into the shared temp folder itself, where every user of the computer lists
it: another user's start screen and `reflect list sessions` listed one ("no such session in
the sessions folder now", a trial). A folder of that name owned by someone else, or a link, is
left alone (store/own_temp.py). Real temp folders; another user is simulated (the tests may
run as root, whom permissions do not stop). All data invented."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store import own_temp
from reflect.store.autosave import SessionKeeper
from reflect.store.copies import find_copies
from reflect.store.rescue import write_emergency_copy
from reflect.store.sessions import dumps, new_session_id, save_session
from tests.command_line import run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners and modes")
SOMEONE_ELSE = 54321
"""The uid of another user of the computer (invented)."""


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared temp folder, and a home folder that does not exist (it takes no copy)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    folder.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "no-such-home"))
    return folder


@pytest.fixture
def saved(review: Review, sessions_dir: Path) -> Session:
    s = Session.start(review, new_session_id(review.id), title="Invented Team Blue huddle")
    save_session(sessions_dir, s)
    return s


def owned_by_someone_else(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """`path` as reflect sees it owned by another user (chown needs root; the tests may not
    have it, and as root they would not be stopped by it)."""
    real = os.lstat

    def lstat(p: object) -> os.stat_result:
        st = real(p)  # type: ignore[arg-type]
        if Path(str(p)) != path:
            return st
        fields = list(st)
        fields[stat.ST_UID] = SOMEONE_ELSE
        return os.stat_result(fields)

    monkeypatch.setattr(own_temp.os, "lstat", lstat)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_copy_goes_into_an_owner_only_folder_of_ones_own(temp: Path) -> None:
    copy = write_emergency_copy("20261204-child-zz-0000c0de", b"title = 'Invented'\n")
    assert copy.parent == temp / f"reflect-copies-{os.getuid()}"
    assert mode(copy.parent) == 0o700 and mode(copy) == 0o600
    assert [p.name for p in temp.iterdir()] == [copy.parent.name]  # nothing in /tmp itself
    assert own_temp.passed_over(copy) == ""


def test_the_folder_found_open_to_others_is_closed_first(temp: Path) -> None:
    folder = temp / f"reflect-copies-{os.getuid()}"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    copy = write_emergency_copy("20261204-child-zz-0000c0de", b"title = 'Invented'\n")
    assert copy.parent == folder and mode(folder) == 0o700


@pytest.mark.parametrize("made_by_other", ["a folder of theirs", "a link to a folder of theirs"])
def test_a_folder_of_that_name_someone_else_made_is_left_alone_and_said(
        temp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, made_by_other: str,
        saved: Session, sessions_dir: Path) -> None:
    folder = temp / f"reflect-copies-{os.getuid()}"
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o777)
    if made_by_other.startswith("a link"):
        folder.symlink_to(theirs)
    else:
        folder.mkdir(mode=0o777)
        owned_by_someone_else(monkeypatch, folder)
    copy = write_emergency_copy(saved.id, dumps(saved))
    assert copy.parent.parent == temp and copy.parent != folder
    assert copy.parent.name.startswith(f"{folder.name}-") and mode(copy.parent) == 0o700
    assert list(theirs.iterdir()) == [] and not any(folder.iterdir())
    said = own_temp.passed_over(copy)
    assert str(folder) in said and ("another user" in said or "symbolic link" in said)
    again = write_emergency_copy(saved.id + "x", dumps(saved))  # the same folder used again
    assert again.parent == copy.parent
    assert {c.path for c in find_copies(sessions_dir, cached=False)} == {again, copy}


def test_the_way_out_says_why_the_copy_is_not_in_the_usual_folder(
        temp: Path, monkeypatch: pytest.MonkeyPatch, saved: Session, sessions_dir: Path) -> None:
    folder = temp / f"reflect-copies-{os.getuid()}"
    folder.mkdir(mode=0o777)
    owned_by_someone_else(monkeypatch, folder)
    keeper = SessionKeeper(sessions_dir, saved)
    where = keeper.copy_to()
    note = keeper.rescue_note("could not save: Read-only file system")
    assert note is not None and str(where) in note
    assert f"not in {folder}" in note and "belongs to another user" in note


def test_another_users_copies_in_the_shared_temp_folder_are_not_listed(
        temp: Path, monkeypatch: pytest.MonkeyPatch, saved: Session, sessions_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    other = saved.model_copy(update={"id": new_session_id(saved.review_id)})
    left = temp / f"reflect-copy-{other.id}-20261204-101010.toml"  # where earlier versions wrote
    left.write_bytes(dumps(other))
    assert [c.path for c in find_copies(sessions_dir, cached=False)] == [left]  # the user's own
    monkeypatch.setattr(own_temp, "_uid", lambda: SOMEONE_ELSE)  # the same, as another user
    assert find_copies(sessions_dir, cached=False) == []
    code, out, err = run(capsys, "list", "sessions", "--sessions-dir", str(sessions_dir))
    assert code == 0 and other.id not in out + err and "no such session" not in out + err


def test_a_link_named_as_a_copy_in_the_shared_temp_folder_is_not_listed(
        temp: Path, tmp_path: Path, saved: Session, sessions_dir: Path) -> None:
    real = tmp_path / "elsewhere.toml"
    real.write_bytes(dumps(saved))
    (temp / f"reflect-copy-{saved.id}-20261204-101010.toml").symlink_to(real)
    assert find_copies(sessions_dir, cached=False) == []


def test_without_uids_the_per_user_temp_folder_is_used(
        temp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(own_temp, "_uid", lambda: None)  # (Windows: its temp folder is the user's)
    copy = write_emergency_copy("20261204-child-zz-0000c0de", b"title = 'Invented'\n")
    assert copy.parent == temp / "reflect-copies"
    assert own_temp.copy_folders() == [temp / "reflect-copies"]
