"""`reflect restore COPY`: a copy of a session written outside the sessions folder (an emergency
copy, or one saved as the folder could not be saved to) put back into the folder as the
session's file, the file there kept aside (store/copies.py); `reflect delete-copy COPY`: one
that holds nothing the session's file lacks deleted, after asking."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from reflect import paths
from reflect.commands import command
from reflect.console import echo


def add_restore(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_dirs: Callable[[argparse.ArgumentParser, bool], None]) -> None:
    p = sub.add_parser(
        "restore", help="put a copy of a session (an emergency copy) back into the sessions "
                        "folder",
        description="Put a copy of a session written elsewhere (reflect-copy-...toml, written "
                    "as the sessions folder could not be saved to) back into the sessions "
                    "folder as the session's file. The file there is kept aside first, in the "
                    "folder `replaced` inside the sessions folder; the copy is left where it "
                    "is. Listing the saved sessions (list sessions) names the copies found.")
    p.add_argument("copy", metavar="COPY",
                   help="the copy's file (its name alone, or cut short as the app shows it, "
                        "reflect-copy-…-af252d65-20261205-101010.toml, is looked for where "
                        "copies are kept); or a saved session (its code, e.g. af252d65, its id "
                        "or its title): its newest emergency copy holding what its file does "
                        "not")
    add_dirs(p, True)
    p = sub.add_parser(
        "delete-copy", help="delete an emergency copy whose words are all in its session",
        description="Delete an emergency copy (reflect-copy-...toml) that holds nothing its "
                    "session's file lacks: one holding the same, or one older than the file "
                    "(it may hold words deleted since: compare them first). Asks first. A "
                    "newer copy, one of a session no longer in the sessions folder and one "
                    "that cannot be read are never deleted: restore the first two.")
    p.add_argument("copy", metavar="COPY",
                   help="the copy's file (its name alone, or cut short as the app shows it, "
                        "is looked for where copies are kept)")
    p.add_argument("--yes", action="store_true", help="delete it without asking")
    add_dirs(p, True)


def cmd_restore(args: argparse.Namespace) -> int:
    from reflect.store.copy_by_session import session_copy
    from reflect.store.copy_names import named_copy
    from reflect.store.copy_restore import restore_copy
    from reflect.store.errors import SessionError

    copy = Path(args.copy).expanduser()
    folder = paths.sessions_dir(args.sessions_dir)
    try:
        if not copy.is_file():  # a copy's name as the start screen shows it, or a session
            copy = named_copy(args.copy, "restore") or session_copy(args.copy, folder)
        done = restore_copy(copy, folder)
    except SessionError as e:
        echo(f"reflect restore: {e}", err=True, whole=(copy,))
        return 1
    echo(f"Restored {copy} as {done.path}.", whole=(copy, done.path))
    if done.aside is not None:
        echo(f"The file it replaced is kept in {done.aside}.", whole=(done.aside,))
    echo(f"The copy is left where it was. Carry on with `{command(f'open {done.path.stem}')}`.")
    return 0


def cmd_delete_copy(args: argparse.Namespace) -> int:
    from reflect.store.copies import COPY_NAME, compare
    from reflect.store.copy_names import named_copy
    from reflect.store.copy_restore import delete_copy
    from reflect.store.errors import SessionError

    copy = Path(args.copy).expanduser()
    folder = paths.sessions_dir(args.sessions_dir)
    try:  # its name alone, or cut short as the start screen shows it
        copy = copy if copy.is_file() else named_copy(args.copy, "delete-copy") or copy
    except SessionError as e:
        echo(f"reflect delete-copy: {e}", err=True, whole=(copy,))
        return 1
    match = COPY_NAME.match(copy.name)
    found = compare(copy, folder, match["id"]) if match is not None else None
    if match is not None and found is None:
        echo(f"reflect delete-copy: {copy}: no such file (`{command('list sessions')}` names "
             "the copies found)", err=True, whole=(copy,))
        return 1
    older = found is not None and found.state == "older"
    if found is not None and found.state in ("same", "older") and not args.yes:
        if not sys.stdin.isatty():
            echo(f"reflect delete-copy: {copy} would be deleted: add --yes to delete it without "
                 "being asked (a script's input is never taken for a yes)", err=True,
                 whole=(copy,))
            return 1
        echo(f"{copy} is older than session {found.session_id}'s file ({found.session_file}) "
             "and not the same: it may hold words deleted since. If in doubt, compare them "
             f"first (`{found.restore_command}` puts it back, keeping the file aside)." if older
             else f"{copy} holds the same as session {found.session_id}'s file "
             f"({found.session_file}): nothing in it is missing there.",
             whole=(copy, found.session_file))
        try:
            answer = input("Delete the copy? [y/N] ")
        except (EOFError, KeyboardInterrupt):
            answer = ""
        if answer.strip().casefold() not in ("y", "yes"):
            echo("Nothing deleted.")
            return 1
    try:
        delete_copy(copy, folder, older_too=older)
    except SessionError as e:
        echo(f"reflect delete-copy: {e}", err=True)
        return 1
    echo(f"Deleted {copy}.", whole=(copy,))
    return 0
