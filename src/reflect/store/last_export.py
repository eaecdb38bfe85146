"""The settings file's memory of the last export, one entry for each kind of session
(`[last_export.team]`, `[last_export.individual]`): its names, and its reading and writing,
for the app's export dialog (ui/screens/export_memory.py: `as_setting`, `from_setting`) and
plain mode alike (walk/record.py: `kept_record`, `remember_record`), so the two keep one
entry by one set of names (plain mode imports no UI; it wrote the names again beside the
dialog's, a copy to drift)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reflect.export.options import ExportOptions
from reflect.store.exports import ALIASES, FORMATS, RECORDS, canonical
from reflect.store.format_groups import opening_format
from reflect.store.settings import save_setting

SETTING = "last_export"
"""The settings file's table of the last export of each kind of session."""

KINDS = ("team", "individual")
"""The kinds of session (`Session.mode`), each with its own memory."""

INDIVIDUAL = "individual"
"""The kind whose entry keeps a reflection's CPD record, the one plain mode reads too."""

FORMAT = "format"
"""The key of the format an entry keeps."""

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


def as_setting(memory: dict[str, LastExport]) -> dict[str, object]:
    """`memory` as the settings file keeps it: a table for each kind of session, its format
    and each option ticked (`[last_export.individual]`, `format = "cpd-pdf"`, ...)."""
    return {kind: {FORMAT: last.lasting,
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
        fmt = entry.get(FORMAT)
        if not isinstance(fmt, str) or fmt not in FORMATS and fmt not in ALIASES:
            problems.append(f"{where}.{FORMAT}: {fmt!r} is not an export format reflect "
                            f"writes ({', '.join(FORMATS)}); ignored")
            continue
        ticked: dict[str, bool] = {}
        for name, option in entry.items():
            if name == FORMAT or name == CHOSEN_FOR and option in REGULATORS:
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
            fmt = opening_format(kind == INDIVIDUAL)
        memory[kind] = LastExport(fmt, ExportOptions(
            include_content=ticked.get("include_content", first.include_content),
            include_attendance=ticked.get("include_attendance", first.include_attendance),
            roles_only=ticked.get("roles_only", first.roles_only),
            attendance_by_agency=ticked.get("attendance_by_agency",
                                            first.attendance_by_agency)),
            regulator=_regulator(entry))
    return memory, problems


def _regulator(entry: Mapping[str, object]) -> str | None:
    """The regulator an entry says its format was chosen for, None where it says none that
    is one (`REGULATORS`)."""
    chosen_for = entry.get(CHOSEN_FOR)
    return chosen_for if isinstance(chosen_for, str) and chosen_for in REGULATORS else None


def kept_record(settings: Mapping[str, object]) -> tuple[str | None, str | None]:
    """The record a reflection's export was last made as, in the settings file read as
    `settings` (None where none is, or it is not a record), and the regulator its CPD choices
    were for then (None where not known): plain mode's reading of the entry, nothing said of
    what cannot be used (the app's dialog says it)."""
    table = settings.get(SETTING)
    entry = table.get(INDIVIDUAL) if isinstance(table, dict) else None
    if not isinstance(entry, dict):
        return None, None
    fmt = entry.get(FORMAT)
    fmt = canonical(fmt) if isinstance(fmt, str) else None
    return fmt if fmt in RECORDS else None, _regulator(entry)


def remember_record(path: Path, settings: Mapping[str, object], fmt: str,
                    regulator: str) -> None:
    """Keep `fmt` in the settings file at `path` (read as `settings`) as the export dialog
    keeps a reflection's record, chosen for `regulator`: its entry's other options, and the
    team's entry, as they are. Raises OSError or SettingsError where it cannot be written."""
    table = settings.get(SETTING)
    table = dict(table) if isinstance(table, dict) else {}
    entry = table.get(INDIVIDUAL)
    table[INDIVIDUAL] = {**(entry if isinstance(entry, dict) else {}), FORMAT: fmt,
                         CHOSEN_FOR: regulator}
    save_setting(path, SETTING, table)
