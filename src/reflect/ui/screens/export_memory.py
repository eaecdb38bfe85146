"""What the export dialog remembers of the last export, one memory for each kind of session
(`ReflectApp.last_exports`, keyed by `Session.mode`), kept in the settings file too
(`[last_export.team]`, `[last_export.individual]`: `as_setting`, `from_setting`), so the next
run of reflect opens on it as well (it opened on Markdown, not the PDF chosen last time: a
trial). Whether the items typed but not added were included is remembered in the run only:
they are one session's; so is JSON or CSV chosen (`ONE_OFF`): the next run opens on the
format used before them.

A team session and a reflection of your own export different things: after a reflection's CPD
record, a team session's Ctrl+O, Ctrl+O silently wrote a CPD record, not the team's notes, and
its "No names" tick (a reflection's notes to share) carried over too (a trial). So each kind
opens on its own last choice, and a team's on notes only (`format_groups.opening_format`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.export.options import ExportOptions
from reflect.store.exports import ALIASES, FORMATS, RECORDS, canonical
from reflect.store.format_groups import opening_format

if TYPE_CHECKING:
    from reflect.model.session import Session

SETTING = "last_export"
"""The settings file's table of the last export of each kind of session."""

KINDS = ("team", "individual")
"""The kinds of session (`Session.mode`), each with its own memory."""

CHOSEN = ("include_content", "include_attendance", "roles_only", "attendance_by_agency")
"""The options the dialog's boxes tick (`ExportOptions`'s fields), each kept under its own
name."""

CHOSEN_FOR = "chosen_for"
"""The key of the regulator the CPD choices were for when the format was chosen
(`LastExport.regulator`: "swe", "nmc", "" for neither), so a record chosen with them in view is
the next run's too."""
REGULATORS = ("", "swe", "nmc")
"""What `CHOSEN_FOR` may be (`CpdChoices.regulator`)."""

ONE_OFF = frozenset({"json", "csv"})
"""Formats remembered until reflect is closed, not in the settings file: JSON is for another
tool, CSV the actions alone, each exported now and then beside the notes. Kept there, a team's
next meeting (its next minute-taker, perhaps) opened on `JSON (for other tools)` after one
JSON export, while README said choices lasted until reflect was closed (a trial); the
notes' format (or a reflection's record) used before them is what the next run opens on."""


@dataclass(frozen=True)
class LastExport:
    """The format and options (as ticked, before a format's own rules) of the last export."""

    fmt: str
    options: ExportOptions
    include_drafts: bool = False
    kept: str = ""
    """The format the settings file keeps for the next run where it is not `fmt` (a one-off,
    `ONE_OFF`: the format before it, or the first for the kind of session); "" for `fmt`."""
    regulator: str | None = field(default=None, compare=False)
    """The regulator the session's CPD choices were for when `fmt` was chosen
    (`CpdChoices.regulator`; set by `remember`), None where not known (an earlier run's)."""

    @property
    def lasting(self) -> str:
        """The format the next run of reflect opens on."""
        return self.kept or self.fmt


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


def as_setting(memory: dict[str, LastExport]) -> dict[str, object]:
    """`memory` as the settings file keeps it: a table for each kind of session, its format
    and each option ticked (`[last_export.individual]`, `format = "cpd-pdf"`, ...)."""
    return {kind: {"format": last.lasting,
                   **{name: getattr(last.options, name) for name in CHOSEN},
                   **({CHOSEN_FOR: last.regulator} if last.regulator is not None else {})}
            for kind, last in memory.items() if kind in KINDS}


def from_setting(value: object, path: Path) -> tuple[dict[str, LastExport], list[str]]:
    """The memory kept in the settings file at `path` (`value`: its `last_export` table, None
    for none), and what in it cannot be used, each naming the file and the entry. A kind of
    session whose format is not one reflect writes is not remembered; an option that is not
    true or false is left as the dialog ticks it for a first export. A one-off format
    (`ONE_OFF`), as an earlier version kept it, opens on the kind's first format instead."""
    if value is None:
        return {}, []
    if not isinstance(value, dict):
        return {}, [f"{path}: {SETTING}: should be a table for each kind of session "
                    f"([{SETTING}.team], [{SETTING}.individual]); ignored"]
    memory: dict[str, LastExport] = {}
    problems: list[str] = []
    for kind, entry in value.items():
        where = f"{path}: {SETTING}.{kind}"
        if kind not in KINDS:
            problems.append(f"{where}: not a kind of session (team or individual); ignored")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{where}: should be a table (format = \"md\", ...); ignored")
            continue
        fmt = entry.get("format")
        if not isinstance(fmt, str) or fmt not in FORMATS and fmt not in ALIASES:
            problems.append(f"{where}.format: {fmt!r} is not an export format reflect "
                            f"writes ({', '.join(FORMATS)}); ignored")
            continue
        ticked: dict[str, bool] = {}
        for name, option in entry.items():
            if name == "format" or name == CHOSEN_FOR and option in REGULATORS:
                continue
            if name == CHOSEN_FOR:
                problems.append(f"{where}.{name}: should be \"swe\", \"nmc\" or \"\"; "
                                "ignored")
            elif name not in CHOSEN:
                problems.append(f"{where}.{name}: not an export option reflect knows "
                                f"({', '.join(CHOSEN)}); ignored")
            elif not isinstance(option, bool):
                problems.append(f"{where}.{name}: should be true or false; ignored")
            else:
                ticked[name] = option
        first = ExportOptions()  # what a box not kept is ticked as
        fmt = canonical(fmt)
        if fmt in ONE_OFF:  # (kept before they were one-offs)
            fmt = opening_format(kind == "individual")
        memory[kind] = LastExport(fmt, ExportOptions(
            include_content=ticked.get("include_content", first.include_content),
            include_attendance=ticked.get("include_attendance", first.include_attendance),
            roles_only=ticked.get("roles_only", first.roles_only),
            attendance_by_agency=ticked.get("attendance_by_agency",
                                            first.attendance_by_agency)),
            regulator=entry[CHOSEN_FOR] if entry.get(CHOSEN_FOR) in REGULATORS else None)
    return memory, problems
