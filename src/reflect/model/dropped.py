"""A dropped action (`ActionStatus` "dropped": no longer needed) as a session file holds it:
its status written `done`, with `dropped = true` beside it (`status_before_dropped = true`
for a carried action's status before), so that a reflect older than schema 10, which knows
no "dropped", opens the file read-only (its unknown fields left out) and sees the action
closed, as done, never open again and carried to every meeting. Refused as a value it does
not know, the older reflect listed the whole file as one it could not read.

Pure: the store turns a session's data to the file's (`to_file`) as it saves and back
(`from_file`) as it reads, before the model sees it."""

from __future__ import annotations

from collections.abc import Iterator

from reflect.text import ordinal

DROPPED = "dropped"
"""The status in the model, the notes, the JSON and the CSV."""
_FLAGS = {"status": "dropped", "status_before": "status_before_dropped"}
"""Each status key of an action's table, and the key beside it that says it was dropped."""
EARLIER_FLAG = "earlier_dropped"
"""A carried action's key saying its `earlier` table's status was dropped: in the carried
action's own table, since a reflect of schema 9 leaves out an unknown key of a list's table,
but refuses one inside `earlier` (tried)."""


def _tables(data: dict[str, object]) -> Iterator[tuple[dict[str, object], dict[str, object]]]:
    """Each table of `data` (a session's) that holds an action's status, with the table its
    flags go in: each action and carried action, its own; what a carried action's session
    held (`earlier`), the carried action's."""
    for key in ("actions", "carried"):
        items = data.get(key)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict):
                yield item, item
                earlier = item.get("earlier")
                if isinstance(earlier, dict):
                    yield earlier, item


def _flags(table: dict[str, object], home: dict[str, object]) -> dict[str, str]:
    return _FLAGS if table is home else {"status": EARLIER_FLAG}


def to_file(data: dict[str, object]) -> dict[str, object]:
    """`data` (a session's, as dumped) with each dropped status written as an older reflect
    reads it: `done`, and its flag. Changed in place (a snapshot, the store's own copy)."""
    for table, home in _tables(data):
        for key, flag in _flags(table, home).items():
            if table.get(key) == DROPPED:
                table[key], home[flag] = "done", True
    return data


def from_file(data: dict[str, object]) -> dict[str, object]:
    """`data` (a session file's, as parsed) with each status its flag says was dropped read
    as `dropped`, the flags taken out: the model knows no such field. A flag `false` is
    read as none; one not true or false (edited by hand) raises ValueError naming it (the
    model would call it an unknown field, which it is not)."""
    for where, items in (("actions", data.get("actions")), ("carried", data.get("carried"))):
        for n, item in enumerate(items if isinstance(items, list) else (), 1):
            for flag in (*_FLAGS.values(), EARLIER_FLAG):
                if isinstance(item, dict) and flag in item and type(item[flag]) is not bool:
                    raise ValueError(f"{where} (the {ordinal(n)}): {flag}: true or false, "
                                     f"without quotes, not {item[flag]!r}")
    for table, home in _tables(data):
        for key, flag in _flags(table, home).items():
            if flag in home and home.pop(flag) and table.get(key) == "done":
                table[key] = DROPPED
    return data
