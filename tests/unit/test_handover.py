"""Another facilitator taking over (model/handover.py): the Facilitator box given someone
else's name is no correction, so what the one before did stays theirs, and one key gives it
to the new name after all; and a name left then renamed again is remembered for the room
under each name it had. Pure: no Textual."""

from __future__ import annotations

import tomllib

from reflect.model.changes import DetailsChanged, PeopleChanged
from reflect.model.correction import corrected
from reflect.model.edits import SessionEdits
from reflect.model.handover import HANDED_OVER
from reflect.model.review import Review
from reflect.model.session import FACILITATOR, CarriedAction, Session
from tests.conftest import FICTIONAL_REVIEW
from tests.unit.test_rename_facilitator import typed


def session(facilitator: str = "Alex Example") -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team", mode="team",
                                      facilitator=facilitator))


def test_a_correction_and_another_name() -> None:
    assert corrected("Alx", "Alex") and corrected("Alex", "Alex Example")
    assert corrected("Alex Exmaple", "Alex Example") and corrected("Alex Example", "")
    assert not corrected("Alex Example", "Sam Sample") and not corrected("Al", "Jo")


def test_a_new_facilitator_leaves_the_one_before_their_actions_and_points() -> None:
    edits = session()
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Alex Example")
    rota = edits.add_action("Invented rota", owner="alex example.")
    c = CarriedAction(session_id="20260101-child-zz-00000001", session_label="Meeting 1",
                      action_id="a1", text="Invented plan", owner="Alex Example")
    s.carried = [c]
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    point = s.answer("zz-first").points[0]
    typed(edits, "Sam Sample")
    assert s.facilitator == "Sam Sample"
    assert (audit.owner, rota.owner, c.owner) == ("Alex Example", "alex example.",
                                                  "Alex Example")
    handover = edits.end_renaming()
    assert handover is not None
    alex = handover.listed
    assert (alex.name, alex.role, alex.attended) == ("Alex Example", HANDED_OVER, True)
    assert s.participants == [alex] and point.by == alex.id
    assert handover.kept(s) == (3, 1)
    assert handover.said(s, "Ctrl+Y") == (
        "Sam Sample is now the facilitator. Alex Example's 3 actions and 1 point stay with "
        "Alex Example, listed here. Ctrl+Y: give them to Sam Sample.")
    assert edits.sender("Alex Example") is alex  # (from the room: theirs, not Sam's)
    assert edits.undo() == DetailsChanged("facilitator")  # the typing, and what it did
    assert (s.facilitator, s.participants, point.by) == ("Alex Example", [], FACILITATOR)


def test_a_new_facilitator_with_the_same_first_name_is_someone_else() -> None:
    """"Alex Sample" typed over "Alex Example" (the surname rubbed out, another typed): a
    word shared, it was taken as a correction, and Alex Example's action and point became
    Alex Sample's with nothing said (a trial). A surname added, or cut to its initial, is a
    correction still."""
    edits = session()
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Alex Example")
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    point = s.answer("zz-first").points[0]
    for end in range(len("Alex Example") - 1, len("Alex"), -1):
        edits.set_detail("facilitator", "Alex Example"[:end])
    for end in range(len("Alex S"), len("Alex Sample") + 1):
        edits.set_detail("facilitator", "Alex Sample"[:end])
    handover = edits.end_renaming()
    assert handover is not None and handover.listed.name == "Alex Example"
    assert (audit.owner, point.by) == ("Alex Example", handover.listed.id)
    assert handover.said(s, "Ctrl+Y") == (
        "Alex Sample is now the facilitator. Alex Example's 1 action and 1 point stay with "
        "Alex Example, listed here. Ctrl+Y: give them to Alex Sample.")
    shorter = session()
    owned = shorter.add_action("Invented audit", owner="Alex Example")
    typed(shorter, "Alex E.")
    assert shorter.end_renaming() is None and owned.owner == "Alex E."


