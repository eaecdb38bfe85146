"""A team, a facilitator and a participant are kept one-spaced: "  team   purple  " was saved
as "team   purple" and the notes printed it so, while the session list and the report showed
"team purple" (a learning lead's trial). A file written before opens one-spaced and matches."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Participant, Session
from reflect.store.carry import open_actions_for_team, team_as_before
from reflect.store.sessions import load_session, save_session

BEFORE = '''\
schema_version = 1
id = "20260101-child-zz-00000001"
review_id = "child-zz"
review_title = "Child ZZ"
mode = "team"
title = "January"
team = "team   purple"
facilitator = "Pat   Example"
created = 2026-01-01T10:00:00Z
updated = 2026-01-01T11:00:00Z
current_step = "summary"

[[participants]]
name = "Sam   Sample"
role = "Social   Worker"
agency = "Team  Blue"

[[actions]]
text = "Ring the school"
'''


def test_names_typed_with_runs_of_spaces_are_kept_one_spaced(tmp_path: Path) -> None:
    session = Session(id="20260102-child-zz-00000002", review_id="child-zz",
                      review_title="Child ZZ", team="  team   purple  ",
                      facilitator=" Pat \t Example ",
                      participants=[Participant.parse("Sam   Sample, Social   Worker, Team  Blue")])
    session.participants.append(Participant(name="Alex   Example"))
    session.team = "Team   Purple"  # (set after: as the Who is here box sets it)
    save_session(tmp_path, session)
    again = load_session(tmp_path / f"{session.id}.toml")
    assert (again.team, again.facilitator) == ("Team Purple", "Pat Example")  # case as typed
    assert [(p.name, p.role, p.agency) for p in again.participants] == [
        ("Sam Sample", "Social Worker", "Team Blue"), ("Alex Example", "", "")]


def test_a_file_written_before_opens_one_spaced_and_matches(tmp_path: Path) -> None:
    (tmp_path / "20260101-child-zz-00000001.toml").write_text(BEFORE, encoding="utf-8")
    old = load_session(tmp_path / "20260101-child-zz-00000001.toml")
    assert (old.team, old.facilitator, old.participants[0].describe()) == (
        "team purple", "Pat Example", "Sam Sample (Social Worker, Team Blue)")
    cache = tmp_path / "summaries.json"
    # a new session for the team typed one-spaced is saved under its name, one-spaced
    assert team_as_before(tmp_path, "Team Purple", cache) == "team purple"
    assert team_as_before(tmp_path, " Team  Purple ", cache) == "team purple"
    assert [a.text for a in open_actions_for_team(tmp_path, "team purple", cache=cache)] == [
        "Ring the school"]
