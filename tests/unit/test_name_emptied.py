"""A person's name emptied on *Who is here* (Ctrl+U, Enter), their role keeping them listed:
the actions they own keep the owner as typed, which names no one listed now, and that is
said (model/unnamed.py); a facilitator's trial was told nothing. Names invented."""

from __future__ import annotations

import tomllib

from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Session
from reflect.model.unnamed import emptied_said
from tests.conftest import FICTIONAL_REVIEW


def test_an_emptied_name_is_found_with_what_it_owns() -> None:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    edits = SessionEdits(Session.start(review, "s-1", team="Invented Team"))
    hana = edits.add_participant("Hana Invented", "Social worker")
    edits.add_participant("Ed Notreal", "Nurse")
    edits.session.actions = [Action(text="Ring the clinic", owner="Hana Invented"),
                             Action(text="Draft a checklist", owner="Ed Notreal")]
    edits.session.carried = [CarriedAction(
        session_id="20260101-child-zz-00000001", session_label="Meeting 1", action_id="a1",
        text="Invented action", owner="hana invented")]
    edits.edit_participant(hana, name="")
    assert edits.emptied_in_run() == ("Hana Invented", 1, 1)
    assert [a.owner for a in edits.session.actions] == ["Hana Invented", "Ed Notreal"]
    edits.end_renaming()
    edits.edit_participant(hana, name="Hana Invented")
    assert edits.emptied_in_run() is None  # named again


def test_what_is_said() -> None:
    assert emptied_said("Social worker", "Hana Invented", 1, 0) == (
        "Hana Invented's name is emptied: listed as Social worker. 1 action on What to do "
        "now still names Hana Invented as owner, whom no one listed is called now: give it "
        "another owner there (Enter on it), or give them their name back.")
    assert "2 actions on What to do now and 1 action of last time's still name Hana " \
        "Invented as owner, whom no one listed is called now: give each" in emptied_said(
            "Social worker", "Hana Invented", 2, 1)
    assert emptied_said("Nurse", "Ed Notreal", 0, 0) == (
        "Ed Notreal's name is emptied: listed as Nurse.")
