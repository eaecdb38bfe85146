"""A team name typed without its accents is the same team (`teams.team_key`): next month's
meeting of "Team Bríd (Oakfield)", typed "team brid oakfield" as most keyboards type it, is
offered last time's actions and people, and the report counts one team. A fresh-eyes trial
carried nothing over. All names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Action, Participant
from reflect.model.teams import same_team, team_words
from reflect.store.carry import last_participants, open_actions_for_team
from reflect.store.sessions import load_session, save_session
from tests.unit.test_carry import make


@pytest.mark.parametrize(("listed", "typed"), [
    ("Team Bríd (Oakfield)", "team brid oakfield"),
    ("Ysgol Tŷ Gwyn", "ysgol ty gwyn"),
    ("Équipe Santé", "EQUIPE SANTE"),
])
def test_a_team_typed_without_its_accents_is_the_same_team(listed: str, typed: str) -> None:
    assert same_team(listed, typed)
    assert team_words(listed) == team_words(typed)


def test_a_different_team_is_still_another() -> None:
    assert not same_team("Team Bríd", "Team Bride")


def test_next_months_meeting_typed_without_the_accent_carries_the_actions(
        tmp_path: Path) -> None:
    sessions_dir, cache = tmp_path / "sessions", tmp_path / "cache.json"
    sessions_dir.mkdir()
    earlier = make(sessions_dir, 1, "Team Bríd (Oakfield)",
                   [Action(text="Brief the cover staff", owner="Pat Example")])
    kept = load_session(sessions_dir / f"{earlier.id}.toml")
    kept.participants = [Participant(name="Pat Example", attended=True)]
    save_session(sessions_dir, kept)
    found = open_actions_for_team(sessions_dir, "team brid oakfield", cache=cache)
    assert [c.text for c in found] == ["Brief the cover staff"]
    assert [p.name for p in last_participants(sessions_dir, "team brid oakfield",
                                              cache=cache)] == ["Pat Example"]
