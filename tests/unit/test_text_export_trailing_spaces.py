"""The plain-text notes (`reflect export SESSION --format txt`) end no line in spaces: the
blank line between an answer's paragraphs, indented, carried four (a trial), which a
case-record system or an email keeps. All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.export.plain import to_text
from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run

SID = "20261204-child-zz-5ace0001"


def _session(fictional_dir: Path) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, title="Invented Team meeting", team="Invented Team")
    s.answer("zz-first").text = "A first invented paragraph.  \n\nA second invented paragraph.\n"
    s.notes["intro"] = "An invented note.\n\n   \nIts second paragraph."
    return s


def test_no_line_of_the_text_notes_ends_in_spaces(fictional_dir):
    s = _session(fictional_dir)
    text = to_text(s, load_library(fictional_dir).get("child-zz"))
    assert "A first invented paragraph.\n\n" in text and "A second invented paragraph." in text
    assert [line for line in text.split("\n") if line != line.rstrip()] == []


def test_the_command_lines_txt_export_has_none_either(fictional_dir, sessions_dir, dirs, capsys):
    save_session(sessions_dir, _session(fictional_dir))
    code, out, err = run(capsys, "export", SID, "--format", "txt", *dirs)
    assert (code, err) == (0, "")
    assert "A second invented paragraph." in out
    assert [line for line in out.split("\n") if line.endswith((" ", "\t"))] == []
