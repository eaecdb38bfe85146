"""The suite's pilot tests paint once, at the end (tests/conftest.py: _paint_only_at_the_end):
a widget that cannot render what it holds still fails the test it is in."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Static


class CannotRender(Widget):
    DEFAULT_CSS = "CannotRender { height: 1; width: 12; }"  # laid out without rendering

    def render(self) -> str:
        raise ValueError("an invented widget that cannot render")


class ShowsIt(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Sam Sample", markup=False)
        yield CannotRender()


async def test_a_widget_that_cannot_render_fails_the_test_it_is_in() -> None:
    with pytest.raises(ValueError, match="cannot render"):
        async with ShowsIt().run_test() as pilot:
            await pilot.pause()


async def test_a_widget_that_renders_passes() -> None:
    app = ShowsIt()
    async with app.run_test() as pilot:
        app.query_one(CannotRender).remove()
        await pilot.pause()
