"""Which step a personal-details finding's field is on (`model.steps.holds`): one rule, which
the app follows to go there (`go_to_finding`) and plain mode to name the step's number
(`walk.mend`)."""

from __future__ import annotations

from reflect.export.typed_fields import typed_fields
from reflect.model.participant import Participant
from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Point, Session
from reflect.model.steps import question_key, step_holding, steps_for


def _on(session: Session, review: Review, field: str) -> str | None:
    steps = steps_for(review, session)
    index = step_holding(steps, field, session)
    return None if index is None else steps[index].key


def _meeting(review: Review) -> Session:
    """A team's meeting with something typed in every kind of field a finding can name."""
    session = Session.start(review, "s-1", title="Invented meeting", team="Invented Team",
                            facilitator="Zed Quill", mode="team")
    session.participants = [Participant(id="p1", name="Ada Testwell", role="Nurse")]
    session.carried = [CarriedAction(session_id="old", session_label="Earlier",
                                     action_id="a1", text="Check the register")]
    session.answers[1].points = [Point(text="Invented point")]
    session.answers[1].text = "A summary"
    session.actions = [Action(id="a1", text="Ring the school", owner="Ada", due="Friday")]
    session.notes = {"intro": "n", "actions": "n", "summary": "n"}
    session.differently = "d"
    session.cpd.method = "m"
    return session


def test_each_field_of_a_meeting_is_on_the_step_where_it_is_typed(review: Review) -> None:
    session = _meeting(review)
    second = question_key(session.answers[1].question_id)
    assert {field: _on(session, review, field) for field in (
        "title", "team", "facilitator", "participants[0].name", "carried[0].note",
        "answers[1].points[0].text", "answers[1].text", "notes.intro", "notes.actions",
        "actions[0].owner", "notes.summary", "cpd.method")} == {
        "title": "people", "team": "people", "facilitator": "people",
        "participants[0].name": "people", "carried[0].note": "carried",
        "answers[1].points[0].text": second, "answers[1].text": second,
        "notes.intro": "intro", "notes.actions": "actions", "actions[0].owner": "actions",
        "notes.summary": "summary", "cpd.method": "summary"}
    # every field the check looks in, but what a team session never shows, is on a step
    assert [f.path for f in typed_fields(session)
            if _on(session, review, f.path) is None] == ["differently"]


def test_a_reflection_s_cpd_words_are_on_what_i_will_do_differently(review: Review) -> None:
    session = Session.start(review, "s-2", title="Invented reflection", mode="individual")
    assert _on(session, review, "cpd.method") == "differently"
    assert _on(session, review, "differently") == "differently"
    assert _on(session, review, "answers[0].so_what") == question_key(
        session.answers[0].question_id)
    # its title has no step (rename from the start screen), nor has an answer not there
    assert _on(session, review, "title") is None
    assert _on(session, review, f"answers[{len(session.answers)}].what") is None
