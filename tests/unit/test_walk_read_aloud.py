"""Plain mode as a screen reader says it: a screen reader user's trial heard symbols read one
by one ("equals equals" around each step's heading, "left bracket t slash i right bracket"
in the first prompt, a line of "equals" under each heading of the notes, "slash" in the
dates of the actions listed). Its own words are words now; the full-screen app keeps its
short forms."""

from __future__ import annotations

import re

from reflect.model.session import Session
from reflect.model.steps import steps_for
from reflect.walk.session import listed, step_heading
from tests.unit.test_walk import WHOLE, dirs_for, run_walk


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


def test_l_lists_each_question_with_its_first_words(review):
    """`l` said "5. Question 1", "6. Question 2": by ear, the steps could not be told apart."""
    s = Session.start(review, "child-zz-20300101-0900", title="On my own", mode="individual")
    s.answers[0].question = ("What did the invented agencies in Team Blue know about the "
                             "father's role, and when?")
    steps = steps_for(review, s)
    said = [listed(s, step) for step in steps]
    assert "Question 1: What did the invented agencies in Team Blue" in said
    assert "Question 2: Who would you tell?" in said
    assert "Introduction and context" in said and "Summary and export" in said
    assert not [line for line in said if "…" in line]
