"""A reflection's box left half way through a sentence is carried on from its last word however
the walk reaches it: Enter at a resume did, but a step's number at the resume, `.back` or
`.next` said "added below it", and the sentence cut at the stop was split into two paragraphs
(a screen reader user's trial). A box ending a sentence still takes a paragraph of its own."""

from reflect.store.sessions import load_session, save_session
from tests.unit.test_walk import dirs_for, flat, run_at_terminal
from tests.unit.test_walk_carry_on import SID, saved_at_question_1

CUT = "We had not asked about the"


def so_what(sessions_dir) -> str:
    return load_session(sessions_dir / f"{SID}.toml").answer("zz-first").so_what


def carried_on_said(out: str) -> None:
    said = flat(out)
    assert f"So far, left half way through a sentence: {CUT}" in said
    assert "what you type goes on from its last word; start with + to add it below" in said
    assert "what you type is added below it" not in said.split("So what? What does")[1]
    assert "Carried on. From a few words before, it reads: asked about the father's role." in said


def test_a_steps_number_at_the_resume_carries_on_a_box_left_half_way(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    saved_at_question_1(fictional_dir, sessions_dir, CUT, "so_what")
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "5\n\nfather's role.\n.\n",
                                "--resume", SID)  # (What? kept by Enter: then So what?)
    assert code == 0
    carried_on_said(out.out)
    assert so_what(sessions_dir) == f"{CUT} father's role."


def test_back_and_next_into_a_box_left_half_way_carry_it_on(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    s = saved_at_question_1(fictional_dir, sessions_dir, CUT, "so_what")
    s.current_step = "q:zz-second"  # left at the next question: .back three boxes to it
    save_session(sessions_dir, s)
    code, out = run_at_terminal(monkeypatch, capsys, dirs,
                                "\n.back\n.back\n.back\nfather's role.\n.\n", "--resume", SID)
    assert code == 0
    carried_on_said(out.out)
    assert so_what(sessions_dir) == f"{CUT} father's role."
    saved_at_question_1(fictional_dir, sessions_dir, CUT, "so_what")  # (left at Question 1)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "4\n.next\n\nfather's role.\n.\n",
                                "--resume", SID)  # the step before it, then .next
    assert code == 0
    carried_on_said(out.out)
    assert so_what(sessions_dir) == f"{CUT} father's role."


def test_a_box_ending_a_sentence_still_takes_a_paragraph_of_its_own(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    saved_at_question_1(fictional_dir, sessions_dir, "It matters for the baby.", "so_what")
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "5\n\nA new thought.\n.\n",
                                "--resume", SID)
    assert code == 0
    said = flat(out.out)
    assert "half way" not in said and "Added below what was there." in said
    assert so_what(sessions_dir) == "It matters for the baby.\n\nA new thought."
