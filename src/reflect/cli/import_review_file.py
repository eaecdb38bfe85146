"""`reflect import FILE` given a review file (reflect's own TOML, written or edited by hand) in
place of a briefing: checked and added to the library as the app's import dialog does, by
store/review_file.py (one rule for both: `check_review_file`, `add_review_file`).

It said "already a review file … copy it into the library folder and check it with `reflect
validate`" until 7 December 2026, when the dialog already took one: a learning lead scripting
the library's upkeep had to copy and validate by hand. Each problem is said on its own line as
`reflect validate FILE` says it (`FILE: FIELD: what`), on standard error, and nothing is
written; a review with an id the library has is replaced only with --replace."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.commands import command
from reflect.console import echo
from reflect.text import plural

if TYPE_CHECKING:
    from reflect.store.review_file import ReviewFile


def import_review_file(given: Path, folder: Path, args: argparse.Namespace) -> int:
    """`reflect import FILE` where FILE is a `.toml` file, or holds a review whatever its name
    (`review_file.is_review_file`): 0 where it is added (or, with --check, would be), or is in
    the library folder already; 1 where nothing is written, said why."""
    from reflect.store.review_file import check_review_file

    def fail(message: str) -> int:
        echo(f"reflect import: {message}", err=True, whole=(given, folder))
        return 1

    checked = check_review_file(given, folder, lambda: paths.sessions_dir(args.sessions_dir))
    if checked.no_review:  # a saved session, a TOML file of another kind: its one line
        return fail(f"{checked.problems[0]}; nothing written")
    if args.into is not None:
        return fail(f"{given} is a review file (reflect's own TOML), not an action plan: "
                    "--into merges an action plan into a review. To add this review file to "
                    "the library, leave out --into; nothing written")
    if checked.problems:
        for problem in checked.problems:  # as `reflect validate FILE` says each
            echo(problem, err=True, whole=(given,))
        return fail(f"nothing written: {given} does not validate ("
                    f"{plural(len(checked.problems), 'problem')} above, as `"
                    f"{command(f'validate {shlex.quote(str(given))}')}` finds "
                    f"{'it' if len(checked.problems) == 1 else 'them'}); correct the file and "
                    "import it again")
    review = checked.review
    assert review is not None
    if args.id is not None and args.id != review.id:
        return fail(f"--id is not used for a review file: it keeps its own id ({review.id}). "
                    "To add it under another, change the id in the file; nothing written")
    echo(checked.validates(), whole=(given,))
    if checked.in_library:
        echo(f"{given} is in the library folder already ({folder}): nothing to add.",
             whole=(given, folder))
        return 0
    taken = checked.taken
    if taken is not None and not args.replace:
        return fail(_refused(checked, args))
    return _add(checked, args)


def _refused(checked: ReviewFile, args: argparse.Namespace) -> str:
    """Why a review file whose id the library has is not added, the sessions on that review
    said, and how to replace it or keep both."""
    from reflect.store.library import load_library
    from reflect.store.replacing import free_id

    taken, review = checked.taken, checked.review
    assert taken is not None and review is not None
    said = _sessions_said(checked, args)
    return (f"the library already has {taken.said()}; nothing written. "
            + (f"{said} " if said else "")
            + "To replace it with this review file, add --replace; to keep both, give the "
            f"file another id (such as {free_id(load_library(checked.target.parent), review.id)})")


def _add(checked: ReviewFile, args: argparse.Namespace) -> int:
    """The review file added (with --check, what adding it would do), and where, said."""
    from reflect.store.review_file import add_review_file

    taken, target = checked.taken, checked.target
    creates = not target.parent.is_dir()
    if args.check:
        echo((f"Would replace {taken.named()} with it, as it is" if taken is not None else
              "Would be added to the library, as it is")
             + f": {target} (--check: nothing is written).", whole=(target,))
        if creates:
            echo(f"reflect import: {paths.missing_library(target.parent)} Saving would create "
                 "it.", err=True)
        return 0
    try:
        why = add_review_file(checked, replacing=taken is not None)
    except OSError as e:
        return _failed(f"cannot write {target}: {e.strerror or e}; nothing written", target)
    if why is not None:
        return _failed(f"{why} Import it again to check it again.", target)
    if creates:
        echo(f"Created the library folder {target.parent}.", whole=(target.parent,))
    echo((f"Replaced {taken.named()} with it, as it is" if taken is not None else
          "Added to the library, as it is") + f": {target}", whole=(target,))
    if said := _sessions_said(checked, args):
        echo(said)
    return 0


def _sessions_said(checked: ReviewFile, args: argparse.Namespace) -> str:
    """What replacing the review in the way does to the saved sessions on it, and which they
    are, by title and id; "" for none."""
    from reflect.store.index import list_summaries
    from reflect.store.removing import sessions_named

    taken, review = checked.taken, checked.review
    if taken is None or review is None:
        return ""
    said = taken.sessions_said([q.id for q in review.questions])
    if not said:
        return ""
    on_it = [s for s in list_summaries(paths.sessions_dir(args.sessions_dir)).entries
             if s.review_id == taken.review_id]
    return f"{said} The sessions on it: {sessions_named(on_it)}." if on_it else said


def _failed(message: str, target: Path) -> int:
    echo(f"reflect import: {message}", err=True, whole=(target,))
    return 1
