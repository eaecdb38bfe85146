"""Linking an agreed action to a recommendation or an action-plan item: the review's full
words are stored (#15.3), and the drop-down fits an 80x24 screen (#15.6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Select

from reflect.model.review import Recommendation
from reflect.model.session import Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import open_drop_down, wait_for
from tests.unit.test_links import LONG, long_review


async def open_actions(pilot, review) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    session = Session.start(review, "s-link", team="Invented team")
    session.current_step = "actions"
    screen = WalkthroughScreen(session, review)
    pilot.app.push_screen(screen)
    await wait_for(pilot, lambda: pilot.app.screen is screen and pilot.app.focused is not None)
    return screen


async def test_an_action_linked_to_a_long_recommendation_keeps_its_full_words(
        tmp_path: Path) -> None:
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_actions(pilot, long_review())
        await pilot.press(*"Invented action")
        screen.query_one(".action-recommendation", Select).value = LONG
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: len(screen.session.actions) == 1)
        assert screen.session.actions[0].recommendation == LONG


@pytest.mark.parametrize("extra", [0, 14])
async def test_the_drop_down_fits_the_screen_and_offers_the_action_plan(
        tmp_path: Path, extra: int) -> None:
    from reflect.ui.widgets.timer import TimerBar

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        review = long_review(plan=True)
        review = review.model_copy(update={"recommendations": review.recommendations + [
            Recommendation(text=f"Invented recommendation {n}") for n in range(extra)]})
        screen = await open_actions(pilot, review)
        overlay = await open_drop_down(pilot, screen.query_one(".action-recommendation", Select))
        await pilot.pause()
        labels = [str(overlay.get_option_at_index(i).prompt)
                  for i in range(overlay.option_count)]
        assert any(label.startswith("Action plan") for label in labels)
        timer = screen.query_one(TimerBar)
        await wait_for(pilot, lambda: overlay.region.bottom <= timer.region.y)  # not over it
        assert overlay.region.right <= 80
        assert overlay.virtual_size.height == overlay.option_count  # one line per option


@pytest.mark.parametrize("letter", ["s", "n"])
async def test_a_letter_chooses_the_recommendation_its_words_start_with(
        tmp_path: Path, letter: str) -> None:
    """Letters typed on the recommendation box (it finds by a choice's words) were matched
    against its "no choice" row too, read as "Select.NULL": "s" and "n" chose that row, and
    the box was left empty, whatever recommendation started with them."""
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        review = long_review()
        wanted = {"s": "Strengthen the invented referral pathway",
                  "n": "Name an invented lead for the Riverside Team"}
        review = review.model_copy(update={"recommendations": [
            Recommendation(text="Invented first recommendation"),
            *(Recommendation(text=words) for words in wanted.values())]})
        screen = await open_actions(pilot, review)
        select = screen.query_one(".action-recommendation", Select)
        select.focus()
        await wait_for(pilot, lambda: app.focused is select)
        await pilot.press(letter)
        await wait_for(pilot, lambda: select.value == wanted[letter])
        assert select.value == wanted[letter]
