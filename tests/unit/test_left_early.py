"""Someone who leaves mid-meeting has left early, not "not here" (a fresh-eyes trial: Space on
Ann, who had said a point and owned an action, recorded her as "Invited, did not attend"
beside them, and `@ann` then named no one). All people are invented."""

from __future__ import annotations

import json
import tomllib

import pytest

from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.attribution import attribute, candidates
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.store.sessions import dumps, list_sessions, save_session
from reflect.walk.people import SAY_WHO, WHO_LEFT_EARLY
from tests.unit.test_walk import dirs_for, flat, run_walk

ANN = "Ann Example"


@pytest.fixture
def edits(review: Review) -> SessionEdits:
    session = Session.start(review, "20300101-child-zz-0000aaaa", title="Invented meeting",
                            team="Invented Early Help Team", facilitator="Pat Example")
    e = SessionEdits(session)
    e.add_participant(ANN, "GP", "Invented Practice")
    e.add_participant("Bob Sample", "Social worker", "Invented Council")
    e.add_participant("Cat Example", "Health visitor", "Invented Trust")
    return e


def people(e: SessionEdits) -> list[Participant]:
    return e.session.participants


def test_marked_away_after_saying_a_point_is_left_early_and_space_again_here(
        edits: SessionEdits) -> None:
    ann, bob, cat = people(edits)
    edits.add_point("zz-first", "Ring the school", by=ann.id)
    edits.toggle_attended(ann)
    assert (ann.presence, ann.attended, ann.left_early) == ("left early", True, True)
    edits.toggle_attended(cat)  # nothing said, nothing owned: did not come
    assert (cat.presence, cat.attended) == ("not here", False)
    edits.toggle_attended(ann)
    assert (ann.presence, ann.left_early) == ("here", None)
    edits.undo()
    assert ann.presence == "left early"
    edits.undo()
    edits.undo()
    assert [p.presence for p in people(edits)] == ["here", "here", "here"]
    assert bob.presence == "here"


def test_owning_an_action_is_taking_part_but_not_when_two_share_the_name(
        edits: SessionEdits) -> None:
    ann, bob, _ = people(edits)
    edits.session.add_action(Action(text="Audit GP referrals", owner="ann  example."))
    edits.toggle_attended(ann)
    assert ann.presence == "left early"
    edits.add_participant("Bob Sample", "Police officer", "Invented Police")  # a second Bob
    edits.session.add_action(Action(text="Check the rota", owner="Bob Sample"))
    edits.toggle_attended(bob)  # whose action it is would be a guess
    assert bob.presence == "not here"


def test_someone_who_left_early_is_still_named_with_at_and_by_a_name_from_the_room(
        edits: SessionEdits) -> None:
    ann = people(edits)[0]
    edits.add_point("zz-first", "Ring the school", by=ann.id)
    edits.toggle_attended(ann)
    said = attribute("Left a note for the health visitor @ann", candidates(people(edits)))
    assert said.by == ann.id and said.unmatched == ""
    edits.add_point("zz-first", "Sent from the room", from_room=ANN)
    assert edits.session.answer("zz-first").points[-1].by == ann.id


def test_the_notes_list_them_as_attended_left_early_never_as_did_not_attend(
        edits: SessionEdits, review: Review) -> None:
    ann = people(edits)[0]
    edits.add_point("zz-first", "Ring the school", by=ann.id)
    edits.toggle_attended(ann)
    edits.toggle_attended(people(edits)[2])
    md = to_markdown(edits.session, review)
    assert ("- **Participants:** Ann Example (GP, Invented Practice; left early); Bob Sample "
            "(Social worker, Invented Council)\n") in md
    assert "- **Invited, did not attend:** Cat Example (Health visitor, Invented Trust)\n" in md
    roles = to_markdown(edits.session, review, ExportOptions(roles_only=True))
    assert "- **Participants:** GP, Invented Practice (left early); Social worker" in roles
    agencies = to_text(edits.session, review, ExportOptions(attendance_by_agency=True))
    assert "Participants by agency: Invented Practice: 1 (1 left early); Invented Council: 1" \
        in agencies
    data = json.loads(to_json(edits.session, review))
    assert [(p["attended"], p["left_early"]) for p in data["session"]["participants"]] == [
        (True, True), (True, False), (False, False)]


def test_a_file_from_before_loads_and_left_early_is_written_only_when_true(
        edits: SessionEdits) -> None:
    ann = people(edits)[0]
    assert b"left_early" not in dumps(edits.session)  # as files were before it
    edits.add_point("zz-first", "Ring the school", by=ann.id)
    edits.toggle_attended(ann)
    again = Session.model_validate(tomllib.loads(dumps(edits.session).decode()))
    assert [p.presence for p in again.participants] == ["left early", "here", "here"]
    with pytest.raises(ValueError, match="left_early"):  # a yes/no, as `attended` is
        Participant.model_validate({"name": ANN, "left_early": "yes"})


def test_plain_mode_n_for_someone_who_took_part_is_left_early_and_says_so(
        monkeypatch, capsys, fictional_dir, sessions_dir, edits: SessionEdits) -> None:
    session = edits.session
    edits.add_point("zz-first", "Ring the school", by=people(edits)[0].id)
    session.current_step = "people"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "n\ny\nn\n", "--resume", session.id, "--answer-last-time")
    assert code == 0
    said = flat(out.out)
    assert f"{SAY_WHO}{WHO_LEFT_EARLY}." in said  # (Ann has said a point: it may apply)
    assert ("Ann Example said 1 point in this session, so is marked left early (here for part "
            "of the meeting): the notes list them as attended, not as did not attend.") in said
    [entry] = list_sessions(sessions_dir).entries
    assert [p.presence for p in entry.session.participants] == ["left early", "here",
                                                               "not here"]
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "\n", "--resume", session.id,
                         "--answer-last-time")  # Enter keeps them left early
    assert "Is Ann Example, GP, Invented Practice, here? They left early. y or n; Enter is n." \
        in flat(out.out)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.participants[0].presence == "left early"


