"""Printable keys waiting one after another joined into one paste (ui/key_order.py,
`KeyReader.joined`) where the focused box says it takes them so, and nowhere else."""

from __future__ import annotations

from types import SimpleNamespace

from textual import events

from reflect.ui.key_order import KeyReader


def reader(joins: bool | None, *keys: str) -> KeyReader:
    box = SimpleNamespace() if joins is None else SimpleNamespace(joins_typing=lambda: joins)
    async def dispatch(key: object) -> None:  # (never called here)
        pass
    keys_reader = KeyReader(SimpleNamespace(focused=box), dispatch)  # type: ignore[arg-type]
    for key in keys:
        keys_reader.keys.put_nowait((events.Key(key, key if len(key) == 1 else None), 0.0))
    return keys_reader


def test_letters_waiting_go_in_as_one_paste_and_enter_waits_its_turn():
    keys = reader(True, *"nvented", "enter", "x")
    joined, count = keys.joined(events.Key("i", "i"))
    assert isinstance(joined, events.Paste) and joined.text == "invented" and count == 8
    assert [key.key for key, _ in keys.back] == ["enter"]  # handed on next, then "x"
    assert keys.keys.qsize() == 1


def test_a_box_that_does_not_say_so_and_a_key_that_is_not_a_letter_go_alone():
    for joins in (None, False):
        keys = reader(joins, *"bc")
        key = events.Key("a", "a")
        assert keys.joined(key) == (key, 1) and keys.keys.qsize() == 2
    keys = reader(True, *"bc")
    tab = events.Key("tab", None)
    assert keys.joined(tab) == (tab, 1) and keys.keys.qsize() == 2
