"""Plain mode under hostile use: resuming a file from elsewhere, and being stopped by a
signal in the middle of an answer."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, new_session_id, save_session
from reflect.walk.line import PASTE_OFF, PASTE_ON


def test_resuming_a_file_outside_the_sessions_folder_makes_a_copy(monkeypatch, capsys,
                                                                   fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    sessions, backup = tmp_path / "sessions", tmp_path / "backup"
    s = Session.start(review, new_session_id("child-zz"), title="Live")
    s.set_answer("zz-first", "What would you do first?", "Older answer")
    save_session(backup, s)
    s.set_answer("zz-first", "What would you do first?", "Newer answer")
    save_session(sessions, s)
    live_before = (sessions / f"{s.id}.toml").read_bytes()
    backup_before = (backup / f"{s.id}.toml").read_bytes()

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["walk", "child-zz", "--resume", str(backup / f"{s.id}.toml"),
                 "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions)])
    out = capsys.readouterr().out
    assert code == 0
    assert (sessions / f"{s.id}.toml").read_bytes() == live_before
    assert (backup / f"{s.id}.toml").read_bytes() == backup_before
    ids = {e.session.id for e in list_sessions(sessions).entries}
    assert len(ids) == 2 and s.id in ids
    (copy_id,) = ids - {s.id}
    assert "not in the sessions folder" in out and copy_id in out
    assert load_session(sessions / f"{copy_id}.toml").answer("zz-first").text == "Older answer"


class _Running:
    """A real `reflect walk` in a subprocess, its output collected as it comes."""

    def __init__(self, fictional_dir: Path, sessions: Path,
                 args: tuple[str, ...] = ("--mode", "individual")) -> None:
        import threading

        env = {**os.environ, "REFLECT_CONTENT_DIR": str(fictional_dir),
               "REFLECT_SESSIONS_DIR": str(sessions), "PYTHONFAULTHANDLER": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reflect", "walk", "child-zz", *args,
             "--title", "Signals", "--team", ""],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.out = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := self.proc.stdout.read1(4096):
            self.out += chunk

    def wait_for(self, count: int, text: bytes, limit: float = 30.0) -> None:
        deadline = time.monotonic() + limit
        while self.out.count(text) < count:
            assert self.proc.poll() is None, self.out
            assert time.monotonic() < deadline, f"waited for {text!r} x{count}: {self.out!r}"
            time.sleep(0.01)

    def exit_code(self, limit: float = 30.0) -> int:
        """How it ended; not ended within `limit` seconds (a CI run once saw that, at the
        first question, after Ctrl+C), where it was, each thread's stack, in the failure."""
        try:
            return self.proc.wait(timeout=limit)
        except subprocess.TimeoutExpired:
            self.proc.send_signal(signal.SIGABRT)  # faulthandler prints every stack
            self.proc.wait(timeout=10)
            assert self.proc.stderr is not None
            err = self.proc.stderr.read()
            raise AssertionError(f"still running after {limit} s: {self.out!r}\n"
                                 f"{err.decode(errors='replace')}") from None

    def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()


SIGNALS = [signal.SIGINT, signal.SIGTERM, signal.SIGHUP]


@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_signal_mid_answer_keeps_what_was_typed(signum, fictional_dir, tmp_path):
    sessions = tmp_path / "sessions"
    walk = _Running(fictional_dir, sessions)
    walk.wait_for(1, b"> ")  # asked for notes on the first section
    walk.type("Half of a thought\nand a second line\n")
    walk.wait_for(3, b"> ")  # both lines read: it is waiting for the third
    walk.proc.send_signal(signum)
    assert walk.proc.wait(timeout=30) == 128 + signum
    (entry,) = list_sessions(sessions).entries
    assert entry.session.notes.get("intro") == "Half of a thought\nand a second line"


