"""A sender from the room listed on *Who is here* once the meeting has moved on arrived late,
as someone added there does (`RoomSenderEdits.list_from_room`). A social care team's trial: a
phone that joined the room during Question 1, its sender added as here from the question
reflect asks, was in the notes as here from the start, while the same person added on Who is
here would have "arrived during Question 2". All names and words invented."""

from __future__ import annotations

from reflect.export.markdown import to_markdown
from reflect.model.arrival import arrival_said
from reflect.model.review import Review
from reflect.model.session import Session
from tests.unit.test_arrival_after_points import on_the_summary, session  # noqa: F401


def test_listed_from_the_room_after_the_meeting_moved_on_they_arrived_during_its_step(
        review: Review, session: Session) -> None:  # noqa: F811
    edits, steps = on_the_summary(review, session)
    edits.tick(steps["q:zz-second"], 61)  # the meeting is on Question 2
    edits.add_point("zz-second", "Invented point from a late phone", from_room="Robin Visitor")
    robin, _, _ = edits.list_from_room("Robin Visitor")
    assert (robin.presence, robin.arrived_during) == ("here", "Question 2")
    assert arrival_said(robin, edits.take_moved()) == (
        "Robin Visitor arrived during Question 2: the notes say so.")
    assert "Robin Visitor (no role or agency given; arrived during Question 2)" in \
        to_markdown(session, review)
    edits.undo()
    assert robin not in session.participants


def test_an_earlier_point_of_theirs_from_the_room_moves_the_arrival_to_its_step(
        review: Review, session: Session) -> None:  # noqa: F811
    edits, _ = on_the_summary(review, session)  # the meeting on the summary
    edits.add_point("zz-first", "Invented point accepted late", from_room="Robin Visitor")
    robin, _, _ = edits.list_from_room("Robin Visitor")
    assert robin.arrived_during == "Question 1"
    assert arrival_said(robin, edits.take_moved()) == (
        "Robin Visitor said a point on Question 1, so arrived during it, not during Summary "
        "and export: the notes say so.")


def test_someone_listed_as_not_here_ticked_from_the_room_arrived_late_too(
        review: Review, session: Session) -> None:  # noqa: F811
    edits, steps = on_the_summary(review, session)
    edits.tick(steps["q:zz-second"], 61)
    sam = session.participants[1]  # listed, not here
    edits.add_point("zz-second", "Invented point from Sam's phone", from_room="Sam")
    same, _, _ = edits.list_from_room("Sam", sam)
    assert same is sam and (sam.presence, sam.arrived_during) == ("here", "Question 2")
    edits.undo()
    assert (sam.presence, sam.arrived_during) == ("not here", None)


def test_before_the_meeting_moved_on_they_are_here_from_the_start(
        review: Review, session: Session) -> None:  # noqa: F811
    from reflect.model.edits import SessionEdits

    edits = SessionEdits(session)
    edits.sync_questions(review)  # nothing counted: still on Who is here
    edits.add_point("zz-first", "Invented early point", from_room="Robin Visitor")
    robin, _, _ = edits.list_from_room("Robin Visitor")
    assert (robin.presence, robin.arrived_during) == ("here", None)
    assert arrival_said(robin, edits.take_moved()) == ""
