"""An answer keeps the words of the question it was given under when the review changes under
its session (a question reworded, or the review replaced by another briefing): opening the
session put the team's words under the review's new wording, in the file and every export,
with nothing said. All data invented."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.export.json_export import to_json
from reflect.export.markdown import to_markdown
from reflect.model.review import Review
from reflect.model.reworded import asked_as, on_reworded, same_words
from reflect.model.session import Session
from reflect.model.steps import on_opening
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, read_session, save_session

OLD_FIRST, NEW_FIRST = "What would you do first?", "Who is the [bold]lead[/] agency?"
OLD_SECOND, NEW_SECOND = "Who would you tell?", "What does the team do at weekends?"


def reworded(folder: Path) -> Review:
    """The library's child-zz with its first two questions worded otherwise (as a briefing
    imported over it with --replace has them), read again."""
    path = folder / "child-zz.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(OLD_FIRST, NEW_FIRST).replace(OLD_SECOND, NEW_SECOND)
    path.write_text(text, encoding="utf-8")
    review = load_library(folder).get("child-zz")
    assert review is not None and review.questions[0].text == NEW_FIRST
    return review


def answered(folder: Path, sessions: Path, mode: str = "team") -> Path:
    """A saved session on child-zz: Question 1 answered, Question 2 left empty."""
    review = load_library(folder).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented Team", mode=mode)  # type: ignore[arg-type]
    if mode == "team":
        s.set_answer("zz-first", OLD_FIRST, "The health visitor would ring the nursery")
    else:
        s.answers[0].what = "I noticed the invented nursery was not asked"
    return save_session(sessions, s)


def reopened(path: Path, review: Review) -> Session:
    """The session read and synced with `review`, as the app and plain mode open it."""
    session, _ = read_session(path)
    session.sync_questions(review)
    return session


@pytest.mark.parametrize("mode", ["team", "individual"])
def test_an_answer_keeps_the_words_it_was_given_under(fictional_dir, sessions_dir, mode):
    path = answered(fictional_dir, sessions_dir, mode)
    review = reworded(fictional_dir)
    session = reopened(path, review)
    first, second, third = session.answers
    assert first.question == OLD_FIRST  # answered: kept as asked
    assert second.question == NEW_SECOND  # empty: takes the review's words
    assert third.question == "What will you change?"
    assert asked_as(first, review.questions[0]) == OLD_FIRST
    assert asked_as(second, review.questions[1]) is None
    # Saved and opened again: still the words it was given under.
    save_session(sessions_dir, session)
    assert reopened(path, review).answers[0].question == OLD_FIRST


def test_the_same_words_in_other_case_or_spacing_are_followed(fictional_dir, sessions_dir):
    """A question tidied (case, spacing, quotes, closing mark) is the same question: the
    answer takes the review's words and nothing is said."""
    path = answered(fictional_dir, sessions_dir)
    file = fictional_dir / "child-zz.toml"
    file.write_text(file.read_text(encoding="utf-8").replace(OLD_FIRST, "what would  you do FIRST"),
                    encoding="utf-8")
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    session = reopened(path, review)
    assert session.answers[0].question == "what would  you do FIRST"
    assert asked_as(session.answers[0], review.questions[0]) is None
    assert on_reworded(session, review) == ""
    assert same_words("Who’s  told?", "who's told") and not same_words("Who is told?", "Who told?")


def test_opening_says_which_questions_were_answered_under_other_words(fictional_dir,
                                                                        sessions_dir):
    path = answered(fictional_dir, sessions_dir)
    review = reworded(fictional_dir)
    session = reopened(path, review)
    note = ("Question 1 was answered when it read “What would you do first?”; the review now "
            "asks “Who is the [bold]lead[/] agency?”. Its answers are kept, and exported, under "
            "the words they were given under.")
    assert on_reworded(session, review) == note
    assert note in on_opening(session, review)
    session.answers[1].text = "Sam Sample's view"
    session.answers[1].question = "An invented " + "long " * 20 + "question"
    assert on_reworded(session, review).startswith(
        "Questions 1 and 2 were answered under other words than the review now has "
        "(Question 1 read “What would you do first?”, …).")


def test_exports_give_the_answer_under_the_words_it_was_given_under(
        capsys, fictional_dir, sessions_dir, tmp_path):
    path = answered(fictional_dir, sessions_dir)
    review = reworded(fictional_dir)
    save_session(sessions_dir, reopened(path, review))  # opened in the app, saved
    session, _ = read_session(path)
    markdown = to_markdown(session, review)
    assert f"### 1. {OLD_FIRST}\n" in markdown and "lead" not in markdown
    assert f"### 2. {NEW_SECOND}\n" in markdown  # nothing said: the review's words
    answers = json.loads(to_json(session, review))["session"]["answers"]
    assert [a["question"] for a in answers] == [OLD_FIRST, NEW_SECOND, "What will you change?"]
    # The command line, from the file, says the same.
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    out = tmp_path / "notes.md"
    assert main(["export", session.id, "-o", str(out), *dirs]) == 0
    assert f"### 1. {OLD_FIRST}\n" in out.read_text(encoding="utf-8")


def test_check_names_a_question_answered_under_other_words(capsys, fictional_dir,
                                                          sessions_dir):
    path = answered(fictional_dir, sessions_dir)
    review = reworded(fictional_dir)
    session = reopened(path, review)
    save_session(sessions_dir, session)
    dirs = ["--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code = main(["check", session.id, *dirs])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 0
    assert ("reflect check: note: Question 1 was answered when it read “What would you do "
            "first?”; the review now asks “Who is the [bold]lead[/] agency?”.") in err


def test_plain_mode_says_the_words_an_answer_was_given_under(monkeypatch, capsys,
                                                            fictional_dir, sessions_dir):
    path = answered(fictional_dir, sessions_dir)
    session, _ = read_session(path)
    session.current_step = "q:zz-first"
    save_session(sessions_dir, session)
    reworded(fictional_dir)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(["walk", "--resume", session.id, "--content-dir", str(fictional_dir),
          "--sessions-dir", str(sessions_dir)])
    out = " ".join(capsys.readouterr().out.split())
    assert (f"{NEW_FIRST} The answers below were given when the question read “{OLD_FIRST}”."
            in out)
    assert read_session(path)[0].answers[0].question == OLD_FIRST


def test_plain_mode_names_the_first_words_of_answers_kept_and_reworded_again(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    """Given under OLD_FIRST, kept under NEW_FIRST, the review reworded again: plain mode
    named NEW_FIRST, the words they were kept under, the notes OLD_FIRST (a trial)."""
    third = "Which invented agency leads at weekends?"
    path = answered(fictional_dir, sessions_dir)
    session, _ = read_session(path)
    session.current_step = "q:zz-first"
    session.answers[0].question, session.answers[0].given_under = NEW_FIRST, OLD_FIRST
    save_session(sessions_dir, session)
    review = fictional_dir / "child-zz.toml"
    review.write_text(review.read_text(encoding="utf-8").replace(OLD_FIRST, third),
                      encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    main(["walk", "--resume", session.id, "--content-dir", str(fictional_dir),
          "--sessions-dir", str(sessions_dir)])
    out = " ".join(capsys.readouterr().out.split())
    assert f"The answers below were given when the question read “{OLD_FIRST}”." in out
    assert NEW_FIRST not in out
