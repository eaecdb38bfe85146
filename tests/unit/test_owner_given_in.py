"""Who agreed an action, kept when a later meeting gives it to another (`Action.agreed_owner`,
`Action.given_in`, session schema 8). A team manager's trial: Robin agreed an action in July
and left; September gave it to Kim, who joined in September. The owner written back replaced
Robin's, so July's notes said Kim had agreed it, though Kim was not there, and nothing in the
July file named Robin. Every team, meeting and person here is invented."""

from __future__ import annotations

import csv
import io
import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from reflect.export.identifiers import find_identifiers
from reflect.export.options import ExportOptions
from reflect.model.given import given_said
from reflect.model.moved import meeting
from reflect.model.session import Action, CarriedAction, Participant, Session
from reflect.store.carry import open_actions_for_team, relabel
from reflect.store.sessions import load_session, save_session, session_path
from reflect.store.write_back import write_back
from tests.local_days import here
from tests.readers import words_of

TEAM = "Team Larch"
GIVEN = "given to Kim Newstart at “Larch September meeting”, 10 Sep 2026"
SAID = "Robin Madeup; " + GIVEN
ROLE = "Social worker, Children's Social Care"


def _july(review, folder: Path) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "20260709-child-zz-0000aaaa", title="Larch July meeting",
                      team=TEAM, created=here(2026, 7, 9, 10))
    s.participants = [Participant(name="Robin Madeup", role="Team manager",
                                  agency="Invented Council")]
    s.actions = [Action(id="a1", text="Invented audit of pretend case files",
                        owner="Robin Madeup", due="end of October",
                        due_date=date(2026, 10, 31))]
    save_session(folder, s)
    return s


def _september(review) -> Session:  # type: ignore[no-untyped-def]
    s = Session.start(review, "20260910-child-zz-0000bbbb", title="Larch September meeting",
                      team=TEAM, created=here(2026, 9, 10, 10))
    s.participants = [Participant(name="Kim Newstart", role="Social worker",
                                  agency="Children's Social Care")]
    return s


def _given(review, folder: Path, to: str = "Kim Newstart"  # type: ignore[no-untyped-def]
           ) -> tuple[Session, CarriedAction, Session]:
    """July saved, and September giving its action to `to`, written back as the app does."""
    july, september = _july(review, folder), _september(review)
    [carried] = open_actions_for_team(folder, TEAM, exclude_id=september.id)
    carried.owner = to
    problem, held = write_back(folder, carried, by=meeting(september), here=september)
    assert problem is None and held is not None
    carried.earlier = held
    return load_session(session_path(folder, july.id)), carried, september


def test_the_july_file_keeps_who_agreed_it_and_who_gave_it_on(review, tmp_path):
    july, _, _ = _given(review, tmp_path)
    [act] = july.actions
    assert (act.owner, act.agreed_owner) == ("Kim Newstart", "Robin Madeup")
    assert act.given_in is not None
    assert (act.given_in.session_id, act.given_in.label, act.given_in.held,
            act.given_in.role, act.given_in.agency) == (
        "20260910-child-zz-0000bbbb", "Larch September meeting", date(2026, 9, 10),
        "Social worker", "Children's Social Care")
    assert given_said(act, act.owner) == GIVEN
    data = tomllib.loads(session_path(tmp_path, july.id).read_text(encoding="utf-8"))
    assert data["actions"][0]["agreed_owner"] == "Robin Madeup"
    # the next meeting carries the owner it has now
    [carried] = open_actions_for_team(tmp_path, TEAM)
    assert carried.owner == "Kim Newstart"


def _render(session: Session, fmt: str, options: ExportOptions | None = None) -> bytes:
    from reflect.store.exports import render_bytes

    return render_bytes(session, fmt, None, options or ExportOptions(today=date(2026, 9, 10)))


@pytest.mark.parametrize("fmt", ["md", "txt", "html", "docx", "pdf"])
def test_the_july_notes_say_robin_agreed_it_and_september_gave_it_to_kim(review, tmp_path,
                                                                          fmt):
    july, _, _ = _given(review, tmp_path)
    text = words_of(fmt, _render(july, fmt))
    assert SAID in text, text


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_notes_by_role_say_kim_as_september_listed_them(review, tmp_path, fmt):
    july, _, _ = _given(review, tmp_path)
    options = ExportOptions(roles_only=True, today=date(2026, 9, 10))
    text = words_of(fmt, _render(july, fmt, options))
    assert ("Team manager, Invented Council; given to " + ROLE
            + " at “Larch September meeting”, 10 Sep 2026") in text, text
    assert "Kim" not in text and "Robin" not in text
    # Kim, printed by the role September gave, is no finding of the check by role
    found = find_identifiers(july, roles_only=True)
    assert not [f for f in found if "owner" in f.field], found


