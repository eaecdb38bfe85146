"""Plain mode's `.back` and `.next`: a line holding only one of them goes back to the box
before (or the step before) and on to the next step. A screen reader user who saw a mistake
in the answer just given, or wanted to skip a question and come back to it, could do neither
but by stopping and `--resume` with a step's number (a trial)."""

import sys

import pytest

from reflect.store.sessions import load_session
from tests.unit.test_walk import dirs_for, flat, run_walk

START = "i\nMine\n\n" + "\n" * 4  # a reflection: mode, title, team; the four sections' notes


def only_session(sessions_dir):
    (path,) = [p for p in sessions_dir.glob("*.toml")]
    return load_session(path)


def test_back_mends_the_box_before_and_next_skips_a_question_to_come_back_to(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    text = (START
            + "First.\n.\n" + "Teh typo.\n.\n"  # Question 1: What?, So what?
            + ".back\n" + "=The mended words.\n.\n"  # at Now what?: back to So what?
            + "Next.\n.\n" + "\n"  # Now what?, Other thoughts
            + "Half a thought\n.next\n"  # Question 2's What?: kept, then on to Question 3
            + ".back\n"  # Question 3's What?: back to Question 2, at its last box
            + "Came back to it.\n.\n" + "\n")  # Question 2's Other thoughts, Question 3 again
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "child-zz", "--name", "Pat Example")
    said = flat(out.out)
    assert "end it with a full stop alone on a line. Enter on an empty line skips. Type .back " \
        "alone on a line to go back to the box before, .next alone to go on to the next " \
        "step." in said
    assert "'" not in said.split("Step 1 of")[0]  # (`'.back'`: read "tick dot back tick")
    assert said.count("Step 5 of 10: Question 1.") == 1  # (back within the question)
    assert "So far: Teh typo." in said and "Replaced what was there." in said
    assert said.count("Step 6 of 10: Question 2.") == 2
    assert "Back at the Other thoughts box. .back again goes to the box before it." in said
    assert said.count("Step 7 of 10: Question 3.") == 2
    session = only_session(sessions_dir)
    q1, q2 = session.answer("zz-first"), session.answer("zz-second")
    assert (q1.what, q1.so_what, q1.now_what) == ("First.", "The mended words.", "Next.")
    assert (q2.what, q2.text) == ("Half a thought", "Came back to it.")
    assert ".back" not in str(session.model_dump()) and ".next" not in str(session.model_dump())


def test_back_from_the_first_prompt_of_a_step_and_from_the_first_step(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The first step has none before it, and says so; back from the minutes goes to what
    you will do differently, and from the actions to the question before, at its last box."""
    text = (".back\n" + "Intro notes.\n.\n"  # step 1: back stays there, said
            + "\n" * 3 + ".next\n" * 3  # the sections' notes; the three questions skipped
            + ".back\n"  # What to do now: back to Question 3's Other thoughts
            + "Late thought.\n.\n"
            + "\n\n"  # no action; no notes
            + "Less paperwork.\n.\n" + ".back\n"  # the minutes: back to the box before
            + "\n" + "40\n")  # what will you do differently kept; 40 minutes
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "i\nMine\n\n" + text, "child-zz", "--name", "Pat Example")
    said = flat(out.out)
    assert "This is the first step: there is none before it." in said
    assert said.count("Step 1 of 10: Introduction and context.") == 2
    assert said.count("Step 9 of 10: What I will do differently.") == 1
    assert said.count("What will you do differently in your practice?") == 2
    session = only_session(sessions_dir)
    assert session.answer("zz-third").text == "Late thought."
    assert session.notes.get("intro") == "Intro notes."
    assert session.actions == [] and session.minutes_spent == 40


def test_back_in_a_team_discussion_goes_to_the_points_and_a_paste_is_text(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """A team's summary: `.back` goes to its points; a line `.next` as a point, from a script
    (not a paste), goes on."""
    text = ("t\nOurs\n\nPat Example\n\n" + "\n" * 4  # team, facilitator, no one else; notes
            + "A point\n\n" + ".back\n"  # Question 1: a point; at the summary, back
            + "Another point\n\n" + "Summary.\n.\n"
            + ".next\n")  # Question 2's points: on to Question 3
    run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text, "child-zz")
    session = only_session(sessions_dir)
    q1 = session.answer("zz-first")
    assert [p.text for p in q1.points] == ["A point", "Another point"]
    assert q1.text == "Summary." and session.answer("zz-second").points == []
    assert session.current_step == "q:zz-third"


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX terminal's")
def test_a_back_typed_at_a_terminal_moves_and_one_pasted_is_a_line_of_the_answer():
    from tests.unit.test_walk_paste import at_a_terminal, pasted

    typed = pasted("Notes on the .back page:\n.back\n") + ".\n" + "Typed first\n.BACK\n"
    with at_a_terminal(typed) as d:
        assert (d.block("What?"), d.moved) == ("Notes on the .back page:\n.back", None)
        assert (d.block("So what?"), d.moved) == ("Typed first", "back")


def test_next_at_the_summary_says_it_is_the_last_step_and_asks_it_again(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`.next` at the summary, the last step, ended the walk with nothing said: no "Saved
    as", no command to carry on, and a screen reader user's next lines went to the shell."""
    text = (START + "Only this.\n.\n" + ".next\n" * 3  # Question 1 answered; on to the end
            + "\n\n" + "\n" + "\n"  # no action, no notes; differently, minutes
            + "A summary\n.next\n"  # the summary: kept, and there is no step after it
            + "\n")  # asked again: Enter finishes
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), text,
                         "child-zz", "--name", "Pat Example")
    said = flat(out.out)
    assert code == 0
    assert "This is the last step: there is none after it. Enter here finishes the " \
        "session." in said
    assert said.count("Step 10 of 10: Summary and export.") == 2
    assert "Saved as " in said.split("This is the last step")[1]
    assert only_session(sessions_dir).notes.get("summary") == "A summary"
