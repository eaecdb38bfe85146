"""SIGTERM, SIGHUP and SIGINT end a running app, its sessions saved first, even when the app's
event loop never comes back to them. A trial's app, started without a terminal, ignored all
three for ten minutes: the loop's own signal handlers (`add_signal_handler`) run only on the
loop, and there Textual's screen resized itself without end (its size read as 80x25 one way and
80x24 the other), every Resize posting the next. Now a Python handler on the main thread hands
the way out to the loop, and saves from a thread of its own when the loop does not take it
(ui/way_out.py). Every way out in a real terminal: tests/e2e/test_real_terminal.py."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session, session_path

SESSION_ID = "20260101-child-zz-0000beef"

GONE_WITHIN = 20.0
"""Seconds: the loop is waited for (`SIGNAL_ANSWER_SECONDS`: 0.5 s here, 3 s in use), then the
session is saved; a loaded two-core machine is slow. Before, the app never ended."""

APP = r"""
import sys, time
from pathlib import Path
from reflect.store.autosave import SessionKeeper
from reflect.store.sessions import load_session
from reflect.ui.app import ReflectApp, make_app

content, sessions, ready, how = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
session = load_session(sessions / "20260101-child-zz-0000beef.toml")
app = make_app(content, sessions, sessions.parent / "settings.toml")
keeper = SessionKeeper(sessions, session)
app.keepers.add(keeper)  # as a session's screen adds its keeper
session.title = "Invented title typed before the signal"  # not yet saved
keeper.changed()

def started():
    ready.write_text("started")

import reflect.ui.way_out as way_out
way_out.SIGNAL_ANSWER_SECONDS = 0.5  # (3 s in use, waited for in each of these tests: what is
# tested is that the loop is waited for, then the save and the end)

if how == "no terminal":
    # the app as it started before `reflect` refused to without a terminal
    ReflectApp.TERMINAL_FDS = ()
    app.call_later(started)
    app.run()
else:
    async def stuck(pilot):
        started()
        while True:  # the event loop never gets back to anything
            time.sleep(0.05)
    app.run(headless=True, auto_pilot=stuck)
"""


def run_app(tmp_path: Path, fictional_dir: Path, how: str) -> subprocess.Popen[bytes]:
    review = load_library(fictional_dir).get("child-zz")
    sessions = tmp_path / "sessions"
    save_session(sessions, Session.start(review, SESSION_ID, title="Invented title"))
    ready = tmp_path / "ready"
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(REFLECT_SETTINGS=str(tmp_path / "settings.toml"), HOME=str(tmp_path),
               REFLECT_CACHE_DIR=str(tmp_path / "cache"))
    drawn = (tmp_path / "drawn").open("wb")  # where a script's `2>&1 >out` sent it
    app = subprocess.Popen([sys.executable, "-c", APP, str(fictional_dir), str(sessions),
                            str(ready), how], stdin=subprocess.DEVNULL, stdout=drawn,
                           stderr=drawn, env=env)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert app.poll() is None, (tmp_path / "drawn").read_bytes()[-2000:]
        assert time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    return app


def ended_saved(app: subprocess.Popen[bytes], sessions: Path) -> None:
    try:
        app.wait(timeout=GONE_WITHIN)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
        pytest.fail(f"still running {GONE_WITHIN} s after the signal")
    saved = load_session(session_path(sessions, SESSION_ID))
    assert saved.title == "Invented title typed before the signal"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT],
                         ids=["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_saves_and_ends_an_app_whose_loop_never_answers(tmp_path, fictional_dir,
                                                                 signum):
    app = run_app(tmp_path, fictional_dir, "stuck")
    app.send_signal(signum)
    ended_saved(app, tmp_path / "sessions")


def test_sigterm_ends_an_app_started_without_a_terminal(tmp_path, fictional_dir):
    """The trial, as it was before `reflect` refused to start there: stdin /dev/null, its
    output a file, SIGTERM (as `timeout 10` sends it) once its screen is drawn."""
    app = run_app(tmp_path, fictional_dir, "no terminal")
    drawn = tmp_path / "drawn"
    deadline = time.monotonic() + 30
    while b"Review library" not in drawn.read_bytes():  # the start screen, drawn into the file
        assert time.monotonic() < deadline and app.poll() is None, drawn.read_bytes()[-2000:]
        time.sleep(0.05)
    app.send_signal(signal.SIGTERM)
    ended_saved(app, tmp_path / "sessions")
