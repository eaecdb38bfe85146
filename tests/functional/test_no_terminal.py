"""`reflect` and `reflect open` where there is no terminal (a script, a scheduled task, an IT
launcher: `reflect </dev/null >out 2>&1 &`) refuse at once, saying what works without one, and
write nothing else. A trial's drew the app into its file as escape codes, 3 MB in 11 seconds,
and could be ended only by SIGKILL. Headless runs (the pilots, `run(headless=True)`) are never
refused: tests/functional/test_start_imports.py runs `reflect` headless through pipes."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session

SESSION_ID = "20260101-child-zz-0000f00d"

WITHIN = 30.0
"""Seconds: the refusal comes once Textual is imported (well under one second alone; the
test machine's two cores are shared). Before the check the app never ended."""


def env_for(tmp_path: Path, fictional_dir: Path) -> dict[str, str]:
    return {**os.environ, "REFLECT_CONTENT_DIR": str(fictional_dir),
            "REFLECT_SESSIONS_DIR": str(tmp_path / "sessions"),
            "REFLECT_SETTINGS": str(tmp_path / "settings.toml"),
            "REFLECT_CACHE_DIR": str(tmp_path / "cache"), "HOME": str(tmp_path)}


def run_without_terminal(tmp_path: Path, fictional_dir: Path, *argv: str
                         ) -> subprocess.CompletedProcess[str]:
    """`reflect *argv </dev/null`, its output and error output pipes, as a script runs it."""
    return subprocess.run([sys.executable, "-m", "reflect", *argv], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=WITHIN,
                          env=env_for(tmp_path, fictional_dir))


def test_reflect_without_a_terminal_says_what_to_use_and_ends(tmp_path, fictional_dir):
    done = run_without_terminal(tmp_path, fictional_dir)
    assert done.returncode == 1
    assert done.stdout == ""
    said = done.stderr
    assert said.startswith("reflect: the full-screen app needs a terminal, and here its "
                           "input (stdin), output (stdout) and error output (stderr) are not")
    assert "\x1b" not in said  # not a byte of the app drawn
    assert said.count("\n") == 1  # piped: one line, for a log
    for instead in ("walk REVIEW", "export SESSION", "list sessions", "report", "--help"):
        assert f"-m reflect {instead}`" in said  # written as it was started: python -m reflect
    assert not (tmp_path / "sessions").exists() or not list((tmp_path / "sessions").iterdir())


def test_open_without_a_terminal_names_the_commands_for_its_session(tmp_path, fictional_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(tmp_path / "sessions", Session.start(review, SESSION_ID,
                                                      title="Invented meeting"))
    before = (tmp_path / "sessions" / f"{SESSION_ID}.toml").read_bytes()
    done = run_without_terminal(tmp_path, fictional_dir, "open", SESSION_ID)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("reflect open: the full-screen app needs a terminal")
    assert f"-m reflect walk --resume {SESSION_ID}` carries the session on" in done.stderr
    assert f"-m reflect export {SESSION_ID}` writes its notes" in done.stderr
    assert (tmp_path / "sessions" / f"{SESSION_ID}.toml").read_bytes() == before


@pytest.mark.parametrize("terminal", ["stdin", "stdout and stderr", "stdin and stdout"])
def test_any_of_its_streams_not_a_terminal_is_refused(tmp_path, fictional_dir, terminal):
    """`reflect | tee log` (its input a terminal), `reflect </dev/null` in a terminal, and
    `reflect 2>log`: each refused, naming what is not a terminal, the words said where they
    can be seen (on stdout when only stderr is not a terminal)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))  # 80x24
    try:
        streams = {name: follower if name in terminal else subprocess.PIPE
                   for name in ("stdout", "stderr")}
        done = subprocess.run([sys.executable, "-m", "reflect"], **streams,
                              stdin=follower if "stdin" in terminal else subprocess.DEVNULL,
                              timeout=WITHIN, env=env_for(tmp_path, fictional_dir))
        os.close(follower)
        at_terminal = _read_all(leader)
    finally:
        os.close(leader)
    assert done.returncode == 1
    said = " ".join((at_terminal + (done.stderr or b"").decode()).split())
    not_one = {"stdin": "its output (stdout) and error output (stderr) are not connected",
               "stdout and stderr": "its input (stdin) is not connected",
               "stdin and stdout": "its error output (stderr) is not connected"}[terminal]
    assert not_one in said
    assert "-m reflect walk REVIEW" in said and "\x1b[" not in said
    if terminal == "stdin and stdout":
        assert "needs a terminal" in at_terminal  # its stderr a file no one is reading
    if "stdout" in terminal:
        assert max(len(line) for line in at_terminal.splitlines()) <= 80  # fitted to it


def _read_all(leader: int) -> str:
    """What a terminal showed, once every program writing to it has closed it."""
    out = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # EIO: nothing writes to it any more
            break
        if not chunk:
            break
        out += chunk
    return out.decode("utf-8", "replace")
