"""Driving the installed `reflect` command in a real terminal (tmux) for end-to-end tests."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

REFLECT = Path(sys.executable).with_name("reflect")
POLL = 0.02
"""Seconds between looks at the screen while waiting for something on it."""


def _line(screen: str, n: int) -> str:
    lines = screen.split("\n")
    return lines[n] if n < len(lines) else ""


def available() -> bool:
    return shutil.which("tmux") is not None and REFLECT.exists()


class Terminal:
    """One tmux server of our own (its own socket), running one command in one pane."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int] = (100, 30)):
        self.socket = f"reflect-e2e-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        # Without COLUMNS and LINES: pytest-xdist's workers have them (80 and 24), tmux passes
        # them on, and Textual reads them before the terminal's size, so every test ran at
        # 80x24 whatever size it asked for.
        line = f"env -u COLUMNS -u LINES {exports} TERM=xterm-256color {shlex.join(command)}"
        # Keep the pane after the program exits so its last screen can still be read.
        self._tmux("new-session", "-d", "-s", "t", "-x", str(size[0]), "-y", str(size[1]), line)
        self._tmux("set-option", "-t", "t", "remain-on-exit", "on")
        # Without a line of its own for "Pane is dead", which tmux writes at the bottom,
        # scrolling the screen's first line out of sight when a test reads it after the exit.
        self._tmux("set-option", "-t", "t", "remain-on-exit-format", "")

    def _tmux(self, *args: str) -> str:
        out = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True,
                             timeout=10)
        return out.stdout

    def keys(self, *keys: str) -> None:
        """Send keys (tmux names: Enter, PageDown, C-s). Nothing waits here: the caller waits
        for what the keys should bring on screen (`wait_for`)."""
        for key in keys:
            self._tmux("send-keys", "-t", "t", key)

    def type(self, text: str) -> None:
        """Type literal text; newlines are sent as Enter (the terminal keeps the order)."""
        for n, line in enumerate(text.split("\n")):
            if n:
                self.keys("Enter")
            if line:
                self._tmux("send-keys", "-t", "t", "-l", line)

    def paste(self, text: str) -> None:
        """Paste `text` as a terminal pastes it: all at once, not key by key."""
        self._tmux("set-buffer", "-b", "pasted", text)
        self._tmux("paste-buffer", "-d", "-b", "pasted", "-t", "t")

    def raw_bytes(self, data: bytes) -> None:
        """Send bytes as they are, as a terminal set to another encoding sends them."""
        self._tmux("send-keys", "-t", "t", "-H", *(f"{b:02x}" for b in data))

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 15.0, line: int | None = None) -> str:
        """The screen once `text` is on it (on line `line`, if given)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if text in (screen if line is None else _line(screen, line)):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not on screen after {timeout}s:\n{screen}")
            time.sleep(POLL)

    def wait_cursor_on(self, text: str, timeout: float = 15.0) -> None:
        """Wait until the terminal's cursor is on a line showing `text`: Textual puts it in the
        focused input, so this says a Tab has moved the focus there (keys typed before that
        would go to the field it left)."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            row = int(self._tmux("display-message", "-p", "-t", "t", "#{cursor_y}").strip() or 0)
            if text in _line(screen, row):
                return
            if time.monotonic() > deadline:
                raise AssertionError(f"cursor not on {text!r} after {timeout}s:\n{screen}")
            time.sleep(POLL)

    def press_until(self, key: str, text: str, line: int | None = None,
                    timeout: float = 15.0) -> str:
        """Press `key`, each time once the screen has answered the last press, until `text`
        is on screen (on line `line`, if given)."""
        deadline = time.monotonic() + timeout
        while True:
            before = self.screen()
            if text in (before if line is None else _line(before, line)):
                return before
            self.keys(key)
            while self.screen() == before:
                if time.monotonic() > deadline:
                    raise AssertionError(f"{text!r} not on screen after {timeout}s:\n{before}")
                time.sleep(POLL)

    def wait_idle(self, quiet: float = 0.3, timeout: float = 15.0) -> None:
        """Wait until the program has used no CPU for `quiet` seconds (read from /proc): what
        a person pausing to read finds, the work done after a screen is drawn (the next step
        built ahead) finished."""
        stat = Path(f"/proc/{self.pid()}/stat")

        def used() -> int:  # utime + stime, after the command name's bracket
            fields = stat.read_text().rsplit(")", 1)[1].split()
            return int(fields[11]) + int(fields[12])

        deadline = time.monotonic() + timeout
        before, since = used(), time.monotonic()
        while time.monotonic() - since < quiet:
            if time.monotonic() > deadline:
                raise AssertionError(f"still busy after {timeout}s:\n{self.screen()}")
            time.sleep(POLL)
            if (now := used()) != before:
                before, since = now, time.monotonic()

    def pid(self) -> int:
        return int(self._tmux("display-message", "-p", "-t", "t", "#{pane_pid}").strip())

    def exited(self) -> bool:
        return self._tmux("display-message", "-p", "-t", "t", "#{pane_dead}").strip() == "1"

    def wait_exit(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.exited():
            if time.monotonic() > deadline:
                raise AssertionError(f"still running after {timeout}s:\n{self.screen()}")
            time.sleep(POLL)

    def close_window(self) -> None:
        """What closing a terminal window does: the program gets SIGHUP."""
        self._tmux("kill-session", "-t", "t")

    def kill_server(self) -> None:
        self._tmux("kill-server")
        # tmux can leave its socket file behind; the suite makes hundreds.
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (folder / self.socket).unlink(missing_ok=True)


def signal_pid(pid: int, sig: int) -> None:
    os.kill(pid, sig)


def wait_gone(pid: int, timeout: float = 10.0) -> None:
    """Wait until process `pid` has ended (for when its terminal is gone too)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"process {pid} still running after {timeout}s; its threads "
                                 f"(name, state, waiting in):\n{threads_of(pid)}")
        time.sleep(POLL)


def threads_of(pid: int) -> str:
    """Each thread of `pid`: its name, its state (R running, S sleeping, D in the disk...)
    and the kernel function it waits in, so that a process that did not end says where."""
    lines = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("*")):
        try:
            name = (task / "comm").read_text().strip()
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
            wchan = (task / "wchan").read_text().strip()
        except OSError:
            continue
        lines.append(f"  {name} {state} {wchan}")
    return "\n".join(lines) or "  (none readable)"
