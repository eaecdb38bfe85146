"""The points kept as typed for a name (its "@…" named no one listed) are given, by one rule
(`presence.give_kept`), to someone who arrives from the room under that name and to the
facilitator named, or renamed, to it in the Facilitator box, as they are to someone added on
*Who is here* (a trial: "… @Dee" stayed nobody's once Dee Visitor was listed from the room,
and "… @Kim" once Kim Example was named the facilitator). All names invented."""

from __future__ import annotations

import pytest

from reflect.model.changes import DetailsChanged
from reflect.model.edits import SessionEdits
from reflect.model.roles import HANDED_OVER
from reflect.model.session import FACILITATOR
from tests.unit import test_added_late as late
from tests.unit.test_added_late import said
from tests.unit.test_rename_facilitator import typed

edits = late.edits  # (the fixture: Sam Sample listed, Pat Example facilitating)

DEE = "Invented point about the discharge letter @Dee"
KIM = "Invented point about the plan @Kim."


def test_a_sender_listed_from_the_room_takes_the_points_kept_for_them(
        edits: SessionEdits) -> None:
    edits.add_point("zz-first", DEE)
    edits.add_point("zz-first", "Invented point sent", from_room="Dee Visitor")
    dee, _, given = edits.list_from_room("Dee Visitor")
    assert said(edits) == [("Invented point about the discharge letter", dee.id),
                           ("Invented point sent", dee.id)]
    assert given == [(0, 0)]
    edits.undo()  # one change: off the list, the point as typed again
    assert said(edits) == [(DEE, ""), ("Invented point sent", "")]


def test_the_same_person_ticked_from_the_room_takes_them_too(edits: SessionEdits) -> None:
    dee = edits.add_participant("Dee Visitor")
    edits.toggle_attended(dee)  # not here: "@Dee" kept as typed
    edits.add_point("zz-first", DEE)
    assert said(edits) == [(DEE, "")]
    _, _, given = edits.list_from_room("Dee", dee)
    assert said(edits) == [("Invented point about the discharge letter", dee.id)]
    assert given == [(0, 0)]


@pytest.mark.parametrize("before", ["", "Kym Example"])
def test_the_facilitator_named_or_renamed_takes_the_points_kept_for_the_name(
        edits: SessionEdits, before: str) -> None:
    """Named in an empty box, or a typo corrected: theirs, by `FACILITATOR`, as each letter
    gives them; typed back, kept as typed again; Ctrl+Z with the typing."""
    edits.session.facilitator = before
    edits.add_point("zz-first", KIM)
    typed(edits, "Kim Example")
    assert said(edits) == [("Invented point about the plan.", FACILITATOR)]
    run = edits.given_in_run()
    assert run is not None and run[0].id == FACILITATOR and run[1] == [(0, 0)]
    typed(edits, before or "Jo")  # back (or someone else): as typed
    assert said(edits) == [(KIM, "")] and edits.given_in_run() is None
    typed(edits, "Kim Example")
    edits.end_renaming()
    assert said(edits) == [("Invented point about the plan.", FACILITATOR)]
    assert edits.undo() == DetailsChanged("facilitator")
    assert said(edits) == [(KIM, "")] and edits.session.facilitator == before


@pytest.mark.parametrize("pasted", [False, True])
def test_someone_else_taking_over_takes_the_points_kept_for_them_not_the_one_before(
        edits: SessionEdits, pasted: bool) -> None:
    """Pat Example handed over to Kim Example: Pat's point stays Pat's, listed; "@Kim" is
    the new facilitator's, the name typed a letter at a time or pasted whole (one edit, in
    which the one before is listed with what they said first)."""
    edits.add_point("zz-first", "Invented point from the chair", by=FACILITATOR)
    edits.add_point("zz-first", KIM)
    if pasted:
        edits.set_detail("facilitator", "Kim Example")
    else:
        typed(edits, "Kim Example")
    edits.end_renaming()
    pat = next(p for p in edits.session.participants if p.role == HANDED_OVER)
    assert pat.name == "Pat Example"
    assert said(edits) == [("Invented point from the chair", pat.id),
                           ("Invented point about the plan.", FACILITATOR)]


def test_a_facilitator_listed_on_who_is_here_is_given_theirs_there(
        edits: SessionEdits) -> None:
    """Who is here lists Kim Example too: the point is theirs there (as added), and the
    Facilitator box gives it no one."""
    edits.add_point("zz-first", KIM)
    kim = edits.add_participant("Kim Example")
    typed(edits, "Kim Example")
    assert said(edits) == [("Invented point about the plan.", kim.id)]


def test_plain_mode_naming_the_facilitator_gives_them_theirs(
        monkeypatch, capsys, fictional_dir, sessions_dir, edits: SessionEdits) -> None:
    from reflect.store.sessions import list_sessions, save_session
    from tests.unit.test_walk import dirs_for, flat, run_walk

    session = edits.session
    session.facilitator = ""
    edits.add_point("zz-first", KIM)
    session.current_step = "people"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Kim Example\n\n", "--resume", session.id)
    assert code == 0, out
    assert ("Kim Example is the facilitator, so point 1 on Question 1 is said by them, its "
            "“@…” taken off.") in flat(out.out)
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == "Kim Example"
    assert [(p.text, p.by) for a in entry.session.answers for p in a.points] == [
        ("Invented point about the plan.", FACILITATOR)]
