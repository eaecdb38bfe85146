"""Answers counted against the questions a review asks now: a review replaced under a saved
session (`reflect import --replace`) left answers to questions it no longer asks, and every
count took them in ("3 of 3 answered" where the new review had two of the three, "7 of 6").
All data invented."""

from __future__ import annotations

from reflect.answered import Answered, count
from reflect.store.library import load_library
from tests.replaced_review import answered_then_replaced

KEPT = "1 answer kept from a question no longer in the review"


def test_only_the_review_s_questions_are_counted_and_the_others_said():
    assert count(["a", "b", "gone"], ["a", "b", "c"]) == Answered(2, 3, 1)
    assert Answered(2, 3, 1).said() == f"2 of 3 answered; {KEPT}"
    assert Answered(1, 6, 2).kept_said() == ("2 answers kept from questions no longer in the "
                                             "review")
    assert Answered(3, 3).said() == "3 of 3 answered" and Answered(3, 3).kept_said() == ""
    # The review not known (no longer in the library): the session's own questions.
    assert count(["a"], None, ["a", "b"]) == Answered(1, 2, 0)


def test_a_session_on_a_replaced_review(fictional_dir, sessions_dir):
    s, _ = answered_then_replaced(fictional_dir, sessions_dir)
    review = load_library(fictional_dir).get("child-zz")
    assert s.counted(review) == Answered(2, 3, 1)
    s.sync_questions(review)  # opened: an empty answer for the new fourth question
    assert s.counted(review) == Answered(2, 3, 1)


def test_one_question_is_said_in_the_singular_on_the_status_line():
    """A review of one question was "Answered 0 of 1 questions" under the session (a learning
    lead's fresh-eyes trial); plain mode says the same words at its summary."""
    from reflect.ui.screens.session_keeping import status_lines

    assert status_lines(Answered(0, 1), 0, "saved ✓", None)[0] == \
        "Answered 0 of 1 question  ·  saved ✓"
    assert status_lines(Answered(2, 3), 0, "saved ✓", None)[0] == \
        "Answered 2 of 3 questions  ·  saved ✓"
    assert status_lines(Answered(1, 1), 1, "saved ✓", None)[0] == \
        "Answered 1 of 1 question · 1 answered under earlier wording  ·  saved ✓"
