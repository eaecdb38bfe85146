"""The CPD records already exported for each session, found in the exports folder by name.

A record is written as `<id><ending>` (`20261207-child-i-7d050f8b.nmc.pdf`), a redacted one
as `<id>-redacted<ending>` and one kept beside an earlier as `<id>-<stamp><ending>`
(`store/exports.py`), each ending a record format's (`.cpd.docx`, `.swe.txt`, `.nmc.pdf`…).
*My CPD so far* and `reflect cpd` list them under the log: a health visitor who had exported
her NMC account found it nowhere in reflect afterwards, only a folder of files named by
session ids she had never been shown (a practitioner's trial).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reflect.store.exports import FORMATS, RECORDS, exports_dir


def record_endings() -> tuple[str, ...]:
    """Every CPD record format's ending, the longest first (`.nmc-discussion.md` before
    `.nmc.md`, though no ending is the end of another's)."""
    return tuple(sorted({FORMATS[f].ending for f in RECORDS}, key=len, reverse=True))


def records_exported(sessions_dir: Path, ids: Iterable[str]) -> dict[str, list[str]]:
    """The file names of the CPD records in the exports folder beside `sessions_dir` for each
    of the sessions `ids` that has any, sorted; {} where there are none, or no folder."""
    wanted = set(ids)
    folder = exports_dir(sessions_dir)
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
    except OSError:
        return {}
    endings = record_endings()
    out: dict[str, list[str]] = {}
    for name in names:
        ending = next((e for e in endings if name.endswith(e)), None)
        if ending is None:
            continue
        if (owner := _owner(name[:-len(ending)], wanted)) is not None:
            out.setdefault(owner, []).append(name)
    return out


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
