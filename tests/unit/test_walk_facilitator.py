"""Plain mode's facilitator (walk/facilitator.py): a name half typed when a stop comes is not
made the facilitator, but kept and asked about again when the walk is carried on (it was kept
as the facilitator, and never asked again: a trial); and at a terminal the facilitator is asked
each time *Who is here* is reached, to correct the name or hand over, by the app's rules
(model/handover.py: plain mode never let the name change once set, a trial). Typed at a
terminal stood in for by test_walk_half_typed.py's `walk_typing`."""

from __future__ import annotations

import io
import signal

from reflect.cli import main
from reflect.model.changes import FACILITATOR_DRAFT
from reflect.model.handover import HANDED_OVER
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
            "was not entered. Facilitator: Enter for Fay Facilit.") in said
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


def test_the_facilitators_name_is_corrected(monkeypatch, capsys, fictional_dir, sessions_dir,
                                            dirs):
    """A name corrected: what named them follows (their action), as in the app's box."""
    s = _at_people(fictional_dir, sessions_dir, "Alex Exmaple")
    code, said = walk_typing(monkeypatch, capsys, ["", "Alex Example", ""],
                             "--resume", s.id, *dirs)
    assert "Facilitator: Enter keeps Alex Exmaple; type the name corrected, or the name of " \
        "whoever takes over." in said
    assert "The facilitator's name is corrected: Alex Example, in place of Alex Exmaple." in said
    now = _saved(sessions_dir, s.id)
    assert (now.facilitator, now.actions[0].owner, now.participants) == (
        "Alex Example", "Alex Example", [])


def test_another_facilitator_takes_over_and_is_given_it_all_or_not(monkeypatch, capsys,
                                                                   fictional_dir,
                                                                   sessions_dir, dirs):
    """Someone else's name: what the one before did stays theirs, they listed here; g gives
    it to the new name (the app's Ctrl+Y), g again gives it back, Enter carries on."""
    s = _at_people(fictional_dir, sessions_dir, "Alex Example")
    code, said = walk_typing(monkeypatch, capsys, ["", "Sam Sample", ""],
                             "--resume", s.id, *dirs)
    assert ("Sam Sample is now the facilitator. Alex Example's 1 action and 1 point stay with "
            "Alex Example, listed here. g: give them to Sam Sample. Type g for that, or Enter "
            "to carry on:") in said
    now = _saved(sessions_dir, s.id)
    [alex] = now.participants
    assert (now.facilitator, alex.name, alex.role) == ("Sam Sample", "Alex Example",
                                                         HANDED_OVER)
    assert now.actions[0].owner == "Alex Example" and now.answers[0].points[0].by == alex.id
    # carried on: the handover is said again, and g gives it all to Sam Sample
    code, said = walk_typing(monkeypatch, capsys, ["", "", "g", ""], "--resume", s.id, *dirs)
    assert "Alex Example's 1 action and 1 point are Sam Sample's now. g: give them back to " \
        "Alex Example." in said
    now = _saved(sessions_dir, s.id)
    assert (now.participants, now.actions[0].owner, now.answers[0].points[0].by) == (
        [], "Sam Sample", FACILITATOR)


def test_g_again_gives_it_back(monkeypatch, capsys, fictional_dir, sessions_dir, dirs):
    s = _at_people(fictional_dir, sessions_dir, "Alex Example")
    code, said = walk_typing(monkeypatch, capsys, ["", "Sam Sample", "g", "x", "g", ""],
                             "--resume", s.id, *dirs)
    assert "“x” is not an answer here: type g, or press Enter." in said
    assert said.count("Sam Sample is now the facilitator. Alex Example's 1 action and 1 point "
                      "stay with Alex Example") == 2  # (and once given, between)
    now = _saved(sessions_dir, s.id)
    assert [p.name for p in now.participants] == ["Alex Example"]
    assert now.actions[0].owner == "Alex Example"


def test_a_name_half_typed_over_the_facilitators_replaces_nothing(monkeypatch, capsys,
                                                                  fictional_dir,
                                                                  sessions_dir, dirs):
    s = _at_people(fictional_dir, sessions_dir, "Alex Example")
    code, said = walk_typing(monkeypatch, capsys, ["", "Sam Sam" + CTRL_C],
                             "--resume", s.id, *dirs)
    assert _saved(sessions_dir, s.id).facilitator == "Alex Example"
    assert "“Sam Sam”, typed but not entered, was not taken: Alex Example is still the " \
        "facilitator." in said


class _Script(io.StringIO):
    def isatty(self) -> bool:
        return False


def test_from_a_script_the_facilitator_is_said_not_asked(monkeypatch, capsys, fictional_dir,
                                                         sessions_dir, dirs):
    """A script's next line answers the next question, as before."""
    s = _at_people(fictional_dir, sessions_dir, "Alex Example")
    monkeypatch.setattr("sys.stdin", _Script("Sam Sample, Nurse\n\n"))
    main(["walk", "--resume", s.id, *dirs])
    said = " ".join(capsys.readouterr().out.split())
    assert "Facilitator: Alex Example" in said
    now = _saved(sessions_dir, s.id)
    assert now.facilitator == "Alex Example"
    assert [p.name for p in now.participants] == ["Sam Sample"]
