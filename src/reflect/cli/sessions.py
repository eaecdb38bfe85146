"""The commands on one saved session: `reflect check` (personal details), `reflect export`
(its notes) and `reflect open` (the app on it); `reflect walk` is cli/walk.py's."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING, NamedTuple

from reflect import paths
from reflect.cli.output import (
    format_clash,
    in_exports,
    say_command,
    say_path,
    unsafe_target,
    write_output,
)
from reflect.commands import command, program
from reflect.console import echo
from reflect.text import plural

if TYPE_CHECKING:  # each command imports what it needs: `reflect` alone opens the app at once
    from reflect.export.identifiers import Finding
    from reflect.export.options import ExportOptions
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.atomic import Stamp


class Named(NamedTuple):
    """A session named on the command line, as `read_named_session` read it."""

    path: Path
    session: Session
    read_only: str | None
    """Why it must stay read-only, or None."""
    read_as: Stamp | None
    """Its file's stamp taken before it was read: saved only while the file is still so."""


def read_named_session(command: str, args: argparse.Namespace) -> Named | None:
    """The session named on the command line (`args.session`: an id, a title, a file or an
    emergency copy's name, store/copy_names.py); None, after saying why on stderr, when it
    cannot be read. The one way every command reads the session it is given."""
    from reflect.store.atomic import file_stamp
    from reflect.store.copy_names import session_or_copy
    from reflect.store.errors import SessionError
    from reflect.store.sessions import read_session

    try:
        folder = paths.sessions_dir(args.sessions_dir)
        path = session_or_copy(folder, args.session, command)  # (an emergency copy's name too)
        read_as = file_stamp(path)  # before reading: a change meanwhile is caught
        session, read_only = read_session(path)
        if session.names_earlier_sessions():  # (else the summaries' module is not needed)
            from reflect.store.carry import relabel

            relabel(folder, session)  # last time's actions name their sessions as titled now
    except SessionError as e:
        echo(f"reflect {command}: {e}", err=True)
        return None
    return Named(path, session, read_only, read_as)


class Loaded(NamedTuple):
    """A session to check or export, as `load_for` read it."""

    session: Session
    review: Review | None
    source: Path
    known_names: tuple[str, ...]
    """The names of the team session's people, for a reflection written after one."""


def load_for(command: str, args: argparse.Namespace) -> Loaded | None:
    from reflect.model.theme_ids import PREFIX
    from reflect.model.themes import as_started
    from reflect.store.known_names import known_names
    from reflect.store.library import load_library

    named = read_named_session(command, args)
    if named is None:
        return None
    source, session = named.path, named.session
    content = paths.content_dir(args.content_dir)
    review = load_library(content).get(session.review_id)
    if review is not None:
        review = as_started(review, session.left_out)  # a theme's items as it was started
    elif not session.review_id.startswith(PREFIX):
        without_review(command, content, session)
    known = known_names(paths.sessions_dir(args.sessions_dir), session)
    if known.problem:
        echo(f"reflect {command}: note: {known.problem}.", err=True)
    return Loaded(session, review, source, known.names)


def without_review(command: str, content: Path, session: Session) -> None:
    """Say on stderr that the session's review is not in the library (`content`), so what is
    exported or checked is from the session file alone, and what to do about it."""
    from reflect.store.catalogue import load_catalogue
    from reflect.store.missing_review import without_review_said
    from reflect.store.removing import removed_review

    kept = removed_review(content, session.review_id)
    said = without_review_said(load_catalogue(content), session,
                               None if kept is None else kept[1])
    echo(f"reflect {command}: note: {said}", err=True)


def print_findings(session: Session, findings: list[Finding], err: bool = False) -> None:
    from reflect.export.at_names import finding_lines

    for line in finding_lines(session, findings):
        echo(line, err=err)


