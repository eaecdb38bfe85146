"""Someone added late on *Who is here* takes the points kept as typed for them (a trial: "We
never saw the home visit notes @Alex" typed before Alex Example was listed; added, the point
stayed nobody's, "@Alex" in the notes, and the export's check took it for a name to redact).
So does someone renamed to the name an "@…" gives, and someone typed again who is on the list
as not here (the same person, ticked here). All names and words invented."""

from __future__ import annotations

import tomllib

import pytest

from reflect.export.identifiers import find_identifiers
from reflect.model.edits import SessionEdits
from reflect.model.presence import added_said, given_said
from reflect.model.review import Review
from reflect.model.session import Point, Session
from reflect.store.sessions import list_sessions, save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_walk import dirs_for, flat, run_walk


@pytest.fixture
def edits() -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, "20300101-child-zz-0000aaaa", title="Invented huddle",
                            team="Invented Moorvale Team", facilitator="Pat Example")
    e = SessionEdits(session)
    e.add_participant("Sam Sample", "Social worker", "Invented Council")
    return e


def points(e: SessionEdits) -> list[Point]:
    return [p for answer in e.session.answers for p in answer.points]


def said(e: SessionEdits) -> list[tuple[str, str]]:
    return [(p.text, p.by) for p in points(e)]


def typed_before_alex(e: SessionEdits) -> None:
    """Points typed before Alex was listed: two naming Alex alone, one said by Sam in Said
    by…, one whose "@…" is Sam's too."""
    sam = e.session.participants[0]
    e.add_point("zz-first", "We never saw the home visit notes @Alex")
    e.add_point("zz-first", "Invented point about the GP @alex ex.")
    e.add_point("zz-first", "Invented point chosen in Said by @Alex", by=sam.id)
    e.add_point("zz-second", "Invented point for the whole team @Sa")


def test_someone_added_late_is_given_the_points_kept_as_typed_for_them(
        edits: SessionEdits) -> None:
    typed_before_alex(edits)
    assert {f.text.casefold() for f in find_identifiers(edits.session)} == {"alex"}
    alex = edits.add_participant("Alex Example", "Health visitor", "Invented Trust")
    sam = edits.session.participants[0]
    assert said(edits) == [
        ("We never saw the home visit notes", alex.id),
        ("Invented point about the GP.", alex.id),
        ("Invented point chosen in Said by @Alex", sam.id),
        ("Invented point for the whole team @Sa", "")]
    assert added_said(edits.session, alex) == (
        "Alex Example is here now, so points 1 and 2 on Question 1 are said by them, each "
        "“@…” taken off.")
    assert find_identifiers(edits.session) == []
    edits.undo()  # one change: Alex off the list, the points as typed again
    assert [p.name for p in edits.session.participants] == ["Sam Sample"]
    assert said(edits) == [
        ("We never saw the home visit notes @Alex", ""),
        ("Invented point about the GP @alex ex.", ""),
        ("Invented point chosen in Said by @Alex", sam.id),
        ("Invented point for the whole team @Sa", "")]


def test_someone_added_who_takes_no_point_is_said_nothing_and_two_of_a_name_share_none(
        edits: SessionEdits) -> None:
    edits.add_point("zz-first", "Invented point @Alex")
    kim = edits.add_participant("Kim Example", "Nurse")
    assert added_said(edits.session, kim) == "" and said(edits) == [("Invented point @Alex", "")]
    edits.add_participant("Alex Sample")  # Alex alone: theirs
    assert said(edits)[0][1] == edits.session.participants[-1].id
    edits.undo()
    edits.add_point("zz-second", "Invented point @Ali")
    edits.add_participant("Ali Example")
    ali = edits.add_participant("Ali Sample")  # "@Ali" could be either now: kept as typed
    assert added_said(edits.session, ali) == ""
    assert said(edits)[-1] == ("Invented point", edits.session.participants[-2].id)


