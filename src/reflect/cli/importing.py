"""`reflect import`: a published briefing, or an action plan (`--into`), into a review file;
why `--into` refuses what it was given (a review's file, a name no review has), with the review
likely meant. Its refusals are in import_refused.py, a review file given in
import_review_file.py."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect import paths
from reflect.commands import command
from reflect.console import echo
from reflect.text import SLUG, one_line, review_id, toml_stem

if TYPE_CHECKING:
    from reflect.importer.alike import Held


def cmd_import(args: argparse.Namespace) -> int:
    import tomllib

    from reflect.cli.import_refused import (
        SEE_FIRST,
        again_refused,
        alike_refused,
        near_command,
        not_a_briefing,
        plan_refused,
    )
    from reflect.importer import (
        BriefingError,
        dumps_review,
        import_action_plan,
        import_briefing,
        merge_action_plan,
        to_toml,
    )
    from reflect.importer.alike import held, same_briefing
    from reflect.importer.facts import already_imported, with_imported_from
    from reflect.importer.found import read_as, read_said, recommendations_said
    from reflect.importer.parse import (
        ALL_BUT_EDGES,
        ALL_PLACED,
        EDGES_SAID,
        count_said,
        edge_label,
    )
    from reflect.importer.sources import SourceError, file_path, not_read_said, read_source
    from reflect.store.atomic import write_atomic
    from reflect.store.library import load_library
    from reflect.store.replacing import InTheWay, free_id, in_the_way, question_ids

    def fail(message: str) -> int:
        echo(f"reflect import: {message}", err=True)
        return 1

    from reflect.text import slug_for, slug_said

    folder = paths.content_dir(args.content_dir)
    if args.into is not None:  # (`CHILD-H`: ids are lowercase; it was refused, a trial)
        args.into = review_id(args.into) or args.into
    if args.id is not None:  # (`--id CHILD-Q`, as --into takes it)
        args.id = review_id(args.id) or args.id
    if args.into is not None and (file := _review_file(args.into)) is not None:
        return fail(_file_not_id(args.into, file, folder))
    if args.into is not None and not SLUG.match(args.into) and folder.is_dir() and not (
            folder / f"{slug_for(args.into)}.toml").is_file():  # its title, or a slip
        return fail(f"--into takes a review's id, not {args.into!r}; "
                    + _no_review(args.into, folder))
    if args.into is not None and not SLUG.match(args.into):
        lead, meant = f"--into takes the id of a review in {folder}", slug_for(args.into)
        if meant:  # (what was typed, as an id is written: meant, not an example)
            return fail(f"{lead}, not {args.into!r}: did you mean --into {meant}? "
                        f"({command('list reviews')} gives them)")
        return fail(f"{lead} (such as --into child-l: {command('list reviews')} gives them), "
                    f"not {args.into!r}")
    if args.id is not None and not SLUG.match(args.id):  # (the importer said "e.g. child-q")
        return fail(f"--id: a review's id is {slug_said(args.id, 'child-q')}")
    if args.into is not None and args.replace:
        return fail("--replace replaces a review with a briefing; with --into, FILE is an "
                    "action plan, and --force replaces the review's action plan")
    given = Path(file_path(args.file)).expanduser()
    from reflect.store.review_file import is_review_file

    if is_review_file(given):  # checked and added as the app's import dialog adds one
        from reflect.cli.import_review_file import import_review_file

        return import_review_file(given, folder, args)
    from reflect.cli.reading_pages import pages_said

    try:
        with pages_said() as progress:  # (a long PDF's pages, at a terminal: a trial)
            source = read_source(given, progress)
    except SourceError as e:
        return fail(not_read_said(e, given) + near_command(args, given))
    shown_name = source.path
    warnings: list[str] = []
    edges: list[tuple[int | None, str]] = []
    taken: InTheWay | None = None
    alike: list[Held] = []
    replacing: bool = args.replace
    creates = not folder.is_dir()  # said, as the app's preview says it (a trial: made unsaid)
    if creates and paths.file_in_the_way(folder) is not None:  # (it cannot be made)
        return fail(paths.missing_library(folder))
    try:
        if args.into:
            if creates:
                return fail(paths.missing_library(folder))
            target = folder / f"{args.into}.toml"
            if not target.is_file():
                return fail(_no_review(args.into, folder))
            from reflect.store.kinds import toml_text

            review_data = tomllib.loads(toml_text(target.read_bytes()))  # (a BOM dropped)
            if review_data.get("id") != args.into:
                return fail(f"{target} holds review {review_data.get('id')!r}, not {args.into!r}")
            plan, unplaced = import_action_plan(source.text)
            merged = merge_action_plan(review_data, plan, replace=args.force)
            output, counts = dumps_review(merged), {"action plan items": len(plan.get("items", []))}
        else:
            library = load_library(folder)
            earlier = already_imported(library.reviews, source.sha256)
            if earlier is not None and (again := again_refused(
                    shown_name, earlier, library.paths.get(earlier.id), args)):
                return fail(again)
            # Imported again as the review it was (its id, if --id gave it one), never a
            # second one beside it under the id the briefing gives.
            report = import_briefing(source.text, earlier.id if earlier else args.id,
                                     name_hint=source.path.stem, furniture=source.furniture,
                                     kind=source.kind, rows=source.rows)
            report.review = with_imported_from(report.review, source.path.name, source.sha256,
                                               date.today())
            target = folder / f"{report.review['id']}.toml"
            taken = in_the_way(library, report.review["id"],
                               lambda: paths.sessions_dir(args.sessions_dir))
            if taken is not None:
                target = taken.path  # a review named otherwise: its file, not a second one
                # --force imports again the file it names, replacing that review: another
                # review in the way is replaced only by --replace (a trial: one did).
                replacing = replacing or (args.force and earlier is not None
                                          and earlier.id == report.review["id"])
            # A review of the same title (or child), partnership and type under another id:
            # likely this briefing imported before from another file (`importer/alike.py`).
            alike = [] if args.force or earlier is not None else same_briefing(
                report.review, held(library.reviews, library.paths), report.review["id"])
            output, unplaced, warnings = to_toml(report), report.unplaced, report.warnings
            edges = report.furniture
            counts = {k: n for k, n in report.counts.items() if n or k == "questions"}
    except BriefingError as e:
        return fail(f"{shown_name}: {e}")
    except (OSError, UnicodeDecodeError) as e:
        return fail(f"{target}: cannot read: {getattr(e, 'strerror', None) or e}")
    except tomllib.TOMLDecodeError as e:  # said as `reflect validate` says it
        from reflect.store.problems import described

        return fail(described(target, e))
    refusal = None if args.into or args.force else plan_refused(
        shown_name, source.text, report, {r.id for r in library.reviews})
    refusal = refusal if refusal is not None or taken is None or replacing else (
        f"the library already has {taken.said()}; nothing written. "
        + (f"{said} " if (said := taken.sessions_said(question_ids(report.review))) else "")
        + "To replace it with this briefing, add --replace; to keep both, give this one "
        f"another id: --id {free_id(library, report.review['id'])} ({SEE_FIRST})")
    if refusal is None and args.into is None and alike:
        refusal = alike_refused(shown_name, report, alike)
    if refusal is None and args.into is None and not args.force and not report.parts:
        refusal = not_a_briefing(shown_name, report)  # (a trial: a party invitation imported)
    if refusal is not None:  # only why and what to do, --check too: no preview of what would
        return fail(refusal)  # not be done (it read as the import it refused, a trial)
    if not args.check:  # written before anything says it was (`FILE -> TARGET` was said,
        try:            # and the review never written, when the reader went away: a trial)
            write_atomic(target, output.encode("utf-8"), mode=0o644)
        except OSError as e:
            return fail(f"cannot write {target}: {e.strerror or e}; nothing written")
    # What --check would write, in words: "FILE -> TARGET" read as written (a trial); and
    # with a refusal, that it would not be ("would be written to" over "nothing written").
    done = "merged into" if args.into else "written to"
    found = [] if args.into else read_said(report)  # what it read, first (a trial)
    for line in [*read_as(source.path.name, source.kind), *found]:  # (a .pdf read as Word)
        echo(line)
    echo(f"{shown_name} " + (f"-> {target}" if not args.check else
                             f"would be {done} {target} (--check: nothing is written)"),
         whole=(target,))
    if creates:
        echo(f"reflect import: {paths.missing_library(folder)} "
             + ("Saving would create it." if args.check else "Saving creates it."), err=True)
    for section, n in counts.items():
        echo(f"  {count_said(section, n)}" + (
            " (the briefing has none: reflect's standard questions added)"
            if section == "questions" and n == 0 else ""))
        for line in recommendations_said(report.review) if found and section == "recommendations" \
                else []:
            echo(f"    {line}")
    for warning in warnings:
        echo(f"note: {warning}")
    if unplaced:
        echo(f"{len(unplaced)} line(s) not placed in any field (kept as a comment in the file; "
              "move them by hand if they belong somewhere):")
        for number, line in unplaced:
            echo(f"  line {number}: {one_line(line)}")
    if edges:  # (a PDF's first point on a page, taken for a header, was lost unsaid: a trial)
        echo(EDGES_SAID)
        for at, line in edges:
            echo(f"  {edge_label(at)}: {one_line(line)}")
    if not unplaced:  # (of an action plan, --into: "of the briefing" misnamed it, a trial)
        placed = ALL_BUT_EDGES if edges else ALL_PLACED
        echo(placed.replace("the briefing", "the action plan") if args.into else placed)
    if args.check:
        echo("--check: nothing written" + (f" (saving would replace {taken.said()})."
                                          if taken is not None else "."))
        return 0
    lib = load_library(folder)
    problems = [p for p in lib.problems if str(target) in p]
    for p in problems:  # (a tab, as `validate` lists them, was a raw control character here)
        echo(f"error: {p}")
    todo = [] if args.into else lib.unfinished.get(report.review["id"], [])
    for p in todo:
        echo(f"to do: {p}")
    echo(("Created the library folder and written " if creates else
          "Replaced the review in " if taken is not None else "Written ")
         + f"{target}" + ("" if problems or todo else "; it validates.") + (
        f"; `{command('validate')}` accepts it once the placeholders above are replaced."
        if todo and not problems else ""), whole=(target,))
    return 1 if problems else 0


def _review_file(typed: str) -> str | None:
    """The id a review's file typed for `--into` is named by (`content/child-qx.toml`,
    `child-qx.toml`: child-qx), or None when `typed` names no review file."""
    return review_id(toml_stem(typed) or "")  # (`R2.TOML`: a review's ids are lowercase)


def _file_not_id(typed: str, stem: str, folder: Path) -> str:
    """Why `--into` refuses a review's file: it takes the review's id, said where the library
    has it (`--into content-child-qx-toml`, no review's id, was suggested: a trial), else the
    review likely meant."""
    lead = f"--into takes a review's id, not its file ({typed})"
    if (folder / f"{stem}.toml").is_file():
        return f"{lead}: --into {stem}"
    return f"{lead}; {_no_review(stem, folder)}"


def _no_review(typed: str, folder: Path) -> str:
    """Why `--into` names no review file, with the review likely meant (by its id or its title,
    as `review_filter` finds one: `--into` takes the id only)."""
    from reflect.report.review_filter import ReviewChoice, review_filter
    from reflect.store.catalogue import load_catalogue

    catalogue = load_catalogue(folder)
    choice = review_filter(typed, catalogue)
    found = catalogue.get(choice.review_id or "") if choice.in_library else None
    if found is not None:  # its title typed: the id is what --into takes
        choice = ReviewChoice(None, near=f"{found.id} ({found.title})" if found.id != typed
                              else "")
    return choice.missing(typed, folder)
