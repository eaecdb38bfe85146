"""A reflection started from an empty new-session form names no one: its record for any
profession was written with Name blank and nothing said (a practitioner's trial). The export
dialog and `reflect export` say so (model/whose.py `record_unnamed`). All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.whose import record_unnamed
from tests.command_line import record_exported, run

SID = "20261207-child-zz-0000e4e4"


def reflection(review: Review, name: str = "") -> Session:
    session = Session.start(review, SID, mode="individual", title="Invented reflection",
                            facilitator=name)
    session.answers[0].what = "An invented first thought."
    return session


def test_only_the_record_with_a_name_of_a_reflection_naming_no_one(review: Review) -> None:
    unnamed = reflection(review)
    assert record_unnamed(unnamed, "cpd-docx") and record_unnamed(unnamed, "cpd-md")
    assert not record_unnamed(unnamed, "swe-md") and not record_unnamed(unnamed, "md")
    assert not record_unnamed(reflection(review, "Pat Example"), "cpd-docx")
    team = Session.start(review, SID, mode="team", title="Invented meeting")
    assert not record_unnamed(team, "cpd-docx")  # (whoever keeps it: left to fill in)


def test_reflect_export_says_it(capsys, dirs, review: Review, sessions_dir: Path,
                                tmp_path: Path) -> None:
    said = record_exported(capsys, dirs, reflection(review), sessions_dir,
                           tmp_path / "record.md")
    assert "no name is recorded as yours, so the record leaves Name blank" in said
    assert f'{SID} --name "Your Name" (or F8 in the app).' in said and "cpd-fill" in said
    code, _, err = run(capsys, "export", SID, "--format", "swe-md", "-o",
                       str(tmp_path / "record.swe.md"), *dirs)
    assert code == 0 and "no name" not in err
