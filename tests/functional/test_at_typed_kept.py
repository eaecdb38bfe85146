"""A point whose "@…" named who said it as Enter added it keeps the words as typed, so that
taken off the list, that person leaves it "@…" and all, as one given to them from an "@…"
later (added late, ticked, renamed) always did: "… notes @Alex", added while Alex Example was
here, lost its "@Alex" when Alex was removed, said by no one with nothing left to say who, while
the same words typed before Alex was listed got it back (a trial). A point given by choosing
the name in Said by… has no "@…" to keep, and stays as it was written. All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.edits import SessionEdits
from reflect.model.said_by import read_point
from reflect.model.session import Participant, Point, Session
from reflect.ui.app import make_app
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import (
    asked_to_remove,
    open_at_first_question,
    paste,
    press_in_order,
    wait_for,
)

NOTES = "We never saw the home visit notes @Alex."
CHOSEN = "Ask the invented GP for the discharge letter"


def _people() -> list[Participant]:
    return [Participant(name="Sam Sample", role="Social worker", attended=True),
            Participant(name="Alex Example", role="Health visitor", attended=True)]


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_removed_they_leave_the_at_typed_as_it_was_written(
        tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=size) as pilot:
        session = await open_at_first_question(pilot, _people(), review_text=FICTIONAL_REVIEW)
        assert isinstance(session, Session)
        alex = session.participants[1]
        points = session.answer("zz-first").points
        await paste(app, NOTES)
        await press_in_order(app, ["enter"])
        await wait_for(pilot, lambda: len(points) == 1)
        assert (points[0].text, points[0].by) == ("We never saw the home visit notes.", alex.id)
        points.append(Point(text=CHOSEN, by=alex.id))  # (as Said by… gives it: no "@…")
        screen = app.screen
        await press_in_order(app, ["ctrl+g", "home", "enter"])
        await wait_for(pilot, lambda: screen.index == 0 and screen.query(".people-table"))
        question = await asked_to_remove(pilot, screen, 1)
        assert ("Their 2 points stay, with no name. Point 1 on Question 1 gets back the "
                "“@Alex” typed in it, so it is theirs again if Alex Example is added back."
                in question), question
        await pilot.press("y")
        await wait_for(pilot, lambda: alex not in session.participants)
        assert [(p.text, p.by) for p in points] == [(NOTES, ""), (CHOSEN, "")]
        await pilot.press("ctrl+z")  # put back: theirs again, as they were
        await wait_for(pilot, lambda: alex in session.participants)
        assert [(p.text, p.by) for p in points] == [
            ("We never saw the home visit notes.", alex.id), (CHOSEN, alex.id)]


def test_the_words_as_typed_are_kept_where_the_at_named_them() -> None:
    people = [p.model_copy(update={"id": f"p{n}"}) for n, p in enumerate(_people(), 1)]
    alex = people[1]
    assert read_point(NOTES, "", people, 1).typed_as == NOTES
    assert read_point(f"  {NOTES} ", "", people, 1).typed_as == NOTES
    # Said by… alone, or an "@…" naming no one: nothing typed to keep.
    assert read_point(CHOSEN, alex.id, people, 1).typed_as is None
    assert read_point(f"{CHOSEN} @Robin", "", people, 1).typed_as is None


def test_an_edit_whose_at_names_someone_keeps_it_too() -> None:
    s = Session(id="x", review_id="child-zz", review_title="Invented", participants=_people(),
                answers=[{"question_id": "q1", "question": "Q?"}])  # type: ignore[list-item]
    edits = SessionEdits(s)
    sam, alex = s.participants
    edits.add_point("q1", "Invented point", sam.id)
    [point] = s.answers[0].points
    read = read_point("Invented point, said by Alex @alex", sam.id, s.participants, 1,
                      editing=True)
    edits.edit_point("q1", point, text=read.text, by=read.by, typed_as=read.typed_as)
    assert (point.by, point.typed_as) == (alex.id, "Invented point, said by Alex @alex")
    edits.remove_participant(alex)
    assert (point.text, point.by) == ("Invented point, said by Alex @alex", "")