class _AtTerminal:
    """A real `reflect walk` typed into at a terminal of its own (a pseudo-terminal), its
    output collected as it comes: shown at that terminal, or `piped` away from it. As a
    context manager, it ends the walk should a test fail before it has ended."""

    def __init__(self, fictional_dir: Path, sessions: Path, piped: bool = False) -> None:
        import pty
        import threading

        self.terminal, walk_end = pty.openpty()
        env = {**os.environ, "REFLECT_CONTENT_DIR": str(fictional_dir),
               "REFLECT_SESSIONS_DIR": str(sessions), "PYTHONFAULTHANDLER": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "reflect", "walk", "child-zz", "--mode", "individual",
             "--title", "Half", "--team", "", "--name", "Pat Example"],
            stdin=walk_end, stdout=subprocess.PIPE if piped else walk_end,
            stderr=subprocess.PIPE, env=env)
        os.close(walk_end)
        self.out = bytearray()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        try:
            if self.proc.stdout is not None:
                while chunk := self.proc.stdout.read1(4096):
                    self.out.extend(chunk)
            else:
                while chunk := os.read(self.terminal, 4096):
                    self.out.extend(chunk)
                    for unseen in (PASTE_ON, PASTE_OFF):  # (bracketed paste on and off:
                        self.out[:] = self.out.replace(unseen.encode(), b"")  # not shown)
        except OSError:  # (EIO at the terminal: the walk has ended)
            pass

    def _wait(self, shown: Callable[[bytes], bool]) -> None:
        deadline = time.monotonic() + 30
        while not shown(bytes(self.out)):
            assert self.proc.poll() is None and time.monotonic() < deadline, bytes(self.out)
            time.sleep(0.01)

    def wait_for_end(self, text: bytes) -> None:
        """Until what is shown ends with `text` (spaces after it aside)."""
        self._wait(lambda out: out.rstrip(b" ").endswith(text))

    def wait_for_prompt(self, text: bytes) -> None:
        """Until `text` has been shown and the walk waits at a prompt."""
        self._wait(lambda out: text in out and out.endswith(b"> "))

    def type(self, keys: bytes) -> None:
        os.write(self.terminal, keys)

    def __enter__(self) -> _AtTerminal:
        return self

    def __exit__(self, *_: object) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.terminal)


@pytest.mark.skipif(os.name != "posix", reason="a POSIX terminal's line discipline")
@pytest.mark.parametrize("signum", SIGNALS, ids=lambda s: signal.Signals(s).name)
def test_a_signal_at_a_terminal_keeps_the_line_being_typed_too(signum, fictional_dir, tmp_path):
    """At a terminal the walk holds the line being typed itself (not the terminal): Ctrl+C
    kept the lines entered with Enter and lost the one half typed, and showed no "^C", the
    stop's message running on after the typed words."""
    sessions = tmp_path / "sessions"
    with _AtTerminal(fictional_dir, sessions) as walk:
        walk.wait_for_end(b"the learning:\r\n>")  # the pause after the content note
        walk.type(b"\n")
        walk.wait_for_end(b"Notes on this section:\r\n>")
        walk.type(b"Pat Example's first line\nand a half-typed one")
        walk.wait_for_end(b"> and a half-typed one")  # both read, the second not ended
        walk.proc.send_signal(signum)
        assert walk.proc.wait(timeout=30) == 128 + signum, bytes(walk.out)
        walk.reader.join(timeout=10)
    (entry,) = list_sessions(sessions).entries
    assert entry.session.notes.get("intro") == "Pat Example's first line\nand a half-typed one"
    said = bytes(walk.out).decode()
    shown = "^C" if signum == signal.SIGINT else ""
    assert f"> and a half-typed one{shown}\r\nStopped and saved" in said, said


def test_the_line_being_typed_is_kept_as_enter_would_have_ended_it():
    """A line of spaces adds nothing, and a half-typed `.` would have ended the answer: they
    are not kept, as they would not have been after Enter."""
    from types import SimpleNamespace

    from reflect.walk.dialogue import Dialogue
    from reflect.walk.line import LineEditor

    d = Dialogue(io.StringIO(), io.StringIO())
    d._terminal = SimpleNamespace(editor=LineEditor())  # type: ignore[assignment]
    d.typed = ["Sam Sample's point"]
    for half, kept in (("", "Sam Sample's point"), ("  ", "Sam Sample's point"),
                       (" . ", "Sam Sample's point"), (" more", "Sam Sample's point\n more")):
        d._terminal.editor.line = half
        assert d.in_progress() == kept


def test_ctrl_c_at_the_first_question_ends_its_line_and_says_so(fictional_dir, tmp_path):
    """Ctrl+C at "Team discussion or individual reflection?" ended with nothing more: the
    shell's prompt ran on after the question (a trial)."""
    sessions = tmp_path / "sessions"
    walk = _Running(fictional_dir, sessions, args=())
    walk.wait_for(1, b"Enter for t: ")
    walk.proc.send_signal(signal.SIGINT)
    assert walk.exit_code() == 128 + signal.SIGINT
    walk._reader.join(timeout=10)
    assert walk.out.endswith(b"Enter for t: \nStopped before the session began: no session was "
                             b"kept.\n")
    assert list_sessions(sessions).entries == []


