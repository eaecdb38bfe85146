"""Plain mode says when a point moves a late arrival, as the app does (model/arrival.py): a
point typed `… @Sam` on Question 1 for Sam Sample, marked in the app as arriving during
Question 3, moved Sam's arrival to Question 1 in silence, where the app says so in one line
(a trial). All people and text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Participant
from reflect.store.sessions import load_session, save_session, session_path
from tests.meetings import meeting_of_pat_and
from tests.unit.test_walk import dirs_for, run_walk

SID = "20261206-child-zz-0000ba55"
MOVED = ("Sam Sample said a point on Question 1, so arrived during it, not during Question 3: "
         "the notes say so.")


def _saved(review: Review, sessions_dir: Path) -> Path:
    session = meeting_of_pat_and(review, Participant(
        name="Sam Sample", role="Nursery nurse", arrived_during="Question 3"), session_id=SID)
    session.current_step = "q:zz-first"
    save_session(sessions_dir, session)
    return session_path(sessions_dir, SID)


@pytest.mark.parametrize(("typed", "moves"), [("Ask the invented school nurse @Sam", True),
                                              ("Ring the invented GP @Pat", False)])
def test_a_point_moving_an_arrival_says_so_in_the_apps_words(
        typed: str, moves: bool, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], review: Review, fictional_dir: Path,
        sessions_dir: Path) -> None:
    path = _saved(review, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         f"{typed}\n\n", "--resume", SID)
    assert code == 0, out.err
    said = " ".join(out.out.split())
    assert (MOVED in said) is moves
    assert said.count("arrived during it") == int(moves)  # said once
    arrival = load_session(path).participants[1].arrived_during
    assert arrival == ("Question 1" if moves else "Question 3")
