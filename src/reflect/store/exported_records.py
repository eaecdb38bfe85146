"""The CPD records already exported for each session, found in the exports folder by name.

A record is written as `<id><ending>` (`20261207-child-i-7d050f8b.nmc.pdf`), a redacted one
as `<id>-redacted<ending>` and one kept beside an earlier as `<id>-<stamp><ending>`
(`store/exports.py`), each ending a record format's (`.cpd.docx`, `.swe.txt`, `.nmc.pdf`…).
*My CPD so far* and `reflect cpd` list them under the log: a health visitor who had exported
her NMC account found it nowhere in reflect afterwards, only a folder of files named by
session ids she had never been shown (a practitioner's trial).

A file manager's copy of a record (`<id> (1).cpd.docx`, `<id>.cpd - Copy.docx`, `<id>.cpd
copy 2.docx`) is listed with it, under its session: a practitioner who copied her record
to send it on found the copy nowhere in the list (`original_name`).

The notes exported (`<id>.md`, `<id>.docx`, `<id>-redacted.pdf`…) are found the same way
(`exports_of`) and listed after the records: named by the session's id too, they were listed
nowhere, and a health visitor who reopened her session could not find them again (a trial).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflect.store.exports import FORMATS, RECORDS, exports_dir


def record_endings() -> tuple[str, ...]:
    """Every CPD record format's ending, the longest first (`.nmc-discussion.md` before
    `.nmc.md`, though no ending is the end of another's)."""
    return tuple(sorted({FORMATS[f].ending for f in RECORDS}, key=len, reverse=True))


COPY_MARK = re.compile(
    r"^(?P<stem>.+?)(?:"
    r" \(\d+\)| - copy(?: \(\d+\))?| copy(?: \d+)?"
    r"| \((?:another |\d+(?:st|nd|rd|th) )?copy\)"
    r")+(?P<ext>(?:\.[^.\s()]+)+)$", re.IGNORECASE)
"""What a file manager puts in a copy's name, before its endings (GNOME Files, browsers:
` (1)`; Windows: ` - Copy`, ` - Copy (2)`; macOS: ` copy`, ` copy 2`; older GNOME: ` (copy)`,
` (another copy)`, ` (3rd copy)`), after the whole ending or before the last alone."""


def original_name(name: str) -> str:
    """The name the file `name` was copied from, a file manager's marks taken out (`<id> (1)
    .cpd.docx` is `<id>.cpd.docx`); `name` itself where it holds none."""
    found = COPY_MARK.match(name)
    return found["stem"] + found["ext"] if found else name


def notes_endings() -> tuple[str, ...]:
    """Every other format's ending (the notes': `.md`, `.docx`, `.pdf`, the actions' `.csv`…),
    each read only where no record's ending is the file's (`.cpd.md` is a record)."""
    return tuple(sorted({FORMATS[f].ending for f in FORMATS if f not in RECORDS}))


@dataclass(frozen=True)
class Exported:
    """The files exported for each session, by session id: its CPD records and its notes."""

    records: dict[str, list[str]]
    notes: dict[str, list[str]]


def records_exported(sessions_dir: Path, ids: Iterable[str]) -> dict[str, list[str]]:
    """The file names of the CPD records in the exports folder beside `sessions_dir` for each
    of the sessions `ids` that has any, sorted, a copy (`original_name`) after the record it
    was copied from; {} where there are none, or no folder."""
    return exports_of(sessions_dir, ids).records


def exports_of(sessions_dir: Path, ids: Iterable[str]) -> Exported:
    """The CPD records and the notes in the exports folder beside `sessions_dir` for each of
    the sessions `ids`, as `records_exported` finds the records, read in one look at the
    folder."""
    wanted = set(ids)
    folder = exports_dir(sessions_dir)
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:
        return Exported({}, {})
    records, notes = record_endings(), notes_endings()
    out: tuple[dict[str, list[tuple[str, str]]], ...] = ({}, {})
    for name in names:
        original = original_name(name)
        ending = next((e for e in records if original.endswith(e)), None)
        kind = 0
        if ending is None:
            ending, kind = next((e for e in notes if original.endswith(e)), None), 1
        if ending is None:
            continue
        if (owner := _owner(original[:-len(ending)], wanted)) is not None:
            out[kind].setdefault(owner, []).append((original, name))
    return Exported(*({owner: [name for _, _, name in sorted((o, n != o, n) for o, n in found)]
                       for owner, found in by_owner.items()} for by_owner in out))


def said_before(folder: str, session_id: str, exported: Exported) -> str:
    """The files exported for the session `session_id` before, said as the summary step says
    them as the session is opened again, the first whole and the rest by what follows its
    id, as *My CPD so far* lists them: "Exported before, into /x/exports:
    <id>.nmc.docx, .md"; "" for none. Reopened, the step said nothing of them, and a health
    visitor could not find her notes again (a trial)."""
    names = [*exported.records.get(session_id, ()), *exported.notes.get(session_id, ())]
    if not names:
        return ""
    first, *rest = names
    said = [first, *(n.removeprefix(session_id).lstrip() for n in rest)]
    return f"Exported before, into {folder}: {', '.join(said)}"


def _owner(stem: str, ids: set[str]) -> str | None:
    """The id of `ids` that `stem` is, or starts with before a "-" (`<id>-redacted`,
    `<id>-20261207-0907`), the longest; None for none. Tried at each "-" from the end, so a
    shared folder's thousands of files are not each compared with every session."""
    cut = len(stem)
    while cut > 0:
        if stem[:cut] in ids:
            return stem[:cut]
        cut = stem.rfind("-", 0, cut)
    return None
