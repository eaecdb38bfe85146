"""Where a carried action had got to when it came here: the progress note a meeting since it
was agreed wrote back to it (`CarriedAction.progress_before`), said wherever the action is
shown, so the room sees it before updating it (a trial: meeting 2's note was nowhere at
meeting 3, and a note typed there replaced it without anyone seeing it).

The box for this meeting's note starts empty: what is typed is this meeting's note, written
back as the action's progress; the earlier note stays in this session's file
(`progress_before`) and notes, and in the notes of the meeting that wrote it.

And the status a later meeting noted but could not write back to the session that agreed the
action (`CarriedAction.noted_in`: refused there, open elsewhere or changed there since): it is
the status carried here, and what that session says is said beside it until it holds the
status shown here (a change made here is written back as any other).
"""

from __future__ import annotations

from reflect.model.carried import CarriedAction


def last_noted(c: CarriedAction) -> str:
    """`last noted: “…”`, and `not_written_back`; "" when no earlier note was carried (or this
    meeting's note says the same) and the status carried is the earlier session's own."""
    before = " ".join((c.progress_before or "").split())
    noted = f"last noted: “{before}”" if before and before != " ".join(c.note.split()) else ""
    return "; ".join(said for said in (noted, not_written_back(c)) if said)


def not_written_back(c: CarriedAction) -> str:
    """`“Meeting 1” says open: the status noted in “Meeting 2” (in progress) could not be
    written back there`, while the earlier session holds another status than this one shows;
    else ""."""
    there = c.known_earlier.status
    if not c.noted_in or there == c.status:
        return ""
    return (f"“{c.session_label}” says {there}: the status noted in “{c.noted_in}” "
            f"({c.status_before}) could not be written back there")