def colleagues_said(command: str, session: Session, fmt: str, review: Review | None,
                    options: ExportOptions) -> None:
    """Say on stderr the team session's people that notes naming people name, not held back
    (`store.exports.colleagues_named`), and how notes that name no one are chosen; and whose
    points those notes print "no role or agency given" (`store.exports.unattributed_note`)."""
    from reflect.store.exports import colleagues_named, colleagues_note, unattributed_note

    if note := colleagues_note(colleagues_named(session, fmt, review, options)):
        echo(f"reflect {command}: note: {note} (--roles-only, --by-agency).", err=True)
    if note := unattributed_note(session, fmt, options):
        echo(f"reflect {command}: note: {note}.", err=True)


NOT_CHECKED = 2
"""`reflect check`'s exit code when the session cannot be found or read: not 1, which says
details were found (a script told the two apart by nothing); 2 as for a mistyped option, which
checks nothing either."""


def cmd_check(args: argparse.Namespace) -> int:
    from reflect.export.identifiers import find_identifiers
    from reflect.export.options import ExportOptions

    loaded = load_for("check", args)
    if loaded is None:
        return NOT_CHECKED
    session, review, _, known = loaded
    from reflect.model.steps import on_opening

    for note in on_opening(session, review) if review is not None else []:
        echo(f"reflect check: note: {note.replace(' here.', ' in the app.')}", err=True)
    findings = find_identifiers(session, review, roles_only=args.roles_only or args.by_agency,
                                by_agency=args.by_agency, known_names=known)
    colleagues_said("check", session, "md", review, ExportOptions(
        roles_only=args.roles_only, attendance_by_agency=args.by_agency, known_names=known))
    if not findings:
        echo(f"No likely personal details found in {session.id} (NHS, phone and National "
             "Insurance numbers, emails, addresses, postcodes, dates of birth and names); not "
             "every name can be found: read it through.")
        return 0
    echo(f"{plural(len(findings), 'likely personal detail')} in {session.id}:")
    print_findings(session, findings)
    return 1


def _drafts_said(session: Session, include: bool, fmt: str = "") -> None:
    """Say on stderr what was typed but never added, and whether the notes include it; and
    the time to log for CPD typed and not a time, with what is logged instead; and that
    nothing is recorded in the session (`recorded.nothing_to_export`); and that a record
    `fmt` with a *Name* leaves it blank, no name recorded (`whose.record_unnamed`)."""
    from reflect.export.drafts import MARK, drafts_summary
    from reflect.model.recorded import nothing_to_export
    from reflect.model.typed_items import minutes_note
    from reflect.model.whose import record_unnamed
    from reflect.store.exports import canonical

    if said := drafts_summary(session):  # (each named: "; " between them)
        echo(f"reflect export: {said}. " + (f"Included, marked {MARK}." if include else
             "Left out (--include-drafts includes them, marked as such)."), err=True)
    if minutes := minutes_note(session):
        echo(f"reflect export: {minutes}", err=True)
    if nothing := nothing_to_export(session):
        echo(f"reflect export: {nothing}", err=True)
    if record_unnamed(session, canonical(fmt)):
        fill = command(f'cpd-fill {session.id} --name "Your Name"')
        echo(f"reflect export: no name is recorded as yours, so the record leaves Name blank: "
             f"record it with {fill} (or F8 in the app).", err=True)


