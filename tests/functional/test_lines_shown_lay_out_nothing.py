"""A line whose new words take the room the old ones took lays nothing out.

Textual lays the whole screen out for each text a Static is given (`Static.update`): the time
line once a second, the status line at each save, the step's title at each step, every
widget of the step placed again for a line the same size as before. A `Literal` asks for the
layout only where its size may change: held by something as wide as its text (`width:
auto`), or its height is its text's and the new text takes more or fewer lines."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen

from reflect.ui.app import make_app
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.timer import TimerBar
from tests.functional.helpers import start_new, wait_for

LONG = "An invented status, " * 12


def counting_layouts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    laid_out: list[object] = []
    whole = Screen._refresh_layout

    def counted(self: Screen[Any], *args: Any, **kwargs: Any) -> None:
        laid_out.append(self)
        whole(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    return laid_out


async def test_the_time_and_status_lines_lay_nothing_out_for_words_the_same_size(
        fictional_dir: Any, sessions_dir: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_new(pilot, mode="individual", title="Invented reflection")
        timer = screen.query_one(TimerBar)
        status = screen.query_one("#status", Literal)
        await pilot.pause()
        laid_out = counting_layouts(monkeypatch)
        for n in range(5):
            timer.show(f"Time on this step 0:1{n} · Total 0:1{n}")
            status.show(f"0/6 answered · saved ✓ invented-{n}.toml")
            await pilot.pause()
        assert not laid_out, len(laid_out)
        assert status.region.height == timer.region.height == 1


class Lines(App[None]):
    CSS = """
    #auto { width: auto; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(id="row"):
            yield Literal("Moorvale", id="auto")
        yield Literal("Sam Sample", id="wraps")


async def test_a_line_is_given_the_room_its_new_words_take() -> None:
    """Lines its words wrap to (`height: auto`), and columns where its width is its words'."""
    app = Lines()
    async with app.run_test(size=(40, 10)) as pilot:
        auto = app.query_one("#auto", Literal)
        wraps = app.query_one("#wraps", Literal)
        await wait_for(pilot, lambda: auto.region.width == len("Moorvale")
                       and wraps.region.height == 1)
        auto.show("Moorvale Children's Team")
        wraps.show(LONG)
        await wait_for(pilot, lambda: auto.region.width == len("Moorvale Children's Team")
                       and wraps.region.height > 2)
        wraps.show("Sam Sample")
        await wait_for(pilot, lambda: wraps.region.height == 1)
