"""Plain mode under hostile use: resuming a file from elsewhere, and being stopped by a
signal in the middle of an answer."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, new_session_id, save_session


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
