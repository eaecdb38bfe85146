"""Plain mode heard, not read: what a screen reader user's trial (g327) left. Each prompt says
what its box is for where the one before could be taken for it, and a slip is said in words
that stand alone."""

import pytest

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.unit.test_walk import dirs_for, flat, run_at_terminal, run_walk


def _left_at(fictional_dir, sessions_dir, step: str, mode: str) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, f"20260101-child-zz-0000{mode[:4]}", mode=mode, title="Mine",
                      current_step=step, facilitator="Sam Sample")
    save_session(sessions_dir, s)
    return s


@pytest.mark.parametrize(("mode", "after"), [
    ("individual", "what you will do differently"), ("team", "the overall summary")])
def test_the_notes_after_the_actions_say_what_they_are_on_and_what_comes_next(
        monkeypatch, capsys, fictional_dir, sessions_dir, mode, after):
    """After the last action, Enter gave `Notes on this section:`, then `What will you do
    differently`: a listener took the notes for it, and typed what they would do differently
    into them."""
    s = _left_at(fictional_dir, sessions_dir, "actions", mode)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "\n",
                         "--resume", s.id)
    assert code == 0
    said = flat(out.out)
    assert f"Notes on what to do now, if any: {after} comes next." in said
    assert "Notes on this section" not in said
    assert "This briefing has no section on what to do now: " in said  # (no quotes)


def test_the_first_summary_says_how_it_ends_the_next_do_not(monkeypatch, capsys, fictional_dir,
                                                             sessions_dir):
    """`Summary of the discussion:` came after points that an empty line ends, and did not say
    that a full stop alone on a line ends it (said only in the opening paragraph)."""
    from reflect.model.steps import question_key

    s = _left_at(fictional_dir, sessions_dir, question_key("zz-first"), "team")
    text = "An invented point\n\nWe agreed.\n.\n" "\n\n"  # question 1; question 2: nothing
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "--resume", s.id)
    assert code == 0
    said = out.out
    first, rest = said.split("Step 7 of 10: Question 2.")
    assert "Summary of the discussion, ended by a full stop alone on a line:" in flat(first)
    assert "Summary of the discussion:" in rest and "full stop" not in rest


def test_a_slip_at_where_to_carry_on_is_said_in_words_that_stand_alone(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`'99' is not a step's number (1 to 12) or l.`: "or l", heard on its own, was hard to
    follow; the prompt after it says what l does."""
    s = _left_at(fictional_dir, sessions_dir, "summary", "individual")
    code, out = run_at_terminal(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                                "99\nbanana\n", "--resume", s.id)
    said = flat(out.out)
    assert "There is no step 99: the steps are 1 to 10. Enter carries on there;" in said
    assert "“banana” is not a step's number. Enter carries on there;" in said
    assert " or l." not in said


def test_a_due_that_is_no_date_is_said_so_once_on_resume(monkeypatch, capsys, fictional_dir,
                                                          sessions_dir):
    """`due “end of janury”, not read as a date; open)` then `Its due date is not a date: “end
    of janury” is kept as typed, not read as a date. To mend it: type 1 below.`: three times
    over. Why is still said where the words do not say it."""
    from reflect.model.session import Action

    s = _left_at(fictional_dir, sessions_dir, "actions", "individual")
    s.add_action(Action(text="Ring Team Blue", due="end of janury"))
    s.add_action(Action(text="Brief Team Green", due="Mon 1 Jan 2027"))
    s.add_action(Action(text="Book the room", due="next Friday"))  # (an older file: no date)
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "\n",
                         "--resume", s.id)
    said = flat(out.out)
    assert ("1. Decided already: Ring Team Blue. Due end of janury, not read as a date; "
            "status: open. To mend its due date: type 1 below. 2.") in said
    assert ("Due Mon 1 Jan 2027, not read as a date; status: open. 1 January 2027 is a "
            "Friday. To mend its due date: type 2 below.") in said
    assert ("Due next Friday; status: open. Its due date is not read as a date. To mend its "
            "due date: type 3 below.") in said
    assert said.count("not read as a date") == 3 and "not a date" not in said


def test_the_team_points_before_a_reflection_are_said_by_number_in_words(review):
    """`--after`: `  - A point (no one named)`, each line read "dash", and a heading with
    brackets inside brackets."""
    from reflect.model.cpd import TeamLink, TeamPoint
    from reflect.walk.after import team_said

    s = Session.start(review, "20260101-child-zz-0000aft1", mode="individual", title="Mine")
    s.after = TeamLink(session_id="x", label="Invented (Blue) — team", date="3 May 2026",
                       points={"zz-first": [TeamPoint(text="Ask sooner", by="anonymous"),
                                            TeamPoint(text="Ring back", by="", no_one=True)],
                               "zz-second": [TeamPoint(text="Tell the GP", by="", no_one=True)],
                               "zz-third": [TeamPoint(text="Old point")]})
    assert team_said(s, "zz-first") == [
        "The team's points on this question, at its meeting on 3 May 2026:",
        "Point 1: Ask sooner. Said anonymously.", "Point 2: Ring back. No one named."]
    assert team_said(s, "zz-second") == [
        "The team's points on this question, at its meeting on 3 May 2026; no one named for "
        "any:", "Point 1: Tell the GP"]
    assert team_said(s, "zz-third")[1:] == ["Point 1: Old point"]
