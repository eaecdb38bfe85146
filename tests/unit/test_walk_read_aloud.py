"""Plain mode as a screen reader says it: a screen reader user's trial heard symbols read one
by one ("equals equals" around each step's heading, "left bracket t slash i right bracket"
in the first prompt, a line of "equals" under each heading of the notes, "slash" in the
dates of the actions listed). Its own words are words now; the full-screen app keeps its
short forms."""

from __future__ import annotations

import re
from datetime import date

from reflect.model.session import Action, Session
from reflect.model.steps import steps_for
from reflect.store.sessions import save_session
from reflect.walk.session import step_heading
from reflect.walk.step_list import (
    LISTED_WORDS,
    WHOLE_WORDS,
    first_words,
    listed_steps,
    spoken_start,
)
from tests.unit.test_walk import WHOLE, dirs_for, flat, run_walk


def test_each_step_is_headed_by_a_sentence_not_by_equals_signs(monkeypatch, capsys,
                                                              fictional_dir, sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0
    lines = out.out.splitlines()
    assert "Step 5 of 10: Question 1." in lines
    assert "Step 1 of 10: Introduction and context." in lines
    assert not [line for line in lines if re.search(r"==|^Step .*=", line)]


def test_a_label_ending_in_its_own_stop_is_not_given_another():
    assert step_heading(4, 13, "Question 1") == "Step 5 of 13: Question 1."
    assert step_heading(0, 3, "What went well?") == "Step 1 of 3: What went well?"


def test_l_lists_each_question_with_its_words(review):
    """`l` said "5. Question 1", "6. Question 2": by ear, the steps could not be told apart.
    Then eight words, cut mid-phrase with nothing to say so, were taken for the question."""
    s = Session.start(review, "child-zz-20300101-0900", title="On my own", mode="individual")
    s.answers[0].question = ("What did the invented agencies in Team Blue know about the "
                             "father's role, and when?")
    s.answers[2].question = ("Thinking about the invented family in Team Blue, what would you "
                             "do first when the school nurse and the invented housing officer "
                             "each held a part of the picture?")
    said = [first_words(s, step) for step in steps_for(review, s)]
    assert (": What did the invented agencies in Team Blue know about the father's role, and "
            "when?") in said  # (fifteen words: whole)
    assert ": Who would you tell?" in said
    # cut after a word, not after "when", and how much is left said in words ("…" was said
    # "dot dot dot", or nothing)
    assert (": Thinking about the invented family in Team Blue, what would you do first, and "
            "16 words more") in said
    assert said[0] == "" and said[-1] == ""  # (Introduction and context, Summary and export)


def test_l_says_not_answered_and_left_here_in_words_not_brackets(review):
    """`(not answered)` and `(left here)` were said "bracket", or run into the question's
    words where a screen reader drops brackets; the line before the prompt says `Not
    answered yet`."""
    s = Session.start(review, "child-zz-20300101-0900", title="On my own", mode="individual")
    s.answers[0].what = "Invented answer"
    steps = steps_for(review, s)
    second = next(n for n, step in enumerate(steps) if step.label == "Question 2")
    said = listed_steps(s, steps, second)
    assert f"{second + 1}. Question 2, not answered yet, left here: Who would you tell?" in said
    assert f"{second}. Question 1: " in said[second - 1]
    assert not [line for line in said if "(" in line or ")" in line]


def test_a_long_question_is_cut_at_a_word_that_leaves_no_phrase_hanging():
    assert spoken_start("Who would you tell?") == "Who would you tell?"
    assert spoken_start(" ".join(["word"] * WHOLE_WORDS)) == " ".join(["word"] * WHOLE_WORDS)
    cut = spoken_start(" ".join(["word"] * (LISTED_WORDS - 2) + ["of", "the"] + ["word"] * 9))
    assert cut == " ".join(["word"] * (LISTED_WORDS - 2)) + ", and 11 words more"


def test_the_first_question_asks_in_words_not_brackets_and_a_slash(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0
    assert "Team discussion or individual reflection? t or i, Enter for t: " in out.out
    asked = out.out.split("Title")[0]
    assert not [c for c in "[]/" if c in asked]


def test_actions_agreed_already_are_listed_with_their_dates_in_words(
        monkeypatch, capsys, fictional_dir, sessions_dir, review):
    """`--resume` listed `1. Agreed already: … (due 31/1 (Sun 31 Jan 2027); open)`."""
    s = Session.start(review, "20261201-child-zz-0000a002", title="On my own",
                      mode="individual", facilitator="Pat Example")
    s.add_action(Action(text="Read the invented guidance", due="31/1/2027",
                        due_date=date(2027, 1, 31)))
    s.add_action(Action(text="Ask Team Blue", due="after half term"))
    s.current_step = "actions"
    save_session(sessions_dir, s)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "\n",
                         "--resume", s.id)
    said = flat(out.out)
    # in sentences, as the notes' plain text says an action: `(due …; open)` was read with
    # brackets and no full stop (a listener's trial)
    assert "1. Decided already: Read the invented guidance. Due Sunday 31 January 2027; " \
        "status: open." in said
    assert "2. Decided already: Ask Team Blue. Due after half term, not read as a date; " \
        "status: open." in said
    assert "(" not in said.split("Decided already")[1]
    assert "31/1" not in said and "Sun 31 Jan" not in said
