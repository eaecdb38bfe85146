"""Where a carried action had got to when it came here: the progress note a meeting since it
was agreed wrote back to it (`CarriedAction.progress_before`), said wherever the action is
shown, so the room sees it before updating it (a trial: meeting 2's note was nowhere at
meeting 3, and a note typed there replaced it without anyone seeing it).

The box for this meeting's note starts empty: what is typed is this meeting's note, written
back as the action's progress; the earlier note stays in this session's file
(`progress_before`) and notes, and in the notes of the meeting that wrote it.
"""

from __future__ import annotations

from reflect.model.session import CarriedAction


def last_noted(c: CarriedAction) -> str:
    """`last noted: “…”`; "" when no earlier note was carried, or this meeting's note says
    the same."""
    before = " ".join((c.progress_before or "").split())
    return f"last noted: “{before}”" if before and before != " ".join(c.note.split()) else ""
