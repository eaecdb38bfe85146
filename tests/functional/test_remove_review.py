"""Removing a review from the start screen (Delete on the review list): asked first, its file
kept in the library's `removed` folder; with saved sessions on it, they are named and only
its own button removes it; a session on it then opens read-only."""

from __future__ import annotations

from textual.widgets import Button, OptionList

from reflect.model.session import Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.screens.confirm import ConfirmScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import enter_on_the_only_session, every_said, shown, wait_for


async def test_delete_on_a_review_asks_then_moves_its_file_into_removed(fictional_dir,
                                                                        sessions_dir):
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: app.library is not None and reviews.option_count == 1)
        reviews.focus()
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = app.screen.question
        assert question.startswith("Remove review child-zz “Child ZZ” from the library?")
        assert "Nothing is deleted: move its file back into the library folder" in question
        # Shown in that order: the question, where the file goes, how to undo it ("Its file
        # is moved into …" came above the question it answers: a trial).
        said = [shown(w) for w in app.screen.query("Literal, Fitted")]
        assert [s.split()[0] for s in said] == ["Remove", "Its", "Nothing"]
        assert "".join(said[1].split()).endswith(str(fictional_dir / "removed"))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.library.get("child-zz") is None)
    assert (fictional_dir / "removed" / "child-zz.toml").is_file()
    assert not (fictional_dir / "child-zz.toml").exists()


async def test_with_sessions_on_it_they_are_named_and_then_open_read_only(fictional_dir,
                                                                         sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, new_session_id(review.id), title="Invented huddle",
                            team="Invented Team")
    session.set_answer("zz-first", "What would you do first?", "Ring Sam Sample.")
    save_session(sessions_dir, session)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        reviews = app.screen.query_one("#reviews", OptionList)
        sessions = app.screen.query_one("#sessions", OptionList)
        await wait_for(pilot, lambda: app.library is not None and sessions.option_count == 1)
        reviews.focus()
        await pilot.press("delete")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = " ".join(app.screen.question.split())
        assert (f"1 saved session is on it: “Invented huddle” ({session.id}). Once removed, "
                "the review is no longer in the library, and that session opens read-only"
                ) in question
        await pilot.press("y")  # a letter does not remove a review sessions are on
        assert isinstance(app.screen, ConfirmScreen)
        assert (fictional_dir / "child-zz.toml").is_file()
        app.screen.query_one("#yes", Button).press()  # "Remove anyway"
        await wait_for(pilot, lambda: app.library.get("child-zz") is None)
        assert (fictional_dir / "removed" / "child-zz.toml").is_file()
        sessions.focus()
        sessions.highlighted = 0
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        banner = " ".join(str(app.screen.query_one("#read-only").render()).split())
        assert ("READ-ONLY: this session is on the review child-zz, removed from the library "
                "(its file is kept in ") in banner
        assert app.screen.review.title == "Child ZZ"


async def test_a_session_on_a_review_neither_there_nor_removed_still_says_so(fictional_dir,
                                                                            sessions_dir):
    review = load_library(fictional_dir).get("child-zz")
    session = Session.start(review, new_session_id(review.id), title="Invented huddle")
    save_session(sessions_dir, session)
    (fictional_dir / "child-zz.toml").unlink()  # deleted by hand: nothing kept
    app = make_app(fictional_dir, sessions_dir)
    said = every_said(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await enter_on_the_only_session(pilot)
        await wait_for(pilot, lambda: any("which is not in the library now" in m for m in said))
        assert not isinstance(app.screen, WalkthroughScreen)
