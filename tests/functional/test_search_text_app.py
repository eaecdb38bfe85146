"""The start screen's search as a person meets it: a review found by words of its text says
where, and the list's notes are read whole however narrow the list (80x24, 60x20)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from reflect.ui.app import make_app
from tests.functional.helpers import type_text, wait_for
from tests.text_reviews import review_with_text

NOTE = "No review matches your search: empty the search box (/) to see them all."


def list_text(app, wid: str) -> str:  # type: ignore[no-untyped-def]
    """The words a list shows on screen, its lines joined: what a person can read of it."""
    widget = app.screen.query_one(wid)
    region = widget.content_region
    lines = [strip.text for strip in app.screen._compositor.render_strips()]
    shown = [line[region.x:region.right] for line in lines[region.y:region.bottom]]
    return " ".join(" ".join(shown).split())


async def search_for(pilot, words: str) -> OptionList:  # type: ignore[no-untyped-def]
    """`words` typed in the start screen's search box (/) once the library is read; returns
    the list of reviews."""
    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None)
    reviews = app.screen.query_one("#reviews", OptionList)
    await pilot.press("slash")
    await type_text(pilot, words)
    return reviews


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_note_of_a_search_that_finds_nothing_is_read_whole(fictional_dir,
                                                                    sessions_dir, size):
    """"No review matches your search: empty the se…" at 80x24: the review list gives each
    line of a review one line, cut where it has no room, and its note was cut the same."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        reviews = await search_for(pilot, "quokka")
        await wait_for(pilot, lambda: reviews.highlighted is None)
        await wait_for(pilot, lambda: NOTE in list_text(app, "#reviews"))
        assert "…" not in list_text(app, "#reviews")
        await pilot.resize_terminal(*((60, 20) if size == (80, 24) else (80, 24)))
        await wait_for(pilot, lambda: NOTE in list_text(app, "#reviews"))


SCHOOL = '''
[[learning]]
title = "Invented learning"
text = "The invented school nurse saw the change first."
'''


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_review_mentioning_a_word_in_its_text_is_found_saying_where(
        fictional_dir, sessions_dir, size):
    """`/school` found nothing: the search looked at titles, summaries and themes only, and
    the briefing's learning spoke of the school nurse."""
    (fictional_dir / "child-zz.toml").write_text(review_with_text("child-zz", SCHOOL),
                                                 encoding="utf-8")
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        reviews = await search_for(pilot, "school")
        await wait_for(pilot, lambda: reviews.option_count == 1
                       and reviews.highlighted == 0)
        assert reviews.get_option_at_index(0).id == "child-zz"
        await wait_for(pilot, lambda: "Mentions “school” in Key learning"
                       in list_text(app, "#reviews"))
        await pilot.press("enter", "enter")  # to the one review found, then a new session on it
        from reflect.ui.screens.new_session import NewSessionScreen

        await wait_for(pilot, lambda: isinstance(app.screen, NewSessionScreen))
