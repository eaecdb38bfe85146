"""Someone in the room sends their points under the name they joined with: renamed on *Who is
here* since, they are still that person (model/rename_edits.py, `sender`). A point sent as
"Pat Example" after Pat Example was renamed Jo Example was nobody's; renamed before reflect
was started again, the session file's points sent under the old name say who it is. Pure: no
Textual (the room's pages, through aiohttp's test server, for a phone keeping the name)."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path

import pytest
from aiohttp import ClientSession, CookieJar

from reflect.export.options import ExportOptions
from reflect.export.parts import point_attribution
from reflect.model.carried import CarriedAction
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import FACILITATOR, Session
from reflect.room.state import RoomState
from reflect.store.sessions import load_session, save_session
from tests.conftest import FICTIONAL_REVIEW
from tests.room_helpers import QUESTION, open_page, send, served

Q = "zz-first"


@pytest.fixture
def edits() -> SessionEdits:
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    return SessionEdits(Session.start(review, "s-1", team="Invented Team",
                                      facilitator="Alex Example"))


def said_by(edits: SessionEdits, name: str) -> str:
    """Who a point sent from the room as `name` is said by, once accepted."""
    edits.add_point(Q, "Invented point", from_room=name)
    answer = edits.session.answer(Q)
    assert answer is not None
    return answer.points[-1].by


def test_a_point_sent_under_the_name_they_had_is_theirs(edits: SessionEdits) -> None:
    pat = edits.add_participant("Pat Example")
    for name in ("Jo Example", "Jo Sample"):  # renamed twice: each name they had
        edits.edit_participant(pat, name="")
        for end in range(1, len(name) + 1):
            edits.edit_participant(pat, name=name[:end])
        edits.mark_here(pat, True)  # (another change between: two runs of typing)
    edits.mark_here(pat, False)  # not here: the name sent, as for their name now
    assert said_by(edits, "Pat Example") == ""
    assert edits.sender("Pat Example") is pat
    edits.mark_here(pat, True)
    assert said_by(edits, "pat example.") == pat.id
    assert said_by(edits, "Jo Example") == pat.id
    assert said_by(edits, "Jo Exam") == ""  # a name they never had, only typed through


def test_someone_called_it_now_is_who_it_names(edits: SessionEdits) -> None:
    pat = edits.add_participant("Pat Example")
    edits.edit_participant(pat, name="Jo Example")
    other = edits.add_participant("Pat Example")
    assert edits.renamed_from("Pat Example") == ""
    assert said_by(edits, "Pat Example") == other.id
    edits.remove_participant(other)
    edits.remove_participant(pat)  # nobody left of the name
    assert said_by(edits, "Pat Example") == ""


def test_a_name_shared_is_remembered_for_no_one(edits: SessionEdits) -> None:
    """Two called Pat Example, one renamed: which of them sends as "Pat Example" is a guess."""
    pat = edits.add_participant("Pat Example")
    edits.add_participant("Pat Example")
    edits.edit_participant(pat, name="Jo Example")
    assert said_by(edits, "Pat Example") != pat.id


def test_the_facilitators_former_name_is_theirs(edits: SessionEdits) -> None:
    """Not asked about as someone to list; their points are theirs (they were nobody's,
    given as the name sent)."""
    edits.set_detail("facilitator", "Alex J. Example")  # (a correction: `corrected`)
    assert edits.renamed_from("Alex Example") == FACILITATOR
    assert edits.renamed_from("Alex J. Example") == ""
    assert said_by(edits, "Alex Example") == FACILITATOR
    assert said_by(edits, "alex  j  EXAMPLE") == FACILITATOR


def test_a_point_sent_under_the_facilitators_name_follows_them(edits: SessionEdits) -> None:
    """A trial: sent as "Alex Exmaple", the facilitator's name, the point was nobody's: shown
    as "Alex Exmaple (room)", notes by role not saying who made it, and the Facilitator box
    corrected to "Alex Example", the point still said the old spelling."""
    edits.set_detail("facilitator", "Alex Exmaple")
    edits.end_renaming()
    assert said_by(edits, "Alex Exmaple") == FACILITATOR
    point = edits.session.answer(Q).points[-1]  # type: ignore[union-attr]
    edits.set_detail("facilitator", "Alex Example")  # a correction
    edits.end_renaming()
    assert point_attribution(edits.session, point, ExportOptions()) == \
        "Alex Example, Facilitator"
    assert point_attribution(edits.session, point, ExportOptions(roles_only=True)) == \
        "Facilitator"
    assert point.from_room == "Alex Exmaple"  # (the name sent, as the room gave it)


def test_someone_listed_by_the_facilitators_name_is_that_person(edits: SessionEdits) -> None:
    """As Who is here's facilitator is: `speakers`."""
    alex = edits.add_participant("Alex Example")
    assert said_by(edits, "Alex Example") == alex.id
    edits.session.mode = "individual"  # a reflection has no facilitator
    edits.remove_participant(alex)
    assert said_by(edits, "Alex Example") == ""


def read_back(edits: SessionEdits, folder: Path) -> SessionEdits:
    """The session saved, reflect quit, and the session opened again: what was remembered in
    memory only (the names renamed from here) is gone."""
    return SessionEdits(load_session(save_session(folder, edits.session)))


