"""Someone listed with neither a role nor an agency: the notes say "no role or agency given",
as notes by agency say "no agency given". A point of theirs was printed by their name alone,
or, by role, with nothing after it, read as nobody's, and their attendance entry was the name
alone, or "participant"; only the export's check said why. Each exported file is opened as
its reader opens it (tests/readers.py). All people, roles and agencies here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.export.options import ExportOptions
from reflect.export.parts import NO_ROLE_OR_AGENCY_SAID, point_attribution
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Participant, Session
from reflect.store.exports import render_bytes, unattributed_note
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.readers import read_back

NOTES = ("md", "txt", "html", "docx", "pdf")


def point(fmt: str, text: str, by: str) -> str:
    """A point with who said it, as a format prints it: the plain-text notes (and their PDF)
    as plain mode says it, the others with it in brackets."""
    return f"{text}, said by {by}" if fmt in ("txt", "pdf") else f"{text} ({by})"
BY_ROLE = ExportOptions(roles_only=True)


@pytest.fixture
def meeting(review: Review) -> Session:
    """Alex Example (Health visitor, Invented Trust) and Sam Sample (a name alone) each say
    a point."""
    edits = SessionEdits(Session.start(
        review, "20261205-child-zz-0000bbbb", title="Invented meeting", team="Moorvale Team",
        facilitator="Pat Example", participants=[
            Participant.parse("Alex Example, Health visitor, Invented Trust"),
            Participant(name="Sam Sample")]))
    edits.add_point("zz-first", "Invented notes shared", by="p1")
    edits.add_point("zz-first", "Invented rota agreed", by="p2")
    return edits.session


def exported(capsys: pytest.CaptureFixture[str], dirs: list[str], folder: Path, s: Session,
             *options: str) -> dict[str, str]:
    """`reflect export` of `s` to a file in each notes format, each read back as its reader
    reads it."""
    said = {}
    for fmt in NOTES:
        path = folder / f"notes{'-'.join(options)}.{fmt}"
        code, _, err = run(capsys, "export", *dirs, s.id, "-o", str(path), *options)
        assert code == 0, err
        said[fmt] = read_back(path)
    return said


def test_notes_naming_people_give_the_name_and_say_no_role_or_agency(
        meeting, sessions_dir, dirs, tmp_path, capsys):
    save_session(sessions_dir, meeting)
    for fmt, text in exported(capsys, dirs, tmp_path, meeting).items():
        assert point(fmt, "Invented rota agreed", "Sam Sample, no role or agency given") in text
        attended = "Sam Sample, no role or agency given" if fmt in ("txt", "pdf") else \
            "Sam Sample (no role or agency given)"  # (the plain text: no brackets)
        assert attended in text, fmt  # the attendance
        assert point(fmt, "Invented notes shared", "Alex Example, Health visitor, Invented "
                     "Trust") in text
    [said] = json.loads(render_bytes(meeting, "json"))["session"]["answers"][:1]
    assert [p["said_by"] for p in said["points"]] == [
        "Alex Example, Health visitor, Invented Trust", "Sam Sample, no role or agency given"]


@pytest.mark.parametrize("option", ["--roles-only", "--no-attendance"])
def test_notes_by_role_say_no_role_or_agency_where_they_printed_nothing(
        meeting, sessions_dir, dirs, tmp_path, capsys, option):
    save_session(sessions_dir, meeting)
    for fmt, text in exported(capsys, dirs, tmp_path, meeting, option).items():
        assert point(fmt, "Invented rota agreed", NO_ROLE_OR_AGENCY_SAID) in text, fmt
        assert point(fmt, "Invented notes shared", "Health visitor, Invented Trust") in text
        assert "Sam" not in text and "; participant" not in text, fmt
        if option == "--roles-only":  # the attendance by role: a line, or a list's items
            joined = "; " if fmt in ("md", "txt", "pdf") else " "
            nobody = NO_ROLE_OR_AGENCY_SAID if fmt in ("txt", "pdf") else \
                f"({NO_ROLE_OR_AGENCY_SAID})"
            assert f"Health visitor, Invented Trust{joined}{nobody}" in text


def test_the_attendance_says_it_of_someone_who_left_early_in_one_pair_of_brackets(
        meeting, review):
    meeting.participants[1].left_early = True
    md = render_bytes(meeting, "md", review).decode()
    assert "Sam Sample (no role or agency given; left early)" in md
    roles = render_bytes(meeting, "md", review, BY_ROLE).decode()
    assert "(no role or agency given; left early)" in roles and "Sam" not in roles


def test_a_role_or_an_agency_alone_is_printed_as_before(meeting, review):
    sam = meeting.participants[1]
    sam.agency = "Invented School"
    points = meeting.answers[0].points
    assert point_attribution(meeting, points[1], BY_ROLE) == "Invented School"
    assert point_attribution(meeting, points[1], ExportOptions()) == \
        "Sam Sample, Invented School"
    assert "Sam Sample (Invented School)" in render_bytes(meeting, "md", review).decode()
    assert unattributed_note(meeting, "md", BY_ROLE) == ""


def test_the_check_still_says_what_to_add(meeting):
    assert unattributed_note(meeting, "md", BY_ROLE) == (
        "“Sam Sample” is listed with no role or agency: their point (Question 1, point 2) is "
        "printed “no role or agency given”; add their role or agency in Who is here")
    assert unattributed_note(meeting, "md") == ""  # named, and said so beside the name
