"""Searching the library the way people type a review's name."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for


@pytest.mark.parametrize("query", ["Child L", "child-l"])
async def test_searching_a_review_by_its_name_lists_only_that_review(content_dir, sessions_dir,
                                                                    query):
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await wait_for(pilot, lambda: reviews.option_count == 4)
        await pilot.press("slash")
        await type_text(pilot, query)
        await wait_for(pilot, lambda: reviews.option_count == 1)
        assert reviews.get_option_at_index(0).prompt.plain.startswith("Child L")


async def test_the_first_letter_of_a_reviews_name_finds_it(fictional_dir, sessions_dir):
    """Reviews are named by letters: typing "z" found nothing for Child ZZ (fresh-eyes trial)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash", "z")
        await wait_for(pilot, lambda: reviews.option_count == 1
                       and reviews.get_option_at_index(0).prompt.plain.startswith("Child ZZ"))


async def test_enter_in_the_search_box_takes_the_top_match(fictional_dir, sessions_dir):
    """Enter after a search starts a session on the review found (the form opens), or opens
    the saved session found when no review matches; with nothing found it says so."""
    from textual.widgets import Input

    from reflect.model.session import Session
    from reflect.store.library import load_library
    from reflect.store.sessions import save_session
    from reflect.ui.screens.new_session import NewSessionScreen
    from reflect.ui.screens.start import StartScreen
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20260101-child-zz-0000beef",
                                             title="Quokka invented meeting"))
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.library is not None)
        reviews = app.screen.query_one("#reviews", OptionList)
        await pilot.press("slash")
        await type_text(pilot, "zz")
        await wait_for(pilot, lambda: reviews.option_count == 1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
        assert app.screen.review.id == "child-zz"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        search = app.screen.query_one("#search", Input)
        search.value = ""
        search.focus()
        await type_text(pilot, "quokka")  # no review: the saved session's title
        await wait_for(pilot, lambda: reviews.get_option_at_index(0).disabled)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
        assert app.screen.session.id == "20260101-child-zz-0000beef"
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen))
        search.value = ""
        search.focus()
        await type_text(pilot, "nothing invented matches this")
        await pilot.press("enter")
        await wait_for(pilot, lambda: any("Nothing matches the search" in n.message
                                          for n in app._notifications))
        assert isinstance(app.screen, StartScreen)