def test_renamed_before_reflect_restarted_the_name_sent_is_still_theirs(
        edits: SessionEdits, tmp_path: Path) -> None:
    """A trial: Ann Example renamed Anne Exampleton, reflect quit and reopened, a new room;
    her phone (which keeps the name it joined with) sent a point as "Ann Example", and she
    was asked about as someone not on Who is here (added, listed twice). The points she sent
    before, said by her, say who the name is."""
    ann = edits.add_participant("Ann Example")
    edits.mark_here(ann, True)
    assert said_by(edits, "Ann Example") == ann.id
    edits.edit_participant(ann, name="Anne Exampleton")
    edits = read_back(edits, tmp_path)
    anne = edits.session.participants[0]
    assert anne.name == "Anne Exampleton"
    assert edits.renamed_from("ann  example.") == ann.id
    assert edits.sender("Ann Example") == anne
    assert said_by(edits, "Ann Example") == ann.id
    assert said_by(edits, "Anne Exampleton") == ann.id
    assert said_by(edits, "Ann Sample") == ""  # a name she was never sent as
    other = edits.add_participant("Ann Example")  # someone listed has the name now: theirs
    assert edits.renamed_from("Ann Example") == ""
    assert said_by(edits, "Ann Example") == other.id


def test_a_name_sent_for_two_people_is_no_one(edits: SessionEdits, tmp_path: Path) -> None:
    """Points sent as "Pat" said by two people (one answered to be each, say): which one a
    new point is would be a guess. Nor is "anonymous" anyone, whoever a point sent so was
    said by afterwards."""
    pat = edits.add_participant("Pat Example")
    jo = edits.add_participant("Jo Example")
    for person in (pat, jo):
        edits.mark_here(person, True)
        for sent in ("Pat", "anonymous"):  # said by them afterwards (Said by…)
            said_by(edits, sent)
            point = edits.session.answer(Q).points[-1]  # type: ignore[union-attr]
            edits.edit_point(Q, point, by=person.id)
    edits = read_back(edits, tmp_path)
    assert edits.renamed_from("Pat") == ""
    edits.remove_participant(edits.session.participants[1])  # (its points said by no one)
    assert edits.renamed_from("Pat") == pat.id
    assert edits.renamed_from("anonymous") == ""
    assert said_by(edits, "anonymous") == ""


def test_an_owner_renamed_of_last_times_action_is_who_the_old_name_is(
        edits: SessionEdits, tmp_path: Path) -> None:
    """Last time's action owned by someone renamed here keeps the name its session gives
    (`owner_there`): evidence of the name they had, as a point sent under it is."""
    ann = edits.add_participant("Ann Example")
    edits.session.carried.append(CarriedAction(
        session_id="s-0", session_label="Invented meeting before", action_id="a1",
        text="Invented action", owner="Ann Example"))
    edits.edit_participant(ann, name="Anne Exampleton")
    edits = read_back(edits, tmp_path)
    assert edits.session.carried[0].owner_there == "Ann Example"
    assert edits.renamed_from("Ann Example") == ann.id
    edits.session.carried[0].owner = "Someone Else"  # its owner no one listed: no one
    assert edits.renamed_from("Ann Example") == ""


def test_the_facilitators_former_name_is_theirs_after_reflect_restarted(
        edits: SessionEdits, tmp_path: Path) -> None:
    edits.set_detail("facilitator", "Alex Exmaple")
    edits.end_renaming()
    assert said_by(edits, "Alex Exmaple") == FACILITATOR
    edits.set_detail("facilitator", "Alex Example")  # a correction
    edits.end_renaming()
    edits = read_back(edits, tmp_path)
    assert edits.renamed_from("Alex Exmaple") == FACILITATOR
    assert said_by(edits, "Alex Exmaple") == FACILITATOR


async def test_a_phone_that_kept_the_name_sends_it_to_a_new_room(
        edits: SessionEdits, tmp_path: Path) -> None:
    """The room itself (tests/room_helpers.py): a phone's page keeps the name it sent for 12
    hours, so after reflect is started again and a new room opened, it sends the name Ann
    had before the rename, and the point is hers."""
    ann = edits.add_participant("Ann Example")
    edits.mark_here(ann, True)
    jar = CookieJar(unsafe=True)  # the phone's browser, across both rooms
    for _ in range(2):
        async with served(RoomState()) as (_, state, got, server), \
                ClientSession(base_url=server.make_url(""), cookie_jar=jar) as phone:
            state.show(QUESTION)
            page = await open_page(phone, state)
            found = re.search(r'<input id="name" name="name" value="([^"]*)"', page)
            name = html.unescape(found.group(1)) if found else ""
            await send(phone, state, "Invented point from a phone",
                       name=name or "Ann Example")
            edits.add_point(Q, got.points[0].text, from_room=got.points[0].name)
        if ann.name == "Ann Example":  # the first room: renamed, reflect quit, started again
            assert name == ""
            edits.edit_participant(ann, name="Anne Exampleton")
            edits = read_back(edits, tmp_path)
    assert name == "Ann Example"  # (the page remembered it)
    points = edits.session.answer(Q).points  # type: ignore[union-attr]
    assert [(p.from_room, p.by) for p in points] == [("Ann Example", ann.id)] * 2
    assert [p.name for p in edits.session.participants] == ["Anne Exampleton"]
