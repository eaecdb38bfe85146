"""Plain mode's due dates: asked, and the date read said back (`→ Fri 15 Jan 2027`); where
`next Friday` was read as a Friday in the six days to come, which many mean the Friday after
by, said so with how to name that one, and asked again (Enter keeps it), as the app's due box
says it under the box (`model.due_hints`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.dates import short_date
from reflect.model.due_hints import other_week, said_back
from reflect.model.edits import SessionEdits

if TYPE_CHECKING:
    from reflect.walk_dialogue import Dialogue


def ask_due(d: Dialogue, edits: SessionEdits, prompt: str, asks_after: bool = False
            ) -> str | None:
    """Due words, the date read said back (or not read and kept as typed: unless the caller
    `asks_after`); None at end of input before any were typed."""
    got = d.ask(prompt)
    while got:
        day, today = edits.read_due(got), edits.today()
        d.say(said_back(got, day, today) + ("" if day or asks_after else "; kept as typed"))
        if day is None or other_week(got, day, today) is None:
            return got
        again = d.ask(f"Due when? (Enter keeps {short_date(day)})")
        if not again:  # Enter, or the end of input: what was typed
            return got
        got = again
    return got
