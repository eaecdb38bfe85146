"""The commands on one saved session: `reflect check` (personal details), `reflect export`
(its notes), `reflect open` (the app on it) and `reflect walk` (plain mode, new or resumed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from shlex import quote
from typing import TYPE_CHECKING, NamedTuple

from reflect import paths
from reflect.cli.output import format_clash, in_exports, say_path, unsafe_target, write_output
from reflect.commands import command
from reflect.console import echo
from reflect.text import one_line, plural

if TYPE_CHECKING:  # each command imports what it needs: `reflect` alone opens the app at once
    from reflect.export.identifiers import Finding
    from reflect.export.options import ExportOptions
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.atomic import Stamp
    from reflect.store.catalogue import Catalogue


class Named(NamedTuple):
    """A session named on the command line, as `read_named_session` read it."""

    path: Path
    session: Session
    read_only: str | None
    """Why it must stay read-only, or None."""
    read_as: Stamp | None
    """Its file's stamp taken before it was read: saved only while the file is still so."""


def read_named_session(command: str, args: argparse.Namespace) -> Named | None:
    """The session named on the command line (`args.session`: an id or a file); None, after
    saying why on stderr, when it cannot be read. The one way every command reads the
    session it is given."""
    from reflect.store.atomic import file_stamp
    from reflect.store.carry import relabel
    from reflect.store.errors import SessionError
    from reflect.store.sessions import read_session, resolve_session

    try:
        folder = paths.sessions_dir(args.sessions_dir)
        path = resolve_session(folder, args.session)
        read_as = file_stamp(path)  # before reading: a change meanwhile is caught
        session, read_only = read_session(path)
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
    from reflect.model.themes import as_started
    from reflect.store.known_names import known_names
    from reflect.store.library import load_library

    named = read_named_session(command, args)
    if named is None:
        return None
    source, session = named.path, named.session
    review = load_library(paths.content_dir(args.content_dir)).get(session.review_id)
    if review is not None:
        review = as_started(review, session.left_out)  # a theme's items as it was started
    known = known_names(paths.sessions_dir(args.sessions_dir), session)
    if known.problem:
        echo(f"reflect {command}: note: {known.problem}.", err=True)
    return Loaded(session, review, source, known.names)


def print_findings(findings: list[Finding], err: bool = False) -> None:
    for f in findings:
        echo(f"  {f.where}: {f.kind}: {one_line(f.text)}", err=err)



def colleagues_said(command: str, session: Session, fmt: str, review: Review | None,
                    options: ExportOptions) -> None:
    """Say on stderr the team session's people that notes naming people name, not held back
    (`store.exports.colleagues_named`), and how notes that name no one are chosen."""
    from reflect.store.exports import colleagues_named, colleagues_note

    if note := colleagues_note(colleagues_named(session, fmt, review, options)):
        echo(f"reflect {command}: note: {note} (--roles-only, --by-agency).", err=True)


def cmd_check(args: argparse.Namespace) -> int:
    from reflect.export.identifiers import find_identifiers
    from reflect.export.options import ExportOptions

    loaded = load_for("check", args)
    if loaded is None:
        return 1
    session, review, _, known = loaded
    from reflect.model.steps import on_opening

    for note in on_opening(session, review) if review is not None else []:
        echo(f"reflect check: note: {note.replace(' here.', ' in the app.')}", err=True)
    findings = find_identifiers(session, review, roles_only=args.roles_only or args.by_agency,
                                by_agency=args.by_agency, known_names=known)
    colleagues_said("check", session, "md", review, ExportOptions(
        roles_only=args.roles_only, attendance_by_agency=args.by_agency, known_names=known))
    if not findings:
        echo(f"No likely personal details found in {session.id}.")
        return 0
    echo(f"{plural(len(findings), 'likely personal detail')} in {session.id}:")
    print_findings(findings)
    return 1


def _drafts_said(session: Session, include: bool) -> None:
    """Say on stderr what was typed but never added, and whether the notes include it."""
    from reflect.export.drafts import MARK, drafts_summary

    if said := drafts_summary(session):
        echo(f"reflect export: {said}; " + (f"included, marked {MARK}." if include else
             "left out (--include-drafts includes them, marked as such)."), err=True)


