"""A question the review words otherwise than when it was answered (the review replaced by
another briefing, or reworded): the pane showed the new words over the team's answers to the
old ones, and said nothing. It shows the review's words and, under them, the words the answers
were given under, literally. All data invented."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, read_session, save_session
from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from tests.functional.helpers import open_saved_session, said, shown, wait_for

OLD = "What would you do [i]first[/i]?"
NEW = "Who is the lead agency for Child ZZ?"


def saved_then_reworded(folder: Path, sessions: Path) -> Path:
    """A team session answered on Question 1 (where it opens), then the library's question
    reworded, as a briefing imported over the review with --replace has it."""
    file = folder / "child-zz.toml"
    file.write_text(file.read_text(encoding="utf-8").replace("What would you do first?", OLD),
                    encoding="utf-8")
    review = load_library(folder).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented Team", current_step="q:zz-first")
    s.set_answer("zz-first", OLD, "Sam Sample would ring the nursery")
    path = save_session(sessions, s)
    file.write_text(file.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
    return path


async def test_the_pane_says_the_words_the_answers_were_given_under(fictional_dir,
                                                                      sessions_dir):
    path = saved_then_reworded(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(".answered-when"))
        pane = screen.query_one(".question-pane")
        assert shown(pane.query_one(".question", Literal)).strip() == NEW
        note = shown(pane.query_one(".answered-when", Literal)).strip()
        assert note == ("The answers below were given when the question read “What would you "
                        "do [i]first[/i]?”.")  # literally, never as markup
        await wait_for(pilot, lambda: any("Question 1 was answered when it read" in m
                                          for m in said(app)))
        await pilot.press("ctrl+s")
    # Saved: still the words it was given under.
    assert read_session(path)[0].answers[0].question == OLD


async def test_no_note_where_the_words_are_the_same(fictional_dir, sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented Team", current_step="q:zz-first")
    s.set_answer("zz-first", "what would  you do FIRST", "Sam Sample would ring the nursery")
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_saved_session(pilot)
        await wait_for(pilot, lambda: screen.query(".question-pane .question"))
        assert not screen.query(".answered-when")