def cmd_export(args: argparse.Namespace) -> int:
    from reflect.export.drafts import with_drafts
    from reflect.export.identifiers import redact
    from reflect.export.options import ExportOptions
    from reflect.store.exports import (
        BINARY,
        FORMATS,
        RECORDS,
        canonical,
        effective_options,
        ending_names,
        findings_for,
        font_note,
        format_for,
        refusal,
        render_bytes,
        replaces_findings,
        written_lead,
    )
    from reflect.store.format_groups import groups_said

    loaded = load_for("export", args)
    if loaded is None:
        return 1
    saved, review, source, known = loaded
    target = None if not args.output or args.output == "-" else Path(args.output).expanduser()
    fmt = args.format or (format_for(target) if target else None)
    if fmt is None and target is not None and refusal(target) is None:
        # never Markdown under a name that says otherwise (a session's name is refused later)
        from reflect.near import nearest

        # A slip (`notes.doc`) is answered with the ending meant, not all 25 formats' endings.
        meant = nearest(target.suffix.lower(), ending_names()) if target.suffix else None
        echo(f"reflect export: will not write {target}: " + (
            f"no format's file ends {target.suffix}: did you mean {target.with_suffix(meant)}? "
            "Or choose the format with --format (`--help` lists them)." if meant else
            "reflect cannot tell the format from its name. Name the file with one of these "
            "endings:\n" + "\n".join(f"  {group}" for group in groups_said()) + "\nOr choose the "
            f"format with --format (`{program()} export --help` lists them)."), err=True,
             whole=(target,))
        return 1
    fmt = fmt or "md"
    to_stdout = args.output == "-"
    if to_stdout and canonical(fmt) in BINARY and _at_terminal():
        kind = "PDF" if FORMATS[canonical(fmt)].ending.endswith(".pdf") else "Word document"
        kind += "" if canonical(fmt) in ("docx", "pdf") else f" ({canonical(fmt)})"
        echo(f"reflect export: will not print a {kind} to the terminal: "
             "it is not text. Leave out -o to write it into the exports folder, "
             "name the file with -o FILE, or send it on with -o - piped or redirected (-o - "
             f"> {saved.id}{FORMATS[canonical(fmt)].ending}).", err=True)
        return 1
    if target is not None and (clash := format_clash(fmt, target)):
        echo(f"reflect export: will not write {target}: {clash}", err=True, whole=(target,))
        return 1
    options = effective_options(fmt, ExportOptions(include_content=args.with_content,
                                                   include_attendance=not args.no_attendance,
                                                   roles_only=args.roles_only,
                                                   attendance_by_agency=args.by_agency,
                                                   known_names=known))
    session = with_drafts(saved) if args.include_drafts else saved
    findings = findings_for(session, fmt, review, options)
    colleagues_said("export", session, fmt, review, options)
    record = canonical(fmt) in RECORDS
    found = session  # (the findings' context, said once the record is written)
    if findings and (args.redact or record):
        # A CPD record names nobody: it replaces what the check finds however it is exported,
        # as the app's does, so there is nothing to refuse (it refused, and --anyway wrote
        # [redacted] all the same: a trial). What was replaced is said, to word it otherwise.
        session = redact(session, findings)
    elif findings and not args.anyway:
        if session is not saved and len(findings_for(saved, fmt, review, options)) < len(
                findings):
            _drafts_said(saved, True, fmt)  # refused (also) for what the drafts hold
        echo(f"reflect export: {plural(len(findings), 'likely personal detail')} found; "
             "nothing was exported:", err=True)
        print_findings(session, findings, err=True)
        # where each is mended: in plain mode, whose last line suggests this export, by the
        # step's number (said "in the app" alone, a walk user could not follow it: trials)
        from reflect.walk.mend import refused_advice

        advice = refused_advice(session, review, findings, saved.id)
        for line in advice.lead:
            echo(line, err=True)
        if advice.resume:  # (a line of its own, broken only between its words)
            say_command(advice.resume, err=True)
        for line in advice.rest:
            echo(line, err=True)
        return 1
    if canonical(fmt) in BINARY and target is None and not to_stdout:  # as the app does
        target = in_exports(paths.sessions_dir(args.sessions_dir), saved, fmt,
                            replaces_findings(fmt, args.redact, bool(findings)))
    data = render_bytes(session, fmt, review, options)
    if target is None:
        _drafts_said(saved, args.include_drafts, fmt)
        if canonical(fmt) in BINARY:  # -o -, piped or redirected: as it is, never decoded
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()  # a reader gone before the end is said by the exit code (141)
        _replaced_said(found, findings, fmt, args.redact, printed=True)
        return 0
    if problem := unsafe_target(target, [source], args.force):
        echo(f"reflect export: will not write {target}: {problem}", err=True, whole=(target,))
        return 1
    if not write_output("export", target, data, args.force):
        return 1
    _drafts_said(saved, args.include_drafts, fmt)  # said only once the notes are written
    _replaced_said(found, findings, fmt, args.redact)  # (before a refusal to overwrite: a trial)
    # --redact: said of every format alike, .csv too where what it holds had nothing to replace
    say_path(written_lead(fmt, args.redact, bool(findings)), target)
    if args.redact and not findings:
        echo("--redact: nothing in this file needed replacing.")  # information, no error
    if note := font_note(session, fmt, review, options):
        echo(f"reflect export: {note}", err=True)
    return 0


