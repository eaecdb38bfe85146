"""Export formats and writing notes to disk (owner-only, atomic, into the sessions folder's
`exports/` unless another file is named).

Each format's module is imported only when that format is used (python-docx is not small).
"""

from __future__ import annotations

import errno
import importlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.export.options import ExportOptions
from reflect.store.atomic import real_target, write_atomic
from reflect.store.free_names import first_free
from reflect.store.kinds import reflect_file_kind
from reflect.text import listed, toml_stem

if TYPE_CHECKING:
    from reflect.export.identifiers import Finding
    from reflect.model.review import Review  # only named here: `reflect --help` needs no models
    from reflect.model.session import Session


@dataclass(frozen=True)
class Format:
    module: str
    function: str
    ending: str
    title: str
    encoding: str = "utf-8"
    """utf-8-sig for CSV: spreadsheet programs need the byte-order mark to read non-ASCII."""


FORMATS: dict[str, Format] = {
    "md": Format("reflect.export.markdown", "to_markdown", ".md", "Markdown"),
    "txt": Format("reflect.export.plain", "to_text", ".txt", "plain text (fits an email)"),
    "html": Format("reflect.export.html", "to_html", ".html", "web page (prints on A4)"),
    "docx": Format("reflect.export.docx_export", "to_docx", ".docx", "Word document"),
    "json": Format("reflect.export.json_export", "to_json", ".json", "JSON (for other tools)"),
    "csv": Format("reflect.export.csv_export", "to_csv", ".csv", "agreed actions as CSV",
                  "utf-8-sig"),
    "pdf": Format("reflect.export.pdf", "to_pdf", ".pdf", "PDF (A4)"),
    "cpd-md": Format("reflect.export.cpd", "to_any_md", ".cpd.md",
                     "CPD reflective account, any profession (Markdown)"),
    "cpd-txt": Format("reflect.export.cpd", "to_any_txt", ".cpd.txt",
                      "CPD reflective account, any profession (text to paste)"),
    "cpd-docx": Format("reflect.export.cpd", "to_any_docx", ".cpd.docx",
                       "CPD reflective account, any profession (Word)"),
    "cpd-pdf": Format("reflect.export.cpd", "to_any_pdf", ".cpd.pdf",
                      "CPD reflective account, any profession (PDF)"),
    "swe-md": Format("reflect.export.cpd", "to_swe_md", ".swe.md",
                     "Social Work England CPD record (Markdown)"),
    "swe-txt": Format("reflect.export.cpd", "to_swe_txt", ".swe.txt",
                      "Social Work England CPD record (text to paste, field by field)"),
    "swe-docx": Format("reflect.export.cpd", "to_swe_docx", ".swe.docx",
                       "Social Work England CPD record (Word)"),
    "swe-pdf": Format("reflect.export.cpd", "to_swe_pdf", ".swe.pdf",
                      "Social Work England CPD record (PDF)"),
    "nmc-md": Format("reflect.export.cpd", "to_nmc_md", ".nmc.md",
                     "NMC reflective account and CPD log entry (Markdown)"),
    "nmc-txt": Format("reflect.export.cpd", "to_nmc_txt", ".nmc.txt",
                      "NMC reflective account and CPD log entry (text to paste)"),
    "nmc-docx": Format("reflect.export.cpd", "to_nmc_docx", ".nmc.docx",
                       "NMC reflective account and CPD log entry (Word)"),
    "nmc-pdf": Format("reflect.export.cpd", "to_nmc_pdf", ".nmc.pdf",
                      "NMC reflective account and CPD log entry (PDF)"),
    "nmc-discussion-md": Format("reflect.export.cpd", "to_nmc_discussion_md",
                                ".nmc-discussion.md", "NMC reflective discussion form (Markdown)"),
    "nmc-discussion-txt": Format("reflect.export.cpd", "to_nmc_discussion_txt",
                                 ".nmc-discussion.txt",
                                 "NMC reflective discussion form (text to paste)"),
    "nmc-discussion-docx": Format("reflect.export.cpd", "to_nmc_discussion_docx",
                                  ".nmc-discussion.docx", "NMC reflective discussion form (Word)"),
    "nmc-discussion-pdf": Format("reflect.export.cpd", "to_nmc_discussion_pdf",
                                 ".nmc-discussion.pdf", "NMC reflective discussion form (PDF)"),
}


