"""Ctrl+Z in a session puts back the last point, action or person removed (`put_back`): the
same item, at its old place, whatever was changed since (a trial: Delete, then a wrong y,
lost a point mid-meeting, and nothing brought it back). Pure: no Textual."""

from __future__ import annotations

import tomllib

import pytest

from reflect.model.changes import ActionsChanged, PeopleChanged, PointsChanged
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from tests.conftest import FICTIONAL_REVIEW


@pytest.fixture
def edits() -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team"))


def test_a_point_removed_comes_back_at_its_place_and_later_points_stay(
        edits: SessionEdits) -> None:
    for text in ("Invented one", "Invented two", "Invented three"):
        edits.add_point("zz-first", text)
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    two = points[1]
    assert not edits.can_put_back
    edits.remove_point("zz-first", two)
    edits.add_point("zz-first", "Invented four, added after")
    edits.set_notes("intro", "A note typed since.")
    assert edits.can_put_back
    removed = edits.put_back()
    assert removed is not None and (removed.kind, removed.question_id) == ("point", "zz-first")
    assert removed.item is two and removed.change == PointsChanged("zz-first")
    assert [p.text for p in points] == ["Invented one", "Invented two", "Invented three",
                                        "Invented four, added after"]
    assert points[1] is two
    assert edits.session.notes["intro"] == "A note typed since."  # not undone
    assert edits.put_back() is None and not edits.can_put_back


def test_removals_come_back_newest_first(edits: SessionEdits) -> None:
    first = edits.add_action("Invented action one")
    second = edits.add_action("Invented action two")
    edits.remove_action(first)
    edits.remove_action(second)
    assert edits.put_back().item is second  # type: ignore[union-attr]
    assert edits.session.actions == [second]
    removed = edits.put_back()
    assert removed is not None and removed.change == ActionsChanged()
    assert edits.session.actions == [first, second]


def test_of_two_points_with_the_same_words_the_one_removed_goes(edits: SessionEdits) -> None:
    edits.add_point("zz-first", "Same invented words")
    edits.add_point("zz-first", "Same invented words", by="")
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    second = points[1]
    edits.remove_point("zz-first", second)
    assert len(points) == 1 and points[0] is not second
    edits.put_back()
    assert points[1] is second


def test_a_person_comes_back_with_their_points_and_a_new_id_if_theirs_was_taken(
        edits: SessionEdits) -> None:
    ann = edits.add_participant(name="Ann Example", role="Nurse")
    bo = edits.add_participant(name="Bo Sample")
    edits.add_point("zz-first", "Invented point by Ann", by=ann.id)
    edits.add_point("zz-first", "Another by Ann", by=ann.id)
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    edits.remove_participant(ann)
    assert [p.by for p in points] == ["", ""]
    edits.edit_point("zz-first", points[1], by=bo.id)  # said by Bo since
    cy = edits.add_participant(name="Cy Invented")  # takes Ann's id, now free
    assert cy.id == "p1"
    removed = edits.put_back()
    assert removed is not None and removed.kind == "person" and removed.item is ann
    assert removed.change == PeopleChanged()
    assert edits.session.participants == [ann, bo, cy]
    assert ann.id not in ("p1", bo.id) and cy.id == "p1"
    assert [p.by for p in points] == [ann.id, bo.id]


def test_one_person_made_one_of_two_is_not_put_back_as_a_removal(edits: SessionEdits) -> None:
    """Two rows said to be one person (`into`): an edit, not a Delete; plain undo still
    puts both back."""
    sam = edits.add_participant(name="Sam Sample")
    typo = edits.add_participant(name="Sam Sample")
    edits.remove_participant(typo, into=sam)
    assert not edits.can_put_back and edits.put_back() is None
    edits.undo()
    assert edits.session.participants == [sam, typo]
