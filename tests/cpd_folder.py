"""Invented sessions for My CPD so far: team meetings and reflections, each saying whose."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reflect.model.review import Review
from reflect.model.session import Participant, Session, Timing
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session


def invented_review(fictional_dir: Path) -> Review:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    return review


def team(review: Review, name: str, people: list[Participant], facilitator: str = "",
         day: int = 1, recorded: bool = True) -> Session:
    s = Session.start(review, new_session_id("child-zz"), title=f"{name} meeting", team=name,
                      facilitator=facilitator, participants=people,
                      created=datetime(2026, 3, day, tzinfo=timezone.utc))
    if recorded:
        s.answer("zz-first").text = "Invented summary."  # type: ignore[union-attr]
    s.timing = Timing(spent={"q:zz-first": 3600})
    return s


def reflection(review: Review, title: str, owner: str, day: int = 2,
               recorded: bool = True) -> Session:
    s = Session.start(review, new_session_id("child-zz"), mode="individual", title=title,
                      facilitator=owner, created=datetime(2026, 3, day, tzinfo=timezone.utc),
                      minutes_spent=30)
    if recorded:
        s.answer("zz-first").what = "Invented reflection."  # type: ignore[union-attr]
    return s


def reflection_at_differently(fictional_dir: Path, sessions_dir: Path) -> Session:
    """Saved: an individual reflection on the invented review, open at its "What will you do
    differently?" step, where F8 offers the CPD record; returns it."""
    s = Session.start(invented_review(fictional_dir), new_session_id("child-zz"),
                      mode="individual", title="My invented reflection")
    s.current_step = "differently"
    save_session(sessions_dir, s)
    return s


def two_teams_and_two_people(fictional_dir: Path, sessions_dir: Path) -> None:
    """Saved: Pat Example's team meeting and reflection, and Chris Example's, each on a day
    of its own."""
    r = invented_review(fictional_dir)
    for s in (team(r, "Invented Team North", [Participant(name="Pat Example")], day=1),
              team(r, "Invented Team South", [Participant(name="Chris Example")], day=2),
              reflection(r, "My own reflection", "Pat Example", day=3),
              reflection(r, "Chris's reflection", "Chris Example", day=4)):
        save_session(sessions_dir, s)
