"""Once the meeting is under way (a minute counted in all on the steps after Who is here), the
step on screen is where it is, however long it has been shown (model/presence.py
`meeting_step`, `under_way`). Until 6 December 2026 each step needed its own minute: under a
seven-minute plan a step may have less, and a phone that joined on Question 3's eighth second
was recorded as arriving "during Question 2" (a trial). A glance through the steps before the
meeting begins still makes nobody late. All people are invented."""

from __future__ import annotations

from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import Step, steps_for


def meeting(review: Review) -> tuple[SessionEdits, list[Step]]:
    session = Session.start(review, "20300101-child-zz-0000cccc", title="Invented meeting",
                            team="Team Blue", facilitator="Pat Example")
    e = SessionEdits(session)
    return e, [s for s in steps_for(review, session) if s.kind != "people"]


def test_a_step_shown_briefly_once_the_meeting_is_under_way_is_where_it_is(
        review: Review) -> None:
    e, steps = meeting(review)
    first, second = steps[0], steps[1]
    e.tick(first, 40)
    e.tick(second, 25)  # 65 seconds in all, neither step a minute of its own
    e.add_participant("Dee Example", "School nurse", "Invented Trust")
    assert e.session.participants[-1].arrived_during == second.label


def test_a_glance_through_the_steps_before_the_meeting_makes_nobody_late(
        review: Review) -> None:
    e, steps = meeting(review)
    for step in steps:
        e.tick(step, 3)  # a few seconds each: under a minute in all
    assert sum(3 for _ in steps) < 60
    e.add_participant("Eve Example", "Teacher", "Invented School")
    assert e.session.participants[-1].arrived_during is None


def test_time_on_who_is_here_does_not_start_the_meeting(review: Review) -> None:
    e, steps = meeting(review)
    people = next(s for s in steps_for(review, e.session) if s.kind == "people")
    e.tick(people, 600)  # ten minutes ticking people in
    e.tick(steps[0], 5)
    e.add_participant("Fay Example", "Social worker", "Invented Council")
    assert e.session.participants[-1].arrived_during is None


def test_paging_back_to_who_is_here_leaves_the_meeting_where_it_was(review: Review) -> None:
    """PgUp from Question 1 back to Who is here passes every step between in under a second:
    someone added there arrived during Question 1, not during the step a second was counted
    on as the pages went by ("Introduction and context", shown for one second: a
    facilitator's trial). A step gone back to and stayed on is where the meeting is."""
    e, steps = meeting(review)
    e.sync_questions(review)  # (as the app and plain mode open it: the steps' order known)
    question = next(i for i, s in enumerate(steps) if s.kind == "question")
    for step in steps[:question]:
        e.tick(step, 20)  # the meeting under way, through to Question 1
    e.tick(steps[question], 70)
    for step in reversed(steps[:question]):
        e.tick(step, 1)  # paged back through them to Who is here
    e.add_participant("Gus Example", "Health visitor", "Invented Trust")
    assert e.session.participants[-1].arrived_during == steps[question].label

    e.tick(steps[0], 15)  # gone back to the first step, and stayed
    e.add_participant("Hal Example", "Teacher", "Invented School")
    assert e.session.participants[-1].arrived_during == steps[0].label
