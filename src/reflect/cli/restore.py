"""`reflect restore COPY`: a copy of a session written outside the sessions folder (an emergency
copy, or one saved as the folder could not be saved to) put back into the folder as the
session's file, the file there kept aside (store/copies.py)."""

from __future__ import annotations

import argparse
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
    p.add_argument("copy", metavar="COPY", help="the copy's file")
    add_dirs(p, True)


def cmd_restore(args: argparse.Namespace) -> int:
    from reflect.store.copies import restore_copy
    from reflect.store.errors import SessionError

    copy = Path(args.copy).expanduser()
    folder = paths.sessions_dir(args.sessions_dir)
    if not copy.is_file():
        echo(f"reflect restore: {copy}: no such file (`{command('list sessions')}` names the "
             "copies found)", err=True, whole=(copy,))
        return 1
    try:
        done = restore_copy(copy, folder)
    except SessionError as e:
        echo(f"reflect restore: {e}", err=True)
        return 1
    echo(f"Restored {copy} as {done.path}.", whole=(copy, done.path))
    if done.aside is not None:
        echo(f"The file it replaced is kept in {done.aside}.", whole=(done.aside,))
    echo(f"The copy is left where it was. Carry on with `{command(f'open {done.path.stem}')}`.")
    return 0
