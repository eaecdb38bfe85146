"""Plain mode says back what it took, as a screen reader user needs it: an action's text was
never said back, nothing was said when no due date (or no owner) was given, Enter took the
default title without saying which, and nothing said notes typed and ended with `.` were
kept (a screen reader user's trial). Each is said, short."""

from __future__ import annotations

from reflect.store.carry import NO_TEAM_LEAD
from reflect.store.sessions import list_sessions
from tests.unit.test_walk import dirs_for, flat, run_walk

SCRIPT = ("\nFay Example\n\n"  # Enter: the default title; the facilitator; no one else
          "Intro note\n.\n\n\n\n"  # notes on the four content steps, the first typed
          "\n\n\n\n\n\n"  # three questions: no points, no summary
          "Ring the school\nZed Madeup\n\nBook a room\n\nby 31/1/2031\n\n"  # two actions
          "\n\n")  # no notes on the actions, no overall summary


def test_what_was_taken_is_said_back(monkeypatch, capsys, fictional_dir, sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), SCRIPT,
                         "child-zz", "--mode", "team", "--team", "")
    assert code == 0
    lines = out.out.splitlines()
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert s.title == "Child ZZ — team discussion"
    assert "Title: “Child ZZ — team discussion”." in lines
    assert s.notes["intro"] == "Intro note"
    assert lines.count("Saved.") == 1  # the one note typed; nothing for those skipped
    assert [(a.text, a.owner, a.due) for a in s.actions] == [
        ("Ring the school", "Zed Madeup", ""), ("Book a room", "", "by 31/1/2031")]
    said = flat(out.out)
    assert ("Added action: Ring the school Who owns it? Enter skips. > Owner: Zed Madeup. "
            "Due when? Enter skips. > No due date.") in said
    assert "Added action: Book a room Who owns it? Enter skips. > Owner: none." in said
    assert said.count("No due date.") == 1


def test_on_ones_own_an_action_is_said_back_too(monkeypatch, capsys, fictional_dir,
                                                sessions_dir):
    script = ("\n\n\n\n" + "\n\n\n\n" * 3  # content steps; three questions' four boxes
              + "Read the guidance\n\n\n\n\n"  # one thing to do, no one else, no date
              + "\n\n\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "individual", "--title", "Mine", "--team", "",
                         "--name", "Pat Example")
    assert code == 0
    lines = out.out.splitlines()
    assert "Added: Read the guidance" in lines
    assert "Who else is involved: none." in lines and "No due date." in lines


def test_a_full_stop_alone_is_no_action_and_no_due_date(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    """`.` ends an answer everywhere else, and no owner is named "."; typed at the action's
    question it added an action ".", and at its due date kept the due words "." (a trial)."""
    script = SCRIPT.replace("Ring the school\nZed Madeup\n\n", "Ring the school\nZed Madeup\n.\n")
    script = script.replace("by 31/1/2031\n\n", "by 31/1/2031\n.\n")
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), script,
                         "child-zz", "--mode", "team", "--team", "")
    assert code == 0
    [entry] = list_sessions(sessions_dir).entries
    assert [(a.text, a.due) for a in entry.session.actions] == [
        ("Ring the school", ""), ("Book a room", "by 31/1/2031")]
    assert "No due date." in flat(out.out) and "not read as a date" not in out.out


def test_an_answer_the_input_ends_is_said_saved_once(monkeypatch, capsys, fictional_dir,
                                                     sessions_dir):
    """`Saved.` then `Stopped and saved.`: said twice over (a screen reader user's trial)."""
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir),
                         "i\nOn the train\n\nIntro note\n", "child-zz", "--name", "Pat Example")
    [entry] = list_sessions(sessions_dir).entries
    assert code == 0 and entry.session.notes["intro"] == "Intro note"
    assert "Saved." not in out.out.splitlines() and flat(out.out).count("Stopped and saved.") == 1


def test_a_team_session_with_no_team_says_so_once_as_it_starts(monkeypatch, capsys,
                                                                fictional_dir, sessions_dir):
    """The app says `NO_TEAM` as a team session starts with no team's name; plain mode said
    nothing, and the next meeting brought nothing back (a screen reader user's trial). It says
    the app's words without the app's box and key (Shift+Tab), which it has no way back to."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "\nFay Example\n\nIntro\n.\n", "child-zz",
                         "--mode", "team", "--team", "")
    said = flat(out.out)
    assert code == 0 and said.count(NO_TEAM_LEAD) == 1
    assert said.index(NO_TEAM_LEAD) < said.index("Step 1 of")
    assert "Shift+Tab" not in said and "Plain mode asks it only as a session starts" in said
    code, out = run_walk(monkeypatch, capsys, dirs, "\nFay Example\n", "child-zz", "--mode",
                         "team", "--team", "Invented Fen team")
    assert code == 0 and NO_TEAM_LEAD not in flat(out.out)
