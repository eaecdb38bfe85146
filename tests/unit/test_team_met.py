"""A team typed on *Who is here* after its session began (store/team_met.py): whether it has
met here, and its open actions, said under the box; a facilitator's trial typed a team with
4 open actions and nothing said it had met. All names invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Action, Participant
from reflect.store.index import teams_here
from reflect.store.sessions import save_session
from reflect.store.team_met import TeamMet, met_said, not_brought_said, team_met
from tests.unit.test_carry import make


def test_a_team_that_has_met_is_counted_this_session_aside(tmp_path: Path) -> None:
    folder, cache = tmp_path / "sessions", tmp_path / "cache.json"
    folder.mkdir()
    make(folder, 1, "Pinecrest Invented Team", [Action(text="Draft an invented checklist"),
                                                Action(text="Done already", status="done")])
    make(folder, 2, "pinecrest invented team", [Action(text="Ring the invented clinic")], day=2)
    make(folder, 3, "Pinecrest Invented Team", [], mode="individual", day=3)
    now = make(folder, 4, "Pinecrest Invented Team", [Action(text="Agreed today")], day=4)
    assert team_met(folder, "PINECREST invented team", now.id, cache) == TeamMet(2, 2)
    assert team_met(folder, "Another Invented Team", now.id, cache) == TeamMet(0, 0)
    assert teams_here(folder, cache, exclude_id=now.id) == ["Pinecrest Invented Team"]
    lone = make(folder, 5, "Lone Invented Team", [], day=5)
    assert "Lone Invented Team" not in teams_here(folder, cache, exclude_id=lone.id)


def test_what_the_line_says() -> None:
    assert met_said("Pinecrest Invented Team", TeamMet(3, 4)) == (
        "“Pinecrest Invented Team” has met here before (3 meetings), with 4 open actions: "
        "leaving this box brings them in, at Last time's actions.")
    assert "with 1 open action: leaving this box brings it in" in met_said(
        "Pinecrest Invented Team", TeamMet(1, 1))
    assert met_said(" Pinecrest ", TeamMet(1, 0)) == (
        "“Pinecrest” has met here before (1 meeting); none of its actions is open.")
    assert met_said("Pinecrest", TeamMet(0, 0)) == ""
    assert not_brought_said("Pinecrest", 1) == (
        "“Pinecrest”'s 1 open action is not brought in: this session has moved on from Who "
        "is here (notes typed on the step after it, or a step past it shown), or the room is "
        "open. A session started with the team's name in the new-session form brings them to "
        "Last time's actions.")


def test_last_times_people_are_counted_and_said(tmp_path: Path) -> None:
    """Leaving the box lists last time's people too, as a session started under the name
    does; a team with none of its actions open brings them alone (a facilitator's trial)."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    met = make(folder, 1, "Oakfield Invented Team", [])
    met.participants = [Participant(name="Ola Madeup"), Participant(name="Sam Invented")]
    save_session(folder, met)
    assert team_met(folder, "Oakfield Invented Team", "20261207-child-zz-0000000a") == \
        TeamMet(1, 0, 2)
    assert met_said("Oakfield", TeamMet(1, 0, 2)) == (
        "“Oakfield” has met here before (1 meeting); none of its actions is open. Leaving "
        "this box lists the 2 people at its last meeting, to tick.")
    assert met_said("Oakfield", TeamMet(2, 1, 1)).endswith(
        "leaving this box brings it in, at Last time's actions, and lists the 1 person at its "
        "last meeting.")
