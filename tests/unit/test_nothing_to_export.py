"""A session with nothing recorded in it, exported: the CPD record was a form with every part
"for you to fill in", logging the minute it was open, and neither the export dialog nor
`reflect export` said so, while My CPD so far leaves such a session out (a fresh-eyes trial).
`reflect export` now says it (model/recorded.py `nothing_to_export`). All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.recorded import nothing_to_export
from reflect.model.review import Review
from reflect.model.session import Session
from tests.command_line import record_exported

SID = "20261207-child-zz-0000e3e3"
SAID = ("Nothing is recorded in this session yet (no answer, point, action or note): what is "
        "exported has its parts empty, and My CPD so far and the reports do not count it.")


def reflection(review: Review) -> Session:
    return Session.start(review, SID, mode="individual", title="Invented reflection",
                         facilitator="Pat Example")


def test_a_session_with_nothing_recorded_is_said_so_and_one_with_an_answer_is_not(
        review: Review) -> None:
    session = reflection(review)
    assert nothing_to_export(session) == SAID
    answer = session.answers[0]
    answer.what = "An invented first thought."
    assert nothing_to_export(session) == ""


def test_reflect_export_says_it(capsys, dirs, review: Review, sessions_dir: Path,
                                tmp_path: Path) -> None:
    said = record_exported(capsys, dirs, reflection(review), sessions_dir,
                           tmp_path / "record.md")
    assert f"reflect export: {SAID}" in said