def test_the_one_before_is_kept_as_the_name_is_typed() -> None:
    """Every way out of a session (quitting, leaving it, the step changed, an export) takes
    the session as it stands, the Facilitator box maybe not left: Alex Example's point was
    saved as Sam Sample's (a trial). Typed back to a correction, they are off the list."""
    edits = session()
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Alex Example")
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    point = s.answer("zz-first").points[0]
    typed(edits, "Sam Sample")  # (the box not left: no end_renaming)
    [alex] = s.participants
    assert (alex.name, alex.role, point.by, audit.owner) == (
        "Alex Example", HANDED_OVER, alex.id, "Alex Example")
    for end in range(len("Sam Sample") - 1, -1, -1):  # emptied: names no one yet
        edits.set_detail("facilitator", "Sam Sample"[:end])
    assert (s.participants, point.by) == ([], FACILITATOR)
    for name in ("S", "Alex Exmaple"):  # someone else again; then a correction after all
        edits.set_detail("facilitator", name)
        assert [p.name for p in s.participants] == (["Alex Example"] if name == "S" else [])
    assert (point.by, audit.owner) == (FACILITATOR, "Alex Exmaple")
    assert edits.end_renaming() is None


def test_given_to_the_new_facilitator_after_all() -> None:
    edits = session()
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Alex Example")
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    point = s.answer("zz-first").points[0]
    typed(edits, "Sam Sample")
    handover = edits.end_renaming()
    assert handover is not None
    assert edits.give_to_facilitator(handover) == PeopleChanged()
    assert (s.participants, point.by, audit.owner) == ([], FACILITATOR, "Sam Sample")
    assert edits.give_to_facilitator(handover) is None  # (once)
    assert edits.give_back() == PeopleChanged() and edits.give_back() is None
    assert (s.participants, point.by, audit.owner) == ([handover.listed], handover.listed.id,
                                                       "Alex Example")


def test_a_correction_or_nothing_done_lists_no_one() -> None:
    edits = session("Alex Exmaple")
    audit = edits.add_action("Invented audit", owner="Alex Exmaple")
    typed(edits, "Alex Example")
    assert edits.end_renaming() is None and audit.owner == "Alex Example"
    quiet = session()
    typed(quiet, "Sam Sample")
    assert quiet.end_renaming() is None and quiet.session.participants == []
    assert quiet.renamed_from("Alex Example") == ""  # someone else, not Sam


def test_renamed_twice_each_name_is_theirs_in_the_room() -> None:
    """Alx renamed Alex and saved, then Alex Example: one run of typing (nothing else done
    between), so only "Alx" was remembered, and a point sent as "Alex" was nobody's."""
    edits = session()
    alx = edits.add_participant("Alx")
    for name in ("Ale", "Alex"):
        edits.edit_participant(alx, name=name)
    edits.end_renaming()  # (Enter: the edit saved)
    for end in range(5, len("Alex Example") + 1):
        edits.edit_participant(alx, name="Alex Example"[:end])
    edits.end_renaming()
    assert edits.sender("Alx") is alx and edits.sender("Alex") is alx
    assert edits.undo() == PeopleChanged() and alx.name == "Alx"  # still one change to undo


def test_a_correction_of_the_new_name_keeps_the_handover() -> None:
    """"Ray Smaple" left, then corrected to "Ray Sample": Ctrl+Y was refused, the handover
    held to the name of the moment it was left (a trial)."""
    edits = session("Kim Example")
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Kim Example")
    typed(edits, "Ray Smaple")
    handover = edits.end_renaming()
    assert handover is not None
    typed(edits, "Ray Sample")
    assert edits.end_renaming() is None  # (no one else listed)
    assert handover.holds(s) and edits.handover() == handover
    assert handover.said(s, "Ctrl+Y") == (
        "Ray Sample is now the facilitator. Kim Example's 1 action stays with Kim Example, "
        "listed here. Ctrl+Y: give it to Ray Sample.")
    assert edits.give_to_facilitator(handover) == PeopleChanged()
    assert (audit.owner, s.participants) == ("Ray Sample", [])
    assert handover.given_said(s, (1, 0), "Ctrl+Y") == (
        "Kim Example's 1 action is Ray Sample's now. Ctrl+Y: give it back to Kim Example.")
    assert edits.can_give_back() and edits.give_back() == PeopleChanged()
    typed(edits, "Kim Exampel")  # their own name again (a correction of it): no handover
    assert not handover.holds(s) and edits.handover() is None


