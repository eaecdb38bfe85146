"""SessionEdits, the one writer of an open session: what each change does, what it reports,
and that it can be undone. Pure: no Textual."""

from __future__ import annotations

import pytest

from reflect.model.changes import (
    ActionsChanged,
    AnswerChanged,
    AnswerKey,
    CarriedChanged,
    CpdMinutesChanged,
    DetailsChanged,
    DifferentlyChanged,
    DifferentlyKey,
    DraftChanged,
    NotesChanged,
    NotesKey,
    PeopleChanged,
    PointsChanged,
    StepChanged,
    TimeCounted,
    TimingChanged,
    draft_key,
)
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import CarriedAction, EarlierHeld, Session, Timing
from reflect.model.steps import Step, steps_for


@pytest.fixture
def edits(review: Review) -> SessionEdits:
    session = Session.start(review, "s-1", team="Invented Team")
    return SessionEdits(session)


def test_answer_fields_by_typed_key(edits: SessionEdits) -> None:
    change = edits.set_text(AnswerKey("zz-first", "so_what"), "It matters.")
    assert change == AnswerChanged("zz-first", "so_what")
    assert edits.session.answer("zz-first").so_what == "It matters."  # type: ignore[union-attr]
    assert edits.text(AnswerKey("zz-first", "so_what")) == "It matters."
    assert edits.set_text(AnswerKey("zz-first", "so_what"), "It matters.") is None
    assert edits.set_answer("no-such-question", "text", "x") is None


def test_typing_into_one_box_undoes_as_one(edits: SessionEdits) -> None:
    key = AnswerKey("zz-second", "text")
    for typed in ("T", "Te", "Tel", "Tell"):
        edits.set_text(key, typed)
    edits.set_text(NotesKey("intro"), "A note.")
    assert edits.undo() == NotesChanged("intro")
    assert "intro" not in edits.session.notes
    assert edits.undo() == AnswerChanged("zz-second", "text")
    assert edits.session.answer("zz-second").text == ""  # type: ignore[union-attr]
    assert edits.undo() is None and not edits.can_undo


def test_notes_differently_minutes_and_details(edits: SessionEdits) -> None:
    assert edits.set_notes("intro", "Seen.") == NotesChanged("intro")
    assert edits.set_notes("intro", "") == NotesChanged("intro")
    assert "intro" not in edits.session.notes  # an empty note is not kept
    assert edits.set_text(DifferentlyKey(), "Ask sooner.") == DifferentlyChanged()
    assert edits.set_cpd_minutes(45) == CpdMinutesChanged()
    assert edits.session.minutes_spent == 45
    assert edits.set_detail("team", "  Invented Hub ") == DetailsChanged("team")
    assert edits.session.team == "Invented Hub"
    edits.undo()
    assert edits.session.team == "Invented Team"


def test_drafts_are_kept_and_not_undone(edits: SessionEdits) -> None:
    key = draft_key("point", "zz-first")
    assert edits.set_draft(key, "half a point") == DraftChanged(key)
    assert edits.set_draft(key, "half a point") is None
    assert edits.session.drafts == {"point:zz-first": "half a point"}
    assert not edits.can_undo
    edits.set_draft(key, "")
    assert edits.session.drafts == {}


def test_a_room_point_sent_as_a_participants_name_is_theirs(edits: SessionEdits) -> None:
    """A point from the room sent as "Alex Example" was nobody's, so notes giving roles only
    lost who said it (a trial). One participant of that name (case and spacing aside): theirs;
    two, or none: as sent."""
    alex = edits.add_participant(name="Alex Example", role="Social worker")
    edits.add_participant(name="Sam Sample", role="Nurse")
    edits.add_participant(name="Sam  sample", role="GP")
    edits.add_point("zz-first", "Invented one", from_room="alex  EXAMPLE")
    edits.add_point("zz-first", "Invented two", from_room="Sam Sample")
    edits.add_point("zz-first", "Invented three", from_room="anonymous")
    edits.add_point("zz-first", "Invented four", by="p3", from_room="Alex Example")  # chosen
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    assert [(p.by, p.from_room) for p in points] == [
        (alex.id, "alex  EXAMPLE"), ("", "Sam Sample"), ("", "anonymous"),
        ("p3", "Alex Example")]


