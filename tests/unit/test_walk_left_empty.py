"""Plain mode at a terminal: Enter on an empty box is said, with how to come back to it. A
screen reader user pressed Enter at So what? and heard the next box asked at once: nothing
told Enter taken from a key lost (a trial)."""

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from reflect.walk.steps import LEFT_EMPTY
from tests.unit.test_walk import dirs_for, flat, run_at_terminal

SID = "20260101-child-zz-00000387"


def test_enter_on_an_empty_box_is_said_and_how_to_come_back(monkeypatch, capsys,
                                                            fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode="individual", title="Mine", facilitator="Pat Example",
                      current_step="q:zz-first")
    save_session(sessions_dir, s)
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\nAn invented what\n.\n\n.back\n",
                                "--resume", SID)
    said = flat(out.out)
    assert LEFT_EMPTY == "Left empty: .back alone, at the next prompt, comes back to it."
    assert said.count(LEFT_EMPTY) == 1  # So what? only: What? was answered
    assert "Saved. So what?" in said and f"> {LEFT_EMPTY} Now what?" in said
    # the last step has no next prompt: the command that comes back to it, once (the one
    # for the questions not answered, where it follows)
    s.current_step = "summary"
    s.answer("zz-first").what = "An invented what"
    save_session(sessions_dir, s)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    assert "Left empty: the command below for the questions not answered comes back to it " \
        "too. Answered 1 of 3" in flat(out.out)
    assert out.out.split("Your CPD record")[0].count(f"reflect walk --resume {SID}\n") == 1
    for qid in ("zz-second", "zz-third"):
        s.answer(qid).what = "Invented"
    save_session(sessions_dir, s)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n\n", "--resume", SID)
    assert f"Left empty. To come back to it later, carry on with:\nreflect walk --resume " \
        f"{SID}\nAnswered 3 of 3" in out.out