def test_the_csv_and_the_json_give_the_owner_agreed_and_the_meeting(review, tmp_path):
    july, _, _ = _given(review, tmp_path)
    [row] = csv.DictReader(io.StringIO(_render(july, "csv").decode("utf-8-sig"), newline=""))
    assert (row["owner"], row["agreed_owner"], row["owner_given_in"],
            row["owner_given_in_held"]) == (
        "Kim Newstart", "Robin Madeup", "Larch September meeting", "2026-09-10")
    [act] = json.loads(_render(july, "json"))["session"]["actions"]
    assert (act["owner"], act["agreed_owner"]) == ("Kim Newstart", "Robin Madeup")
    assert act["given_in"] == {"session_id": "20260910-child-zz-0000bbbb",
                               "title": "Larch September meeting", "held": "2026-09-10",
                               "role": "Social worker", "agency": "Children's Social Care"}


def test_given_back_to_the_one_who_agreed_it_it_is_no_longer_said(review, tmp_path):
    _, carried, september = _given(review, tmp_path)
    carried.owner = "Robin Madeup"  # typed back in September
    assert write_back(tmp_path, carried, by=meeting(september), here=september)[0] is None
    [act] = load_session(session_path(tmp_path, "20260709-child-zz-0000aaaa")).actions
    assert (act.owner, act.agreed_owner, act.given_in) == ("Robin Madeup", None, None)
    [row] = csv.DictReader(io.StringIO(_render(load_session(session_path(
        tmp_path, "20260709-child-zz-0000aaaa")), "csv").decode("utf-8-sig"), newline=""))
    assert (row["agreed_owner"], row["owner_given_in"]) == ("", "")


def test_an_owner_given_to_an_action_agreed_with_none_says_none_was(review, tmp_path):
    july, september = _july(review, tmp_path), _september(review)
    july.actions[0].owner = ""
    save_session(tmp_path, july)
    [carried] = open_actions_for_team(tmp_path, TEAM, exclude_id=september.id)
    carried.owner = "Kim Newstart"
    assert write_back(tmp_path, carried, by=meeting(september), here=september)[0] is None
    text = _render(load_session(session_path(tmp_path, july.id)), "txt").decode("utf-8")
    assert "Owner: no owner given; " + GIVEN in " ".join(text.split())


def test_the_meeting_renamed_since_is_named_as_titled_now(review, tmp_path):
    july, _, september = _given(review, tmp_path)
    september.title = "Larch September meeting (renamed)"
    save_session(tmp_path, september)
    relabel(tmp_path, july)
    assert given_said(july.actions[0], "Kim Newstart") == GIVEN.replace(
        "meeting”", "meeting (renamed)”")


def test_an_owner_or_a_date_edited_in_july_itself_is_julys_record_again(review, tmp_path):
    """Edited in the session that agreed it, after September gave it on, the owner typed there
    was said to be given at September ("Robin Madeup; given to Lee … at “Larch September
    meeting”"): what September did no longer says what happened. Ctrl+Z puts it back."""
    from reflect.model.edits import SessionEdits

    july, _, _ = _given(review, tmp_path)
    [act] = july.actions
    act.agreed_due, act.moved_in = "end of August", act.given_in  # (moved there too)
    edits = SessionEdits(july)
    edits.edit_action(act, owner="Lee Example")
    assert (act.owner, act.agreed_owner, act.given_in) == ("Lee Example", None, None)
    assert given_said(act, act.owner) == ""
    assert act.agreed_due == "end of August"  # the date was not edited: kept
    edits.edit_action(act, due="end of November")
    assert (act.agreed_due, act.moved_in) == (None, None)
    edits.undo()
    edits.undo()
    assert (act.owner, act.agreed_owner, act.agreed_due) == (
        "Kim Newstart", "Robin Madeup", "end of August")
    assert act.given_in is not None and given_said(act, act.owner) == GIVEN
