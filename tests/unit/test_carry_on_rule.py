"""Which box a reflection carries on in when opened again (`carry_on_box`, the one rule for
the app and plain mode), and the box last typed in that it reads (`Answer.last_typed`)."""

from __future__ import annotations

import pytest

from reflect.model.answer import carry_on_box, finished, left_unfinished
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session


@pytest.mark.parametrize("text, done", [
    ("It matters.", True), ("Does it matter?", True), ("It does!", True),
    ("It trails off…", True), ("It was “enough.”", True), ("(As I said.)  \n", True),
    ("We had not asked about the fa", False), ("A list:\n- ask the GP\n", False),
    ("Version 2.0 of the plan", False),
])
def test_a_sentence_is_finished_by_its_last_mark(text: str, done: bool) -> None:
    assert finished(text) is done


BOXES = ("An invented first thought.", "We had not asked about the fa", "", "")


def test_the_box_last_typed_in_left_unfinished_is_carried_on() -> None:
    assert left_unfinished(BOXES, "so_what") == 1
    assert carry_on_box(BOXES, "so_what") == 1  # not Now what?, the first empty box


@pytest.mark.parametrize("boxes, last, at", [
    (BOXES, None, 2),  # an older file: the first empty box, as before
    (("Done.", "Also done.", "", ""), "so_what", 2),  # finished: the first empty box
    (("", "", "", ""), "what", 0),  # typed in and emptied: the first empty box
    (("", "Half way", "", ""), "text", 0),  # other thoughts emptied: What?, the first empty
    (("Half", "Full.", "", "An aside with no end"), "text", 3),  # other thoughts, left mid-way
])
def test_otherwise_the_first_empty_box(boxes: tuple[str, ...], last, at: int) -> None:  # type: ignore[no-untyped-def]
    assert carry_on_box(boxes, last) == at


def test_typing_keeps_the_box_typed_in_for_a_reflection_only(review: Review) -> None:
    """A reflection keeps the box typed in last, each answer its own, and undo puts back the
    box typed in before with the words (everything typed goes through the one editor). A team
    session's summary keeps nothing: its focus is the point box, and its file stays as it
    was."""
    mine = Session.start(review, "s-mine", mode="individual")
    edits = SessionEdits(mine)
    qid = mine.answers[0].question_id
    assert mine.answers[0].last_typed is None
    edits.set_answer(qid, "what", "Half a")
    edits.set_answer(qid, "so_what", "b")
    assert mine.answers[0].last_typed == "so_what"
    edits.set_answer(qid, "what", "Half a")  # (nothing changed: nothing typed)
    assert mine.answers[0].last_typed == "so_what"
    assert all(a.last_typed is None for a in mine.answers[1:])
    edits.undo()
    assert (mine.answers[0].so_what, mine.answers[0].last_typed) == ("", "what")
    team = Session.start(review, "s-team", team="Team Blue")
    SessionEdits(team).set_answer(qid, "text", "A summary")
    assert team.answers[0].last_typed is None
