"""Writes that keep data private and whole: 0700 folders whatever the umask, symlinked
sessions written through, and files that must not be replaced created exclusively."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.atomic import write_atomic
from reflect.store.library import load_library
from reflect.store.locks import SessionLock
from reflect.store.sessions import load_session, new_session_id, save_session


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o000, 0o022])
def umask(request: pytest.FixtureRequest):
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_every_folder_reflect_creates_is_private(umask, tmp_path):
    target = tmp_path / "a" / "b" / "sessions" / "exports" / "notes.md"
    write_atomic(target, b"x")
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "sessions",
                   target.parent):
        assert _mode(folder) == 0o700, folder
    assert _mode(target) == 0o600


def test_a_session_lock_makes_its_folder_private(umask, tmp_path):
    lock = SessionLock(tmp_path / "new" / "sessions" / "x.toml")
    assert lock.acquire()
    lock.release()
    assert _mode(tmp_path / "new") == 0o700
    assert _mode(tmp_path / "new" / "sessions") == 0o700


def test_walk_creates_private_sessions_folder(umask, monkeypatch, capsys, fictional_dir,
                                              tmp_path):
    import io

    folder = tmp_path / "deep" / "sessions"
    monkeypatch.setattr("sys.stdin", io.StringIO("t\nT\n\n"))
    assert main(["walk", "child-zz", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(folder)]) == 0
    assert _mode(tmp_path / "deep") == 0o700 and _mode(folder) == 0o700
    assert all(_mode(p) == 0o600 for p in folder.glob("*.toml"))


def test_a_symlinked_session_is_written_through(fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    s = Session.start(review, new_session_id("child-zz"), title="Linked")
    save_session(elsewhere, s)
    link = sessions / f"{s.id}.toml"
    link.symlink_to(elsewhere / f"{s.id}.toml")

    s.set_answer("zz-first", "What would you do first?", "Written through the link")
    save_session(sessions, s)

    assert link.is_symlink(), "the link was replaced by a regular file"
    assert load_session(elsewhere / f"{s.id}.toml").answer("zz-first").text == \
        "Written through the link"
    assert not list(elsewhere.glob(".reflect-*")) and not list(sessions.glob(".reflect-*"))


def test_replace_false_never_overwrites(tmp_path):
    target = tmp_path / "notes.md"
    write_atomic(target, b"first", replace=False)
    with pytest.raises(FileExistsError):
        write_atomic(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_a_file_where_a_folder_should_be_is_never_said_as_the_file_existing(
        tmp_path, fictional_dir, capsys):
    """A file named `exports` in the sessions folder: its mkdir's FileExistsError was read as
    the notes' file existing, and the export dialog asked "Replace it?" again at every new
    name (a trial); `reflect export -o` said the folder "does not exist"."""
    from reflect.store.exports import default_export_path, export_session

    sessions = tmp_path / "sessions"
    sessions.mkdir()
    (sessions / "exports").write_text("an invented file, not a folder")
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Invented")
    save_session(sessions, s)
    target = default_export_path(sessions, s, "md")
    with pytest.raises(NotADirectoryError) as raised:  # (not FileExistsError)
        export_session(s, "md", target, replace=False)
    assert raised.value.strerror == f"{sessions / 'exports'} is a file, not a folder"
    code = main(["export", s.id, "-o", str(target), "--sessions-dir", str(sessions),
                 "--content-dir", str(fictional_dir)])
    assert code == 1 and capsys.readouterr().err.rstrip().endswith(
        f"{sessions / 'exports'} is a file, not a folder")
    assert (sessions / "exports").read_text() == "an invented file, not a folder"


def test_racing_exclusive_writes_one_wins(tmp_path):
    """Many pairs of writers to one path at the same moment: exactly one of each pair wins."""
    for n in range(30):
        target = tmp_path / f"race-{n}.md"
        barrier = threading.Barrier(2)
        results: list[str] = []

        def write(data: bytes, target: Path = target, barrier: threading.Barrier = barrier,
                  results: list[str] = results) -> None:
            barrier.wait()
            try:
                write_atomic(target, data, replace=False)
                results.append("wrote")
            except FileExistsError:
                results.append("refused")

        threads = [threading.Thread(target=write, args=(d,)) for d in (b"a", b"b")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results) == ["refused", "wrote"], n


def test_settings_cache_and_exports_folders_are_private(umask, tmp_path, fictional_dir):
    from reflect.store.cache import write_records
    from reflect.store.exports import default_export_path, export_session
    from reflect.store.settings import save_setting

    save_setting(tmp_path / "config" / "reflect" / "settings.toml", "theme", "x")
    write_records(tmp_path / "cache" / "reflect" / "index.json", {})
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id("child-zz"), title="Private")
    export_session(s, "md", default_export_path(tmp_path / "sessions", s, "md"))
    for folder in ("config", "config/reflect", "cache", "cache/reflect", "sessions",
                   "sessions/exports"):
        assert _mode(tmp_path / folder) == 0o700, folder
