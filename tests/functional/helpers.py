"""Helpers for pilot tests: poll for a condition instead of sleeping."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from textual.pilot import Pilot


async def wait_for(pilot: Pilot, condition: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)
        await asyncio.sleep(0.01)


async def type_text(pilot: Pilot, text: str) -> None:
    """Type text key by key (newlines as Enter)."""
    for ch in text:
        await pilot.press("enter" if ch == "\n" else ch if ch != " " else "space")


def shown(widget: object) -> str:
    """The text a Static widget shows (rendered, as plain text)."""
    import io

    from rich.console import Console

    content = widget.content  # type: ignore[attr-defined]
    if hasattr(content, "plain"):
        return content.plain
    console = Console(width=300, record=True, file=io.StringIO(), color_system=None)
    console.print(content)
    return console.export_text()


async def start_and_go_to(pilot: Pilot, kind: str = "question"):
    """From the start screen: a new session on the highlighted review (form defaults), then
    forward to the first step of `kind`. Returns the walkthrough screen."""
    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None)  # type: ignore[attr-defined]
    await pilot.press("enter", "ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    screen = app.screen
    while screen.steps[screen.index].kind != kind:  # type: ignore[attr-defined]
        await pilot.press("pagedown")
    if kind == "question":
        await focus_summary(pilot, screen)
    return screen


async def focus_summary(pilot: Pilot, screen) -> None:  # type: ignore[no-untyped-def]
    """Put the cursor in the current question's free-text answer (a team's summary box; it
    is where a point typed as a paragraph goes), past the points form that has focus first."""
    from textual.widgets import TextArea

    area = screen.query_one(f"#answer-{screen.index}", TextArea)
    area.focus()
    await wait_for(pilot, lambda: pilot.app.focused is area)


async def open_saved_session(pilot: Pilot):  # type: ignore[no-untyped-def]
    """From the start screen: open the only saved session; returns the walkthrough screen."""
    from textual.widgets import OptionList

    from reflect.ui.screens.walkthrough import WalkthroughScreen

    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None  # type: ignore[attr-defined]
                   and app.screen.query_one("#sessions", OptionList).option_count == 1)
    app.screen.query_one("#sessions", OptionList).focus()
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, WalkthroughScreen))
    return app.screen


def burst_keys(pilot: Pilot, keys: list[str]) -> None:
    """Send `keys` (Textual key names, or single characters) all at once, as `burst` does."""
    from textual import events

    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        character = key if len(key) == 1 else None
        event = events.Key("space" if key == " " else key, character)
        event.set_sender(pilot.app)
        driver.send_message(event)


def burst(pilot: Pilot, text: str) -> None:
    """Send `text` as a fast typist or a paste into a terminal does: every key queued at once,
    without waiting for the app between keys (newlines as Enter)."""
    from textual import events

    driver = pilot.app._driver
    assert driver is not None
    for ch in text:
        key = "enter" if ch == "\n" else "space" if ch == " " else ch
        event = events.Key(key, "\r" if ch == "\n" else ch)
        event.set_sender(pilot.app)
        driver.send_message(event)