def test_removed_after_all_their_points_are_nobodys_and_put_back_theirs_again(
        edits: SessionEdits) -> None:
    """Added by mistake and removed: no point is said by someone no longer listed."""
    typed_before_alex(edits)
    alex = edits.add_participant("Alex Example")
    edits.remove_participant(alex)
    ids = {p.id for p in edits.session.participants}
    assert all(not p.by or p.by in ids for p in points(edits))
    edits.put_back()
    assert [by for _, by in said(edits)][:2] == [alex.id, alex.id]


def test_renamed_to_the_name_an_at_gives_they_are_given_it_and_esc_puts_it_back(
        edits: SessionEdits) -> None:
    """Typed a letter at a time, each letter an edit (the app's edit box): the points are
    theirs while the name gives them, as typed again once it does not; back to the name the
    edit began with (Esc), and with a role typed in between, they are as typed."""
    typed_before_alex(edits)
    alx = edits.add_participant("Alx Exmaple", "Health visitor")
    first = said(edits)
    for name in ("Alx Exmapl", "Alex Exmapl", "Alex Example"):
        edits.edit_participant(alx, name=name)
    assert said(edits)[:2] == [("We never saw the home visit notes", alx.id),
                               ("Invented point about the GP.", alx.id)]
    run = edits.given_in_run()
    assert run is not None and run[0] is alx
    assert given_said(*run, lead="Renamed {}") == (
        "Renamed Alex Example, so points 1 and 2 on Question 1 are said by them, each “@…” "
        "taken off.")
    edits.edit_participant(alx, role="Invented role")  # Tab to the role, typed, and back
    edits.edit_participant(alx, name="Blex Example")
    assert said(edits) == first and edits.given_in_run() is None
    edits.edit_participant(alx, name="Alex Example")
    assert said(edits)[0][1] == alx.id
    edits.edit_participant(alx, name="Alx Exmaple", role="Health visitor")  # Esc
    assert said(edits) == first and edits.given_in_run() is None
    edits.end_renaming()
    edits.edit_participant(alx, name="Alex Example")
    edits.end_renaming()
    assert said(edits)[0][1] == alx.id
    edits.undo()  # the rename, and what it gave
    assert alx.name == "Alx Exmaple" and said(edits) == first


def test_renamed_while_not_here_they_are_given_it_as_they_are_ticked(
        edits: SessionEdits) -> None:
    typed_before_alex(edits)
    alx = edits.add_participant("Alx Example")
    edits.toggle_attended(alx)
    edits.edit_participant(alx, name="Alex Example")
    assert said(edits)[0] == ("We never saw the home visit notes @Alex", "")
    edits.toggle_attended(alx)
    assert said(edits)[0] == ("We never saw the home visit notes", alx.id)


def test_plain_mode_adding_someone_late_gives_them_their_points_and_says_so(
        monkeypatch, capsys, fictional_dir, sessions_dir, edits: SessionEdits) -> None:
    """`reflect walk --resume` at *Who is here*, after points were typed: the person added
    (and one on the list as not here, typed again: the same person) is given theirs."""
    session = edits.session
    typed_before_alex(edits)
    edits.add_participant("Robin Madeup", "Teacher")
    edits.toggle_attended(session.participants[-1])
    edits.add_point("zz-second", "Invented point about the school @Robin")
    session.current_step = "people"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "Alex Example, health visitor\nRobin Madeup\n\n", "--resume",
                         session.id)
    assert code == 0, out
    assert ("Added: name: Alex Example, role: health visitor Alex Example is here now, so "
            "points 1 and 2 on Question 1 are said by them, each “@…” taken off.") \
        in flat(out.out)
    assert ("Ticked here: Robin Madeup, Teacher Robin Madeup is here now, so point 2 on "
            "Question 2 is said by them, its “@…” taken off.") in flat(out.out)
    [entry] = list_sessions(sessions_dir).entries
    robin, alex = entry.session.participants[1:]
    assert [(p.text, p.by) for a in entry.session.answers for p in a.points] == [
        ("We never saw the home visit notes", alex.id),
        ("Invented point about the GP.", alex.id),
        ("Invented point chosen in Said by @Alex", "p1"),
        ("Invented point for the whole team @Sa", ""),
        ("Invented point about the school", robin.id)]
    assert robin.presence == "here"
