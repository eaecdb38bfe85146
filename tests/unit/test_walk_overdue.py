"""Plain mode says an action's date overdue as the app does (`due.OVERDUE`), and asks for a
new due date of last time's action by the model's rule for the date in force
(`CarriedAction.due_here`): words typed here that name no date never replace the date.
Plain mode kept a rule of its own (`_due_now`), which took such words for the date in force
and offered Enter to keep “32/13” where the app and the notes kept Fri 20 Nov 2026 (a
children's team's trial). All names invented."""

from __future__ import annotations

from datetime import date

from reflect.model.session import Action, Participant
from reflect.store.sessions import list_sessions, load_session, save_session
from tests.unit.test_walk import dirs_for, flat, held_today, last_month, run_walk


def test_last_times_action_with_words_naming_no_date_keeps_its_date_and_is_overdue(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    before = last_month(fictional_dir, sessions_dir, "Invented Vale team",
                        [Participant(name="Ada Example", role="Nurse")],
                        Action(text="Ring the invented school", owner="Ada", due="20/11/2026",
                               due_date=date(2026, 11, 20)), number=11)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "\ny\n\n" "\n\n32/13\ny\n",
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Vale team", "--answer-last-time")
    [today] = [e.session for e in list_sessions(sessions_dir).entries
               if e.session.title == "Today"]
    [carried] = today.carried
    assert (carried.new_due, carried.due_here()) == ("32/13", ("20/11/2026",
                                                                date(2026, 11, 20)))
    today.current_step = "carried"
    save_session(sessions_dir, today)
    code, out = run_walk(monkeypatch, capsys, dirs, "\n\n\n", "--resume", today.id,
                         "--answer-last-time")
    said = flat(out.out)
    assert "New due date: Enter keeps Friday 20 November 2026." in said, said
    assert "Enter keeps “32/13”" not in said
    assert ("Ring the invented school. Owner: Ada; due Friday 20 November 2026, new due "
            f"date 32/13, not read as a date, overdue; from {held_today()}. Status: open.") \
        in said, said
    assert load_session(sessions_dir / f"{before.id}.toml").actions[0].due == "20/11/2026"


def test_an_action_agreed_here_whose_date_has_gone_by_is_said_overdue_on_resuming(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """`--resume` lists the actions agreed already: one due before today said its date alone,
    where the app's Selected line says overdue."""
    from reflect.model.session import Session
    from reflect.store.library import load_library

    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, "20260102-child-zz-00000012", title="Invented huddle",
                            team="Invented Wold team", facilitator="Fay Example")
    session.add_action(Action(text="Send the invented letter", owner="Fay Example",
                              due="1/12/2026", due_date=date(2026, 12, 1)))
    session.add_action(Action(text="Book the invented room", owner="Fay Example",
                              due="1/12/2026", due_date=date(2026, 12, 1), status="done"))
    session.current_step = "actions"
    save_session(sessions_dir, session)
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "--resume", session.id)
    said = flat(out.out)
    assert ("Send the invented letter. Owner: Fay Example; due Tuesday 1 December 2026, "
            "overdue; status: open.") in said, said
    assert ("Book the invented room. Owner: Fay Example; due Tuesday 1 December 2026; "
            "status: done.") in said, said
