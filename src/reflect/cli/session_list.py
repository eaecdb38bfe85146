"""`reflect list sessions`: the saved sessions, newest first, one a line (cli/listing.py fits
them to the terminal), each said as the start screen lists it: a session holding a point, an
action or a person typed and not added is marked ✎ before its title, with the steps named in
a column (`typed, not added: Question 1, What to do now`) and what ✎ means said under the
list (reflect/typed_mark.py). The screen marked such a session, the command did not (a trial).
Piped, for scripts, the title stays as it is and the column says it."""

from __future__ import annotations

import argparse
import sys
from shlex import quote

from reflect import paths
from reflect.cli.listing import print_rows
from reflect.commands import command
from reflect.console import echo
from reflect.text import one_line

_MISSING = {"file": "its review's file could not be read: open it to see why",
            "missing": "its review is not in the library: open it to see why"}
"""A session whose review will not open (`SessionSummary.review_missing`), said in its row
as the start screen marks it: it was listed as any other, "2/2 answered" (a trial). (No
command in it: with its folders' paths, it overflowed a line of 60 columns.)"""


def list_sessions(args: argparse.Namespace) -> int:
    if args.search is not None:  # (the app's search box finds sessions otherwise: its own)
        echo(f"reflect list: a search is for reviews only: `{command('list reviews')} "
             f"{quote(args.search)}`; `{command('open')}` finds a session by its title",
             err=True)
        return 2
    from reflect.store.index import list_summaries

    folder = paths.sessions_dir(args.sessions_dir)
    if (blocked := paths.sessions_blocked(folder)) is not None:  # (it was said as "no such
        echo(f"reflect list: {blocked}", err=True,  # folder yet", and every save failed: a trial)
             whole=(folder, paths.file_in_the_way(folder) or folder))
        return 1
    from reflect.store.catalogue import load_catalogue

    # Counted against the questions each review asks now (reflect/answered.py): a review
    # replaced since had a session listed as "7/6 answered".
    found = list_summaries(folder).in_library(
        load_catalogue(paths.content_dir(args.content_dir)))
    from reflect.store.copies import find_copies
    from reflect.store.folders_inside import INSIDE

    copies = find_copies(folder) if folder.is_dir() else []
    newer = {c.session_id for c in copies if c.state == "newer"}
    from reflect.typed_mark import TYPED_LEGEND, TYPED_MARK, typed_column

    at_terminal, rows = sys.stdout.isatty(), []
    for s in found.entries:  # ✎ where typed, not added, as the start screen marks it
        mark = f"{TYPED_MARK} " if s.typed and at_terminal else ""  # (piped: the title alone)
        copy = [f"copy, read-only: {s.path.name}"] if s.path.stem != s.id else []
        copy += ["a newer emergency copy: see below"] if s.id in newer else []
        held, changed = s.created.astimezone(), s.updated.astimezone()
        later = [f"changed {changed:%Y-%m-%d %H:%M}"] if s.changed_later else []
        n = s.counted
        kept = [n.kept_said()] if n.kept else []
        kept += [_MISSING[s.review_missing]] if s.review_missing else []
        typed = [typed_column(s.typed)] if s.typed else []
        rows.append([s.id, s.review_id, mark + one_line(s.label), f"{held:%Y-%m-%d %H:%M}",
                     f"{n.answered}/{n.total} answered", *kept, *typed, *later,
                     *copy])  # copies told apart
    print_rows(rows)  # fitted to the terminal; else one line each, tab-separated
    if at_terminal and any(s.typed for s in found.entries):
        echo(TYPED_LEGEND)
    for p in found.problems:
        echo(f"reflect list: warning: unreadable session: {p}", err=True)
    for p in found.inside:  # (`Team Red/`: said by the report, and here alike)
        sub = p.partition(INSIDE)[0]
        echo(f"reflect list: warning: {p}", err=True, whole=(folder, sub))
    for c in copies:  # the newer first: what was typed and is not in the session's file
        echo(f"reflect list: {'warning' if c.state in ('newer', 'damaged') else 'note'}: "
             f"{c.said()}", err=True, whole=(c.path,))
    if not found.entries and not found.problems and not found.inside:
        where = folder if folder.is_dir() else f"{folder} (no such folder yet)"
        echo(f"reflect list: no sessions in {where}", err=True, whole=(folder,))
    return 0
