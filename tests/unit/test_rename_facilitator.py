"""The facilitator renamed in the Facilitator box on *Who is here* takes what named them, as a
person renamed does (model/rename_edits.py): the agreed actions and last time's actions they
own, an owner typed but not yet added, and a point typed but not yet added whose "@…" names
them. They are someone here (points they said are theirs by id), and the owner box offers
their name; the Facilitator box renamed nothing, and the notes gave their actions to a name no
one had any more. Pure: no Textual."""

from __future__ import annotations

import tomllib

import pytest

from reflect.model.changes import DetailsChanged, draft_key
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import CarriedAction, Session
from tests.conftest import FICTIONAL_REVIEW

OWNER = draft_key("action", "owner")
POINT = draft_key("point", "zz-first")


def session(mode: str = "team") -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team", mode=mode,
                                      facilitator="Alex Exmaple"))


@pytest.fixture
def edits() -> SessionEdits:
    return session()


def typed(edits: SessionEdits, name: str) -> None:
    """`name` typed over the facilitator's, a letter at a time, the box emptied first."""
    old = edits.session.facilitator
    for end in range(len(old) - 1, -1, -1):
        edits.set_detail("facilitator", old[:end])
    for end in range(1, len(name) + 1):
        edits.set_detail("facilitator", name[:end])


def test_what_named_the_facilitator_follows_their_name(edits: SessionEdits) -> None:
    s = edits.session
    theirs = edits.add_action("Invented audit", owner="alex exmaple.")
    other = edits.add_action("Invented rota", owner="Invented agency")
    c = CarriedAction(session_id="20260101-child-zz-00000001", session_label="Meeting 1",
                      action_id="a1", text="Invented plan", owner="Alex Exmaple")
    s.carried = [c]
    edits.set_draft(OWNER, "Alex Exmaple")
    edits.set_draft(POINT, "Invented point @Alex Exm")
    typed(edits, "Alex Example")
    assert s.facilitator == "Alex Example"
    assert (theirs.owner, other.owner) == ("Alex Example", "Invented agency")
    assert (c.owner, c.owner_there) == ("Alex Example", "Alex Exmaple")
    assert s.drafts[OWNER] == "Alex Example"
    assert s.drafts[POINT] == "Invented point @Alex Example"
    typed(edits, "Alex Exmaple")  # the name typed back: all as it was
    assert (theirs.owner, c.owner, c.owner_there) == ("alex exmaple.", "Alex Exmaple", None)
    assert (s.drafts[OWNER], s.drafts[POINT]) == ("Alex Exmaple", "Invented point @Alex Exm")
    typed(edits, "Alex Example")
    assert edits.undo() == DetailsChanged("facilitator")  # the run of typing, as one
    assert (s.facilitator, theirs.owner, c.owner) == ("Alex Exmaple", "alex exmaple.",
                                                      "Alex Exmaple")
    assert s.drafts[OWNER] == "Alex Exmaple"


def test_a_facilitator_listed_on_who_is_here_is_renamed_there(edits: SessionEdits) -> None:
    """Listed by the same name, the owner is the person listed (renamed on their row): the
    Facilitator box alone renames nothing."""
    edits.add_participant("Alex Exmaple")
    theirs = edits.add_action("Invented audit", owner="Alex Exmaple")
    typed(edits, "Alex Example")
    assert theirs.owner == "Alex Exmaple"


def test_a_reflections_writer_owns_no_action() -> None:
    """On one's own, the owner is who else, never the writer."""
    edits = session("individual")
    theirs = edits.add_action("Invented audit", owner="Alex Exmaple")
    typed(edits, "Alex Example")
    assert (edits.session.facilitator, theirs.owner) == ("Alex Example", "Alex Exmaple")