ALIASES = {"cpd-swe": "swe-md", "nmc": "nmc-md"}
"""Earlier names of formats, still accepted."""

RECORD_PREFIXES = ("cpd-", "swe-", "nmc-")
"""The CPD records' formats: the account for any profession, then the regulators' forms."""

NAMELESS = {f for f in FORMATS if f.startswith(RECORD_PREFIXES)} | set(ALIASES)
"""Formats that never name anyone: a professional record must not identify colleagues."""

RECORDS = {f for f in FORMATS if f.startswith(RECORD_PREFIXES)}
"""The CPD record formats (the account for any profession, and the regulators' forms)."""

BINARY = {f for f, spec in FORMATS.items() if spec.ending.endswith((".docx", ".pdf"))}
"""Formats that are not text (never printed to standard output)."""


def canonical(fmt: str) -> str:
    """The format's name in `FORMATS` (an earlier name, such as cpd-swe, is accepted)."""
    return ALIASES.get(fmt, fmt)


def written_lead(fmt: str, redacted: bool = False, replaced: bool = False) -> str:
    """What to tell the person, before the path, once `fmt` is written: a CPD record is not
    notes, and a copy with the personal details found replaced by [redacted] (`redacted`: as
    asked) says so, as does a record that replaced what the check found (`replaced`: a
    record names nobody, so it is redacted however it is exported)."""
    if replaced and not redacted and canonical(fmt) in RECORDS:
        return "CPD record written (redacted) to"
    return f"{what_written(fmt, redacted)} written to"


def what_written(fmt: str, redacted: bool = False) -> str:
    """"Notes", "CPD record", "Redacted notes"...: what `written` says was written."""
    what = "CPD record" if canonical(fmt) in RECORDS else "notes"
    return f"Redacted {what}" if redacted else what[0].upper() + what[1:]


def font_note(session: Session, fmt: str, review: Review | None = None,
              options: ExportOptions | None = None) -> str:
    """For a PDF of `session` (as exported: the redacted copy, when it was) printing letters
    its font lacks (Arabic, Gurmukhi, CJK…): that they print as their names, and which formats
    keep them; else "". Read from what the PDF prints (its text format: `as_text`), not from
    the whole session: a redacted discussion form was said to lack emoji and Arabic it did
    not hold, as answers it never prints did (a trial)."""
    if not FORMATS[canonical(fmt)].ending.endswith(".pdf"):
        return ""
    from reflect.export.pdf import scripts_lacking

    printed = render_bytes(session, as_text(fmt), review, options).decode("utf-8")
    lacking = scripts_lacking([printed])
    if not lacking:
        return ""
    keep = [f"{kind} ({ending})" for kind, ending in (("Word", ".docx"), ("web page", ".html"))
            if sibling(fmt, ending[1:]) in FORMATS]
    return (f"The PDF's font cannot print the {listed(lacking)} characters: they are printed "
            f"as their names in brackets. {listed(keep)} {'keep' if len(keep) > 1 else 'keeps'}"
            " them.")


def sibling(fmt: str, kind: str) -> str:
    """The format writing what `fmt` writes (the notes, a record's form) as another kind of
    file (`swe-pdf`, "docx" -> `swe-docx`; `pdf`, "html" -> `html`), offered or not: a
    record's note named the web page, which no record is written as (a trial)."""
    fmt = canonical(fmt)
    return f"{fmt.rpartition('-')[0]}-{kind}" if "-" in fmt else kind


def effective_options(fmt: str, options: ExportOptions | None) -> ExportOptions:
    """The options a format is exported with (CPD records are always by role only)."""
    options = options or ExportOptions()
    return replace(options, roles_only=True) if fmt in NAMELESS else options


