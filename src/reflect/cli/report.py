"""`reflect report`: evidence across sessions folders, as Markdown, HTML or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reflect import paths
from reflect.cli.output import unsafe_target, write_output
from reflect.console import echo


def cmd_report(args: argparse.Namespace) -> int:
    from reflect.report import Filters, make_report
    from reflect.report import render as report_render
    from reflect.report.make import paused_gc
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
    report, problems = make_report(folders, filters, catalogue, settings_path(),
                                   share_reading=True)
    for warning in problems:
        echo(f"reflect report: warning: {warning}", err=True)
    render = f"to_{'markdown' if args.format == 'md' else args.format}"
    with paused_gc():
        text = getattr(report_render, render)(report)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output).expanduser()
    if problem := unsafe_target(target, [], args.force):
        echo(f"reflect report: will not write {target}: {problem}", err=True)
        return 1
    data = text.encode("utf-8-sig" if args.format == "csv" else "utf-8")
    if not write_output("report", target, data, args.force):
        return 1
    echo(f"Report written to {target}")
    return 0
