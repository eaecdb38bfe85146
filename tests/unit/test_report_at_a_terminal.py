"""`reflect report` read at a terminal says each text as typed: an action `[draft]` read
`\\[draft]`, escaped as a Markdown file needs it so that a renderer shows it literally (a
learning lead's trial). Piped or redirected (`> report.md`) it is that Markdown still. Every
review, team and action here is invented."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, make_report, to_markdown
from reflect.store.catalogue import load_catalogue
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.local_days import here
from tests.unit.test_report_theme_recommendations import _library

TYPED = "Check the *invented* chronology [draft] | `now`"
ESCAPED = r"Check the \*invented\* chronology \[draft] \| \`now\`"


def _held(tmp_path: Path) -> tuple[Path, Path]:
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    s = Session.start(load_catalogue(content).load("child-zz"), "20260302-child-zz-0000ccc2",
                      created=here(2026, 3, 2), team="Invented [Blue] Team",
                      participants=[Participant(role="Social worker")])
    s.actions = [Action(text=TYPED, owner="Practice manager", due="2026-05-01")]
    s.answers[0].text = "An invented answer."
    save_session(sessions, s)
    return content, sessions


def test_literal_markdown_says_each_text_as_typed_and_the_file_stays_escaped(tmp_path):
    content, sessions = _held(tmp_path)
    report = make_report([sessions], Filters(), load_catalogue(content), None,
                         date(2026, 7, 1), use_cache=False)[0]
    report.overdue[0].text += "\x1b]52;c;aW52ZW50ZWQ=\x07"  # a terminal's control code
    md, said = to_markdown(report), to_markdown(report, literal=True)
    assert ESCAPED in md and "Invented \\[Blue] Team" in md
    # In a table's cell, `|` is the table's own `\|` (as typed, it split the row into more
    # columns: a trial); everywhere else each text is as typed.
    in_a_cell = TYPED.replace("|", "\\|")
    assert f"| Invented [Blue] Team | Practice manager | {in_a_cell} |" in said
    assert f"- {TYPED} (open; due Fri 1 May 2026; Invented [Blue] Team;" in said
    assert "\\" not in said.replace(in_a_cell, "") and "\x1b" not in said and "\x07" not in said
    assert said.replace(in_a_cell, ESCAPED).replace(TYPED, ESCAPED).replace(
        "[Blue]", "\\[Blue]") == md.replace("\x1b", "")  # nothing else differs


@pytest.mark.parametrize("terminal", [True, False])
def test_the_command_says_it_as_typed_at_a_terminal_only(tmp_path, capsys, monkeypatch,
                                                         terminal):
    content, sessions = _held(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: terminal)
    code, out, _ = run(capsys, "report", "--content-dir", str(content), "--sessions-dir",
                       str(sessions))
    assert code == 0
    assert (TYPED if terminal else ESCAPED) in out
    assert (ESCAPED if terminal else f"- {TYPED} (") not in out
