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


async def opened(pilot, session_id: str, step: str | None = None) -> WalkthroughScreen:  # type: ignore[no-untyped-def]
    """The invented review's session `session_id` opened on `step` (the introduction if
    None), once it has the focus."""
    app = pilot.app
    review = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW))
    session = Session.start(review, session_id, team="Invented team")
    session.current_step = step or "intro"
    screen = WalkthroughScreen(session, review)
    app.push_screen(screen)
    await wait_for(pilot, lambda: app.screen is screen and app.focused is not None)
    return screen


def marked(screen: WalkthroughScreen) -> list[int]:
    steps = screen.query_one("#steps", OptionList)
    return [i for i in range(steps.option_count)
            if str(steps.get_option_at_index(i).prompt).startswith("▶")]


async def test_the_current_step_is_marked_without_colour(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await opened(pilot, "s-mark")
        await wait_for(pilot, lambda: marked(screen) == [screen.index])
        before = screen.index
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: screen.index == before + 1)
        await wait_for(pilot, lambda: marked(screen) == [before + 1])
        await pilot.press("pageup", "pageup")
        await wait_for(pilot, lambda: marked(screen) == [0])


async def test_the_mark_moves_on_screen_too(tmp_path: Path) -> None:
    """Only the lines whose mark changed are drawn again (StepList): the list as drawn has
    one ▶, on the step shown, after each move."""
    from tests.functional.helpers import screen_lines

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await opened(pilot, "s-mark-drawn")

        def drawn() -> list[str]:
            return [line for line in screen_lines(app) if "▶" in line]

        for key in ("pagedown", "pagedown", "pageup"):
            before = screen.index
            await pilot.press(key)
            await wait_for(pilot, lambda: screen.index != before)
            label = screen.steps[screen.index].label
            await wait_for(pilot, lambda: len(drawn()) == 1 and label[:8] in drawn()[0])


async def test_a_tick_shows_on_screen_once_a_question_is_answered(tmp_path: Path) -> None:
    from tests.functional.helpers import screen_lines

    app = make_app(tmp_path / "content", tmp_path / "sessions", tmp_path / "settings.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        first = Review.model_validate(tomllib.loads(FICTIONAL_REVIEW)).questions[0]
        await opened(pilot, "s-tick-drawn", f"q:{first.id}")

        def current_line() -> str:
            return next(line for line in screen_lines(app) if "▶" in line)

        await wait_for(pilot, lambda: "▶· Question 1" in current_line())
        await pilot.press(*"An invented point", "enter")
        await wait_for(pilot, lambda: "▶✓ Question 1" in current_line())
