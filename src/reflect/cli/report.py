"""`reflect report`: evidence across sessions folders, as Markdown, HTML or CSV."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.cli.output import unsafe_target, write_output
from reflect.console import echo
from reflect.text import plural

if TYPE_CHECKING:
    from reflect.report import Report


def cmd_report(args: argparse.Namespace) -> int:
    from reflect.report import Filters, make_report
    from reflect.report import render as report_render
    from reflect.report.csv_tables import beside_paths, csv_files
    from reflect.report.make import paused_gc
    from reflect.report.review_filter import near_held, review_filter
    from reflect.report.team_filter import nothing_matches, team_choice
    from reflect.store.catalogue import load_catalogue
    from reflect.store.settings import settings_path

    folders = [Path(d).expanduser() for d in (args.report_dirs or [])] or \
        [paths.sessions_dir(args.sessions_dir)]
    for folder in folders:
        if folder.is_file():  # (it said "no such folder": a trial)
            echo(f"reflect report: {folder} is a file, not a folder: give --sessions-dir the "
                 "folder the sessions are saved in", err=True, whole=(folder,))
            return 1
        if not folder.is_dir():
            echo(f"reflect report: no such folder: {folder}", err=True, whole=(folder,))
            return 1
    if args.since or args.until:  # (`Q4` after `--until Q1`: the Q4 the year before)
        from datetime import date

        from reflect.report.dates import still_to_come
        from reflect.report.period import days_words, read_period, week_said

        typed, period = args.until, read_period(args.since or "", args.until or "", date.today())
        for option, words, day in (("--since", args.since, period.since),
                                   ("--until", typed, period.until)):
            if words and day is not None and not (period.earlier and option == "--since") \
                    and (week := week_said(words, day, option == "--until")):
                echo(f"reflect report: note: {option} {words!r} reads as {week}.", err=True)
        if period.earlier and period.since is not None and period.until is not None:
            echo(f"reflect report: note: --since {args.since!r} reads as {period.earlier}, the "
                 f"one before --until {typed!r}: the report covers "
                 f"{days_words(period.since, period.until)}.", err=True)
        args.since, args.until = period.since, period.until
        if typed and args.until is not None and (to_come := still_to_come(args.until,
                                                                          date.today())):
            # (the report reads it as today, and its heading says so: `Filters.up_to`)
            echo(f"reflect report: note: --until {typed!r} reads as {to_come}: the report "
                 "covers the sessions held up to today.", err=True)
    if args.since and args.until and args.since > args.until:
        from reflect.report.dates import long_date

        # the dates read, not only the rule: "1/11/2026" typed for 1 October is seen at once
        echo(f"reflect report: --since {long_date(args.since)} is after --until "
             f"{long_date(args.until)}, so no session can be in between: change one of them",
             err=True)
        return 1
    target = None if not args.output or args.output == "-" else Path(args.output).expanduser()
    into = into_folder(args.output, target)
    if into is not None:  # named by what it covers once the filters are read (file_names.py)
        fmt, problem, target = args.format or "md", no_folder(into), None
    else:
        fmt, problem = report_format(args.format, target)
    if target is not None:  # a session or a review in the way is said first
        problem = unsafe_target(target, [], args.force) or problem
    if problem:
        where = f"into {into}" if into is not None else str(target)
        echo(f"reflect report: will not write {where}: {problem}", err=True,
             whole=[str(target or into)])
        return 1
    if target is not None and fmt == "csv":  # the tables beside the report's: none written
        for beside, what in zip(beside_paths(target), BESIDE, strict=True):
            if problem := unsafe_target(beside, [], args.force):
                echo(f"reflect report: will not write {beside} ({what}, beside "
                     f"{target.name}): {problem}", err=True, whole=[str(beside)])
                return 1
    catalogue = load_catalogue(paths.content_dir(args.content_dir))
    if catalogue.missing:  # a mistyped --content-dir: a report of ids, no titles, unsaid
        echo(f"reflect report: {paths.missing_library(catalogue.folder)}", err=True,
             whole=(catalogue.folder,))
        return 1
    choice = review_filter(args.review or "", catalogue)
    if choice.problem:
        echo(f"reflect report: --review: {choice.problem}.", err=True)
        return 1
    filters = Filters(since=args.since, until=args.until, review=choice.review_id,
                      team=args.team)
    report, problems = make_report(folders, filters, catalogue, settings_path(),
                                   share_reading=True)

    def refused(said: str) -> int:
        """`said`, after saying which folders hold no session at all: a filter that matched
        nothing in an empty folder (a shell without the app's REFLECT_SESSIONS_DIR) read "the
        teams with sessions: none", never which folder was read (a trial)."""
        for warning in no_sessions(folders):
            echo(f"reflect report: warning: {warning}", err=True)
        echo(f"reflect report: {said}.", err=True)
        return 1

    if not choice.in_library and not report.sessions_found:
        return refused(f"--review: {near_held(choice, args.review, folders).unknown(args.review)}")
    if args.team and not report.sessions_found:
        team = team_choice(args.team, folders)  # a part of a name, as --review takes
        if team.problem:
            return refused(f"--team: {team.problem}")
        if team.team is not None:  # never taken unsaid: here, and in its first line
            echo(f"reflect report: note: --team: {team.said}.", err=True)
            filters = team.filters(filters)
            report, problems = make_report(folders, filters, catalogue, settings_path(),
                                           share_reading=True)
    if nothing := nothing_matches(report):
        return refused(nothing)  # not a report of noughts
    for warning in problems + no_sessions(folders):
        echo(f"reflect report: warning: {warning}", err=True)
    render = f"to_{'markdown' if fmt == 'md' else fmt}"
    with paused_gc():
        if fmt == "md" and target is None and into is None and sys.stdout.isatty():
            # read at a terminal: each text as typed, `[draft]` (it showed `\\[draft]`, as a
            # Markdown file needs it for a renderer: a learning lead's trial)
            text = report_render.to_markdown(report, literal=True)
        else:
            text = getattr(report_render, render)(report)
    made = into is not None and not into.exists()  # (made as the report is written)
    if into is not None:
        target = named_in(into, report, fmt)
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()  # a reader gone before the end is said by the exit code (141)
        if fmt == "csv":  # one row per review: the sessions and actions go beside it
            tables = [f"the {plural(len(report.sessions_held), 'session')}", "every action"]
            tables += [f"the {plural(len(report.overdue), 'overdue action')}"] * bool(
                report.overdue)
            echo(f"reflect report: note: the CSV holds counts per review; "
                 f"{', '.join(tables[:-1])} and {tables[-1]} go in CSVs of their own, "
                 "written beside the report's with -o FILE.csv", err=True)
        return 0
    data = text.encode("utf-8-sig" if fmt == "csv" else "utf-8")
    if not write_output("report", target, data, args.force):
        return 1
    if made and into is not None:
        echo(f"Made the folder {into} for it, readable by you only (as reflect makes its "
             "sessions folders).", whole=(into,))
    echo(f"Report written to {target}", whole=(target,))
    if fmt == "csv":
        for (beside, table), what in zip(csv_files(target, report)[1:], WRITTEN, strict=True):
            if not write_output("report", beside, table.encode("utf-8-sig"), args.force):
                return 1
            echo(f"{what} written to {beside}", whole=(beside,))
    return 0


BESIDE = ("the overdue actions", "the sessions", "every action")
"""What each CSV beside the report's holds (`csv_tables.beside_paths`), as a refusal says it."""
WRITTEN = ("Overdue actions", "Sessions", "Every action")


def into_folder(typed: str | None, target: Path | None) -> Path | None:
    """The folder `-o` names for a report named by what it covers (`-o reports/`, `-o .`): an
    existing folder, or a name ending in a slash; else None."""
    if typed is None or target is None:
        return None
    return target if target.is_dir() or typed.endswith(("/", os.sep)) else None


def no_folder(folder: Path) -> str | None:
    """Why no report can be written into `folder`, or None. One that does not exist is made
    as the report is written (`write_atomic`: owner-only, 0700, as the sessions' folders are):
    `--help` gives `-o reports/` as its example, and a learning lead typing it was told "no
    such folder" (a trial)."""
    if folder.exists() and not folder.is_dir():
        return "it is a file, not a folder"
    return None


def named_in(folder: Path, report: Report, fmt: str) -> Path:
    """`report` in `folder`, named by what it covers and now
    (report/file_names.py), as the Reports screen names one: a name no file there has (with
    the overdue actions' CSV beside it, as CSV)."""
    from datetime import datetime

    from reflect.report.csv_tables import beside_paths
    from reflect.report.file_names import free_report_path

    def taken(path: Path) -> bool:
        return path.exists() or (fmt == "csv" and any(p.exists() for p in beside_paths(path)))

    return free_report_path(folder, report, datetime.now(), fmt, taken)


def no_sessions(folders: list[Path]) -> list[str]:
    """A warning naming the folders that hold no session file (`*.toml`), or []: pointed at the
    exports folder, a report of noughts came out with nothing said (a trial)."""
    from reflect.text import listed

    def holds_sessions(folder: Path) -> bool:
        try:
            return any(p.suffix == ".toml" and not p.name.startswith("._")
                       for p in folder.iterdir())
        except OSError:
            return True  # a folder that cannot be read is said by the report

    empty = [str(folder) for folder in dict.fromkeys(folders) if not holds_sessions(folder)]
    if not empty:
        return []
    return [f"no session files (.toml) were found in {listed(empty)}, so nothing from "
            f"{'it' if len(empty) == 1 else 'them'} is counted: give --sessions-dir the folder "
            "reflect saves sessions in (not its exports folder)"]


ENDINGS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv"}
"""The report's formats by file ending."""
TITLES = {"md": "Markdown", "html": "a web page", "csv": "CSV"}
TITLES_ENDINGS = (".md", ".html", ".csv")
"""Each format's own ending: a slip is offered the one it is near (`.htlm`: .html, not .htm)."""


def report_format(chosen: str | None, target: Path | None) -> tuple[str, str | None]:
    """The format to write (`--format`, else the file's ending, else Markdown), and why it must
    not be written under `target`'s name: never Markdown in a file named .html, whose browser
    would run what the report quotes."""
    named = ENDINGS.get(target.suffix.lower()) if target is not None else None
    endings = ", ".join(ENDINGS)
    if target is not None and chosen is None and named is None:
        if meant := nearest_ending(target):
            return "md", meant
        folder = "" if target.suffix else (
            f"; or, to write it into a folder, end the name with a slash ({target.name}/)")
        return "md", (f"reflect cannot tell the report's format from its name. Name the file "
                      f"with one of these endings: {endings}; or choose --format md, html or "
                      f"csv{folder}")
    if chosen is not None and named is not None and named != chosen:
        return chosen, (f"its name ends {target.suffix if target else ''}, the ending for "
                        f"{TITLES[named]}, but --format {chosen} writes {TITLES[chosen]}. Name "
                        f"the file to match, or choose --format {named}")
    return chosen or named or "md", None


KINDS = {".html": ("a web page: a word processor opens it too", (".doc", ".docx", ".odt", ".rtf")),
         ".csv": ("a spreadsheet opens it", (".xls", ".xlsx", ".ods", ".tsv")),
         ".md": ("Markdown is plain text", (".txt", ".text"))}
"""A report's format nearest in kind to an ending it does not have (a document's, .docx), and
why; a PDF is the web page printed (`reflect report -o x.docx` listed the report's endings
only, nothing said of which was the one for it: a trial)."""


def nearest_ending(target: Path) -> str | None:
    """Why a report is not written under `target`'s name (its ending no report format's),
    with the name likely meant: a slip (`.mdd`, `.htlm`), or the format nearest in kind
    (`.docx`: the web page); None when there is neither."""
    from reflect.near import nearest

    ending = target.suffix.lower()
    formats = "Markdown (.md), a web page (.html) or CSV (.csv)"
    choose = "or choose --format md, html or csv"
    if not ending:
        return None
    if meant := nearest(ending, TITLES_ENDINGS) or nearest(ending, ENDINGS):
        return (f"{target.suffix} is not a report's ending: did you mean "
                f"{target.with_suffix(meant)}? A report is {formats}; {choose}")
    kinds = {e: (to, why) for to, (why, those) in KINDS.items() for e in those}
    kinds[".pdf"] = (".html", "a web page: a browser prints it as a PDF")
    if ending not in kinds:
        return None
    to, why = kinds[ending]
    return (f"{target.suffix} is not a report's ending: a report is {formats}. The nearest is "
            f"{target.with_suffix(to)} ({why}); {choose}")