"""Command line: `reflect` opens the app; `list`, `export` and `validate` work without it.

Textual is imported only when the app is started, so the plain commands stay quick.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from reflect import __version__
from reflect import paths
from reflect.export.identifiers import Finding, find_identifiers, redact
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.exports import FORMATS, effective_options, format_for, render_bytes
from reflect.store.library import load_library
from reflect.store.sessions import SessionError, load_session, read_session, resolve_session
from reflect.store.atomic import write_atomic
from reflect.text import one_line


def _add_dirs(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--content-dir", metavar="DIR", default=default,
                        help=f"review library folder (or set {paths.CONTENT_ENV})")
    parser.add_argument("--sessions-dir", metavar="DIR", default=default,
                        help=f"where sessions are saved (or set {paths.SESSIONS_ENV})")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reflect",
        description="Guided team discussion and self-reflection on safeguarding practice "
                    "reviews. With no command, opens the app.")
    parser.add_argument("--version", action="version", version=f"reflect {__version__}")
    _add_dirs(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_list = sub.add_parser("list", help="list reviews or saved sessions as plain lines",
                            description="Print the review library or the saved sessions, "
                                        "one per line (tab-separated).")
    p_list.add_argument("what", choices=["reviews", "sessions"])
    _add_dirs(p_list, suppress=True)

    p_export = sub.add_parser("export", help="write a session's notes",
                              description="Write a session's notes without opening the app.")
    p_export.add_argument("session", metavar="SESSION", help="session id or path to its file")
    p_export.add_argument("--format", choices=sorted(FORMATS),
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
        "import", help="turn a published briefing (text or Markdown) into a review file",
        description="Read a briefing copied from a web page or PDF and write a review file "
                    "that `reflect validate` accepts. Every line of the briefing ends up in a "
                    "field or in the list of unplaced lines, which is printed and kept as a "
                    "comment in the file. With --into, FILE is an action plan merged into an "
                    "existing review.")
    p_import.add_argument("file", metavar="FILE", help="the briefing as plain text or Markdown")
    p_import.add_argument("--id", metavar="ID", help="review id (default: from 'Child X')")
    p_import.add_argument("--check", action="store_true", help="report only; write nothing")
    p_import.add_argument("--force", action="store_true",
                          help="replace an existing review (or its action plan)")
    p_import.add_argument("--into", metavar="REVIEW_ID",
                          help="FILE is an action plan: merge it into this review")
    _add_dirs(p_import, suppress=True)

    p_val = sub.add_parser("validate", help="check review content files",
                           description="Check every *.toml review in a folder; exits 1 if any "
                                       "file has a problem.")
    p_val.add_argument("dir", nargs="?", metavar="DIR",
                       help="folder to check (default: the library folder)")
    _add_dirs(p_val, suppress=True)
    return parser


def cmd_list(args: argparse.Namespace) -> int:
    if args.what == "reviews":
        lib = load_library(paths.content_dir(args.content_dir))
        for r in lib.reviews:
            print(f"{r.id}\t{one_line(r.title)}\t{one_line(r.review_type)}\t"
                  f"{len(r.questions)} questions\t{', '.join(r.themes)}")
        for p in lib.problems:
            print(f"warning: {p}", file=sys.stderr)
        return 0
    from reflect.store.index import list_summaries

    folder = paths.sessions_dir(args.sessions_dir)
    found = list_summaries(folder)
    for s in found.entries:
        print(f"{s.id}\t{s.review_id}\t{one_line(s.label)}\t{s.updated:%Y-%m-%d %H:%M}\t"
              f"{s.answered}/{s.total} answered")
    for p in found.problems:
        print(f"warning: unreadable session: {p}", file=sys.stderr)
    if not found.entries and not found.problems:
        print(f"No sessions in {folder}", file=sys.stderr)
    return 0


def _load_for(command: str, args: argparse.Namespace) -> tuple[Session, Review | None] | None:
    folder = paths.sessions_dir(args.sessions_dir)
    try:
        session = load_session(resolve_session(folder, args.session))
    except SessionError as e:
        print(f"reflect {command}: {e}", file=sys.stderr)
        return None
    return session, load_library(paths.content_dir(args.content_dir)).get(session.review_id)


def _print_findings(findings: list[Finding], out: TextIO) -> None:
    for f in findings:
        print(f"  {f.where}: {f.kind}: {one_line(f.text)}", file=out)


def cmd_check(args: argparse.Namespace) -> int:
    loaded = _load_for("check", args)
    if loaded is None:
        return 1
    session, review = loaded
    findings = find_identifiers(session, review, roles_only=args.roles_only or args.by_agency)
    if not findings:
        print(f"No likely personal details found in {session.id}.")
        return 0
    print(f"{len(findings)} likely personal detail(s) in {session.id}:")
    _print_findings(findings, sys.stdout)
    return 1


def cmd_export(args: argparse.Namespace) -> int:
    folder = paths.sessions_dir(args.sessions_dir)
    loaded = _load_for("export", args)
    if loaded is None:
        return 1
    session, review = loaded
    target = None if not args.output or args.output == "-" else Path(args.output).expanduser()
    fmt = args.format or (format_for(target) if target else None) or "md"
    options = effective_options(fmt, ExportOptions(include_content=args.with_content,
                                                   include_attendance=not args.no_attendance,
                                                   roles_only=args.roles_only,
                                                   attendance_by_agency=args.by_agency))
    findings = find_identifiers(session, review, roles_only=options.nameless)
    if findings and args.redact:
        session = redact(session, findings)
    elif findings and not args.anyway:
        print(f"reflect export: {len(findings)} likely personal detail(s) found; nothing was "
              "exported:", file=sys.stderr)
        _print_findings(findings, sys.stderr)
        print("Edit the session, or export again with --redact (replaced by [redacted] in the "
              "exported copy) or --anyway.", file=sys.stderr)
        return 1
    if fmt == "docx" and target is None:
        print("reflect export: a .docx file needs -o FILE", file=sys.stderr)
        return 1
    data = render_bytes(session, fmt, review, options)
    if target is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    if problem := _unsafe_target(target, folder, args.force):
        print(f"reflect export: will not write {target}: {problem}", file=sys.stderr)
        return 1
    try:
        write_atomic(target, data)
    except OSError as e:
        print(f"reflect export: cannot write {target}: {e.strerror or e}", file=sys.stderr)
        return 1
    print(f"Notes written to {target}")
    return 0


def _unsafe_target(target: Path, sessions: Path, force: bool) -> str | None:
    """Why notes must not be written to `target`, or None when they may."""
    if not target.parent.is_dir():
        return f"folder {target.parent} does not exist"
    if target.suffix == ".toml" and target.parent.resolve() == sessions.resolve():
        return "it is in the sessions folder, where it would replace a session"
    if target.exists() and not force:
        return "it already exists (add --force to replace it)"
    return None


def cmd_import(args: argparse.Namespace) -> int:
    import tomllib

    from reflect.importer import (BriefingError, dumps_review, import_action_plan,
                                  import_briefing, merge_action_plan, to_toml)

    source = Path(args.file).expanduser()
    try:
        text = source.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        print(f"reflect import: cannot read {source}: {getattr(e, 'strerror', None) or e}",
              file=sys.stderr)
        return 1
    folder = paths.content_dir(args.content_dir)
    try:
        if args.into:
            target = folder / f"{args.into}.toml"
            if not target.is_file():
                print(f"reflect import: no review file {target}", file=sys.stderr)
                return 1
            plan, unplaced = import_action_plan(text)
            merged = merge_action_plan(tomllib.loads(target.read_text(encoding="utf-8")), plan,
                                       replace=args.force)
            output, counts = dumps_review(merged), {"action plan items": len(plan.get("items", []))}
        else:
            report = import_briefing(text, args.id)
            target = folder / f"{report.review['id']}.toml"
            output, counts, unplaced = to_toml(report), report.counts, report.unplaced
    except BriefingError as e:
        print(f"reflect import: {source}: {e}", file=sys.stderr)
        return 1
    except tomllib.TOMLDecodeError as e:
        print(f"reflect import: {target}: not valid TOML: {e}", file=sys.stderr)
        return 1
    print(f"{source} -> {target}")
    for section, n in counts.items():
        print(f"  {section}: {n}")
    if unplaced:
        print(f"{len(unplaced)} line(s) not placed in any field (kept as a comment in the file; "
              "move them by hand if they belong somewhere):")
        for number, line in unplaced:
            print(f"  line {number}: {one_line(line)}")
    else:
        print("Every line of the briefing was placed.")
    if args.check:
        print("--check: nothing written.")
        return 0
    if target.exists() and not args.into and not args.force:
        print(f"reflect import: {target} already exists (add --force to replace it)",
              file=sys.stderr)
        return 1
    write_atomic(target, output.encode("utf-8"), mode=0o644)
    lib = load_library(folder)
    problems = [p for p in lib.problems if str(target) in p]
    for p in problems:
        print(f"error\t{p}")
    print(f"Written {target}" + ("" if problems else "; it validates."))
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
            print(f"reflect report: no such folder: {folder}", file=sys.stderr)
            return 1
    if args.since and args.until and args.since > args.until:
        print("reflect report: --since is after --until", file=sys.stderr)
        return 1
    filters = Filters(since=args.since, until=args.until, review=args.review, team=args.team)
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    report, problems = make_report(folders, filters, catalogue, settings_path())
    for problem in problems:
        print(f"reflect report: warning: {problem}", file=sys.stderr)
    text = getattr(report_render, f"to_{'markdown' if args.format == 'md' else args.format}")(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    if problem := _unsafe_target(target, folders[0], args.force):
        print(f"reflect report: will not write {target}: {problem}", file=sys.stderr)
        return 1
    write_atomic(target, text.encode("utf-8-sig" if args.format == "csv" else "utf-8"))
    print(f"Report written to {target}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    folder = Path(args.dir) if args.dir else paths.content_dir(args.content_dir)
    lib = load_library(folder)
    for r in lib.reviews:
        print(f"ok\t{r.id}\t{len(r.questions)} questions")
    for p in lib.problems:
        print(f"error\t{p}")
    if not lib.reviews and not lib.problems:
        print(f"error\t{folder}: no *.toml review files found")
        return 1
    print(f"{len(lib.reviews)} valid, {len(lib.problems)} problem(s) in {folder}")
    return 1 if lib.problems else 0


def cmd_walk(args: argparse.Namespace) -> int:
    from reflect.walk import Dialogue, new_session, walk

    library = load_library(paths.content_dir(args.content_dir))
    review = library.get(args.review)
    if review is None:
        known = ", ".join(r.id for r in library.reviews) or "none"
        print(f"reflect walk: no review {args.review!r} (known: {known})", file=sys.stderr)
        return 1
    folder = paths.sessions_dir(args.sessions_dir)
    d = Dialogue(sys.stdin, sys.stdout)
    if args.resume:
        try:
            session, read_only = read_session(resolve_session(folder, args.resume))
        except SessionError as e:
            print(f"reflect walk: {e}", file=sys.stderr)
            return 1
        if read_only:
            print(f"reflect walk: this session is {read_only}", file=sys.stderr)
            return 1
        if session.review_id != review.id:
            print(f"reflect walk: session {session.id} is on {session.review_id}, "
                  f"not {review.id}", file=sys.stderr)
            return 1
    else:
        started = new_session(review, d, args.mode, args.title, args.team)
        if started is None:
            return 0
        session = started
    try:
        return walk(review, session, folder, d)
    except (OSError, SessionError) as e:
        print(f"reflect walk: could not save: {e}", file=sys.stderr)
        return 1


def cmd_app(args: argparse.Namespace) -> int:
    from reflect.ui.app import make_app

    app = make_app(paths.content_dir(args.content_dir), paths.sessions_dir(args.sessions_dir))
    app.run()
    return app.return_code or 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands = {"list": cmd_list, "export": cmd_export, "validate": cmd_validate,
                "walk": cmd_walk, "check": cmd_check, "report": cmd_report,
                "import": cmd_import}
    try:
        return commands.get(args.command, cmd_app)(args)
    except KeyboardInterrupt:
        return 130