def test_plain_mode_says_what_left_early_means_only_once_someone_has_taken_part(
        monkeypatch, capsys, fictional_dir, sessions_dir, edits: SessionEdits) -> None:
    """At a meeting's start, before anyone could have spoken, "(someone who said a point or
    owns an action has left early: …)" was said all the same (a screen reader user's trial)."""
    edits.session.current_step = "people"
    save_session(sessions_dir, edits.session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "y\ny\nn\n", "--resume", edits.session.id, "--answer-last-time")
    said = flat(out.out)
    assert code == 0 and f"{SAY_WHO}." in said and "left early" not in said


def test_ticked_here_the_room_points_sent_under_their_name_become_theirs(
        edits: SessionEdits) -> None:
    """"Sam Sample is listed as not here: if they joined, tick them on Who is here", and once
    ticked the points Cat sent from the room as herself stayed nobody's, so notes giving roles
    only said nothing of who said them (a room trial)."""
    ann, bob, cat = people(edits)
    edits.toggle_attended(cat)
    assert cat.presence == "not here"
    for text, sender in (("Invented one", "Cat Example"), ("Invented two", "cat  example"),
                         ("Invented three", "Cathy Visitor")):
        edits.add_point("zz-first", text, from_room=sender)
    points = edits.session.answer("zz-first").points
    assert [p.by for p in points] == ["", "", ""]  # sent under the name of someone not here
    edits.toggle_attended(cat)
    assert cat.presence == "here"
    assert [p.by for p in points] == [cat.id, cat.id, ""]
    edits.undo()  # one change: here again, and the points nobody's again
    assert cat.presence == "not here" and [p.by for p in points] == ["", "", ""]


def test_ticked_here_the_points_kept_as_typed_for_them_become_theirs(
        edits: SessionEdits) -> None:
    """"“@Cat” is Cat Example, marked not here, so point 2 is kept as typed. Tick them on Who
    is here…": ticked, the point stayed "… @Cat", said by no one (a fresh-eyes trial). Ticked,
    each point said by no one whose "@…" names her alone is hers, the "@…" taken off, said
    (`ticked_said`); one change to undo. A point given to someone in Said by…, or whose "@…"
    could be someone else here too, stays as it is."""
    from reflect.model.presence import ticked_said

    ann, bob, cat = people(edits)
    edits.toggle_attended(cat)
    edits.add_point("zz-first", "Invented one @Cat")
    edits.add_point("zz-first", "Invented two @cat ex.")
    edits.add_point("zz-first", "Invented three @cat", by=bob.id)  # chosen in Said by…
    edits.add_point("zz-first", "Invented four @Example")  # Ann Example too
    edits.add_point("zz-second", "Invented five @health visitor")
    edits.add_point("zz-second", "Invented six with @cat, about it")
    first, second = (edits.session.answer(q).points for q in ("zz-first", "zz-second"))
    assert ticked_said(edits.session, cat) == (
        "Cat Example is here now, so points 1 and 2 on Question 1 and point 1 on Question 2 "
        "are said by them, each “@…” taken off.")
    edits.toggle_attended(cat)
    assert cat.presence == "here" and ticked_said(edits.session, cat) == ""
    assert [(p.text, p.by) for p in first + second] == [
        ("Invented one", cat.id), ("Invented two.", cat.id), ("Invented three @cat", bob.id),
        ("Invented four @Example", ""), ("Invented five", cat.id),
        ("Invented six with @cat, about it", "")]
    edits.undo()  # one change: not here again, the points as they were
    assert cat.presence == "not here"
    assert [(p.text, p.by) for p in first + second] == [
        ("Invented one @Cat", ""), ("Invented two @cat ex.", ""),
        ("Invented three @cat", bob.id), ("Invented four @Example", ""),
        ("Invented five @health visitor", ""), ("Invented six with @cat, about it", "")]
    assert ticked_said(edits.session, ann) == ""  # here already
    edits.toggle_attended(ann)  # away (did not come)
    edits.add_point("zz-third", "Invented seven @Ann")
    assert ticked_said(edits.session, ann) == (
        "Ann Example is here now, so point 1 on Question 3 is said by them, its “@…” taken "
        "off.")


def test_plain_mode_y_for_someone_not_here_gives_them_their_points_and_says_so(
        monkeypatch, capsys, fictional_dir, sessions_dir, edits: SessionEdits) -> None:
    """Plain mode's `y` marks here as the app's Space does (`SessionEdits.mark_here`), and
    says which points kept as typed are theirs now."""
    session = edits.session
    cat = people(edits)[2]
    edits.toggle_attended(cat)
    edits.add_point("zz-first", "Invented point @Cat")
    session.current_step = "people"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "y\ny\ny\n", "--resume", session.id, "--answer-last-time")
    assert code == 0
    assert ("Cat Example is here now, so point 1 on Question 1 is said by them, its “@…” "
            "taken off.") in flat(out.out)
    [entry] = list_sessions(sessions_dir).entries
    [point] = entry.session.answers[0].points
    assert (point.text, point.by) == ("Invented point", cat.id)
