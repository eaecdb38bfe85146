"""`reflect open` draws a question's step without importing what only other steps and the
dialogs need (#16): the session's screen and the question's pane import no export formats, no
meeting-length chooser, no people or carried-actions panel and no confirming dialog; each is
imported when it is first used. (The modules imported are what the first frame waits for.)"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

NOT_TO_OPEN = ("reflect.export", "reflect.store.exports", "reflect.report", "reflect.room",
               "reflect.cpd_cli", "reflect.ui.screens.export", "reflect.ui.screens.time_plan",
               "reflect.ui.screens.confirm", "reflect.ui.widgets.meeting_length",
               "reflect.ui.widgets.choice", "reflect.model.typed_minutes",
               "reflect.ui.widgets.people_panel", "reflect.ui.widgets.carried_panel")

CODE = """
import json, sys
from reflect.ui.panes import pane_class
import reflect.ui.screens.walkthrough
pane_class("question")
print(json.dumps(sorted(sys.modules)))
"""


def test_the_session_screen_and_a_question_import_no_dialogs_or_exports() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    modules = json.loads(proc.stdout)
    assert "reflect.ui.panes.question" in modules  # it did import the question's pane
    assert [m for m in modules
            if any(m == n or m.startswith(n + ".") for n in NOT_TO_OPEN)] == []


READ = """
import argparse, sys
from reflect.cli.sessions import read_named_session
named = read_named_session("open", argparse.Namespace(session=sys.argv[1],
                                                      sessions_dir=sys.argv[2]))
assert named is not None
print(json.dumps([named.session.title, "reflect.store.carry" in sys.modules,
                  "reflect.store.index" in sys.modules]))
"""


def test_a_session_naming_no_earlier_one_is_read_without_the_summaries(
        tmp_path: Path, fictional_dir: Path) -> None:
    """Reading a session to open it reads other sessions' titles only where it names some
    (`Session.names_earlier_sessions`, `store.carry.relabel`): otherwise neither that module
    nor the summaries' is imported before the first frame."""
    from reflect.model.carried import MovedIn
    from reflect.model.session import Action, Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session

    review = load_library(fictional_dir).reviews[0]
    plain = Session.start(review, "20260101-child-zz-0000a0a0", title="Invented plain meeting")
    assert not plain.names_earlier_sessions()
    save_session(tmp_path, plain)
    proc = subprocess.run([sys.executable, "-c", "import json\n" + READ, plain.id,
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert json.loads(proc.stdout) == ["Invented plain meeting", False, False]
    moved = Session.start(review, "20260101-child-zz-0000a0a1", title="Invented moved one")
    moved.actions.append(Action(text="An invented action", moved_in=MovedIn(
        session_id="20260201-child-zz-0000a0a2", label="Invented later meeting",
        held=date(2026, 2, 1))))
    assert moved.names_earlier_sessions()