def test_a_room_point_sent_as_the_name_of_someone_not_here_is_not_theirs(
        edits: SessionEdits) -> None:
    """A trial: points sent from the room as "Jo Example", marked not here, were credited to
    her, and the notes listed her as not attending yet quoted her. As `@` and the name of
    someone not here, the point keeps the name it was sent under."""
    jo = edits.add_participant(name="Jo Example", role="GP")
    edits.toggle_attended(jo)  # marked not here
    assert not jo.attended
    edits.add_point("zz-first", "Invented point", from_room="Jo Example")
    [point] = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    assert (point.by, point.from_room) == ("", "Jo Example")


def test_a_sender_from_the_room_listed_as_here_is_said_to_have_made_their_points(
        edits: SessionEdits) -> None:
    """"Dee Visitor" sent points and was missing from the attendance (a trial): listed from
    the room, as a new person or as one listed under a fuller name, as here, the points sent
    under that name and no one else's become theirs; one change to undo."""
    priya = edits.add_participant(name="Priya Example", role="Health visitor")
    edits.toggle_attended(priya)
    edits.add_point("zz-first", "Invented one", from_room="Dee  visitor")
    edits.add_point("zz-first", "Invented two", from_room="Priya")
    edits.add_point("zz-first", "Invented three", by=priya.id, from_room="Dee Visitor")  # chosen
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    dee, change, _ = edits.list_from_room("Dee Visitor")
    assert change == PeopleChanged() and (dee.name, dee.attended) == ("Dee Visitor", True)
    same, _, _ = edits.list_from_room("Priya", priya)
    assert same is priya and priya.attended
    assert [p.by for p in points] == [dee.id, priya.id, priya.id]
    edits.undo()
    assert not priya.attended and [p.by for p in points] == [dee.id, "", priya.id]
    edits.undo()
    assert dee not in edits.session.participants and points[0].by == ""


def test_removing_a_participant_unattributes_their_points_and_undo_restores(
        edits: SessionEdits) -> None:
    ann = edits.add_participant(name="Ann Example", role="Nurse")
    bo = edits.add_participant(role="Social worker", agency="Invented Council")
    assert (ann.id, bo.id) == ("p1", "p2")
    assert edits.add_point("zz-first", "Call sooner.", by=ann.id) == PointsChanged("zz-first")
    point = edits.session.answer("zz-first").points[0]  # type: ignore[union-attr]
    assert edits.remove_participant(ann) == PeopleChanged()
    assert edits.session.participants == [bo]
    assert point.by == ""
    assert edits.remove_participant(ann) is None
    edits.undo()
    assert edits.session.participants == [ann, bo]
    assert point.by == ann.id  # the same point object, attributed again


def test_one_person_listed_twice_made_one_and_undo_restores_both(edits: SessionEdits) -> None:
    """A row edited into someone listed already and said to be them: taken off, its points
    theirs, their details as given, in one change that one undo puts back."""
    sam = edits.add_participant(name="Sam Sample", role="Social worker")
    typo = edits.add_participant(name="Sam Sample", agency="Invented Council")
    edits.toggle_attended(sam)
    edits.add_point("zz-first", "Ask who else cares for the baby.", by=typo.id)
    point = edits.session.answer("zz-first").points[0]  # type: ignore[union-attr]
    assert edits.remove_participant(typo, into=sam, agency="Invented Council",
                                    attended=True) == PeopleChanged()
    assert edits.session.participants == [sam]
    assert (sam.agency, sam.attended, point.by) == ("Invented Council", True, sam.id)
    assert edits.remove_participant(sam, into=sam) is None
    edits.undo()
    assert edits.session.participants == [sam, typo]
    assert (sam.agency, sam.attended, point.by) == ("", False, typo.id)


