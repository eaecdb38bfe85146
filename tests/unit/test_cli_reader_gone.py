"""A command whose output is piped to a reader that goes away (`reflect import FILE | head
-1`) still does what it was asked: the file is written, the exit code is the command's own.
An import said "FILE -> …/x.toml", was stopped by the closed pipe and exited 141 with no
file (a trial: 2 of 8 imports missing). All data invented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run

BRIEFING = Path(__file__).parent.parent / "data" / "briefings" / "seven_minute_briefing.txt"


def _closed_pipe() -> int:
    """The write end of a pipe whose reader has already gone: every write to it fails."""
    read, write = os.pipe()
    os.close(read)
    return write


def _run(argv: list[str], tmp_path: Path, unbuffered: bool, stderr_too: bool = False
         ) -> tuple[int, str]:
    """`reflect *argv` with standard output (and with `stderr_too` standard error) going to
    a reader gone: its exit code and what it said on stderr otherwise."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env |= {"HOME": str(tmp_path), "REFLECT_CACHE_DIR": str(tmp_path / "cache")}
    if unbuffered:  # each line written as it is said: the first one meets the closed pipe
        env["PYTHONUNBUFFERED"] = "1"
    out = _closed_pipe()
    try:
        proc = subprocess.run([sys.executable, "-m", "reflect", *argv], stdout=out,
                              stderr=out if stderr_too else subprocess.PIPE, env=env,
                              timeout=120, cwd=tmp_path)
    finally:
        os.close(out)
    return proc.returncode, (proc.stderr or b"").decode()


@pytest.mark.parametrize("unbuffered", [True, False])
@pytest.mark.parametrize("stderr_too", [False, True])
def test_an_import_piped_to_a_reader_gone_is_written(tmp_path: Path, unbuffered: bool,
                                                      stderr_too: bool) -> None:
    library = tmp_path / "library"
    code, err = _run(["--content-dir", str(library), "import", str(BRIEFING), "--id",
                      "child-qz"], tmp_path, unbuffered, stderr_too)
    assert (library / "child-qz.toml").is_file(), err
    assert load_library(library).get("child-qz") is not None
    assert code == 0, err
    assert "Traceback" not in err and "Exception ignored" not in err, err


@pytest.mark.parametrize("unbuffered", [True, False])
def test_an_export_to_a_file_with_its_reader_gone_is_written(
        tmp_path: Path, fictional_dir: Path, sessions_dir: Path, unbuffered: bool) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id("child-zz"), title="Invented pipe meeting")
    save_session(sessions_dir, s)
    target = tmp_path / "notes.md"
    code, err = _run(["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir),
                      "export", s.id, "-o", str(target)], tmp_path, unbuffered)
    assert target.is_file() and code == 0, err
    assert "Traceback" not in err, err


def test_notes_printed_to_a_reader_gone_end_quietly_with_141(
        tmp_path: Path, fictional_dir: Path, sessions_dir: Path) -> None:
    """Data asked for on standard output and not all delivered: 141, as `cat` would."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id("child-zz"), title="Invented pipe meeting")
    save_session(sessions_dir, s)
    code, err = _run(["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir),
                      "export", s.id, "--format", "md"], tmp_path, False)
    assert code == 141 and "Traceback" not in err and "Exception ignored" not in err, err


def test_an_import_says_where_it_wrote_only_once_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A review that cannot be written is said so, plainly; never `FILE -> TARGET` first."""
    import reflect.store.atomic

    def refused(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reflect.store.atomic, "write_atomic", refused)
    library = tmp_path / "library"
    library.mkdir()
    code, out, err = run(capsys, "--content-dir", str(library), "import", str(BRIEFING),
                         "--id", "child-qz")
    assert code == 1 and out == ""
    assert err == (f"reflect import: cannot write {library / 'child-qz.toml'}: Permission "
                   "denied; nothing written\n")


def test_output_to_a_stream_that_cannot_encode_a_letter_is_written_utf8(
        tmp_path: Path, fictional_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Redirected on Windows a stream is the ANSI code page's: `reflect list sessions >
    sessions.txt` ended in a UnicodeEncodeError's traceback at a title's emoji or Hebrew
    (a trial, with PYTHONIOENCODING=ascii standing in). A file or a pipe is written UTF-8."""
    import io

    from reflect.cli import main

    review = load_library(fictional_dir).get("child-zz")
    sessions = tmp_path / "sessions"
    save_session(sessions, Session.start(review, new_session_id("child-zz"),
                                         title="Invented 🙂 שלום meeting"))
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="ascii") for _ in range(2))
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["list", "sessions", "--sessions-dir", str(sessions)]) == 0
    assert main(["export", "no-such-🙂", "--sessions-dir", str(sessions)]) == 1
    out.flush()
    err.flush()
    assert "Invented 🙂 שלום meeting" in out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    assert "no-such-🙂" in err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
