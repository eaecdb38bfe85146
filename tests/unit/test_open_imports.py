"""`reflect open` draws a question's step without importing what only other steps and the
dialogs need (#16): the session's screen and the question's pane import no export formats, no
meeting-length chooser, no people or carried-actions panel and no confirming dialog; each is
imported when it is first used. (The modules imported are what the first frame waits for.)"""

from __future__ import annotations

import json
import subprocess
import sys

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
