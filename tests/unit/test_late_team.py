"""A team typed late on *Who is here* (model/late_team.py): what it brings in (last time's
actions and people, the time plan's share, saved or typed in F7 and kept) and taking it back
out while nothing was done with it. Ctrl+Z on the name left it all in, last time's people
were never brought, and a plan kept from F7 got no time for the new step (a facilitator's
trial). Names invented."""

from __future__ import annotations

from reflect.model.carried import CarriedAction
from reflect.model.edits import SessionEdits
from reflect.model.late_team import kept_said, people_said, taken_back_said
from reflect.model.plan_draft import PLAN_DRAFT, as_draft, draft_step_added, read_draft
from reflect.model.review import Review
from reflect.model.session import Participant, Point, Session, Timing
from reflect.model.steps import steps_for
from reflect.model.timebox import clock, share_out


def carried(text: str) -> CarriedAction:
    return CarriedAction(session_id="20260101-child-zz-00000001", session_label="Meeting 1",
                         action_id="a1", text=text)


def last_time() -> list[Participant]:
    return [Participant(name=name, role=role, attended=False, listed_last_time=True)
            for name, role in (("Hana Invented", "Social worker"),
                               ("Kim Example", "Health visitor"))]


def test_a_late_team_brings_its_people_once_and_goes_out_again(review: Review) -> None:
    session = Session.start(review, "20261207-child-zz-0000000a", mode="team")
    session.add_participant(Participant(name="Kim Example", attended=True))  # typed first
    session.timing = Timing(minutes=30, plan=share_out(30, steps_for(review, session)))
    planned = dict(session.timing.plan)
    edits = SessionEdits(session)
    edits.bring_late_team(review, "Pinecrest Invented Team", "", [carried("Ring the clinic")],
                          last_time())
    assert [(p.name, p.attended) for p in session.participants] == [
        ("Kim Example", True), ("Hana Invented", False)]
    assert session.timing.plan == share_out(30, steps_for(review, session))
    assert edits.late is not None
    assert people_said(edits.late) == (
        "1 person at the team's last meeting was added to Who is here, not yet here: Space "
        "ticks who came. 1 already listed kept as typed.")
    late = edits.late
    assert edits.take_late_back() is not None and edits.late is None
    assert not session.carried and session.timing.plan == planned
    assert [p.name for p in session.participants] == ["Kim Example"]
    assert taken_back_said(late) == ("Taken back out: “Pinecrest Invented Team”'s Last "
                                     "time's actions and 1 person from last time, nothing "
                                     "done with them.")


def test_an_action_updated_keeps_them_a_person_ticked_stays(review: Review) -> None:
    session = Session.start(review, "20261207-child-zz-0000000b", mode="team")
    edits = SessionEdits(session)
    edits.bring_late_team(review, "Pinecrest Invented Team", "", [carried("Ring the clinic"),
                                                                  carried("Draft a list")],
                          last_time())
    session.participants[0].attended = True  # Hana ticked here
    edits.cycle_carried_status(session.carried[1])
    assert edits.take_late_back() is None and len(session.carried) == 2
    assert edits.late is not None
    assert kept_said(edits.late) == (
        "Last time's actions of “Pinecrest Invented Team” stay: 1 of them was updated there, "
        "and taking the step out would lose that.")
    for _ in range(3):  # (round to open: nothing done now)
        edits.cycle_carried_status(session.carried[1])
    assert edits.take_late_back() is not None
    assert [p.name for p in session.participants] == ["Hana Invented"]  # (ticked: here)


def test_a_plan_kept_from_f7_gains_the_steps_share(review: Review) -> None:
    """As the plan saved does (`timebox.plan_step_added`): shared out again where it is as
    shared, else the step's share added, the times typed kept."""
    before = steps_for(review, Session.start(review, "20261207-child-zz-0000000c", mode="team"))
    with_step = Session.start(review, "20261207-child-zz-0000000d", mode="team")
    with_step.carried = [carried("Ring the clinic")]
    after = steps_for(review, with_step)
    shared = {s.key: clock(v) for s, v in zip(before, share_out(45, before).values(),
                                              strict=True)}
    again = read_draft(draft_step_added(as_draft(45, shared), before, after), after)
    assert again == (45, {s.key: clock(share_out(45, after)[s.key]) for s in after})
    typed = {**shared, "people": "9:00"}
    kept = read_draft(draft_step_added(as_draft(45, typed), before, after), after)
    assert kept is not None and kept[1]["people"] == "9:00"
    assert kept[1]["carried"] == clock(share_out(45, after)["carried"])
    assert draft_step_added("", before, after) == ""
    session = Session.start(review, "20261207-child-zz-0000000e", mode="team")
    session.set_draft(PLAN_DRAFT, as_draft(45, typed))
    SessionEdits(session).bring_late_team(review, "Pinecrest Invented Team", "",
                                          [carried("Ring the clinic")], [])
    assert "carried" in (read_draft(session.drafts[PLAN_DRAFT], after) or (0, {}))[1]


def test_the_time_counted_on_its_step_goes_out_with_it(review: Review) -> None:
    """Minutes on the late team's step stayed in the session's time spent after it went out
    (a trial): the step's time goes with it, the other steps' stays, and the meeting is no
    longer said to be on it."""
    session = Session.start(review, "20261207-child-zz-0000000e", mode="team")
    edits = SessionEdits(session)
    edits.bring_late_team(review, "Pinecrest Invented Team", "", [carried("Ring the clinic")],
                          [])
    people, step, intro = steps_for(review, session)[:3]
    assert step.key == "carried"
    edits.tick(people, 20)
    edits.tick(step, 90)
    assert edits.meeting_at == "Last time's actions"
    assert edits.take_late_back() is not None
    assert session.timing.spent == {"people": 20} and session.timing.total_spent == 20
    assert edits.meeting_at is None
    edits.tick(intro, 60)
    assert edits.meeting_at == intro.label


def test_those_marked_during_its_step_arrived_during_no_step_once_it_goes(
        review: Review) -> None:
    """Marked here (and another left early) while the meeting was on the late team's step,
    then the step taken back out: "arrived during Last time's actions" stayed, naming a step
    the session no longer has (a facilitator's trial). Those marked on another step keep it."""
    session = Session.start(review, "20261207-child-zz-0000000e", mode="team")
    edits = SessionEdits(session)
    edits.bring_late_team(review, "Pinecrest Invented Team", "", [carried("Ring the clinic")],
                          last_time())
    late_one, leaving = session.participants
    other = session.add_participant(Participant(name="Rio Invented", attended=False))
    leaving.attended = True
    session.answers[0].points.append(Point(text="Invented rota agreed", by=leaving.id))
    edits.meeting_at = "Last time's actions"  # (the meeting on the late team's step)
    edits.mark_here(late_one, True)
    edits.toggle_attended(leaving)  # here → left early
    assert (late_one.arrived_during, leaving.left_during) == ("Last time's actions",) * 2
    edits.meeting_at = "Question 1"  # (another step's arrival stays)
    edits.mark_here(other, True)
    late = edits.late
    assert late is not None and edits.take_late_back() is not None
    assert [(p.name, p.arrived_during, p.left_during, p.presence)
            for p in session.participants] == [
        ("Hana Invented", None, None, "here"), ("Kim Example", None, None, "left early"),
        ("Rio Invented", "Question 1", None, "here")]
    # Both stay, marked since: "and 2 people from last time" said they went (a trial).
    assert taken_back_said(late) == ("Taken back out: “Pinecrest Invented Team”'s Last "
                                     "time's actions, nothing done with them.")
