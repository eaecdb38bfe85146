"""Keys handled one at a time, in the order they were typed.

Textual gives each key to the focused widget as soon as the App reads it, and a widget's
ordinary bindings run only once the key has bubbled back up to the App. Typed fast (a burst
from a fast typist, a paste, `tmux send-keys`), keys overtook each other: the letters after
Enter on the library reached the list before the new-session form had opened, a Space that
ticks a row acted after the Tab behind it, a title typed before Ctrl+S was still waiting when
the session started. So ReflectApp waits, before reading the next key, until the last one has
been handled: by the widget it was given to, or by each container it bubbled through up to
the screen, where the bindings now run (`run_bindings`); and, if the key opened or closed a
screen, until the new screen is ready for keys. A widget busy with something else holds the
keyboard for at most `SETTLE_LIMIT` seconds.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

SETTLE_LIMIT = 0.5
"""Seconds the next key waits at most for the one before it."""


async def caught_up(node: DOMNode, deadline: float) -> bool:
    """Wait until `node` has handled every message already queued for it; False if the
    deadline passed first."""
    done = asyncio.Event()
    if not node.call_later(done.set):  # closing: nothing more happens there
        return True
    left = deadline - asyncio.get_running_loop().time()
    try:
        await asyncio.wait_for(done.wait(), max(left, 0.001))
    except TimeoutError:
        return False
    return True


class KeyOrder:
    """The last key the app gave to a widget, and waiting until it has been handled."""

    def __init__(self) -> None:
        self.key: events.Key | None = None
        self.given_to: DOMNode | None = None
        self.screen: Screen[Any] | None = None

    def given(self, key: events.Key, widget: DOMNode, screen: Screen[Any]) -> None:
        self.key, self.given_to, self.screen = key, widget, screen

    async def settled(self, app: App[Any]) -> None:
        """Return once the last key given out has been handled (or `SETTLE_LIMIT` passed)."""
        key, node, screen = self.key, self.given_to, self.screen
        self.key = self.given_to = self.screen = None
        if key is None:
            return
        deadline = asyncio.get_running_loop().time() + SETTLE_LIMIT
        # The key goes up from the widget it was given to until one handles it and stops it.
        while node is not None and node is not app and not key._stop_propagation:
            if not await caught_up(node, deadline):
                return
            node = node.parent
        if app.screen is not screen:  # it opened or closed a screen: let that one get ready
            await caught_up(app.screen, deadline)


async def run_bindings(screen: Screen[Any], event: events.Key) -> None:
    """The bindings of the focused widget, its containers, the screen and the app, run as the
    key reaches the screen (Textual runs them from the App's queue, behind later keys)."""
    if await screen.app._check_bindings(event.key):
        event.stop()
        event.prevent_default()
