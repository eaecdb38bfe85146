"""A stuck app that reflect ends itself, from a thread, leaves the terminal as it found it, in a
real terminal (tmux): a stop signal its event loop never answers (ui/way_out.py,
SIGNAL_ANSWER_SECONDS), or a shutdown that hangs (the exit watchdog). Before, the process ended
with the terminal still in the app's modes: the shell's prompt came back on the alternate
screen over the app's last frame, the mouse still reported, the cursor hidden, and the tty
raw, so nothing typed at the prompt showed (`stty -a`: -echo -icanon)."""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session, session_path
from tests.e2e.terminal import Terminal, available, wait_gone

pytestmark = pytest.mark.skipif(not available(), reason="needs tmux and the installed reflect")

SESSION_ID = "20260101-child-zz-0000feed"

APP = r"""
import os, sys, time
from pathlib import Path
from reflect.store.autosave import SessionKeeper
from reflect.store.sessions import load_session
from reflect.ui.app import make_app

content, sessions, ready, how = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
session = load_session(sessions / "20260101-child-zz-0000feed.toml")
app = make_app(content, sessions, sessions.parent / "settings.toml")
keeper = SessionKeeper(sessions, session)
app.keepers.add(keeper)  # as a session's screen adds its keeper
session.title = "Invented title typed before it stuck"  # not yet saved
keeper.changed()

def stuck():
    if how == "shutdown hung":
        app.exit()  # its shutdown never gets to run: the watchdog ends the process
    ready.write_text(str(os.getpid()))
    while True:  # the event loop never gets back to anything
        time.sleep(0.05)

app.call_later(lambda: app.set_timer(0.5, stuck))  # once the start screen is drawn
app.run()
"""

MODES = {"alternate_on": "0", "cursor_flag": "1", "mouse_any_flag": "0",
         "mouse_button_flag": "0", "mouse_standard_flag": "0", "mouse_sgr_flag": "0"}
"""tmux's view of the pane's modes, as a shell leaves them: the normal screen, the cursor shown,
no mouse reporting."""


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[Terminal]:
    """An interactive bash of its own in an 80x24 tmux pane, its prompt `ready$ `."""
    env = {"HOME": str(tmp_path), "PS1": "ready$ ", "REFLECT_CACHE_DIR": str(tmp_path / "cache"),
           "REFLECT_SETTINGS": str(tmp_path / "settings.toml")}
    term = Terminal(["bash", "--norc", "--noprofile", "-i"], env, size=(80, 24))
    try:
        term.wait_for("ready$")
        yield term
    finally:
        term.kill_server()


def modes(term: Terminal) -> dict[str, str]:
    said = term._tmux("display-message", "-p", "-t", "t",
                      " ".join(f"{name}=#{{{name}}}" for name in MODES))
    return dict(pair.split("=") for pair in said.split())


@pytest.mark.parametrize("how", ["signal", "shutdown hung"])
def test_the_terminal_is_put_back_when_a_stuck_app_is_ended(shell, tmp_path, fictional_dir,
                                                            how):
    review = load_library(fictional_dir).get("child-zz")
    sessions = tmp_path / "sessions"
    save_session(sessions, Session.start(review, SESSION_ID, title="Invented title"))
    script, ready = tmp_path / "stuck_app.py", tmp_path / "ready"
    script.write_text(APP)
    shell.type(f"clear; {sys.executable} {script} {fictional_dir} {sessions} {ready} '{how}'; "
               "echo ended-with-$?\n")
    deadline = time.monotonic() + 60
    while not ready.exists() or not ready.read_text():
        assert time.monotonic() < deadline, f"the app did not start:\n{shell.screen()}"
        time.sleep(0.05)
    pid = int(ready.read_text())
    assert modes(shell) != MODES  # the app's: the alternate screen, the mouse reported
    if how == "signal":
        os.kill(pid, signal.SIGTERM)
    wait_gone(pid, timeout=20.0)  # 3 s for the loop (5 s for the watchdog), on a loaded machine
    screen = shell.wait_for("ended-with-1")
    assert "Review library" not in screen  # the app's last frame was left on view
    assert modes(shell) == MODES
    shell.type("stty -a\n")
    said = shell.wait_for("icanon")
    flags = set(re.split(r"[\s;]+", said))
    assert {"echo", "icanon", "isig", "icrnl"} <= flags, said  # not -echo, -icanon, ...
    shell.type("typed-at-the-prompt")
    shell.wait_for("ready$ typed-at-the-prompt")  # what is typed shows (echo is on)
    assert load_session(session_path(sessions, SESSION_ID)).title == \
        "Invented title typed before it stuck"
