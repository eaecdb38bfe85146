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
