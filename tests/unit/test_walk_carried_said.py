"""Last time's actions in plain mode (walk/actions.py): a progress note typed is said back,
and an action just marked done is not asked where it has got to. A screen reader user heard
nothing after a note (straight on to "New due date") and "Marked done. Where has it got to?"
(a trial)."""

from datetime import date

from reflect.model.session import Action, Participant
from reflect.store.sessions import list_sessions, save_session
from tests.unit.test_walk import dirs_for, flat, last_month, run_walk


def test_a_note_is_said_back_and_one_done_is_asked_for_a_note_not_where_it_got_to(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    last_month(fictional_dir, sessions_dir, "Invented Fell team",
               [Participant(name="Ada Example", role="Nurse")],
               Action(text="Ring the invented school", owner="Ada", due="31/01/2027",
                      due_date=date(2027, 1, 31)), number=19)
    monkeypatch.setenv("REFLECT_CACHE_DIR", str(sessions_dir.parent / "cache"))
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "\ny\n\n" "p\nLeft a message\n\n",
                         "child-zz", "--mode", "team", "--title", "Today", "--team",
                         "Invented Fell team", "--answer-last-time")
    said = flat(out.out)
    assert "Marked in progress. Where has it got to? Enter skips." in said
    assert "Noted: “Left a message”. New due date" in said
    [today] = [e.session for e in list_sessions(sessions_dir).entries
               if e.session.title == "Today"]
    today.current_step = "carried"
    save_session(sessions_dir, today)
    code, out = run_walk(monkeypatch, capsys, dirs, "d\nAll rung\n", "--resume", today.id,
                         "--answer-last-time")
    said = flat(out.out)
    assert "Where has it got to?" not in said
    assert "Marked done. Noted here so far: “Left a message” Anything to note on it, now it " \
        "is done? Enter keeps it;" in said
    assert "Noted: “Left a message; All rung”." in said
