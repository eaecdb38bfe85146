"""The library commands: `reflect list` (reviews or sessions) and `reflect validate` (review
files); `reflect import` is in importing.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.cli.listing import print_rows
from reflect.commands import command
from reflect.console import echo
from reflect.text import one_line, plural, toml_stem

if TYPE_CHECKING:
    from reflect.model.review import Review


def cmd_list(args: argparse.Namespace) -> int:
    if args.what == "reviews":
        return _list_reviews(args)
    from reflect.cli.session_list import list_sessions

    return list_sessions(args)


def _list_reviews(args: argparse.Namespace) -> int:
    """`reflect list reviews [SEARCH]`: the library, or the reviews the app's search box finds
    for SEARCH (`Catalogue.found`: by name and theme, then by words of their text), in the
    order it lists them."""
    from reflect.store.library import load_library

    content = paths.content_dir(args.content_dir)
    if not content.is_dir():  # (a warning and success, for a mistyped folder: a trial)
        echo(f"reflect list: {paths.missing_library(content)}", err=True)
        return 1
    lib = load_library(content)
    reviews = lib.reviews
    if args.search is not None:
        from reflect.store.catalogue import TextMatch, load_catalogue

        found = [f.review.id if isinstance(f, TextMatch) else f.id
                 for f in load_catalogue(content).found(args.search)]
        reviews = sorted((r for r in reviews if r.id in found), key=lambda r: found.index(r.id))
    at_terminal = sys.stdout.isatty()
    rows = []
    for r in reviews:  # the file last: the one to open to edit the review
        said = [one_line(r.title), one_line(r.partnership), one_line(r.review_type),
                plural(len(r.questions), "question")]
        if at_terminal:  # the questions lined up after the title; the longer columns below
            said = [said[0], said[3], said[2], said[1]]
        rows.append([r.id, *said, ", ".join(r.themes), str(lib.paths[r.id])])
    print_rows(rows, title=1, lined=3, gives_way=False)
    for p in lib.problems + [m for todo in lib.unfinished.values() for m in todo]:
        echo(f"reflect list: warning: {p}", err=True)
    if args.search is not None and not reviews:
        echo(f"reflect list: no review in {content} matches {args.search!r} (`"
             f"{command('list reviews')}` lists them all)", err=True, whole=(content,))
        return 1
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from reflect.store.library import load_library

    folder = Path(args.dir) if args.dir else paths.content_dir(args.content_dir)
    if not args.dir and not folder.exists():
        echo(f"{ERROR}{paths.missing_library(folder)}")
        return 1
    if folder.is_file() or (toml_stem(folder.name) is not None and not folder.is_dir()):
        return _validate_file(folder, args)
    lib = load_library(folder)
    _say_ok([(r, lib.paths[r.id]) for r in lib.reviews if r.id not in lib.unfinished])
    problems = lib.problems + [m for todo in lib.unfinished.values() for m in todo]
    for p in problems:
        echo(f"{ERROR}{p}")
    if not lib.reviews and not lib.problems:
        echo(f"{ERROR}{folder}: no *.toml review files found", whole=(folder,))
        return 1
    valid = len(lib.reviews) - len(lib.unfinished)
    echo(f"{valid} valid, {len(problems)} problem(s) in {folder}", whole=(folder,))
    _warn_unasked(lib.reviews, args)
    _warn_renamed(folder, args)
    from reflect.store.theme_slips import slips_said

    _warn_slips([said for _, said in slips_said([(lib.paths[r.id], r.themes)
                                                 for r in lib.reviews])])
    return 1 if problems else 0


def _warn_slips(said: list[str]) -> None:
    """A warning, on standard error, for each theme likely a slip for another review's
    (store/theme_slips.py); the exit code is left as it is."""
    for message in said:
        echo(f"reflect validate: warning: {message}", err=True)


def _warn_unasked(reviews: list[Review], args: argparse.Namespace) -> None:
    """A warning, on standard error, for each question a review no longer asks that saved
    sessions hold answers to (`store/unasked.py`); the exit code is left as it is."""
    from reflect.store.unasked import unasked_warnings

    folder = paths.sessions_dir(args.sessions_dir)
    for warning in unasked_warnings(((r.id, (q.id for q in r.questions)) for r in reviews),
                                    folder):
        echo(f"reflect validate: warning: {warning}", err=True)


def _warn_renamed(folder: Path, args: argparse.Namespace, only: Path | None = None) -> None:
    """A warning, on standard error, for the saved sessions on a review whose id was changed
    by hand (`store/missing_review.renamed_warnings`), of the review files in `folder` (`only`:
    in that one file), those the library has left out; the exit code is left as it is."""
    from reflect.store.catalogue import load_catalogue
    from reflect.store.missing_review import renamed_warnings

    library = paths.content_dir(args.content_dir)
    also = None if library.resolve() == folder.resolve() else load_catalogue(library)
    for warning in renamed_warnings(load_catalogue(folder), paths.sessions_dir(args.sessions_dir),
                                    only, also):
        echo(f"reflect validate: warning: {warning}", err=True)


OK, ERROR = "ok".ljust(8), "error".ljust(8)
"""What starts each line `validate` says of a review, the rest lined up after it."""


def _say_ok(reviews: list[tuple[Review, Path]]) -> None:
    """A line for each review that validates: its id, its questions and its file, in columns
    padded with spaces to the widest (tab-separated, `child-h 5 questions` stood a column
    short of `child-ac  6 questions`: a trial), piped as at a terminal."""
    rows = [(r.id, f"{len(r.questions)} question{'' if len(r.questions) == 1 else 's'}",
             path.name) for r, path in reviews]
    ids, counts = (max((len(row[n]) for row in rows), default=0) for n in (0, 1))
    for rid, count, name in rows:
        echo(f"{OK}{rid.ljust(ids)}  {count.ljust(counts)}  {name}")


def _validate_file(path: Path, args: argparse.Namespace) -> int:
    """`reflect validate FILE`: the one review file checked as the library would check it."""
    from reflect.store.library import ReviewError, read_checked

    if not path.is_file():
        echo(f"{ERROR}{path}: no such review file", whole=(path,))
        return 1
    if toml_stem(path.name) is None:
        echo(f"{ERROR}{path}: not a review file: reviews are .toml files "
             f"(`{command('import')}` turns a briefing into one)", whole=(path,))
        return 1
    from reflect.store.kinds import reflect_file_kind

    if reflect_file_kind(path) == "session":  # 26 "unknown field" lines said it less plainly
        echo(f"{ERROR}{path}: a saved session, not a review: `{command('check')}` reads a "
             f"session's notes for personal details, `{command('open')}` opens it", whole=(path,))
        return 1
    try:
        review, todo = read_checked(path)
    except ReviewError as e:
        for message in e.messages:
            echo(f"{ERROR}{message}")
        echo(f"0 valid, {len(e.messages)} problem(s) in {path}", whole=(path,))
        return 1
    if not todo:
        _say_ok([(review, path)])
    for message in todo:
        echo(f"{ERROR}{message}")
    echo(f"{0 if todo else 1} valid, {len(todo)} problem(s) in {path}", whole=(path,))
    _warn_unasked([review], args)
    _warn_renamed(path.parent, args, only=path)
    from reflect.store.theme_slips import file_slips

    _warn_slips(file_slips(path, review.id, review.themes, paths.content_dir(args.content_dir)))
    return 1 if todo else 0