def cmd_export(args: argparse.Namespace) -> int:
    from reflect.export.drafts import with_drafts
    from reflect.export.identifiers import redact
    from reflect.export.options import ExportOptions
    from reflect.store.exports import (
        BINARY,
        canonical,
        effective_options,
        findings_for,
        font_note,
        format_for,
        known_endings,
        refusal,
        render_bytes,
        what_written,
    )

    loaded = load_for("export", args)
    if loaded is None:
        return 1
    saved, review, source, known = loaded
    target = None if not args.output or args.output == "-" else Path(args.output).expanduser()
    fmt = args.format or (format_for(target) if target else None)
    if fmt is None and target is not None and refusal(target) is None:
        # never Markdown under a name that says otherwise (a session's name is refused later)
        echo(f"reflect export: will not write {target}: reflect cannot tell the format from "
             f"its name. Name the file with one of these endings: {known_endings()}. Or "
             "choose the format with --format.", err=True, whole=(target,))
        return 1
    fmt = fmt or "md"
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
    if findings and args.redact:
        session = redact(session, findings)
    elif findings and not args.anyway:
        if session is not saved and len(findings_for(saved, fmt, review, options)) < len(
                findings):
            _drafts_said(saved, True)  # refused (also) for what the drafts hold
        echo(f"reflect export: {plural(len(findings), 'likely personal detail')} found; "
             "nothing was exported:", err=True)
        print_findings(findings, err=True)
        echo("Edit the session, or export again with --redact (replaced by [redacted] in the "
             "exported copy) or --anyway.", err=True)
        return 1
    if canonical(fmt) in BINARY and target is None:  # (never to a terminal): as the app does
        target = in_exports(paths.sessions_dir(args.sessions_dir), saved, fmt)
    data = render_bytes(session, fmt, review, options)
    if target is None:
        _drafts_said(saved, args.include_drafts)
        sys.stdout.write(data.decode("utf-8"))
        return 0
    if problem := unsafe_target(target, [source], args.force):
        echo(f"reflect export: will not write {target}: {problem}", err=True, whole=(target,))
        return 1
    if not write_output("export", target, data, args.force):
        return 1
    _drafts_said(saved, args.include_drafts)  # said only once the notes are written
    say_path(f"{what_written(fmt, bool(findings) and args.redact)} written to", target)
    if note := font_note(session, fmt, review, options):
        echo(f"reflect export: {note}", err=True)
    return 0


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
    try:  # a review removed from the library: on its copy kept, read-only
        review, read_only = review_or_removed(load_catalogue(content), session.review_id,
                                              read_only)
    except ValueError as e:
        echo(f"reflect open: session {session.id} is on the review {session.review_id!r}, "
             f"which cannot be opened: {str(e).rstrip('.')}. Nothing is lost: its answers "
             f"are in {path}, and `{command(f'export {quote(args.session)}')}` writes its "
             "notes.", err=True, whole=(path,))
        return 1
    if read_only is None and not in_folder(path, folder):
        # Saving goes to the sessions folder under the session's id: editing a backup or a
        # colleague's copy as itself would silently replace the live session there.
        read_only = (f"not in the sessions folder ({folder}): opened read-only; copy the file "
                     "there to carry on with it")
    from reflect.store.locks import lock_for_editing
    from reflect.ui.app import make_app

    lock, read_only = lock_for_editing(path, read_only, read_as)  # before the app's UI thread
    app = make_app(content, folder)
    app.first_session = (session, review, read_only, lock)
    app.gc_paused = True
    app.run()
    return app.return_code or (1 if app.rescue_notes else 0)  # a session not saved


def find_review(catalogue: Catalogue, text: str) -> Review | str:
    """The review `text` names, by its id or its title (or a part of one title) as `reflect
    report --review` finds it, read in full; or why there is none (several match, none does,
    or its file cannot be read)."""
    from reflect.paths import missing_library
    from reflect.report.review_filter import review_filter

    if catalogue.missing:  # said as such, not "no review 'child-l' (known: none)"
        return missing_library(catalogue.folder)
    choice = review_filter(text, catalogue)
    if choice.problem or choice.review_id is None:
        return f"{choice.problem or 'no review named'}."
    try:
        return catalogue.load(choice.review_id)  # a themed session's id (theme-...) too
    except ValueError as e:
        if choice.in_library:
            return str(e)
    known = ", ".join(r.id for r in catalogue.reviews) or "none"
    return f"no review {text!r} (known: {known})"


