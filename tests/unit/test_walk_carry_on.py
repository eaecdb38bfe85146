"""Plain mode's resume carries on in the box last typed in, where it was left half way
through a sentence: a health visitor stopped mid-sentence in So what? and `--resume` put her
in Now what?, the first empty box (a trial)."""

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session
from tests.unit.test_walk import dirs_for, flat, run_at_terminal

SID = "20260101-child-zz-00000031"


def saved_at_question_1(fictional_dir, sessions_dir, so_what: str, last_typed=None) -> Session:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, SID, mode="individual", title="Mine",
                      current_step="q:zz-first", facilitator="Pat Example")
    answer = s.answer("zz-first")
    answer.what, answer.so_what = "An invented first thought.", so_what
    answer.last_typed = last_typed
    save_session(sessions_dir, s)
    return s


def test_a_resume_carries_on_in_the_box_left_half_way_through_a_sentence(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    saved_at_question_1(fictional_dir, sessions_dir, "We had not asked about the",
                        "so_what")
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\nfather's role.\n.\n", "--resume",
                                SID)
    assert code == 0
    said = flat(out.out)
    assert ("This session was left at step 5 of 10: Question 1, at the So what? box, half way "
            "through it.") in said
    asked = flat(out.out.split("Step 5 of 10: Question 1.")[1])
    # Said once: where it carries on, then what the box holds, then how to carry it on (it
    # said "You were writing So what?; carry on from its last word", then "So far, left half
    # way through a sentence:", then the prompt's "goes on from its last word")
    assert ("Carrying on in the So what? box, left half way through a sentence. So far: We "
            "had not asked about the So what?") in asked
    assert asked.count("half way") == 1 and asked.count("from its last word") == 1
    assert "What? What happened" not in asked and "first still empty" not in asked
    assert "what you type goes on from its last word; start with + to add it below" in asked
    assert "Carried on. From a few words before, it reads: asked about the father's role." in asked
    assert "Now what? What will you do" in asked  # (then on to the next box)
    answer = load_session(sessions_dir / f"{SID}.toml").answer("zz-first")
    assert answer.so_what == "We had not asked about the father's role."
    assert answer.now_what == "" and answer.last_typed == "so_what"


def test_a_box_left_finished_or_an_older_file_carries_on_in_the_first_empty_box(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """The box last typed in ends a sentence: the next empty box, as before; so does a file
    older than the box last typed in is kept (None), whatever its words."""
    dirs = dirs_for(fictional_dir, sessions_dir)
    for so_what, last in (("It matters for the baby.", "so_what"), ("It matters for", None)):
        saved_at_question_1(fictional_dir, sessions_dir, so_what, last)
        code, out = run_at_terminal(monkeypatch, capsys, dirs, "\nNext I will ask\n.\n",
                                    "--resume", SID)
        said = flat(out.out)
        assert "Question 1, at the Now what? box." in said and "left half way" not in said
        assert "Carrying on at the Now what? box, the first still empty." in said
        answer = load_session(sessions_dir / f"{SID}.toml").answer("zz-first")
        assert (answer.so_what, answer.now_what) == (so_what, "Next I will ask")


def test_a_stop_half_way_through_a_box_is_carried_on_there_next_time(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """What plain mode saves says which box was typed in last (`Answer.last_typed`), so the
    next resume carries on there; + adds below it as a paragraph of its own, as before."""
    saved_at_question_1(fictional_dir, sessions_dir, "")
    dirs = dirs_for(fictional_dir, sessions_dir)
    run_at_terminal(monkeypatch, capsys, dirs, "\nIt changes how I see dads", "--resume", SID)
    answer = load_session(sessions_dir / f"{SID}.toml").answer("zz-first")
    assert (answer.so_what, answer.last_typed) == ("It changes how I see dads", "so_what")
    code, out = run_at_terminal(monkeypatch, capsys, dirs, "\n+A new thought.\n.\n", "--resume",
                                SID)
    assert "Carrying on in the So what? box, left half way" in flat(out.out)
    assert "Added below what was there." in out.out
    assert load_session(sessions_dir / f"{SID}.toml").answer("zz-first").so_what == \
        "It changes how I see dads\n\nA new thought."