def _replaced_said(session: Session, findings: list[Finding], fmt: str, redact: bool,
                   printed: bool = False) -> None:
    """Say on stderr, once the export is done, what a CPD record replaced by [redacted]
    unasked (each finding, to word it otherwise); and for notes `printed` to standard
    output with --redact, how many details were replaced (a file says it on standard output:
    "Redacted notes written to"; printed notes stay clean)."""
    from reflect.store.exports import RECORDS, canonical, what_written

    found = plural(len(findings), "likely personal detail")
    if findings and not redact and canonical(fmt) in RECORDS:
        echo(f"reflect export: {found} found, replaced by [redacted] in the CPD record (a "
             "record names nobody; edit the session to word it your own way):", err=True)
        print_findings(session, findings, err=True)
    elif redact and printed:
        what = what_written(fmt).lower()
        echo(f"reflect export: --redact: {found} replaced by [redacted] in the {what} printed."
             if findings else f"reflect export: --redact: nothing in the {what} printed "
             "needed replacing.", err=True)


def _at_terminal() -> bool:
    """Whether standard output is a terminal (a Word document or PDF is never printed there)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed, or not a file at all
        return False


def cmd_open(args: argparse.Namespace) -> int:
    """The app, opened on one saved session: read and checked here, so a missing or unreadable
    session (or review) is said plainly on the terminal and the app does not start. The
    garbage collector is off from the session's reading (pydantic's models make many objects
    and few cycles) until the app's first frame."""
    from reflect.cli import gc_paused

    with gc_paused():
        return _open(args)


def _open(args: argparse.Namespace) -> int:
    from reflect.store.catalogue import load_catalogue
    from reflect.store.removing import review_or_removed

    folder, named = paths.sessions_dir(args.sessions_dir), read_named_session("open", args)
    if named is None:
        return 1
    path, session, read_only, read_as = named
    content = paths.content_dir(args.content_dir)
    catalogue = load_catalogue(content)
    try:  # a review removed from the library: on its copy kept, read-only
        review, read_only = review_or_removed(catalogue, session.review_id, read_only)
    except ValueError as e:
        from reflect.store.missing_review import cannot_open_said

        echo(f"reflect open: {cannot_open_said(catalogue, session, str(e))} Nothing is lost: "
             f"its answers are in {path}, and `{command(f'export {quote(args.session)}')}` "
             "writes its notes.", err=True, whole=(path,))
        return 1
    if read_only is None and args.view:  # (read-only already: it says why, and is viewed)
        from reflect.store.locks import VIEWING

        read_only = VIEWING
    if read_only is None and not in_folder(path, folder):
        # Saving goes to the sessions folder under the session's id: editing a backup or a
        # colleague's copy as itself would silently replace the live session there.
        read_only = (f"not in the sessions folder ({folder}): opened read-only; copy the file "
                     "there to carry on with it")
    from reflect.store.copies import copy_to_offer
    from reflect.store.locks import lock_for_editing
    from reflect.ui.app import make_app

    lock, read_only = lock_for_editing(path, read_only, read_as)  # before the app's UI thread
    app = make_app(content, folder)
    app.first_session = (session, review, read_only, lock)
    app.first_copy = copy_to_offer(path, folder, session.id, read_only)  # asked about first
    app.gc_paused = True
    app.run()
    return app.exit_code  # 1: a session not saved, or no terminal


def in_folder(path: Path, folder: Path) -> bool:
    """Whether `path` names a file directly in `folder` (a link there counts as there)."""
    try:
        return path.absolute().parent.resolve() == folder.resolve()
    except OSError:
        return False