def findings_for(session: Session, fmt: str, review: Review | None = None,
                 options: ExportOptions | None = None) -> list[Finding]:
    """The personal-details check on what `fmt` will print: a CPD record the fields that
    record prints (`record_prints`), the actions' CSV the session's title and its actions,
    other formats the session; the names in `options.known_names` wherever they are typed."""
    from reflect.export.identifiers import find_identifiers

    chosen = effective_options(fmt, options)
    fmt = canonical(fmt)
    shown = record_prints(session, fmt, review).__contains__ if fmt in RECORDS \
        else _actions_only if fmt == "csv" else _not_cpd
    return find_identifiers(session, review, roles_only=chosen.nameless,
                            by_agency=chosen.attendance_by_agency, printed=shown,
                            known_names=chosen.known_names)


def colleagues_named(session: Session, fmt: str, review: Review | None = None,
                     options: ExportOptions | None = None) -> list[Finding]:
    """The names reflect knows of people the session does not list (`options.known_names`:
    the team session's, for a reflection written after one) that `fmt` prints and its check
    (`findings_for`) does not hold back: notes that name people may name them, as a
    reflection of one's own names the colleagues it was talked over with. A CPD record and
    notes by role only or by agency, which leave the team, hold them back: [] for those."""
    from reflect.export.identifiers import NAME, name_patterns

    chosen = effective_options(fmt, options)
    if chosen.nameless or not chosen.known_names:
        return []
    known = name_patterns(None, chosen.known_names)
    return [f for f in findings_for(session, fmt, review, replace(chosen, roles_only=True))
            if f.kind == NAME and any(p.fullmatch(f.text) for p in known)]


def colleagues_note(found: list[Finding]) -> str:
    """`colleagues_named`'s names said, where each is ("" for none); the caller adds how to
    choose notes that name no one."""
    if not found:
        return ""
    where = "; ".join(f"{f.where}: {f.text}" for f in found)
    return (f"the team session's people are named ({where}), not held back: notes that name "
            "people may name them; a CPD record holds them back, and so do notes that name "
            "no one")


def unattributed_note(session: Session, fmt: str, options: ExportOptions | None = None) -> str:
    """Whose points the notes `fmt` print "no role or agency given", and what to add
    (`export.unattributed`): notes that print who made each point (not a CPD record, nor the
    actions' CSV); "" for none."""
    from reflect.export.unattributed import unattributed_note as said

    fmt = canonical(fmt)
    return "" if fmt in RECORDS or fmt == "csv" else said(session, effective_options(fmt, options))


def as_text(fmt: str) -> str:
    """The text format laying out what `fmt` prints (`swe-pdf` -> `swe-txt`, `pdf` -> `txt`):
    a record's formats lay out the same fields, and the notes' PDF is their plain text."""
    fmt = canonical(fmt)
    return f"{fmt.rpartition('-')[0]}-txt" if "-" in fmt else "txt" if fmt == "pdf" else fmt


def record_prints(session: Session, fmt: str, review: Review | None = None) -> set[str]:
    """The paths of the session's fields (`Finding.field`) the record `fmt` prints: those
    whose marker (`identifiers.marked`) the record holds, written for this session. Each form
    prints its own: the Social Work England record no Code theme's how, the NMC discussion
    form only the discussion (the NMC account prints type of activity and why relevant, as
    typed, since 7 December 2026). (One list for every
    record held an export back over a name in a how the record never printed: a trial.)"""
    from reflect.export.identifiers import marked

    copy, marks = marked(session)
    text = render_bytes(copy, as_text(fmt), review).decode("utf-8").casefold()
    return {path for mark, path in marks.items() if mark in text}


def _not_cpd(path: str) -> bool:
    """Notes (every format but the records) never print the CPD record's own words."""
    return not path.startswith("cpd.")


def _actions_only(path: str) -> bool:
    """The actions' CSV prints the session's title and its actions, this session's and those
    carried over (a number in the notes' summary is not in it, so it holds nothing back)."""
    return path == "title" or path.startswith(("actions[", "carried["))


