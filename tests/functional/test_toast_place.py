"""Where messages (Textual's toasts) are drawn: at the foot of the screen's main area, on the
right, over none of the titles (the session's at the top, the step's, the question's) and none
of the lines under it (the time line, the status line, the keys; in the presentation view the
hint and the room's line). A new user's trial: at 80x24 and 100x30 a message sat over the
session's and the step's titles, on every step, for as long as it lasted."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Header
from textual.widgets._toast import Toast

from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from reflect.ui.screens.walkthrough import WalkthroughScreen
from reflect.ui.widgets.footer import ReflectFooter
from tests.functional.helpers import start_and_go_to, wait_for

SIZES = [(80, 24), (100, 30)]
LONG = ("An invented message long enough to take two or three lines of a toast, as the room's "
        "and the export's messages do, so that it reaches well into the screen.")


async def toasts_drawn(pilot, app: App[None]) -> list[Region]:  # type: ignore[no-untyped-def]
    app.notify(LONG, severity="warning", timeout=60)
    app.notify("Invented notes written: invented.md", timeout=60)
    await wait_for(pilot, lambda: len(app.screen.query(Toast)) == 2
                   and all(t.region for t in app.screen.query(Toast)))
    for _ in range(3):  # placed once the screen is laid out with them
        await pilot.pause()
    return [t.region for t in app.screen.query(Toast)]


def covered(toasts: list[Region], widgets: list[Widget]) -> list[str]:
    """The widgets (drawn, and not empty) a toast is drawn over."""
    return [f"{w!r} at {w.region}" for w in widgets if w.region
            for toast in toasts if toast.overlaps(w.region)]


@pytest.mark.parametrize("size", SIZES)
async def test_messages_on_a_step_cover_no_title_and_no_line_at_the_foot(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await start_and_go_to(pilot, "question")
        assert isinstance(screen, WalkthroughScreen)
        toasts = await toasts_drawn(pilot, app)
        pane = screen.panes[screen.index]
        kept = [screen.query_one(Header), screen.query_one("#step-title"),
                pane.query_one(".question-head"), screen.query_one("#timer"),
                screen.query_one("#status"), screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []
        assert all(t.right == size[0] for t in toasts), toasts  # on the right, as before
        # The presentation view: its hint under the step, the keys.
        await pilot.press("f5")
        await wait_for(pilot, lambda: screen.has_class("-presenting")
                       and screen.query_one("#present-hint").region.height > 0)
        for _ in range(3):
            await pilot.pause()
        toasts = [t.region for t in screen.query(Toast)]
        assert len(toasts) == 2
        kept = [screen.query_one(Header), screen.query_one("#step-title"),
                screen.query_one("#timer"), screen.query_one("#present-hint"),
                screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []


@pytest.mark.parametrize("size", SIZES)
async def test_messages_on_the_start_screen_cover_neither_its_title_nor_its_foot(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        screen = app.screen
        toasts = await toasts_drawn(pilot, app)
        kept = [screen.query_one(Header), *screen.query(".pane-title"),
                screen.query_one("#where"), screen.query_one(ReflectFooter)]
        assert covered(toasts, kept) == []
