"""What the export dialog remembers of the last export, one memory for each kind of session
(`ReflectApp.last_exports`, keyed by `Session.mode`), kept in the settings file too
(`[last_export.team]`, `[last_export.individual]`: store/last_export.py, its names and its
reading and writing, plain mode's too), so the next run of reflect opens on it as well (it
opened on Markdown, not the PDF chosen last time: a trial). Whether the items typed but not
added were included is remembered in the run only: they are one session's; so is JSON or CSV
chosen (`ONE_OFF`): the next run opens on the format used before them.

A team session and a reflection of your own export different things: after a reflection's CPD
record, a team session's Ctrl+O, Ctrl+O silently wrote a CPD record, not the team's notes, and
its "No names" tick (a reflection's notes to share) carried over too (a trial). So each kind
opens on its own last choice, and a team's on notes only (`format_groups.opening_format`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reflect.store.exports import RECORDS
from reflect.store.format_groups import opening_format
from reflect.store.last_export import ONE_OFF, LastExport

if TYPE_CHECKING:
    from reflect.model.session import Session

def remembered(memory: dict[str, LastExport], session: Session) -> LastExport | None:
    """The last export of a session of `session`'s kind, in this run or an earlier one
    (`memory`: the app's `last_exports`), if any."""
    return memory.get(session.mode)


def opening(session: Session, last: LastExport | None) -> str:
    """The format the export dialog opens on for `session`, `last` the last export of its
    kind (`opening_format`: the record of the regulator its CPD choices are for, where `last`
    was not chosen with them)."""
    return opening_format(session.mode == "individual", last.fmt if last else None,
                          session.cpd.regulator, last.regulator if last else None)


def remember(memory: dict[str, LastExport], session: Session, last: LastExport) -> None:
    """Keep `last` in `memory` for the next export of a session of `session`'s kind. A team
    session's record is not what its next export opens on: it keeps the notes' format it
    had. A one-off format (`ONE_OFF`) is the next export's in this run only: the settings
    file keeps the format before it (`LastExport.kept`)."""
    individual = session.mode == "individual"
    last = replace(last, regulator=session.cpd.regulator)
    before = memory.get(session.mode)
    if not individual and last.fmt in RECORDS:
        last = replace(last, fmt=opening_format(False, before.fmt if before else None))
    if last.fmt in ONE_OFF:
        last = replace(last, kept=opening_format(individual,
                                                 before.lasting if before else None))
    memory[session.mode] = last