def test_a_signal_mid_actions_keeps_the_actions_typed(fictional_dir, tmp_path):
    sessions = tmp_path / "sessions"
    walk = _Running(fictional_dir, sessions)
    # four content steps, three questions of four parts each: 16 answers, all empty
    for n in range(1, 17):
        walk.wait_for(n, b"> ")
        walk.type(".\n")
    walk.wait_for(1, b"What I will do: one at a time")  # one person's words
    walk.wait_for(17, b"> ")
    walk.type("Book the training\n")
    walk.wait_for(18, b"> ")  # asked who else is involved
    walk.proc.send_signal(signal.SIGTERM)
    assert walk.proc.wait(timeout=30) == 128 + signal.SIGTERM
    (entry,) = list_sessions(sessions).entries
    assert [a.text for a in entry.session.actions] == ["Book the training"]


def test_ctrl_d_mid_answer_still_keeps_it(monkeypatch, capsys, fictional_dir, tmp_path):
    sessions = tmp_path / "sessions"
    monkeypatch.setattr("sys.stdin", io.StringIO("i\nT\n\nTyped then Ctrl+D"))
    assert main(["walk", "child-zz", "--content-dir", str(fictional_dir),
                 "--sessions-dir", str(sessions)]) == 0
    (entry,) = list_sessions(sessions).entries
    assert entry.session.notes.get("intro") == "Typed then Ctrl+D"


def test_a_renamed_backup_outside_the_folder_resumes_as_a_copy(monkeypatch, capsys,
                                                                fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    sessions, backup = tmp_path / "sessions", tmp_path / "backup"
    s = Session.start(review, new_session_id("child-zz"), title="Renamed")
    save_session(backup, s)
    renamed = backup / "monday.toml"
    (backup / f"{s.id}.toml").rename(renamed)
    # who is here (no facilitator, no one added), then a note on the introduction
    monkeypatch.setattr("sys.stdin", io.StringIO("\n\nA note\n.\n"))
    code = main(["walk", "child-zz", "--resume", str(renamed),
                 "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions)])
    assert code == 0 and "carrying on in a copy" in capsys.readouterr().out
    (entry,) = list_sessions(sessions).entries
    assert entry.session.id != s.id and entry.session.notes.get("intro") == "A note"


def test_a_copy_inside_the_sessions_folder_is_still_refused(monkeypatch, capsys,
                                                            fictional_dir, tmp_path):
    review = load_library(fictional_dir).get("child-zz")
    sessions = tmp_path / "sessions"
    s = Session.start(review, new_session_id("child-zz"), title="Copy")
    save_session(sessions, s)
    copy = sessions / "copy.toml"
    copy.write_bytes((sessions / f"{s.id}.toml").read_bytes())
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["walk", "child-zz", "--resume", str(copy),
                 "--content-dir", str(fictional_dir), "--sessions-dir", str(sessions)])
    assert code == 1 and "does not match its id" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="a POSIX terminal's line discipline")
def test_one_ctrl_d_on_a_half_typed_line_keeps_it_and_stops(fictional_dir, tmp_path):
    """At a terminal, Ctrl+D after typing hands the line over without a line end: it took a
    second Ctrl+D to be read, then the walk printed the next section, and a third stopped it."""
    sessions = tmp_path / "sessions"
    with _AtTerminal(fictional_dir, sessions, piped=True) as walk:
        walk.wait_for_prompt(b"Enter to read the case details")  # (asked at a terminal)
        walk.type(b"\n")
        walk.wait_for_prompt(b"Notes on this section")
        walk.type(b"half typed\x04")  # ^D: the terminal's end of input
        assert walk.proc.wait(timeout=30) == 0, bytes(walk.out)
    (entry,) = list_sessions(sessions).entries
    assert entry.session.notes.get("intro") == "half typed"
    said = bytes(walk.out).decode()
    assert "Stopped and saved" in said and "Step 2 of" not in said  # no more case text


def test_bytes_that_are_not_utf8_are_kept_as_replacements(fictional_dir, tmp_path):
    """A "£" in Latin-1 (0xA3), typed or in a title given on the command line: the walk
    stopped, could save neither the session nor an emergency copy, and lost the answer and
    everything after it (a trial). Now each such byte is read as U+FFFD."""
    sessions = tmp_path / "sessions"
    env = {**os.environ, "REFLECT_CONTENT_DIR": str(fictional_dir),
           "REFLECT_SESSIONS_DIR": str(sessions), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"reflect", b"walk", b"child-zz", b"--mode",
         b"individual", b"--title", b"Invented fee \xa3", b"--team", b""],
        input=b"Cost was \xa35 for the invented course\n.\n", capture_output=True, env=env,
        timeout=60)
    assert done.returncode == 0, done.stderr
    (entry,) = list_sessions(sessions).entries
    assert entry.session.title == "Invented fee \ufffd"
    assert entry.session.notes.get("intro") == "Cost was \ufffd5 for the invented course"
