"""Keys handled one at a time, in the order they were typed.

Textual gives each key to the focused widget as soon as the App reads it; a widget's ordinary
bindings run only once the key has bubbled back up to the App, and a focus change waits in the
App's queue. Typed fast (a fast typist, a paste, `tmux send-keys`), keys overtook each other:
the letters after Enter on the library reached the list before the new-session form had
opened, words after "/" went to the list instead of the search box, a Space that ticks a row
acted after the Tab behind it, a title typed before Ctrl+S was still waiting when the session
started.

A paste is typing too: it went straight to the box while the letters typed just before it
were still waiting, and landed in the middle of them ("SLine one…hort one"). So ReflectApp
reads keys and pastes in a task of their own (`KeyReader`): before it hands on a key, the
last one has been handled by the widget it was given to and each container it bubbled
through, the App has done what that asked of it (bindings, focus moves), and a screen it
opened is ready for keys. A widget busy with something else holds the keyboard for at most
`SETTLE_LIMIT` seconds (the keys typed meanwhile wait, in order), and so does a screen
reading what the next keys are meant for (`HELD_BY`).
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeGuard

from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

PASSES = 2
"""Times what a key set going is followed up its path (see `KeyReader.settled`)."""
ENTER_FROM = "enter_from"
"""A screen may say from when (`time.monotonic`) it takes Enter: an Enter that arrived before
then is dropped. The walkthrough takes it once it is built (its first frame follows): the
second of two quick Enters on a saved session, the first opening it, reached the box it
opened on, adding last time's unadded point or a new line to an answer, unseen. Other keys
typed meanwhile still arrive, in order: while a screen's `enter_from` is still infinite (not
built yet, or `reflect open`'s empty first screen, which gives way at once) the keys wait for
the screen that follows (`KeyReader.built`)."""
ANSWERED_ON_SCREEN = "keys_answered_on_screen"
"""A widget may say that what its keys set going is answered by its screen (a choice posted
up to it): the next key then waits for the screen to have done it. The step list's Enter
shows the step chosen; the first letter typed straight after reached the list, not the step's
box, and was lost (a trial: "Refresh" became "efresh")."""
HELD_BY = "keys_held_by"
"""A screen may hold the next keys while something they are meant for is still being read: a
method giving what is awaited (any object), or None while nothing is. The new-session form
holds them while it reads last time's participants for the team typed, once the focus has
left the team box: typed in one burst, the Tab and Space after the facilitator's name went on
before the list was shown, past it into the participants box, and ticked nobody (a trial).
Keys wait, in order, at most `HOLD_LIMIT` for one thing: given up, it holds no key again."""
JOINS_TYPING = "joins_typing"
"""A box may say (a method of no arguments, True or False) whether the printable keys waiting
one after another to go into it may go in as one paste (`KeyReader.joined`): each key handed
on alone waits for its whole path to settle, some 4 ms a key, and 1,994 letters sent into a
point box (`tmux send-keys`, a terminal pasting without bracketed paste) took 2 s to 8 s, the
Enter after them waiting with the box saying `Not added yet: Enter adds it` (a trial). Only a
box whose keys do nothing but type says so, and only while nothing in it is selected."""
BUILT_POLL = 0.005
"""Seconds between looks at whether the screen on view is built yet."""
SETTLE_LIMIT = 5.0
"""Seconds the next key waits at most for the one before it (and again for a screen it
opened, which can take seconds to build on a busy machine). Keys typed meanwhile wait their
turn; none is lost."""
HOLD_LIMIT = SETTLE_LIMIT
"""Seconds keys wait at most for what a screen holds them for (`HELD_BY`): as long as for the
key before; a name of its own so that a test can shorten this wait alone."""


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


Typed = events.Key | events.Paste
"""What the reader hands on in order: keys and pastes."""


def printable(key: Typed) -> TypeGuard[events.Key]:
    """Whether `key` types one printable character (no Enter, Tab, arrow or Ctrl key)."""
    return isinstance(key, events.Key) and key.is_printable and len(key.character or "") == 1


class KeyReader:
    """Hands the app's keys and pastes on one at a time (`dispatch` is Textual's own
    handling)."""

    def __init__(self, app: App[Any], dispatch: Callable[[Typed], Awaitable[None]]) -> None:
        self.app = app
        self.dispatch = dispatch
        self.keys: asyncio.Queue[tuple[Typed, float]] = asyncio.Queue()
        """Keys waiting, each with when it arrived (`time.monotonic`)."""
        self.back: list[tuple[Typed, float]] = []
        """The key taken from `keys` after a run of printable ones joined (`joined`), to be
        handed on next."""
        self.task: asyncio.Task[None] | None = None
        self.handed = 0
        """Keys and pastes handed on so far, a run of keys joined (`joined`) as the keys it
        holds: the one being handled is number `handed`."""
        self.holding: object | None = None
        """What the next key waits for now (a screen's `HELD_BY`), or None."""
        self.given_up: object | None = None
        """What keys waited for longer than `HOLD_LIMIT`: no key waits for it again."""

    def stop(self) -> None:
        """No more keys (the app is ending)."""
        if self.task is not None:
            self.task.cancel()

    def put(self, key: Typed) -> None:
        if self.task is None:  # the first key starts the reader
            self.task = asyncio.create_task(self.read(), name="reflect keys")
        if not self.task.done():
            self.keys.put_nowait((key, time.monotonic()))

    async def read(self) -> None:
        app = self.app
        while True:
            key, arrived = self.back.pop() if self.back else await self.keys.get()
            try:
                await self.built()
                await self.awaited()
                key, count = self.joined(key)
                if isinstance(key, events.Key) and key.key == "enter" \
                        and arrived < getattr(app.screen, ENTER_FROM, 0.0):
                    continue  # typed before this screen was on view: see `ENTER_FROM`
                target, screen = app.focused or app.screen, app.screen
                self.handed += count
                await self.dispatch(key)  # a priority binding, or given to `target`
                await self.settled(key, target if key.is_forwarded else None, screen)
            except Exception as error:  # reported as Textual reports a handler's error
                app._handle_exception(error)
            finally:
                self.keys.task_done()

    def joined(self, key: Typed) -> tuple[Typed, int]:
        """`key` and the printable keys waiting behind it as one paste, where the focused box
        takes typing so (`JOINS_TYPING`), else `key`; and how many keys that is (`handed`
        counts keys). The first key that is not printable waits in `back`, handed on next."""
        joins: Callable[[], bool] | None = getattr(self.app.focused, JOINS_TYPING, None)
        if not printable(key) or self.keys.empty() or joins is None or not joins():
            return key, 1
        text = [key.character or ""]
        while not self.keys.empty():
            waiting = self.keys.get_nowait()
            if not printable(letter := waiting[0]):
                self.back.append(waiting)
                break
            text.append(letter.character or "")
            self.keys.task_done()
        if len(text) == 1:
            return key, 1
        paste = events.Paste("".join(text))
        paste.set_sender(self.app)
        return paste, len(text)

    async def built(self) -> None:
        """Return once the screen on view is built (`ENTER_FROM`), or after `SETTLE_LIMIT`.
        Typed as `reflect open` starts, the first keys reached the empty screen under the
        session, which has nothing to give them to, and were lost."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_LIMIT
        stack = self.app.screen_stack  # (empty as the app ends: nothing to wait for)
        while stack and math.isinf(getattr(stack[-1], ENTER_FROM, 0.0)) \
                and loop.time() < deadline:
            await asyncio.sleep(BUILT_POLL)
            stack = self.app.screen_stack

    async def awaited(self) -> None:
        """Return once the screen on view holds keys for nothing (`HELD_BY`), or after
        `HOLD_LIMIT`: what was awaited then is given up, and holds no key again."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + HOLD_LIMIT
        try:
            while (by := self.held_by()) is not None:
                if loop.time() >= deadline:
                    self.given_up = by
                    return
                self.holding = by
                await asyncio.sleep(BUILT_POLL)
        finally:
            self.holding = None

    def held_by(self) -> object | None:
        """What the screen on view holds the keys for (`HELD_BY`), unless given up."""
        stack = self.app.screen_stack
        said: Callable[[], object | None] | None = \
            getattr(stack[-1], HELD_BY, None) if stack else None
        by = said() if said is not None else None
        return None if by is None or by is self.given_up else by

    async def handled(self) -> None:
        """Return once every key put so far has been handled (tests wait on this instead of
        sleeping between keys)."""
        await self.keys.join()

    async def settled(self, key: Typed, node: DOMNode | None, screen: Screen[Any]) -> None:
        """Return once `key` has been handled (or `SETTLE_LIMIT` passed)."""
        app = self.app
        deadline = asyncio.get_running_loop().time() + SETTLE_LIMIT
        path: list[DOMNode] = []
        # The key goes up from the widget it was given to until one handles it and stops it.
        while node is not None and node is not app and not key._stop_propagation:
            if not await caught_up(node, deadline):
                return
            path.append(node)
            node = node.parent
        if not path and app.focused is not None:  # a priority binding: where it moved focus
            path.append(app.focused)
        if path and getattr(path[0], ANSWERED_ON_SCREEN, False):  # followed up to its screen
            path.extend(n for n in path[-1].ancestors if n is not app and n not in path)
        # What it set going (a binding run by the App, a message such as "option chosen" on
        # its way up to the screen that opens a dialog, a new screen starting, a focus move)
        # follows the same way up: the App, then the path from the bottom, twice over. Every
        # node is waited for, busy or not: one in the middle of a message shows no queue.
        for _ in range(PASSES):
            for n in (app, *path):
                if not await caught_up(n, deadline):
                    return
            if app.screen is not screen:
                screen = app.screen
                path.append(screen)
                deadline = asyncio.get_running_loop().time() + SETTLE_LIMIT
                if not await caught_up(screen, deadline):
                    return
        await caught_up(app, deadline)
