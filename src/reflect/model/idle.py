"""Time with nobody at the keyboard: what counts, and what the time line says of it.

A reflection left open while its practitioner worked elsewhere measured 9 min 27 s, and with
no minutes typed its CPD record logged them (a trial). So in a reflection (`individual`), once
no key, paste or click has come for `IDLE_SECONDS`, the time since the last one is taken back
and nothing more is counted until the next one (`TimeEdits.tick`, given `quiet`). A team
session counts on: its discussion is talk with little typing and its time plan counts down the
meeting's slot, so the time line only says how long since a key, with F6 to pause.

Five minutes: long enough to read a section or think an answer over between keys (a step's
plan in a reflection is two to eight minutes), short enough that a break or another task does
not slip into a CPD log; what is taken back is never more than the last five minutes.
"""

from __future__ import annotations

from reflect.model.timebox import PAUSE_KEY

IDLE_MINUTES = 5
IDLE_SECONDS = IDLE_MINUTES * 60
"""Seconds with no key, paste or click after which a reflection's time stops counting."""


def away(mode: str, quiet: float) -> bool:
    """Whether time is not counted now: a reflection with no key for `IDLE_SECONDS`."""
    return mode == "individual" and quiet >= IDLE_SECONDS


def idle_line(mode: str, quiet: float, line: str, short: bool = False) -> str:
    """The time line `line` (`timebox.describe`) as it stands after `quiet` seconds with no
    key: as it is under `IDLE_SECONDS`; a reflection's said to be paused, first, so a narrow
    line keeps it; a team's with a note after it that the time still counts."""
    if quiet < IDLE_SECONDS:
        return line
    if mode == "individual":
        if short:
            return f"Timer paused: no key for {IDLE_MINUTES} min · any key resumes · {line}"
        return (f"Timer paused: no key for {IDLE_MINUTES} minutes, so not counted · any key "
                f"resumes · {line}")
    if short:
        return f"{line} · no key {IDLE_MINUTES} min, still counting: {PAUSE_KEY} pauses"
    return f"{line} · no key for {IDLE_MINUTES} min, still counting: {PAUSE_KEY} pauses"
