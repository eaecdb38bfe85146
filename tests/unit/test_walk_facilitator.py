"""Plain mode's facilitator (walk_facilitator.py): a name half typed when a stop comes is not
made the facilitator, but kept and asked about again when the walk is carried on (it was kept
as the facilitator, and never asked again: a trial). Typed at a terminal stood in for by
test_walk_half_typed.py's `walk_typing`."""

from __future__ import annotations

import signal

from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.recorded import anything_recorded
from reflect.model.session import FACILITATOR, Action, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import list_sessions, load_session, save_session
from tests.unit.test_walk_half_typed import CTRL_C, CTRL_D, walk_typing


def _saved(sessions_dir, session_id: str) -> Session:
    return load_session(sessions_dir / f"{session_id}.toml")


def _at_people(fictional_dir, sessions_dir, facilitator: str, n: int = 1) -> Session:
    """A team session left at Who is here, led by `facilitator`, who owns an action and said
    a point."""
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, f"20261201-child-zz-0000f00{n}", mode="team", title="Meeting",
                      team="Riverside Team", facilitator=facilitator, current_step="people")
    s.add_action(Action(text="Ring the school", owner=facilitator))
    s.answers[0].points.append(Point(text="Training is patchy", by=FACILITATOR))
    save_session(sessions_dir, s)
    return s


def test_a_name_half_typed_is_not_the_facilitator_and_is_asked_again(
        monkeypatch, capsys, sessions_dir, dirs):
    """Ctrl+C in the middle of the name: the title and team typed before are kept, the name is
    not the facilitator's, and carried on, it is asked again, offered as typed."""
    code, said = walk_typing(monkeypatch, capsys,
                             ["t", "Riverside review", "Riverside Team", "Fay Facilit" + CTRL_C],
                             "child-zz", *dirs)
    assert code == 128 + signal.SIGINT
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert (s.title, s.team, s.facilitator) == ("Riverside review", "Riverside Team", "")
    assert s.drafts == {FACILITATOR_DRAFT: "Fay Facilit"} and not anything_recorded(s)
    assert ("Stopped and saved. “Fay Facilit”, typed but not entered, is not taken as the "
            "facilitator yet: it is offered when you carry on.") in said
    # carried on: asked again, the name half typed offered; typed whole, it is the facilitator
    code, said = walk_typing(monkeypatch, capsys, ["", "Fay Example"], "--resume", s.id, *dirs)
    assert ("“Fay Facilit” was being typed as the facilitator's name when reflect stopped, and "
            "was not entered. Facilitator (Enter: Fay Facilit):") in said
    now = _saved(sessions_dir, s.id)
    assert (now.facilitator, now.drafts) == ("Fay Example", {})


def test_a_name_half_typed_is_taken_by_enter_when_carried_on(monkeypatch, capsys,
                                                             sessions_dir, dirs):
    args = ("child-zz", "--mode", "team", "--title", "T", "--team", "", *dirs)
    code, said = walk_typing(monkeypatch, capsys, ["Fay Facilit" + CTRL_D], *args)
    assert code == 0
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.facilitator == ""
    assert "Stopped and saved. “Fay Facilit”, typed but not entered, is not taken as the " \
        "facilitator yet" in said
    # stopped again before typing anything: still offered
    walk_typing(monkeypatch, capsys, ["", CTRL_C], "--resume", entry.session.id, *dirs)
    assert _saved(sessions_dir, entry.session.id).drafts == {FACILITATOR_DRAFT: "Fay Facilit"}
    walk_typing(monkeypatch, capsys, ["", ""], "--resume", entry.session.id, *dirs)
    now = _saved(sessions_dir, entry.session.id)
    assert (now.facilitator, now.drafts) == ("Fay Facilit", {})


def test_a_name_typed_in_the_app_is_no_longer_offered(fictional_dir):
    """The name half typed in plain mode, then a facilitator typed in the app's box: plain
    mode does not offer the half name again."""
    from reflect.model.edits import SessionEdits

    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, "20261201-child-zz-0000f009", drafts={FACILITATOR_DRAFT: "Fay"})
    edits = SessionEdits(s)
    edits.set_detail("facilitator", "")  # (the box mounted empty: nothing typed)
    assert s.drafts == {FACILITATOR_DRAFT: "Fay"}
    edits.set_detail("facilitator", "Fay Example")
    assert (s.facilitator, s.drafts) == ("Fay Example", {})
