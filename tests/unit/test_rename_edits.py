"""A person renamed on *Who is here* takes what named them beyond the agreed actions
(model/rename_edits.py): last time's actions they own, an owner typed but not yet added, and
a point typed but not yet added whose "@…" names them; never what names someone else, and
Esc (the name typed back) or an undo puts each one back. The session that agreed last time's
actions keeps the name it gave, and the next meeting carries the new one (store/carry.py).
Pure but for the last test's folder: no Textual."""

from __future__ import annotations

import tomllib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from reflect.model.attribution import at_renamed
from reflect.model.changes import draft_key
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.store.carry import open_actions_for_team
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.conftest import FICTIONAL_REVIEW

OWNER = draft_key("action", "owner")
POINT = draft_key("point", "zz-first")
OTHER_POINT = draft_key("point", "zz-second")


@pytest.fixture
def edits() -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team"))


def carried(owner: str, n: int = 1) -> CarriedAction:
    return CarriedAction(session_id="20260101-child-zz-00000001", session_label="Meeting 1",
                         action_id=f"a{n}", text=f"Invented action {n}", owner=owner)


def renamed(edits: SessionEdits, person: Participant, name: str) -> None:
    """`name` typed over the person's, as the box is: the old one taken back a letter at a
    time (the box emptied), then the new one typed."""
    old = person.name
    for end in range(len(old) - 1, -1, -1):
        edits.edit_participant(person, name=old[:end])
    for end in range(1, len(name) + 1):
        edits.edit_participant(person, name=name[:end])


def pats(edits: SessionEdits) -> tuple[Participant, Participant]:
    """Pat Example, and Pat Sample: another Pat, here too."""
    return (edits.add_participant("Pat Example", "Invented lead"),
            edits.add_participant("Pat Sample", "Invented worker"))


def test_last_times_actions_owned_follow_the_new_name(edits: SessionEdits) -> None:
    pat, _ = pats(edits)
    theirs, other, first = carried("pat example."), carried("Pat Sample", 2), carried("Pat", 3)
    edits.session.carried = [theirs, other, first]
    renamed(edits, pat, "Jo Example")
    assert [c.owner for c in edits.session.carried] == ["Jo Example", "Pat Sample", "Pat"]
    assert theirs.owner_there == "pat example."  # what the agreeing session says, kept
    assert other.owner_there is None and first.owner_there is None
    assert theirs.written_back  # nothing to write back: a rename is not written there
    edits.edit_participant(pat, name="Pat Example")  # Esc: the name from before
    assert (theirs.owner, theirs.owner_there) == ("pat example.", None)
    renamed(edits, pat, "Jo Example")
    edits.undo()  # the run of typing, undone as one
    assert (pat.name, theirs.owner, theirs.owner_there) == ("Pat Example", "pat example.", None)


def test_renamed_back_to_the_name_the_agreeing_session_gives(edits: SessionEdits) -> None:
    """Carried from a meeting that renamed them, and renamed here to the name the agreeing
    session gives: nothing left to say of it."""
    jo = edits.add_participant("Jo Example")
    c = carried("Jo Example")
    c.owner_there = "Pat Example"
    edits.session.carried = [c]
    renamed(edits, jo, "Pat Example")
    assert (c.owner, c.owner_there) == ("Pat Example", None)
    edits.edit_participant(jo, name="Jo Example")
    assert (c.owner, c.owner_there) == ("Jo Example", "Pat Example")


def test_an_owner_typed_but_not_added_follows(edits: SessionEdits) -> None:
    pat, _ = pats(edits)
    edits.set_draft(OWNER, "Pat Example")
    renamed(edits, pat, "Jo Example")
    assert edits.session.drafts[OWNER] == "Jo Example"
    edits.edit_participant(pat, name="Pat Example")
    assert edits.session.drafts[OWNER] == "Pat Example"
    renamed(edits, pat, "Jo Example")
    edits.undo()
    assert edits.session.drafts[OWNER] == "Pat Example"
    edits.set_draft(OWNER, "Pat")  # another Pat's too, perhaps: a guess, so it stays
    renamed(edits, pat, "Jo Example")
    assert edits.session.drafts[OWNER] == "Pat"


def test_a_point_typed_but_not_added_still_names_them(edits: SessionEdits) -> None:
    """Its "@…" names them as Enter reads it: renamed, the letters would name no one (or
    another), and the point went to no one; an "@…" that could be the other Pat stays."""
    pat, sam = pats(edits)
    edits.set_draft(POINT, "Invented point @Pat Ex.")
    edits.set_draft(OTHER_POINT, "Invented other point @Pat")
    renamed(edits, pat, "Pat Example Renamed")  # "@Pat Ex." names them still: as typed
    assert edits.session.drafts[POINT] == "Invented point @Pat Ex."
    renamed(edits, pat, "Jo Example")
    assert edits.session.drafts[POINT] == "Invented point @Jo Example."
    assert edits.session.drafts[OTHER_POINT] == "Invented other point @Pat"
    edits.edit_participant(pat, name="Pat Example Renamed")  # Esc
    assert edits.session.drafts[POINT] == "Invented point @Pat Ex."
    edits.mark_here(sam, False)  # now "@Pat" is Pat Example's, as Enter reads it
    renamed(edits, pat, "Jo Example")
    assert edits.session.drafts[OTHER_POINT] == "Invented other point @Jo Example"
    edits.undo()
    assert edits.session.drafts[OTHER_POINT] == "Invented other point @Pat"


def test_at_renamed_keeps_the_words_and_the_sentence_around_the_name() -> None:
    assert at_renamed("Ring the school @pat ex!  ", "Jo van Example Smith") == \
        "Ring the school @Jo van Example!  "
    assert at_renamed("No name here", "Jo") == "No name here"
    assert at_renamed("Ring @pat", "  ") == "Ring @pat"


def test_the_next_meeting_carries_the_new_name_the_agreeing_session_keeps_its_own(
        sessions_dir: Path) -> None:
    def meeting(n: int, **fields: object) -> Session:
        s = Session(id=f"2026010{n}-child-zz-0000000{n}", review_id="child-zz",
                    review_title="Child ZZ", mode="team", team="Invented team",
                    title=f"Meeting {n}", created=datetime(2026, 1, n, tzinfo=timezone.utc),
                    **fields)  # type: ignore[arg-type]
        save_session(sessions_dir, s)
        return s

    first = meeting(1, actions=[Action(text="Invented audit", owner="Pat Example")])
    path = session_path(sessions_dir, first.id)
    [c] = open_actions_for_team(sessions_dir, "Invented team", exclude_id="x")
    assert (c.owner, c.owner_there) == ("Pat Example", None)
    c.owner, c.owner_there, c.status = "Jo Example", "Pat Example", "in progress"
    assert write_back(sessions_dir, c)[0] is None  # its status: the owner is not written
    assert load_session(path).actions[0].owner == "Pat Example"
    meeting(2, carried=[c])
    [again] = open_actions_for_team(sessions_dir, "Invented team", exclude_id="x")
    assert (again.owner, again.owner_there) == ("Jo Example", "Pat Example")
    there = load_session(path)
    there.actions[0].owner = "Sam Sample"  # changed where it was agreed since: newer
    save_session(sessions_dir, there)
    [newer] = open_actions_for_team(sessions_dir, "Invented team", exclude_id="x")
    assert (newer.owner, newer.owner_there) == ("Sam Sample", None)
