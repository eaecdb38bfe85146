"""A family's surname alone, written as a GP writes it (`the Sample family`), is a likely name:
the export's check finds it and a CPD record, which names nobody, redacts it. A GP's trial:
"The family (the Sample family at 12 Invented Close) had a CIN plan." reached the record as
`(the Sample family at [redacted])`, the check saying only the address
(export/family_names.py).

Every name, place and family here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.export.identifiers import LIKELY_NAME, find_identifiers
from reflect.export.likely_names import likely_names
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.exports import findings_for
from reflect.store.sessions import new_session_id, save_session
from tests.command_line import run

TRIAL = "The family (the Sample family at 12 Invented Close) had a CIN plan."


def names(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in likely_names(text)]


@pytest.mark.parametrize(("text", "found"), [
    (TRIAL, ["Sample"]),
    ("Visit the Quillby family before Friday.", ["Quillby"]),
    ("The Quillby-Orlov household was known to us.", ["Quillby-Orlov"]),
    ("I saw the Example twins for their jabs.", ["Example"]),
    ("The Example family's GP had not been asked.", ["Example"]),
    ("the Sample Quillby family", ["Sample Quillby"]),
])
def test_a_familys_surname_is_a_likely_name(text: str, found: list[str]):
    assert names(text) == found


@pytest.mark.parametrize("text", [
    "The family was known to the practice.",
    "The Troubled Families Programme funded it.",  # a title: its family word capitalised
    "Refer to the Early Help Family Hub.",
    "The Polish family had recently arrived.",  # where a family is from: no one's name
    "The Muslim family asked for a female GP.",
    "The Traveller family moved on in May.",
    "the Child I family",  # the review's own way of naming nobody
    "the whole family was seen",
])
def test_words_that_name_no_family_are_kept(text: str):
    assert names(text) == []


def _reflection(review: Review, what: str) -> Session:
    s = Session.start(review, new_session_id("child-zz"), mode="individual",
                      title="My invented reflection", facilitator="Alex Placeholder")
    s.answer("zz-first").what = what
    return s


def test_the_check_finds_it_for_the_notes_and_a_cpd_record(review: Review):
    s = _reflection(review, TRIAL)
    for findings in (find_identifiers(s), findings_for(s, "cpd-docx", review)):
        assert [f.text for f in findings if f.kind == LIKELY_NAME] == ["Sample"]


def test_a_cpd_record_from_the_command_line_names_no_family(
        capsys, dirs, fictional_dir: Path, sessions_dir: Path, tmp_path: Path):
    from tests.cpd_folder import invented_review

    s = _reflection(invented_review(fictional_dir), TRIAL)
    save_session(sessions_dir, s)
    target = tmp_path / "record.cpd.md"
    code, out, err = run(capsys, "export", s.id, "--format", "cpd-md", "-o", str(target), *dirs)
    assert code == 0, err
    written = target.read_text("utf-8")
    assert "(the [redacted] family at [redacted])" in written
    assert "Sample" not in written