def cmd_walk(args: argparse.Namespace) -> int:
    from reflect import cpd_cli
    from reflect.model.session import SCHEMA_VERSION
    from reflect.model.themes import as_started
    from reflect.stopping import Stopped, stoppable
    from reflect.store.atomic import file_stamp
    from reflect.store.carry import relabel
    from reflect.store.catalogue import load_catalogue
    from reflect.store.errors import SessionError
    from reflect.store.sessions import new_session_id, read_session, resolve_session
    from reflect.text import readable
    from reflect.walk import new_session, walk
    from reflect.walk_dialogue import Dialogue
    from reflect.walk_whose import at_start, record_whose

    if args.resume and args.after:
        echo("reflect walk: --after starts a new reflection; it cannot go with --resume "
             "(a resumed reflection keeps its link)", err=True)
        return 1
    if not args.review and not args.resume:
        echo(f"reflect walk: name a review (its id or its title: {command('list reviews')}), "
             "or carry on a saved session with --resume SESSION", err=True)
        return 1
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    review: Review | str | None = find_review(catalogue, args.review) if args.review else None
    if isinstance(review, str):
        echo(f"reflect walk: {review}", err=True)
        return 1
    folder = paths.sessions_dir(args.sessions_dir)
    d = Dialogue(sys.stdin, sys.stdout)
    read_as: Stamp | None = None  # (a new session, or a copy carried on under a new id)
    if args.resume:
        try:
            path = resolve_session(folder, args.resume)
            read_as = file_stamp(path)  # before reading: a change meanwhile is caught
            session, read_only = read_session(path)
            relabel(folder, session)
        except SessionError as e:
            echo(f"reflect walk: {e}", err=True)
            return 1
        outside = not in_folder(path, folder)
        # A file elsewhere is carried on as a copy (below), so a copy under another name (a
        # backup, a sync tool's) is safe to resume; one written by a newer reflect never is.
        if read_only and (not outside or session.schema_version > SCHEMA_VERSION):
            echo(f"reflect walk: {path}: {read_only}", err=True, whole=(path,))
            return 1
        if review is None:  # the session knows its review
            try:
                review = catalogue.load(session.review_id)
            except ValueError as e:
                echo(f"reflect walk: session {session.id} is on the review "
                     f"{session.review_id!r}, which cannot be opened: {str(e).rstrip('.')}.",
                     err=True)
                return 1
        if session.review_id != review.id:
            echo(f"reflect walk: session {session.id} is on {session.review_id}, "
                 f"not {review.id}", err=True)
            return 1
        review = as_started(review, session.left_out)
        if args.name is not None:  # whose a reflection is (else asked, at a terminal, if
            record_whose(session, readable(args.name), d.say)  # it names no one)
        if outside:
            # Saving goes to the sessions folder under the session's id: resuming a backup or
            # a colleague's file as itself would silently replace the live session there.
            session = session.model_copy(update={"id": new_session_id(session.review_id)})
            read_as = None
            d.say(f"{path} is not in the sessions folder ({folder}): carrying on in a copy, "
                  f"saved as {session.id}. The file given is not changed.")
    else:
        assert review is not None  # (a review or --resume, checked above)
        found = cpd_cli.team_link_for(folder, args.after, review) if args.after else None
        if isinstance(found, str):
            echo(f"reflect walk: {found}", err=True)
            return 1
        link, left_out = None, None
        if found is not None:
            link, review, left_out = found  # a theme's items as the team had them
        linked = {"after": link, "left_out": left_out} if link else {}
        try:
            with stoppable():  # Ctrl+C, SIGTERM or a hang-up: as in the walk after it
                started = new_session(review, d, "individual" if link else args.mode,
                                      args.title and readable(args.title),
                                      args.team and readable(args.team),
                                      f"My reflection after {link.label}" if link else "",
                                      **linked)
                if started is not None and not at_start(
                        started, args.name and readable(args.name), d):
                    started = None  # (Ctrl+D at "Your name")
        except Stopped as stop:  # before anything was typed into one
            started, stopped, unkept = None, 128 + stop.signum, d.kept_on_stop()
            d.interrupted(stop.signum)
        else:
            stopped, unkept = 0, ""
        if started is None:  # Ctrl+D or a signal before it began: end the prompt's line (the
            d.say()  # shell's prompt ran on after it: a trial) and say so
            d.say(f"Stopped before the session began: no session was kept.{unkept and ' '}"
                  f"{unkept}")
            return stopped
        session = started
        from reflect.store.carry import team_as_before

        try:
            team = team_as_before(folder, session.team)
        except OSError:
            team = session.team  # as typed: starting matters more
        if team != session.team:
            session.team = team
            d.say(f"Saved under the team name “{team}”, as its earlier sessions are.")
        if link is not None:
            d.say(f"Your own reflection after the team session {link.label} ({link.date}): "
                  "the team's points are shown before each question; answer for yourself.")
    try:
        return walk(review, session, folder, d, fresh=not args.resume, read_as=read_as)
    except (OSError, SessionError) as e:
        echo(f"reflect walk: could not save: {e}", err=True)
        return 1


def in_folder(path: Path, folder: Path) -> bool:
    """Whether `path` names a file directly in `folder` (a link there counts as there)."""
    try:
        return path.absolute().parent.resolve() == folder.resolve()
    except OSError:
        return False
