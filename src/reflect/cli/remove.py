"""`reflect remove REVIEW`: a review out of the library, its file moved into the library's
`removed` folder (store/removing.py), after asking, and not while saved sessions are on it
unless `--force`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.commands import command
from reflect.console import echo
from reflect.text import toml_stem

if TYPE_CHECKING:
    from reflect.store.removing import Removal


def cmd_remove(args: argparse.Namespace) -> int:
    from reflect.store.removing import remove_review_file, removed_folder

    def fail(message: str) -> int:
        echo(f"reflect remove: {message}", err=True)
        return 1

    folder = paths.content_dir(args.content_dir)
    if not folder.is_dir():
        return fail(paths.missing_library(folder))
    found = _named(folder, args.review)
    if isinstance(found, str):
        return fail(found)
    what = _removal(found, folder, args)
    if what.sessions and not args.force:
        return fail(f"{what.named()}: nothing removed. {what.what_follows()} Add --force to "
                    "remove it anyway.")
    kept = removed_folder(folder)
    if not args.yes:
        if not sys.stdin.isatty():
            return fail(f"{what.named()} would be moved into {kept}: add --yes to remove it "
                        "without being asked (a script's input is never taken for a yes)")
        echo(f"Remove {what.named()} from the library? Its file is moved into {kept} "
             "(nothing is deleted; move it back to restore it)."
             + (f" {what.what_follows()}" if what.sessions else ""))
        try:
            answer = input("Remove it? [y/N] ")
        except (EOFError, KeyboardInterrupt):
            answer = ""
        if answer.strip().casefold() not in ("y", "yes"):
            echo("Nothing removed.")
            return 1
    try:
        now = remove_review_file(what.path)
    except OSError as e:
        return fail(f"{what.path}: could not be moved into {kept}: {e.strerror or e}")
    echo(f"Removed {what.named().replace(f' ({what.path})', '')} from the library: its file "
         f"is now {now}" + (f"; {what.sessions_said()} (they open read-only)"
                            if what.sessions else "") + ".")
    return 0


def _named(folder: Path, text: str) -> Path | str:
    """The library file `text` names: a review's id or title (as `reflect walk` finds one),
    or a file in the library folder, one that is no review reflect can read too; or why
    there is none."""
    from reflect.report.review_filter import review_filter
    from reflect.store.catalogue import load_catalogue

    given = Path(text).expanduser()
    if toml_stem(given.name) is not None and given.is_file():
        if given.resolve().parent != folder.resolve():
            return (f"{given} is not in the library folder {folder}: only a review in the "
                    f"library is removed ({command('list reviews')} lists them)")
        return given
    catalogue = load_catalogue(folder)
    choice = review_filter(text, catalogue)
    if choice.problem:
        return choice.problem
    found = catalogue.get(choice.review_id or "")
    if found is None:
        broken = [p.split(": ", 1)[0] for p in catalogue.problems]
        hint = (f" (a file that cannot be read is removed by its name: {broken[0]})"
                if broken else "")
        return choice.missing(text, folder) + hint
    return found.path


def _removal(path: Path, folder: Path, args: argparse.Namespace) -> Removal:
    from reflect.store.library import ReviewError, read_review
    from reflect.store.removing import removal

    try:
        review = read_review(path)
    except ReviewError:
        return removal(path, None, "", None)
    return removal(path, review.id, review.title, paths.sessions_dir(args.sessions_dir))
