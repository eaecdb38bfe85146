"""What the box for the time to log for CPD holds while it is not a time ("lots") is kept in
the session as typed (`MINUTES_DRAFT`), said as reflect ends and as the session opens on
another step, and forgotten once a time is given: in the app, in plain mode, or by
`reflect cpd-fill --minutes`. A trial typed "lots" there, pressed Ctrl+Q, and it was gone,
unsaid. All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.changes import MINUTES_DRAFT, CpdMinutesChanged, DraftChanged
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.typed_items import (
    minutes_kept,
    minutes_note,
    typed_elsewhere,
    typed_items,
    typed_steps,
)
from reflect.store.sessions import load_session, save_session, session_path
from tests.command_line import run
from tests.unit.test_walk import dirs_for, run_walk

SID = "20261206-child-zz-0000cafe"


def reflection(review: Review) -> Session:
    return Session.start(review, SID, mode="individual", title="Invented reflection",
                         current_step="differently")


def test_what_is_not_a_time_is_kept_as_typed_and_a_time_forgets_it(review: Review) -> None:
    session = reflection(review)
    edits = SessionEdits(session)
    assert edits.set_cpd_minutes(None, "lots") == DraftChanged(MINUTES_DRAFT)
    assert session.drafts[MINUTES_DRAFT] == "lots" and session.minutes_spent is None
    assert edits.set_cpd_minutes(None, "lots") is None  # (nothing new)
    assert edits.set_cpd_minutes(45) == CpdMinutesChanged()
    assert MINUTES_DRAFT not in session.drafts and session.minutes_spent == 45


def test_it_is_said_with_what_is_logged_meanwhile_and_is_no_item_to_add(review: Review) -> None:
    session = reflection(review)
    assert minutes_kept(session) == ""
    session.set_draft(MINUTES_DRAFT, "  lots\tof it ")
    assert minutes_kept(session) == (
        "The time to log for CPD typed on What I will do differently is kept in its box, not "
        "logged: “lots of it” is not a time this can log. Logged meanwhile: the time measured.")
    session.minutes_spent = 40
    assert minutes_kept(session).endswith("Logged meanwhile: 40 minutes.")
    # Not an item typed but not added: nothing for an export to put in the notes; but its step
    # is marked ✎ as a form's is (it had no mark: a trial).
    assert typed_items(session) == [] and typed_steps(session) == {"differently"}
    # As the session opens: said on another step; its own step shows it in the box.
    assert typed_elsewhere(session, "summary") == [minutes_kept(session)]
    assert typed_elsewhere(session, "differently") == []


def test_cpd_fill_minutes_replace_what_was_left_in_the_box(
        capsys, dirs, review: Review, sessions_dir: Path) -> None:
    session = reflection(review)
    session.minutes_spent = 30
    session.set_draft(MINUTES_DRAFT, "lots")
    save_session(sessions_dir, session)
    code, out, err = run(capsys, "cpd-fill", SID, "--minutes", "30", *dirs)
    assert code == 0, err
    assert ("Changed: “lots”, left in the app's box for the time (not a time), is replaced by "
            "it.") in out
    saved = load_session(session_path(sessions_dir, SID))
    assert MINUTES_DRAFT not in saved.drafts and saved.minutes_spent == 30


def test_plain_mode_says_it_and_a_time_given_there_forgets_it(
        monkeypatch, capsys, review: Review, fictional_dir: Path, sessions_dir: Path) -> None:
    session = reflection(review)
    session.set_draft(MINUTES_DRAFT, "lots")
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         ".\n45\n.\n", "--resume", SID)
    assert code == 0
    assert "Typed for it in the app and not logged: “lots” is not a time this can log" \
        in " ".join(out.out.split())
    saved = load_session(session_path(sessions_dir, SID))
    assert MINUTES_DRAFT not in saved.drafts and saved.minutes_spent == 45


def test_the_export_says_what_was_typed_and_what_is_logged_instead(review: Review) -> None:
    session = reflection(review)
    assert minutes_note(session) == ""
    session.set_draft(MINUTES_DRAFT, "lots")
    session.timing.spent = {"q:zz-first": 12 * 60}
    assert minutes_note(session) == (
        "The time to log for CPD typed on What I will do differently, “lots”, is not a time. "
        "Logged instead: 12 minutes, the time reflect measured; type a time there to log "
        "yours.")
    session.minutes_spent = 40
    assert "Logged instead: 40 minutes, the time given before it;" in minutes_note(session)


def test_a_teams_is_said_where_its_box_is_and_marked_on_its_summary(review: Review) -> None:
    """A team's box is in F8's CPD record choices on the summary: "typed on What I will do
    differently" named a step no team session has (a trial)."""
    session = Session.start(review, SID, mode="team", title="Team Blue meeting")
    session.set_draft(MINUTES_DRAFT, "lots")
    where = "typed in the CPD record's choices (F8) on Summary and export"
    assert minutes_kept(session).startswith(f"The time to log for CPD {where} is kept")
    assert minutes_note(session).startswith(f"The time to log for CPD {where}, “lots”,")
    assert typed_steps(session) == {"summary"}
    assert typed_elsewhere(session, "summary") == [minutes_kept(session)]  # (F8 not open)


def test_reflect_export_says_it_too(capsys, dirs, review: Review, sessions_dir: Path,
                                    tmp_path: Path) -> None:
    session = reflection(review)
    session.set_draft(MINUTES_DRAFT, "lots")
    save_session(sessions_dir, session)
    code, _, err = run(capsys, "export", SID, "--format", "cpd-md", "-o",
                       str(tmp_path / "record.md"), *dirs)
    assert code == 0, err
    assert ("reflect export: The time to log for CPD typed on What I will do differently, "
            "“lots”, is not a time. Logged instead: 0 minutes") in " ".join(err.split())
