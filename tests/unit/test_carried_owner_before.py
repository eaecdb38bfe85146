"""Last time's actions: an action given to someone else at the next meeting (its owner has
left the team) says, in that meeting's notes, whom it passed from. The owner given is written
back over the one the first meeting agreed, and nothing kept who that had been (a fresh-eyes
trial: "Robin Example" was gone from every record). All names and text here are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model.edits import SessionEdits
from reflect.model.session import Action, Participant
from reflect.store.sessions import load_session, session_path
from tests.unit.test_carry import make
from tests.unit.test_carry_not_written_back import TEAM, carried_to, written


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "summaries.json"


def test_an_owner_given_here_says_whom_it_passed_from(sessions_dir: Path, cache: Path) -> None:
    make(sessions_dir, 1, TEAM, [Action(text="Audit the pretend files", owner="Robin Example")],
         day=1)
    second, carried = carried_to(sessions_dir, cache, 2)
    second.participants = [Participant(name="Kim Example", role="SW", agency="CSC")]
    edits = SessionEdits(second)
    for typed in ("K", "Kim", "Kim Example"):  # as the box sends it, key by key
        edits.set_carried_owner(carried, typed)
    assert carried.owner_before == "Robin Example"
    assert written(sessions_dir, second, carried) is None
    kept = load_session(session_path(sessions_dir, second.id)).carried[0]
    assert (kept.owner, kept.owner_before) == ("Kim Example", "Robin Example")

    assert "| Robin Example → Kim Example |" in to_markdown(kept_in(sessions_dir, second.id))
    assert "Owner: Robin Example, now Kim Example" in to_text(kept_in(sessions_dir, second.id))
    data = json.loads(to_json(kept_in(sessions_dir, second.id)))
    assert data["session"]["carried"][0]["owner_before"] == "Robin Example"
    # by role: Robin is on no list here, so all that is known is a name: left out
    roles = to_markdown(kept_in(sessions_dir, second.id), options=ExportOptions(roles_only=True))
    assert "Robin" not in roles and "| SW, CSC |" in roles

    edits.set_carried_owner(carried, "Robin Example")  # typed back: no change to say
    assert carried.owner_before is None


def kept_in(sessions_dir: Path, session_id: str):  # type: ignore[no-untyped-def]
    return load_session(session_path(sessions_dir, session_id))
