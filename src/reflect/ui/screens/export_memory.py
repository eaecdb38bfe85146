"""What the export dialog remembers of the last export in this run of the app, one memory for
each kind of session (`ReflectApp.last_exports`, keyed by `Session.mode`).

A team session and a reflection of your own export different things: after a reflection's CPD
record, a team session's Ctrl+O, Ctrl+O silently wrote a CPD record, not the team's notes, and
its "No names" tick (a reflection's notes to share) carried over too (a trial). So each kind
opens on its own last choice, and a team's on notes only (`format_groups.opening_format`)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reflect.export.options import ExportOptions
from reflect.model.session import Session
from reflect.store.exports import RECORDS
from reflect.store.format_groups import opening_format


@dataclass(frozen=True)
class LastExport:
    """The format and options (as ticked, before a format's own rules) of the last export."""

    fmt: str
    options: ExportOptions
    include_drafts: bool = False


def remembered(memory: dict[str, LastExport], session: Session) -> LastExport | None:
    """The last export of a session of `session`'s kind in this run (`memory`: the app's
    `last_exports`), if any."""
    return memory.get(session.mode)


def remember(memory: dict[str, LastExport], session: Session, last: LastExport) -> None:
    """Keep `last` in `memory` for the next export of a session of `session`'s kind. A team
    session's record is not what its next export opens on: it keeps the notes' format it
    had."""
    individual = session.mode == "individual"
    if not individual and last.fmt in RECORDS:
        before = memory.get(session.mode)
        last = replace(last, fmt=opening_format(False, before.fmt if before else None))
    memory[session.mode] = last
