"""The current step in the step list is marked by a symbol, not only by a shade that is lost
without colour (#15.22)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import OptionList

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.conftest import FICTIONAL_REVIEW
from tests.functional.helpers import wait_for


def marked(screen: WalkthroughScreen) -> list[int]:
    steps = screen.query_one("#steps", OptionList)
    return [i for i in range(steps.option_count)
            if str(steps.get_option_at_index(i).prompt).startswith("▶")]


async def test_the_current_step_is_marked_without_colour(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        session = Session.start(review, "s-mark", team="Invented team")
        session.current_step = "intro"
        screen = WalkthroughScreen(session, review)
        app.push_screen(screen)
        await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
        await wait_for(pilot, lambda: marked(screen) == [screen.index])
        before = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index == before + 1)
        await wait_for(pilot, lambda: marked(screen) == [before + 1])
        await pilot.press("pageup", "pageup")
        await wait_for(pilot, lambda: marked(screen) == [0])
