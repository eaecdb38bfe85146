"""Command line: `reflect` opens the app (`reflect open SESSION` on one session); `list`,
`export`, `validate` and the rest work without it.

Textual is imported only when the app is started, so the plain commands stay quick; and each
command imports its own modules, so `reflect` alone reaches the start screen without
importing pydantic, the models or the exports.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import __version__, paths
from reflect.console import echo
from reflect.text import one_line

if TYPE_CHECKING:  # each command imports what it needs: `reflect` alone opens the app at once
    from reflect.export.identifiers import Finding
    from reflect.model.review import Review
    from reflect.model.session import Session


def _add_dirs(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--content-dir", metavar="DIR", default=default,
                        help=f"review library folder (or set {paths.CONTENT_ENV})")
    parser.add_argument("--sessions-dir", metavar="DIR", default=default,
                        help=f"where sessions are saved (or set {paths.SESSIONS_ENV})")


def _top_parser(exit_on_error: bool = True) -> argparse.ArgumentParser:
    """`reflect` with its options and no command: what opening the app needs."""
    parser = argparse.ArgumentParser(
        prog="reflect", exit_on_error=exit_on_error,
        description="Guided team discussion and self-reflection on safeguarding practice "
                    "reviews. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"reflect {__version__}")
    _add_dirs(parser, suppress=False)
    return parser


def build_parser() -> argparse.ArgumentParser:
    from reflect import cpd_cli
    from reflect.store.exports import ALIASES, FORMATS

    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_list = sub.add_parser("list", help="list reviews or saved sessions as plain lines",
                            description="Print the review library or the saved sessions, "
                                        "one per line (tab-separated).")
    p_list.add_argument("what", choices=["reviews", "sessions"])
    _add_dirs(p_list, suppress=True)

    p_export = sub.add_parser("export", help="write a session's notes",
                              description="Write a session's notes without opening the app.")
    p_export.add_argument("session", metavar="SESSION", help="session id or path to its file")
    p_export.add_argument("--format", choices=sorted(FORMATS) + sorted(ALIASES),
                          help="notes format (default: from the -o file's ending, else md)")
    p_export.add_argument("-o", "--output", metavar="FILE",
                          help="file to write (default: print to standard output)")
    p_export.add_argument("--force", action="store_true",
                          help="replace FILE if it already exists")
    found = p_export.add_mutually_exclusive_group()
    found.add_argument("--redact", action="store_true",
                       help="replace likely personal details with [redacted] in the exported "
                            "copy (the saved session is not changed)")
    found.add_argument("--anyway", action="store_true",
                       help="export even if the check finds likely personal details")
    p_export.add_argument("--roles-only", action="store_true",
                          help="show participants by role and agency only (names are also "
                               "checked for in the text)")
    p_export.add_argument("--by-agency", action="store_true",
                          help="attendance as a count per agency, no names or roles; points "
                               "are attributed to an agency only (names are also checked for "
                               "in the text)")
    p_export.add_argument("--no-attendance", action="store_true",
                          help="leave attendance out (who attended and who did not); points "
                               "are then attributed by role and agency, never by name")
    p_export.add_argument("--with-content", action="store_true",
                          help="include the review's own content before the notes")

    p_check = sub.add_parser(
        "check", help="look for personal details in a session (NHS numbers, phones, ...)",
        description="Look for likely personal details in what was typed into a session: NHS "
                    "numbers, UK phone numbers, emails, postcodes, dates of birth, National "
                    "Insurance numbers, and (with --roles-only) participants' names. Exits 1 "
                    "when it finds something.")
    p_check.add_argument("session", metavar="SESSION", help="session id or path to its file")
    p_check.add_argument("--roles-only", action="store_true",
                         help="also look for participants' names")
    p_check.add_argument("--by-agency", action="store_true",
                         help="also look for participants' names (as --roles-only: notes by "
                              "agency name nobody)")
    _add_dirs(p_check, suppress=True)
    _add_dirs(p_export, suppress=True)

    p_walk = sub.add_parser(
        "walk", help="run a session as a plain line-by-line dialogue (screen readers, scripts)",
        description="Run a session without the full-screen app: each section is printed, each "
                    "question asked; a line with only '.' ends an answer. Saves the same session "
                    "file as the app, so it can be resumed in either.")
    p_walk.add_argument("review", metavar="REVIEW", help="review id (see: reflect list reviews)")
    p_walk.add_argument("--resume", metavar="SESSION", help="carry on a saved session")
    p_walk.add_argument("--mode", choices=["team", "individual"])
    p_walk.add_argument("--title")
    p_walk.add_argument("--team", help="team or service")
    p_walk.add_argument("--after", metavar="SESSION",
                        help="your own reflection after a saved team session on the same "
                             "review: the team's points are shown before each question, and "
                             "your CPD record takes its peer reflection from that session")
    _add_dirs(p_walk, suppress=True)

    p_report = sub.add_parser(
        "report", help="evidence across sessions: reviews discussed, teams, attendance, actions",
        description="Summarise sessions across one or more sessions folders (e.g. a shared "
                    "folder every team saves into): per review, per team, per recommendation, "
                    "and open actions past their due date. People are counted by role and "
                    "agency, never named. Sync-conflict copies are reported, not counted.")
    p_report.add_argument("--sessions-dir", metavar="DIR", action="append", dest="report_dirs",
                          help="a sessions folder to include (repeat for several; default: "
                               "the usual sessions folder)")
    p_report.add_argument("--since", metavar="DATE", type=_iso_date,
                          help="sessions created on or after DATE (YYYY-MM-DD)")
    p_report.add_argument("--until", metavar="DATE", type=_iso_date,
                          help="sessions created on or before DATE (YYYY-MM-DD)")
    p_report.add_argument("--review", metavar="ID", help="only this review")
    p_report.add_argument("--team", metavar="NAME", help="only this team or service")
    p_report.add_argument("--format", choices=["md", "html", "csv"], default="md")
    p_report.add_argument("-o", "--output", metavar="FILE",
                          help="file to write (default: standard output)")
    p_report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p_report.add_argument("--content-dir", metavar="DIR", default=argparse.SUPPRESS,
                          help="review library folder, for review titles")

    p_import = sub.add_parser(
        "import", help="turn a published briefing (PDF, Word, web page, Markdown or text) into "
                       "a review file",
        description="Read a published briefing and write a review file that `reflect validate` "
                    "accepts. Every line of the briefing ends up in a field or in the list of "
                    "unplaced lines, which is printed and kept as a comment in the file. A "
                    "briefing with no questions gets reflect's standard questions, marked as "
                    "reflect's. A file already imported is not imported again (unless --force). "
                    "With --into, FILE is an action plan merged into an existing review.")
    p_import.add_argument("file", metavar="FILE",
                          help="the briefing: PDF, Word (.docx), web page, Markdown or text")
    p_import.add_argument("--id", metavar="ID", help="review id (default: from 'Child X')")
    p_import.add_argument("--check", action="store_true", help="report only; write nothing")
    p_import.add_argument("--force", action="store_true",
                          help="replace an existing review (or its action plan), or import a "
                               "file already imported")
    p_import.add_argument("--into", metavar="REVIEW_ID",
                          help="FILE is an action plan: merge it into the review with this id "
                               "in the library folder")
    _add_dirs(p_import, suppress=True)

    p_open = sub.add_parser(
        "open", help="open the app straight on a saved session",
        description="Open the app on a saved session, at the step it was left on (Esc goes "
                    "to the start screen). A session open in another reflect, or a file outside "
                    "the sessions folder, opens read-only.")
    p_open.add_argument("session", metavar="SESSION", help="session id or path to its file")
    _add_dirs(p_open, suppress=True)

    p_val = sub.add_parser("validate", help="check review content files",
                           description="Check every *.toml review in a folder; exits 1 if any "
                                       "file has a problem.")
    p_val.add_argument("dir", nargs="?", metavar="DIR",
                       help="folder to check (default: the library folder)")
    _add_dirs(p_val, suppress=True)
    cpd_cli.add_parsers(sub, _add_dirs)
    return parser


def cmd_list(args: argparse.Namespace) -> int:
    from reflect.store.library import load_library

    if args.what == "reviews":
        lib = load_library(paths.content_dir(args.content_dir))
        for r in lib.reviews:
            echo(f"{r.id}\t{one_line(r.title)}\t{one_line(r.partnership)}\t"
                 f"{one_line(r.review_type)}\t{len(r.questions)} questions\t"
                 f"{', '.join(r.themes)}")
        for p in lib.problems + [m for todo in lib.unfinished.values() for m in todo]:
            echo(f"warning: {p}", err=True)
        return 0
    from reflect.store.index import list_summaries

    folder = paths.sessions_dir(args.sessions_dir)
    found = list_summaries(folder)
    for s in found.entries:
        echo(f"{s.id}\t{s.review_id}\t{one_line(s.label)}\t{s.updated:%Y-%m-%d %H:%M}\t"
             f"{s.answered}/{s.total} answered")
    for p in found.problems:
        echo(f"warning: unreadable session: {p}", err=True)
    if not found.entries and not found.problems:
        echo(f"No sessions in {folder}", err=True)
    return 0


def read_named_session(command: str,
                       args: argparse.Namespace) -> tuple[Path, Session, str | None] | None:
    """The session named on the command line (`args.session`: an id or a file), its file and
    why it must stay read-only (or None); None, after saying why on stderr, when it cannot be
    read. The one way every command reads the session it is given."""
    from reflect.store.errors import SessionError
    from reflect.store.sessions import read_session, resolve_session

    try:
        path = resolve_session(paths.sessions_dir(args.sessions_dir), args.session)
        session, read_only = read_session(path)
    except SessionError as e:
        echo(f"reflect {command}: {e}", err=True)
        return None
    return path, session, read_only


def _load_for(command: str,
              args: argparse.Namespace) -> tuple[Session, Review | None, Path] | None:
    from reflect.model.themes import as_started
    from reflect.store.library import load_library

    named = read_named_session(command, args)
    if named is None:
        return None
    source, session, _ = named
    review = load_library(paths.content_dir(args.content_dir)).get(session.review_id)
    if review is not None:
        review = as_started(review, session.left_out)  # a theme's items as it was started
    return session, review, source


def _print_findings(findings: list[Finding], err: bool = False) -> None:
    for f in findings:
        echo(f"  {f.where}: {f.kind}: {one_line(f.text)}", err=err)


def cmd_check(args: argparse.Namespace) -> int:
    from reflect.export.identifiers import find_identifiers

    loaded = _load_for("check", args)
    if loaded is None:
        return 1
    session, review, _ = loaded
    findings = find_identifiers(session, review, roles_only=args.roles_only or args.by_agency)
    if not findings:
        echo(f"No likely personal details found in {session.id}.")
        return 0
    echo(f"{len(findings)} likely personal detail(s) in {session.id}:")
    _print_findings(findings)
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    from reflect.export.identifiers import redact
    from reflect.export.options import ExportOptions
    from reflect.store.exports import (
        BINARY,
        FORMATS,
        canonical,
        effective_options,
        findings_for,
        format_for,
        known_endings,
        refusal,
        render_bytes,
    )

    loaded = _load_for("export", args)
    if loaded is None:
        return 1
    session, review, source = loaded
    target = None if not args.output or args.output == "-" else Path(args.output).expanduser()
    fmt = args.format or (format_for(target) if target else None)
    if fmt is None and target is not None and refusal(target) is None:
        # never Markdown under a name that says otherwise (a session's name is refused later)
        echo(f"reflect export: will not write {target}: reflect cannot tell the format from "
             f"its name. Name the file with one of these endings: {known_endings()}. Or "
             "choose the format with --format.", err=True)
        return 1
    fmt = fmt or "md"
    options = effective_options(fmt, ExportOptions(include_content=args.with_content,
                                                   include_attendance=not args.no_attendance,
                                                   roles_only=args.roles_only,
                                                   attendance_by_agency=args.by_agency))
    findings = findings_for(session, fmt, review, options)
    if findings and args.redact:
        session = redact(session, findings)
    elif findings and not args.anyway:
        echo(f"reflect export: {len(findings)} likely personal detail(s) found; nothing was "
             "exported:", err=True)
        _print_findings(findings, err=True)
        echo("Edit the session, or export again with --redact (replaced by [redacted] in the "
             "exported copy) or --anyway.", err=True)
        return 1
    if canonical(fmt) in BINARY and target is None:
        echo(f"reflect export: a {FORMATS[canonical(fmt)].ending} file needs -o FILE", err=True)
        return 1
    data = render_bytes(session, fmt, review, options)
    if target is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    if problem := _unsafe_target(target, [source], args.force):
        echo(f"reflect export: will not write {target}: {problem}", err=True)
        return 1
    if not _write_output("export", target, data, args.force):
        return 1
    echo(f"Notes written to {target}")
    return 0


def _unsafe_target(target: Path, inputs: list[Path], force: bool) -> str | None:
    """Why output must not be written to `target`, or None when it may (see `refusal`)."""
    from reflect.store.atomic import real_target
    from reflect.store.exports import refusal

    real = real_target(target)
    if not real.parent.is_dir():
        return f"folder {real.parent} does not exist"
    if problem := refusal(target, tuple(inputs)):
        return problem
    if real.exists() and not force:
        return "it already exists (add --force to replace it)"
    return None


def _write_output(command: str, target: Path, data: bytes, force: bool) -> bool:
    """Write `data` to `target` (never replacing a file unless `force`); False on failure,
    after saying why."""
    from reflect.store.atomic import write_atomic

    try:
        write_atomic(target, data, replace=force)
    except FileExistsError:
        echo(f"reflect {command}: will not write {target}: it already exists (add --force to "
             "replace it)", err=True)
        return False
    except OSError as e:
        echo(f"reflect {command}: cannot write {target}: {e.strerror or e}", err=True)
        return False
    return True


def cmd_import(args: argparse.Namespace) -> int:
    import re
    import tomllib

    from reflect.importer import (
        BriefingError,
        dumps_review,
        import_action_plan,
        import_briefing,
        merge_action_plan,
        to_toml,
    )
    from reflect.importer.facts import already_imported, with_imported_from
    from reflect.importer.sources import SourceError, read_source
    from reflect.store.atomic import write_atomic
    from reflect.store.library import load_library

    def fail(message: str) -> int:
        echo(f"reflect import: {message}", err=True)
        return 1

    folder = paths.content_dir(args.content_dir)
    if args.into is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", args.into):
        return fail(f"--into takes the id of a review in {folder} (e.g. child-l), "
                    f"not {args.into!r}")
    try:
        source = read_source(Path(args.file).expanduser())
    except SourceError as e:
        return fail(str(e))
    shown_name = source.path
    warnings: list[str] = []
    try:
        if args.into:
            target = folder / f"{args.into}.toml"
            if not target.is_file():
                return fail(f"no review {args.into!r} in {folder} (see `reflect list reviews`)")
            review_data = tomllib.loads(target.read_text(encoding="utf-8"))
            if review_data.get("id") != args.into:
                return fail(f"{target} holds review {review_data.get('id')!r}, not {args.into!r}")
            plan, unplaced = import_action_plan(source.text)
            merged = merge_action_plan(review_data, plan, replace=args.force)
            output, counts = dumps_review(merged), {"action plan items": len(plan.get("items", []))}
        else:
            report = import_briefing(source.text, args.id, name_hint=source.path.stem)
            library = load_library(folder)
            earlier = already_imported(library.reviews, source.sha256)
            if earlier is not None and not args.force:
                return fail(f"{shown_name} is already in the library as review {earlier.id} "
                            f"({one_line(earlier.title)}); nothing written (add --force to "
                            "import it again)")
            report.review = with_imported_from(report.review, source.path.name, source.sha256,
                                               date.today())
            target = folder / f"{report.review['id']}.toml"
            output, unplaced, warnings = to_toml(report), report.unplaced, report.warnings
            counts = {k: n for k, n in report.counts.items() if n or k == "questions"}
    except BriefingError as e:
        return fail(f"{shown_name}: {e}")
    except (OSError, UnicodeDecodeError) as e:
        return fail(f"{target}: cannot read: {getattr(e, 'strerror', None) or e}")
    except tomllib.TOMLDecodeError as e:
        return fail(f"{target}: not valid TOML: {e}")
    echo(f"{shown_name} -> {target}")
    for section, n in counts.items():
        echo(f"  {section.replace('_', ' ')}: {n}" + (
            " (the briefing has none: reflect's standard questions added)"
            if section == "questions" and n == 0 else ""))
    for warning in warnings:
        echo(f"note: {warning}")
    if unplaced:
        echo(f"{len(unplaced)} line(s) not placed in any field (kept as a comment in the file; "
              "move them by hand if they belong somewhere):")
        for number, line in unplaced:
            echo(f"  line {number}: {one_line(line)}")
    else:
        echo("Every line of the briefing was placed.")
    if args.check:
        echo("--check: nothing written.")
        return 0
    if target.exists() and not args.into and not args.force:
        return fail(f"{target} already exists (add --force to replace it)")
    write_atomic(target, output.encode("utf-8"), mode=0o644)
    lib = load_library(folder)
    problems = [p for p in lib.problems if str(target) in p]
    for p in problems:
        echo(f"error\t{p}")
    todo = [] if args.into else lib.unfinished.get(report.review["id"], [])
    for p in todo:
        echo(f"to do\t{p}")
    echo(f"Written {target}" + ("" if problems or todo else "; it validates.") + (
        "; `reflect validate` accepts it once the placeholders above are replaced."
        if todo and not problems else ""))
    return 1 if problems else 0


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def cmd_report(args: argparse.Namespace) -> int:
    from reflect.report import Filters, make_report
    from reflect.report import render as report_render
    from reflect.store.catalogue import load_catalogue
    from reflect.store.settings import settings_path

    folders = [Path(d).expanduser() for d in (args.report_dirs or [])] or \
        [paths.sessions_dir(args.sessions_dir)]
    for folder in folders:
        if not folder.is_dir():
            echo(f"reflect report: no such folder: {folder}", err=True)
            return 1
    if args.since and args.until and args.since > args.until:
        echo("reflect report: --since is after --until", err=True)
        return 1
    filters = Filters(since=args.since, until=args.until, review=args.review, team=args.team)
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    report, problems = make_report(folders, filters, catalogue, settings_path())
    for warning in problems:
        echo(f"reflect report: warning: {warning}", err=True)
    render = f"to_{'markdown' if args.format == 'md' else args.format}"
    text = getattr(report_render, render)(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    if problem := _unsafe_target(target, [], args.force):
        echo(f"reflect report: will not write {target}: {problem}", err=True)
        return 1
    data = text.encode("utf-8-sig" if args.format == "csv" else "utf-8")
    if not _write_output("report", target, data, args.force):
        return 1
    echo(f"Report written to {target}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from reflect.store.library import load_library

    folder = Path(args.dir) if args.dir else paths.content_dir(args.content_dir)
    lib = load_library(folder)
    for r in lib.reviews:
        if r.id not in lib.unfinished:
            n = len(r.questions)
            echo(f"ok\t{r.id}\t{n} question{'' if n == 1 else 's'}")
    problems = lib.problems + [m for todo in lib.unfinished.values() for m in todo]
    for p in problems:
        echo(f"error\t{p}")
    if not lib.reviews and not lib.problems:
        echo(f"error\t{folder}: no *.toml review files found")
        return 1
    valid = len(lib.reviews) - len(lib.unfinished)
    echo(f"{valid} valid, {len(problems)} problem(s) in {folder}")
    return 1 if problems else 0


def cmd_walk(args: argparse.Namespace) -> int:
    from reflect import cpd_cli
    from reflect.model.session import SCHEMA_VERSION
    from reflect.model.themes import as_started
    from reflect.store.errors import SessionError
    from reflect.store.library import load_library
    from reflect.store.sessions import new_session_id, read_session, resolve_session
    from reflect.walk import Dialogue, Stopped, new_session, walk

    library = load_library(paths.content_dir(args.content_dir))
    review = library.get(args.review)
    if review is None:
        known = ", ".join(r.id for r in library.reviews) or "none"
        echo(f"reflect walk: no review {args.review!r} (known: {known})", err=True)
        return 1
    folder = paths.sessions_dir(args.sessions_dir)
    d = Dialogue(sys.stdin, sys.stdout)
    if args.resume and args.after:
        echo("reflect walk: --after starts a new reflection; it cannot go with --resume "
             "(a resumed reflection keeps its link)", err=True)
        return 1
    if args.resume:
        try:
            path = resolve_session(folder, args.resume)
            session, read_only = read_session(path)
        except SessionError as e:
            echo(f"reflect walk: {e}", err=True)
            return 1
        outside = not _in_folder(path, folder)
        # A file elsewhere is carried on as a copy (below), so a copy under another name (a
        # backup, a sync tool's) is safe to resume; one written by a newer reflect never is.
        if read_only and (not outside or session.schema_version > SCHEMA_VERSION):
            echo(f"reflect walk: {path}: {read_only}", err=True)
            return 1
        if session.review_id != review.id:
            echo(f"reflect walk: session {session.id} is on {session.review_id}, "
                 f"not {review.id}", err=True)
            return 1
        review = as_started(review, session.left_out)
        if outside:
            # Saving goes to the sessions folder under the session's id: resuming a backup or
            # a colleague's file as itself would silently replace the live session there.
            session = session.model_copy(update={"id": new_session_id(session.review_id)})
            d.say(f"{path} is not in the sessions folder ({folder}): carrying on in a copy, "
                  f"saved as {session.id}. The file given is not changed.")
    else:
        link = cpd_cli.team_link_for(folder, args.after, review) if args.after else None
        if isinstance(link, str):
            echo(f"reflect walk: {link}", err=True)
            return 1
        try:
            started = new_session(review, d, "individual" if link else args.mode, args.title,
                                  args.team)
        except Stopped as stop:  # stopped before anything was typed into a session
            return 128 + stop.signum
        if started is None:
            return 0
        session = started
        if link is not None:
            session.after = link
            d.say(f"Your own reflection after the team session {link.label} ({link.date}): "
                  "the team's points are shown before each question; answer for yourself.")
    try:
        return walk(review, session, folder, d, fresh=not args.resume)
    except (OSError, SessionError) as e:
        echo(f"reflect walk: could not save: {e}", err=True)
        return 1


def _in_folder(path: Path, folder: Path) -> bool:
    """Whether `path` names a file directly in `folder` (a link there counts as there)."""
    try:
        return path.absolute().parent.resolve() == folder.resolve()
    except OSError:
        return False


def cmd_open(args: argparse.Namespace) -> int:
    """The app, opened on one saved session: read and checked here, so a missing or unreadable
    session (or review) is said plainly on the terminal and the app does not start."""
    from reflect.store.catalogue import load_catalogue

    folder = paths.sessions_dir(args.sessions_dir)
    named = read_named_session("open", args)
    if named is None:
        return 1
    path, session, read_only = named
    content = paths.content_dir(args.content_dir)
    try:
        review = load_catalogue(content).load(session.review_id)
    except ValueError as e:
        echo(f"reflect open: session {session.id} is on the review {session.review_id!r}, "
             f"which cannot be opened: {str(e).rstrip('.')}. Nothing is lost: its answers "
             f"are in {path}, and `reflect export {args.session}` writes its notes.", err=True)
        return 1
    if read_only is None and not _in_folder(path, folder):
        # Saving goes to the sessions folder under the session's id: editing a backup or a
        # colleague's copy as itself would silently replace the live session there.
        read_only = (f"not in the sessions folder ({folder}): opened read-only; copy the file "
                     "there to carry on with it")
    from reflect.ui.app import make_app

    app = make_app(content, folder)
    app.first_session = (session, review, read_only)
    app.run()
    return app.return_code or 0


def cmd_app(args: argparse.Namespace) -> int:
    from reflect.ui.app import make_app

    app = make_app(paths.content_dir(args.content_dir), paths.sessions_dir(args.sessions_dir))
    app.run()
    return app.return_code or 0


def _app_args(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` names no command (the app opens), else None.

    Building every command's parser imports the export formats and the models (pydantic):
    a quarter of a second the start screen does not need."""
    if any(a in ("-h", "--help") for a in argv):
        return None
    try:
        args, rest = _top_parser(exit_on_error=False).parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong, in its own words
    return None if rest else args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _app_args(argv)
    if args is None:
        from reflect import cpd_cli

        args = build_parser().parse_args(argv)
        commands = {"list": cmd_list, "export": cmd_export, "validate": cmd_validate,
                    "walk": cmd_walk, "check": cmd_check, "report": cmd_report,
                    "import": cmd_import, "open": cmd_open, **cpd_cli.COMMANDS}
        command = commands.get(args.command, cmd_app)
    else:
        command = cmd_app
    try:
        code = command(args)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`reflect check ID | head -3`): stop quietly, as `cat` does.
        _silence_stdout()
        return 141


def _silence_stdout() -> None:
    """Point standard output at the null device, so the final flush at exit cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (tests capture it): nothing is flushed to a closed pipe