def test_people_edit_and_attendance(edits: SessionEdits) -> None:
    person = edits.add_participant(role="Teacher")
    assert edits.toggle_attended(person) == PeopleChanged()
    assert person.attended is False
    assert edits.edit_participant(person, role="Head teacher") == PeopleChanged()
    assert edits.edit_participant(person, role="Head teacher") is None
    edits.undo()
    assert person.role == "Teacher"
    edits.undo()
    assert person.attended is True


def test_a_person_renamed_takes_the_actions_that_named_them(edits: SessionEdits) -> None:
    """Renamed on Who is here, a person's actions follow the new name as it is typed, a
    letter at a time; an owner naming someone else, or a name two people share, stays; Ctrl+Z
    puts the name and the owners back together (a trial: a1 stayed "Pat Example")."""
    pat = edits.add_participant(name="Pat Example", role="Invented lead")
    edits.add_participant(name="Sam Sample")
    theirs = edits.add_action("Invented audit", owner="pat example")
    other = edits.add_action("Invented rota", owner="Sam Sample")
    agency = edits.add_action("Invented letter", owner="Pat Example's manager")
    edits.add_point("zz-first", "Invented point", by=pat.id)
    [said] = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    typed = "Pat Example Renamed"
    for end in range(len("Pat Example") + 1, len(typed) + 1):
        assert edits.edit_participant(pat, name=typed[:end]) == PeopleChanged()
    assert (theirs.owner, other.owner, agency.owner) == (
        typed, "Sam Sample", "Pat Example's manager")
    assert edits.session.participant(said.by) is pat  # said by: by id, so theirs still
    edits.undo()  # the whole run of typing, and the owner with it
    assert (pat.name, theirs.owner) == ("Pat Example", "pat example")
    edits.edit_participant(pat, role="Invented deputy")  # another box: no owner moves
    assert theirs.owner == "pat example"
    twin = edits.add_participant(name="Pat Example")
    edits.edit_participant(pat, name="Pat Other")  # two were "Pat Example": a guess, so not
    assert theirs.owner == "pat example" and twin.name == "Pat Example"


def test_points_edit_move_remove(edits: SessionEdits) -> None:
    for text in ("One", "Two", "Three"):
        edits.add_point("zz-first", text)
    points = edits.session.answer("zz-first").points  # type: ignore[union-attr]
    assert edits.move_point("zz-first", 0, 1) == PointsChanged("zz-first")
    assert [p.text for p in points] == ["Two", "One", "Three"]
    assert edits.move_point("zz-first", 2, 1) is None  # off the end
    assert edits.edit_point("zz-first", points[0], text="Two!") == PointsChanged("zz-first")
    assert edits.remove_point("zz-first", points[2]) == PointsChanged("zz-first")
    assert [p.text for p in points] == ["Two!", "One"]
    edits.undo()
    edits.undo()
    edits.undo()
    assert [p.text for p in points] == ["One", "Two", "Three"]


def test_actions(edits: SessionEdits) -> None:
    action = edits.add_action("Write the plan", owner="Ann")
    assert action.id == "a1"
    assert edits.cycle_action_status(action) == ActionsChanged()
    assert action.status == "in progress"
    edits.cycle_action_status(action)
    edits.cycle_action_status(action)
    assert action.status == "dropped"
    edits.cycle_action_status(action)
    assert action.status == "open"
    assert edits.edit_action(action, due="Friday") == ActionsChanged()
    assert edits.remove_action(action) == ActionsChanged()
    assert edits.session.actions == []
    edits.undo()
    assert edits.session.actions == [action] and action.due == "Friday"


def test_carried_status_is_marked_for_writing_back(edits: SessionEdits) -> None:
    carried = CarriedAction(session_id="old", session_label="Earlier", action_id="a1",
                            text="Check the register")
    edits.session.carried = [carried]
    assert edits.cycle_carried_status(carried) == CarriedChanged(0, written_back=False)
    assert (carried.status, carried.written_back) == ("in progress", False)
    assert edits.carried_written_back(carried) == CarriedChanged(0, written_back=True)
    assert edits.carried_written_back(carried) is None


