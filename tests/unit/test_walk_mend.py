"""`reflect export`, refusing for personal details, says where plain mode mends each: the
step's number at `reflect walk --resume`, and what to type there. It said "Edit the session in
the app" alone, to a screen reader user who had left the app for the walk (a trial). Each test
follows the advice, as printed, at a terminal, and the export then goes ahead: the words are
true of each kind of finding (an answer, notes, an action, a point)."""

from reflect.model.session import Action, Point, Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.unit.test_walk import dirs_for, flat, folders_set, run_at_terminal

SID = "20260101-child-zz-00000310"


def saved(fictional_dir, sessions_dir, mode: str) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode=mode, title="Invented", facilitator="Pat Example")
    save_session(sessions_dir, s)
    return s


def refused(monkeypatch, capsys, dirs) -> str:
    folders_set(monkeypatch, dirs)  # (set so, the commands said are as short as a person's)
    code, _, err = run(capsys, "export", SID, "-o", "-")
    assert code == 1 and "nothing was exported" in err
    return flat(err)


def exported(capsys) -> str:
    code, out, err = run(capsys, "export", SID, "-o", "-")
    assert code == 0, err
    return out


def test_a_reflection_is_mended_at_the_steps_the_refusal_names(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    s = saved(fictional_dir, sessions_dir, "individual")
    answer = s.answer("zz-first")
    answer.what, answer.so_what = "An invented first thought.", "Rang 07700 900123 first."
    s.notes["good-practice"] = "Pat rang 07700 900124 at once."
    s.actions.append(Action(text="Ring 07700 900125 on Monday"))
    s.notes["actions"] = "Rang 07700 900126 to book."
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    said = refused(monkeypatch, capsys, dirs)
    assert ("To mend them in plain mode, carry on with this command, then type the step's "
            f"number: reflect walk --resume {SID} step 2, Good practice:") in said
    assert ("step 5, Question 1: at its So what? box (Enter keeps each box before it and goes "
            "on to the next, .back goes to the box before), type = and the words mended (they "
            "replace what it holds).") in said
    assert ("step 2, Good practice: after the section is read, at Notes on this section type "
            "= and the words mended") in said
    assert ("step 8, What to do now: type 1, the action's number, to change it: its words "
            "typed mended (each is asked in turn, Enter keeping it).") in said
    assert (f"Or edit the session in the app (reflect open {SID}), or export again with "
            "--redact (replaced by [redacted] in the exported copy) or --anyway.") in said
    assert ("step 8, What to do now: Enter at the next action (there are no more), then at "
            "Notes on what to do now type = and the words mended") in said
    assert "Plain mode does not change" not in said
    for typed in ("5\n\n= It was a late call.\n.\n", "2\n= Pat rang at once.\n.\n",
                  "8\n1\nRing the school on Monday\n\n\n", "8\n\n= Rang to book.\n.\n"):
        code, _ = run_at_terminal(monkeypatch, capsys, dirs, typed, "--resume", SID)
        assert code == 0
    notes = exported(capsys)
    assert "It was a late call." in notes and "Pat rang at once." in notes
    assert "Ring the school on Monday" in notes and "Rang to book." in notes
    assert "07700" not in notes


def test_a_team_summary_an_owner_and_a_point_are_mended_in_the_walk(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    s = saved(fictional_dir, sessions_dir, "team")
    answer = s.answer("zz-first")
    answer.points.append(Point(text="Ring 07700 900123"))
    answer.text = "Agreed to ring 07700 900124."
    s.actions.append(Action(text="Ring the school", owner="Pat 07700 900125"))
    s.team = "Team 07700 900126"  # (the app's to change)
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    said = refused(monkeypatch, capsys, dirs)
    assert ("step 6, Question 1: Enter on an empty line at the points (adding none), then at "
            "Summary of the discussion type = and the words mended") in said
    assert ("step 6, Question 1: at the points, type .change alone, then 1, the point's "
            "number, then the point typed mended; an empty line then ends the points.") in said
    assert ("step 9, What to do now: type 1, the action's number, to change it: Enter keeps "
            "its words, then its owner typed mended") in said
    assert (f"Plain mode does not change Team: edit it in the app (reflect open {SID}).") \
        in said  # (a point too until 7 December 2026)
    for typed in ("6\n\n= Agreed to ring the school.\n.\n", "9\n1\n\nPat Example\n\n",
                  "6\n.change\n1\nRing the school nurse\n\n"):
        code, _ = run_at_terminal(monkeypatch, capsys, dirs, typed, "--resume", SID)
        assert code == 0
    said = refused(monkeypatch, capsys, dirs)  # the team alone is left, and said to be the app's
    assert "To mend them in plain mode" not in said
    assert (f"Plain mode does not change Team: edit it in the app (reflect open {SID}), or "
            "export again with --redact") in said
    code, notes, _ = run(capsys, "export", SID, "-o", "-", "--redact")
    assert code == 0 and "Ring the school nurse" in notes and "07700" not in notes
