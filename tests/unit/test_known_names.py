"""A reflection written after a team session: the team's people are known names, found and
redacted like a participant's where the export names nobody (a CPD record, notes by role only
or by agency), though the reflection keeps the team by role only. All names here are
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.export.identifiers import find_identifiers
from reflect.export.options import ExportOptions
from reflect.export.team_words import team_link
from reflect.model.session import Participant, Session
from reflect.store.exports import colleagues_named, findings_for, render_bytes
from reflect.store.known_names import known_names
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session, session_path

TYPED = ("I will write to the GP the same day, every time. Talked with Wilhelmina Invented "
         "from the GP practice.")


@pytest.fixture
def mine(fictional_dir: Path, sessions_dir: Path) -> Session:
    """My reflection after a team session Wilhelmina Invented took part in, and what I will do
    differently names her."""
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = Session.start(review, new_session_id("child-zz"), title="Invented team meeting",
                         facilitator="Barnaby Madeup")
    team.add_participant(Participant(name="Wilhelmina Invented", role="GP",
                                     agency="Invented Practice"))
    save_session(sessions_dir, team)
    me = Session.start(review, new_session_id("child-zz") + "-me", mode="individual",
                       title="My reflection after", after=team_link(team, review))
    me.differently = TYPED
    save_session(sessions_dir, me)
    return me


def test_the_team_sessions_people_are_read_from_its_file(sessions_dir: Path, mine: Session
                                                         ) -> None:
    known = known_names(sessions_dir, mine)
    assert known.names == ("Wilhelmina Invented", "Barnaby Madeup") and not known.problem
    assert "Wilhelmina" not in session_path(sessions_dir, mine.id).read_text().replace(
        TYPED, "")  # never copied into the reflection's file


def test_a_known_name_is_held_back_where_the_export_names_nobody_and_redacted_in_a_record(
        fictional_dir: Path, sessions_dir: Path, mine: Session) -> None:
    """A colleague's name stops a CPD record (a regulator's portfolio) and notes by role
    only or by agency (notes to share), not notes of my own that name people: those are
    checked for everything else as before, and the name is said, not held back."""
    review = load_library(fictional_dir).get("child-zz")
    names = known_names(sessions_dir, mine).names
    # Not known, her name is one no one listed (export/unlisted.py): a finding
    assert [(f.kind, f.text) for f in find_identifiers(mine, review)] == [
        ("likely name", "Wilhelmina Invented")]
    assert find_identifiers(mine, review, known_names=names) == []  # notes that name people
    found = find_identifiers(mine, review, roles_only=True, known_names=names)
    assert [(f.field, f.text) for f in found] == [("differently", "Wilhelmina Invented")]
    options = ExportOptions(known_names=names)
    for fmt, held_back in (("swe-txt", True), ("nmc-md", True), ("md", False),
                           ("txt", False), ("json", False)):
        assert [f.text for f in findings_for(mine, fmt, review, options)] == (
            ["Wilhelmina Invented"] if held_back else []), fmt
        assert [f.text for f in colleagues_named(mine, fmt, review, options)] == (
            [] if held_back else ["Wilhelmina Invented"]), fmt
    for nameless in (ExportOptions(roles_only=True, known_names=names),
                     ExportOptions(attendance_by_agency=True, known_names=names)):
        assert [f.text for f in findings_for(mine, "md", review, nameless)] == [
            "Wilhelmina Invented"]
        assert colleagues_named(mine, "md", review, nameless) == []
    # Other details are still found in notes of my own, the names aside.
    mine.differently += " Her number is 07700 900123."
    assert [f.kind for f in findings_for(mine, "md", review, options)] == ["UK phone number"]
    # A record names nobody, even exported anyway: the name is replaced there as well.
    record = render_bytes(mine, "swe-txt", review, options).decode()
    assert "Talked with [redacted] from the GP practice." in record
    assert "Wilhelmina" not in record


def test_check_and_export_hold_back_the_team_sessions_names_where_nobody_is_named(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, dirs: list[str], mine: Session
        ) -> None:
    for nameless in ("--roles-only", "--by-agency"):
        assert main(["check", mine.id, nameless, *dirs]) == 1
        assert "What I will do differently: participant name: Wilhelmina Invented" in (
            capsys.readouterr().out)
    for ending, nameless in ((".swe.txt", []), (".swe.md", []), (".md", ["--roles-only"]),
                             (".txt", ["--by-agency"])):
        target = tmp_path / f"x{ending}"
        if nameless:  # notes are held back; a record replaces it however it is exported
            assert main(["export", mine.id, "-o", str(target), *nameless, *dirs]) == 1
            assert "Wilhelmina Invented" in capsys.readouterr().err and not target.exists()
            assert main(["export", mine.id, "-o", str(target), "--redact", *nameless,
                         *dirs]) == 0
        else:
            assert main(["export", mine.id, "-o", str(target), *dirs]) == 0
            assert "Wilhelmina Invented" in capsys.readouterr().err  # said, and replaced
        written = target.read_text()
        assert "Talked with [redacted] from" in written or (
            "Talked with [redacted] from" in written)
        assert "Wilhelmina" not in written


def test_notes_of_my_own_may_name_the_team_sessions_people_and_say_so(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, dirs: list[str], mine: Session
        ) -> None:
    """Exported as notes that name people, my reflection is not held back for a colleague's
    name (it was, as if it were a CPD record); the check and the export say the name is
    there and what would hold it back."""
    assert main(["check", mine.id, *dirs]) == 0
    out = capsys.readouterr()
    assert "No likely personal details found" in out.out
    assert "What I will do differently: Wilhelmina Invented" in out.err
    assert "--roles-only" in out.err and "CPD record" in out.err
    target = tmp_path / "mine.md"
    assert main(["export", mine.id, "-o", str(target), *dirs]) == 0
    out = capsys.readouterr()
    assert "Wilhelmina Invented from the GP practice" in target.read_text()
    assert "What I will do differently: Wilhelmina Invented" in out.err
    assert "--roles-only" in out.err and "Traceback" not in out.err


def test_a_team_session_that_cannot_be_read_is_said_and_the_check_goes_on(
        capsys: pytest.CaptureFixture[str], sessions_dir: Path, dirs: list[str],
        mine: Session) -> None:
    assert mine.after is not None
    session_path(sessions_dir, mine.after.session_id).unlink()
    assert main(["check", mine.id, *dirs]) == 1
    out = capsys.readouterr()  # her name is then one no one listed (export/unlisted.py)
    assert "What I will do differently: likely name: Wilhelmina Invented" in out.out
    assert "could not be read" in out.err and "names were not looked for" in out.err
    assert "Traceback" not in out.err