def test_what_a_write_back_left_there_is_kept_though_a_later_change_waits(
        edits: SessionEdits) -> None:
    """A write-back that lands after a newer change here (its own write follows): what it
    left in the earlier session is kept, to compare the next against, and the action is
    still to be written back."""
    carried = CarriedAction(session_id="old", session_label="Earlier", action_id="a1",
                            text="Check the register")
    edits.session.carried = [carried]
    edits.cycle_carried_status(carried)
    held = EarlierHeld(status="in progress")
    assert edits.carried_written_back(carried, held, done=False) == CarriedChanged(
        0, written_back=True)
    assert (carried.earlier, carried.written_back) == (held, False)
    assert edits.carried_written_back(carried, held, done=False) is None
    assert edits.carried_written_back(carried, held) == CarriedChanged(0, written_back=True)
    assert carried.written_back


def test_step_and_time(edits: SessionEdits, review: Review) -> None:
    intro = Step("intro", "content", "Introduction and context")
    assert edits.go_to_step("intro") == StepChanged("intro")
    assert edits.go_to_step("intro") is None
    assert edits.tick(intro) == TimeCounted("intro")
    assert edits.toggle_pause() == TimingChanged()
    assert edits.tick(intro) is None  # paused: nothing counted
    assert edits.session.timing.spent == {"intro": 1}
    edits.toggle_pause()
    planned = Timing(minutes=30, plan={"intro": 600}, spent={"intro": 99})
    assert edits.set_plan(planned) == TimingChanged()
    assert edits.session.timing.plan == {"intro": 600}
    assert edits.session.timing.spent == {"intro": 1}  # the time counted is kept
    edits.tick(intro)
    edits.undo()
    assert edits.session.timing.minutes == 0
    assert edits.session.timing.spent == {"intro": 2}  # undoing a plan keeps the time
    edits.session.timing = Timing(minutes=20)
    assert edits.ensure_plan(steps_for(review, edits.session)) == TimingChanged()
    assert edits.ensure_plan(steps_for(review, edits.session)) is None


def test_cpd_choices_change_through_edits_and_undo(edits: SessionEdits) -> None:
    from reflect.model.changes import CpdChanged

    cpd = edits.session.cpd
    assert edits.set_cpd_text("why_relevant", "I") == CpdChanged("why_relevant")
    edits.set_cpd_text("why_relevant", "I visit invented families ")
    assert cpd.why_relevant == "I visit invented families"
    assert edits.set_cpd_text("activity_type", "Peer learning") == CpdChanged("activity_type")
    assert edits.set_cpd_text("method", "Group discussion") == CpdChanged("method")
    assert edits.toggle_cpd_standard(3) == CpdChanged("standards")
    edits.toggle_cpd_standard(1)
    assert cpd.standards == [1, 3]
    edits.toggle_cpd_standard(3)
    assert cpd.standards == [1]
    assert edits.toggle_cpd_theme("Preserve safety") == CpdChanged("themes")
    assert edits.set_cpd_theme_how("Preserve safety", "Ask") == CpdChanged("themes")
    edits.set_cpd_theme_how("Preserve safety", "Ask who lives there")
    assert cpd.themes == {"Preserve safety": "Ask who lives there"}
    assert edits.set_cpd_theme_how("Prioritise people", "not ticked") is None
    with pytest.raises(ValueError):
        edits.toggle_cpd_theme("Not a theme")
    assert cpd.themes == {"Preserve safety": "Ask who lives there"}
    assert edits.set_cpd_participatory(True) == CpdChanged("participatory")
    assert edits.set_cpd_participatory(True) is None
    assert cpd.participatory is True
    # undo: participatory, then the typed "how" as one, then the tick
    assert edits.undo() == CpdChanged("participatory") and cpd.participatory is None
    assert edits.undo() == CpdChanged("themes")
    assert cpd.themes == {"Preserve safety": ""}
    edits.undo()
    assert cpd.themes == {}
    for _ in range(6):
        edits.undo()
    assert cpd.standards == [] and cpd.why_relevant == "" and cpd.method == ""
