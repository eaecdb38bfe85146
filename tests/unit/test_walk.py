"""Plain mode: a whole session as a dialogue, resumable there or in the app."""

import io

from reflect.cli import main
from reflect.store.sessions import list_sessions


def run_walk(monkeypatch, capsys, dirs, text, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code = main(["walk", *args, *dirs])
    return code, capsys.readouterr()


def dirs_for(fictional_dir, sessions_dir):
    return ["--content-dir", str(fictional_dir), "--sessions-dir", str(sessions_dir)]


# child-zz steps for one person: intro, good practice, development, recommendations,
# 3 questions (each What? / So what? / Now what?), actions, what I will do differently, summary
WHOLE = ("i\nOn the train\n\n"  # mode, title, team
         "Intro note [bold]\n.\n.\n.\n.\n"  # notes on the four content steps
         "First answer\nsecond line\n.\nIt matters\n.\n.\n"
         "Second answer\n.\n.\n.\n"
         ".\n.\n.\n"  # third question left empty
         "Book training\nRead the guidance\n.\n"
         "Ask sooner\n.\n")


def test_whole_session_in_plain_mode(monkeypatch, capsys, fictional_dir, sessions_dir):
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), WHOLE,
                         "child-zz")
    assert code == 0
    assert "== Step 5 of 10: Question 1 ==" in out.out
    assert "So what? What does it mean for your practice" in out.out
    assert "Invented strength: Agencies in the exercise shared information quickly." in out.out
    assert "Answered 2 of 3 questions." in out.out
    [entry] = list_sessions(sessions_dir).entries
    s = entry.session
    assert (s.mode, s.title) == ("individual", "On the train")
    assert [(a.what, a.so_what, a.now_what) for a in s.answers] == [
        ("First answer\nsecond line", "It matters", ""), ("Second answer", "", ""), ("", "", "")]
    assert s.differently == "Ask sooner"
    assert s.notes == {"intro": "Intro note [bold]"}
    assert [a.text for a in s.actions] == ["Book training", "Read the guidance"]
    assert s.current_step == "summary"


def test_stop_and_resume_keeps_answers(monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "t\nMeeting\nTeam\n.\n.\n.\n.\nKept\n.\n",
                         "child-zz")
    assert code == 0 and "Stopped and saved" in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.current_step == "q:zz-second"
    # Resume: starts at question 2; '.' on a step keeps what was there.
    code, out = run_walk(monkeypatch, capsys, dirs, "Two\n.\n.\n.\n", "child-zz", "--resume",
                         entry.session.id)
    assert code == 0
    assert "Question 1 ==" not in out.out and "== Step 7 of 10: Question 2 ==" in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert [a.text for a in entry.session.answers] == ["Kept", "Two", ""]


def test_unknown_review_and_bad_resume_are_clear_errors(monkeypatch, capsys, fictional_dir,
                                                        sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-nope")
    assert code == 1 and "no review 'child-nope' (known: child-zz)" in out.err
    code, out = run_walk(monkeypatch, capsys, dirs, "", "child-zz", "--resume", "../x")
    assert code == 1 and out.err.startswith("reflect walk: ")


def test_options_skip_the_questions_and_control_codes_are_not_printed(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    (fictional_dir / "child-zz.toml").write_text(
        (fictional_dir / "child-zz.toml").read_text().replace(
            "Child ZZ is an invented child", "Child ZZ\\u001b]0;x\\u0007 is an invented child"))
    code, out = run_walk(monkeypatch, capsys, dirs_for(fictional_dir, sessions_dir), "",
                         "child-zz", "--mode", "team", "--title", "Scripted", "--team", "T")
    assert code == 0 and "\x1b" not in out.out and "Child ZZ]0;x is an invented" in out.out
    [entry] = list_sessions(sessions_dir).entries
    assert entry.session.title == "Scripted"
