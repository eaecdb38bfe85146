"""Plain mode's answers piped in by a script answer what the script's writer can foresee.

Last time's list and last time's actions come from the team's earlier sessions, on any
review: a script written for a new session cannot know them. Asked, a piped walk of a team's
session on one review took the script's next lines as y or n for the people listed (the
people it typed never ticked here: 0 attendances) and as progress notes, written into the
actions of the team's session on another review (a trial). To a script they are said, not
asked; `--answer-last-time` asks them, and at a terminal they are asked as before."""

from __future__ import annotations

from reflect.model.session import Action, Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session
from reflect.walk.actions import STATUS_ASKED, status_typed
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_walk import dirs_for, flat, held_today, run_walk
from tests.unit.test_walk_half_typed import walk_typing

SCRIPT = ("Alex Example\n"  # the facilitator
          "Sam Sample, Nurse\nPat Example, Teacher\n\n"  # who is here
          "Intro notes\n.\n")  # the introduction's notes
"""A new team session's script, written from docs/accessibility.md's order (no last time)."""


def _team_met_on_another_review(fictional_dir, sessions_dir) -> Session:
    """The Riverside Team's session on review child-zy (Sam Sample there), which agreed an
    action; the next session is on child-zz."""
    (fictional_dir / "child-zy.toml").write_text(
        FICTIONAL_REVIEW.replace('id = "child-zz"', 'id = "child-zy"').replace(
            'title = "Child ZZ"', 'title = "Child ZY"'), encoding="utf-8")
    review = load_library(fictional_dir).get("child-zy")
    before = Session.start(review, "20260101-child-zy-0000a001", mode="team",
                           title="Review A meeting", team="Riverside Team",
                           facilitator="Alex Example",
                           participants=[Participant(name="Sam Sample", role="Nurse")])
    before.add_action(Action(text="Book the training", owner="Sam Sample"))
    save_session(sessions_dir, before)
    return before


def test_a_scripts_lines_answer_its_own_session_not_last_times(monkeypatch, capsys,
                                                               fictional_dir, sessions_dir):
    before = _team_met_on_another_review(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), SCRIPT,
                         "child-zz", "--mode", "team", "--title", "Review B meeting",
                         "--team", "Riverside Team")
    assert code == 0
    said = flat(out.out)
    # the other review's session is as it was: no line of the script became a note there
    [was] = load_session(sessions_dir / f"{before.id}.toml").actions
    assert (was.status, was.progress, was.due) == ("open", "", "")
    [now] = [e.session for e in list_sessions(sessions_dir).entries
             if e.session.title == "Review B meeting"]
    assert [(p.name, p.attended) for p in now.participants] == [
        ("Sam Sample", True), ("Pat Example", True)]  # typed, so ticked here
    assert now.notes["intro"] == "Intro notes"
    assert [(c.text, c.status, c.note) for c in now.carried] == [
        ("Book the training", "open", "")]
    assert ("Listed: Sam Sample, Nurse: not here. A script is not asked about each: type "
            "those here below, as anyone else; --answer-last-time asks.") in said
    assert (f"Book the training. Owner: Sam Sample; from {held_today()}. Status: open. A "
            "script is not asked where these have got to") in said
    assert "here? y or n" not in said and "Now? o open" not in said


def test_answer_last_time_has_a_script_answer_them(monkeypatch, capsys, fictional_dir,
                                                    sessions_dir):
    before = _team_met_on_another_review(fictional_dir, sessions_dir)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    script = "Alex Example\ny\n\n" "p\nBooked for May\n\n" "Intro notes\n.\n"
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--title", "Review B meeting",
                         "--team", "Riverside Team", "--answer-last-time")
    assert code == 0
    [was] = load_session(sessions_dir / f"{before.id}.toml").actions
    assert (was.status, was.progress) == ("in progress", "Booked for May")  # written back


def test_at_a_terminal_last_time_is_asked(monkeypatch, capsys, fictional_dir, sessions_dir,
                                          dirs):
    before = _team_met_on_another_review(fictional_dir, sessions_dir)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "y", "", "d", "Done in March", ""],
                             "child-zz", "--mode", "team", "--title", "Review B meeting",
                             "--team", "Riverside Team", *dirs)
    # in words, not "Sam Sample (Nurse): here?", each bracket read aloud (a trial)
    assert "Is Sam Sample, Nurse, here? y or n; Enter is n." in said
    assert STATUS_ASKED in said
    [was] = load_session(sessions_dir / f"{before.id}.toml").actions
    assert (was.status, was.progress) == ("done", "Done in March")


def test_an_action_marked_done_is_said_so_and_not_asked_a_new_due_date(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """`d` was not said back, and a done action was asked `New due date (Enter keeps …)`, a
    question with no meaning for it (a screen reader trial)."""
    before = _team_met_on_another_review(fictional_dir, sessions_dir)
    before.actions[0].due = "31/1/2027"
    save_session(sessions_dir, before)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "y", "", "d", "Done in March"],
                             "child-zz", "--mode", "team", "--title", "Review B meeting",
                             "--team", "Riverside Team", *dirs)
    assert "Marked done. Anything to note on it, now it is done?" in said
    assert "New due date" not in said and "Noted: “Done in March”. Step 3 of 11" in said
    [was] = load_session(sessions_dir / f"{before.id}.toml").actions
    assert (was.status, was.progress, was.due) == ("done", "Done in March", "31/1/2027")


def test_x_drops_an_action_no_longer_needed_asked_why_not_a_due_date(
        monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    """Plain mode's fourth status, as the app's Space reaches it: `x` (or the word), written
    back there; asked why, never a new due date nor an owner (until 7 December 2026 o, p, d
    only: one no longer needed stayed open, a facilitator's trial)."""
    before = _team_met_on_another_review(fictional_dir, sessions_dir)
    before.actions[0].due = "31/1/2027"
    save_session(sessions_dir, before)
    code, said = walk_typing(monkeypatch, capsys,
                             ["", "y", "", "x", "Form replaced"],
                             "child-zz", "--mode", "team", "--title", "Review B meeting",
                             "--team", "Riverside Team", *dirs)
    assert "Marked dropped. Why is it no longer needed? Enter skips." in said
    assert "New due date" not in said
    [was] = load_session(sessions_dir / f"{before.id}.toml").actions
    assert (was.status, was.progress) == ("dropped", "Form replaced")


def test_the_word_dropped_is_not_read_as_d_done() -> None:
    assert [status_typed(w) for w in ("x", "Dropped", "drop", "d", "done", "p", "k")] == [
        "dropped", "dropped", "dropped", "done", "done", "in progress", None]