def render_bytes(session: Session, fmt: str, review: Review | None = None,
                 options: ExportOptions | None = None) -> bytes:
    spec = FORMATS[canonical(fmt)]
    fn = getattr(importlib.import_module(spec.module), spec.function)
    from reflect.model.arrival import settled
    from reflect.model.links import relinked

    # An old session's shortened copy of a recommendation is printed as the review's words,
    # and an arrival it kept after a point of that person's own as the point's step.
    out = fn(settled(relinked(session, review), review), review,
             effective_options(fmt, options))
    return out if isinstance(out, bytes) else out.encode(spec.encoding)


def exports_dir(sessions_dir: Path) -> Path:
    """Where the app writes notes, reports and CPD lists: beside the sessions, owner-only."""
    return sessions_dir / "exports"


REDACTED_SUFFIX = "-redacted"
"""In the name of an export in which what the check found was replaced by [redacted], so a
reader knows (and a copy that names people never overwrites it)."""


def replaces_findings(fmt: str, redact: bool, found: bool) -> bool:
    """Whether an export of `fmt` replaces what the check found by [redacted]: when it found
    anything (`found`), and redacting was asked for (`redact`) or `fmt` is a CPD record (a
    record names nobody, so it is redacted however it is exported)."""
    return found and (redact or canonical(fmt) in RECORDS)


def default_export_path(sessions_dir: Path, session: Session, fmt: str, suffix: str = "",
                        redacted: bool = False) -> Path:
    """Where `session` is exported as `fmt` in the exports folder: `<id><suffix>.md`, with
    `REDACTED_SUFFIX` before the ending when `redacted` (`replaces_findings`), wherever it is
    written: the app and `reflect export` named one redacted record two ways (a trial)."""
    name = f"{session.id}{suffix}{REDACTED_SUFFIX if redacted else ''}"
    return exports_dir(sessions_dir) / f"{name}{FORMATS[canonical(fmt)].ending}"


def kept_beside(target: Path, fmt: str, stamp: str) -> Path:
    """A name beside `target` for a second export that keeps the first: the stamp goes before
    the format's ending (`child-l-1.md` -> `child-l-1-20261201-1402.md`), then -2, -3... while
    that name is taken."""
    ending = FORMATS[canonical(fmt)].ending
    stem = target.name[:-len(ending)] if target.name.endswith(ending) else target.stem
    ending = ending if target.name.endswith(ending) else target.suffix
    return first_free(lambda n: target.with_name(f"{stem}-{stamp}{'' if n == 1 else f'-{n}'}"
                                                 f"{ending}"), Path.exists)


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its ending (`notes.txt` -> txt), if any."""
    name = path.name.lower()
    found = [f for f, spec in FORMATS.items() if name.endswith(spec.ending)]
    return max(found, key=lambda f: len(FORMATS[f].ending)) if found else None


def ending_names() -> list[str]:
    """The file endings reflect writes that are one ending alone (`.docx`, not `.cpd.docx`)."""
    return list(dict.fromkeys(spec.ending for spec in FORMATS.values()
                              if spec.ending.count(".") == 1))


def refusal(target: Path, inputs: tuple[Path, ...] = ()) -> str | None:
    """Why notes or a report must never be written to `target`, forced or not; None if they may.

    Output never lands on a session or a review: not on an existing file that reads as one
    (whatever its name, or through a symbolic link), not on a `.toml` name (reflect's outputs
    are never TOML), and not on one of the `inputs`.
    """
    real = real_target(target)
    if real.is_dir():
        return "it is a folder"
    if kind := reflect_file_kind(real):
        return f"it is a reflect {kind} file: the output would replace a {kind}"
    if real.exists() and any(_same_file(real, p) for p in inputs):
        return "it is the file being read"
    if toml_stem(real.name) is not None:
        return ("reflect never writes notes or reports as .toml: the output could replace a "
                "session or a review")
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def export_session(session: Session, fmt: str, target: Path, review: Review | None = None,
                   options: ExportOptions | None = None, *, replace: bool = True) -> Path:
    """Write the notes to `target` (atomically, owner-only). With `replace=False` an existing
    file is never replaced, even one created at the same moment (FileExistsError). Raises
    OSError (its strerror says why) when `target` is a session or review file."""
    if problem := refusal(target):
        raise OSError(errno.EEXIST, problem, str(target))
    write_atomic(target, render_bytes(session, fmt, review, options), replace=replace)
    return target