def test_what_stays_is_counted_as_it_is_now() -> None:
    """A point of the one before added since counts; one said by "the facilitator" since is
    the new one's, and does not."""
    edits = session("Kim Example")
    s = edits.session
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    typed(edits, "Ray Sample")
    handover = edits.end_renaming()
    assert handover is not None and handover.kept(s) == (0, 1)
    edits.add_point("zz-first", "Invented second", by=handover.listed.id)
    edits.add_point("zz-first", "Invented third", by=FACILITATOR)
    assert handover.kept(s) == (0, 2)
    assert "Kim Example's 2 points stay with Kim Example" in handover.said(s, "Ctrl+Y")
    s.answer("zz-first").points[:] = []
    assert handover.said(s, "Ctrl+Y") == (
        "Ray Sample is now the facilitator. Kim Example, listed here, has no action or point "
        "now. Ctrl+Y: take Kim Example off the list.")


def test_the_handover_is_read_from_a_session_reopened() -> None:
    """The one listed as *Facilitator, handed over*, someone else in the box: the line and
    Ctrl+Y were gone once the session was reopened (a trial)."""
    edits = session("Kim Example")
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    typed(edits, "Ray Sample")
    assert edits.end_renaming() is not None
    reopened = SessionEdits(Session.model_validate(edits.session.model_dump()))
    handover = reopened.handover()
    assert handover is not None and handover.listed.name == "Kim Example"
    assert reopened.give_to_facilitator(handover) == PeopleChanged()
    assert reopened.session.answer("zz-first").points[0].by == FACILITATOR


def test_a_correction_left_then_another_name_is_a_handover() -> None:
    """"Alex Example" corrected to "Alex", the box left, then "Alex Sample": each step was
    judged against the name the box had as it was entered, so the second was a correction
    of "Alex" too, and Alex Example's action and point became Alex Sample's with nothing
    said. A chain of corrections is judged against every name in it: the one the action and
    the point were recorded under as well."""
    edits = session()
    s = edits.session
    audit = edits.add_action("Invented audit", owner="Alex Example")
    edits.add_point("zz-first", "Invented point", by=FACILITATOR)
    point = s.answer("zz-first").points[0]
    typed(edits, "Alex")
    assert edits.end_renaming() is None and audit.owner == "Alex"  # (a correction)
    typed(edits, "Alex Sample")
    assert audit.owner == "Alex"
    handover = edits.end_renaming()
    assert handover is not None and handover.listed.name == "Alex"
    assert point.by == handover.listed.id and edits.handover() == handover
    assert handover.said(s, "Ctrl+Y") == (
        "Alex Sample is now the facilitator. Alex's 1 action and 1 point stay with Alex, "
        "listed here. Ctrl+Y: give them to Alex Sample.")
    typed(edits, "Alex Smaple")  # (the new name's typo: still Alex Sample, and a handover)
    assert edits.end_renaming() is None and handover.holds(s)
    assert edits.give_to_facilitator(handover) == PeopleChanged()
    assert (audit.owner, point.by, s.participants) == ("Alex Smaple", FACILITATOR, [])
    typed(edits, "Alex Sample")  # given: the new name is what they are recorded under now
    assert edits.end_renaming() is None and audit.owner == "Alex Sample"


def test_a_name_typed_back_is_still_a_correction() -> None:
    """Alex Example corrected to "Alex", then to "Alex Exmaple": a correction of each."""
    edits = session()
    audit = edits.add_action("Invented audit", owner="Alex Example")
    typed(edits, "Alex")
    edits.end_renaming()
    assert edits.corrects_facilitator("Alex Exmaple")  # (plain mode says which, by it)
    assert not edits.corrects_facilitator("Alex Sample")
    typed(edits, "Alex Exmaple")
    assert edits.end_renaming() is None and audit.owner == "Alex Exmaple"
    assert edits.session.participants == []
