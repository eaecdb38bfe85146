"""The key reader waits for what the screen on view holds the keys for (key_order.HELD_BY):
until it is done, or at most HOLD_LIMIT, and, given up once, never again (each key after it
waited as long: a read that never answered held every key for five seconds)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from reflect.ui import key_order
from reflect.ui.key_order import KeyReader


async def _nothing(key: object) -> None:
    """A key handed on (not called here)."""


def _reader(screen: object) -> KeyReader:
    app: Any = SimpleNamespace(screen_stack=[screen])
    return KeyReader(app, _nothing)


async def test_a_key_waits_for_the_read_until_it_is_done() -> None:
    read = object()
    screen = SimpleNamespace(keys_held_by=lambda: read)
    reader = _reader(screen)
    waiting = asyncio.create_task(reader.awaited())
    while reader.holding is not read:  # waiting for it
        await asyncio.sleep(0)
    screen.keys_held_by = lambda: None  # the read answered
    await asyncio.wait_for(waiting, 10)
    assert reader.holding is None and reader.given_up is None


async def test_what_keys_waited_for_too_long_holds_none_again(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(key_order, "HOLD_LIMIT", 0.02)
    read = object()
    screen = SimpleNamespace(keys_held_by=lambda: read)  # a read that never answers
    reader = _reader(screen)
    await asyncio.wait_for(reader.awaited(), 10)
    assert reader.given_up is read and reader.holding is None
    assert reader.held_by() is None  # the next key does not wait for it
    later = object()
    screen.keys_held_by = lambda: later  # a new read (the team typed again) holds them again
    assert reader.held_by() is later


async def test_a_screen_that_says_nothing_holds_no_key() -> None:
    reader = _reader(SimpleNamespace())
    await asyncio.wait_for(reader.awaited(), 10)
    assert reader.held_by() is None
