"""Why `reflect import` refuses a briefing, and how to go on: a file with none of a briefing's
parts (an action plan among them, `plan_refused`), one the library seems to hold under another
id (`importer/alike.py`), and one imported before (the same bytes:
`importer/facts.already_imported`)."""

from __future__ import annotations

import argparse
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.text import plural

if TYPE_CHECKING:
    from reflect.importer.alike import Held
    from reflect.importer.parse import ImportReport
    from reflect.model.review import Review


SEE_FIRST = "with --check too, to see first what it would import"
"""Said after the option that overrides a refusal: `--check` alone, refused, shows no preview
(it read as an import, "Title: …", "questions: 2", before the refusal: a trial)."""


def not_a_briefing(name: Path, report: ImportReport) -> str:
    """Why `reflect import` refuses a file with none of a briefing's parts, and how to go on."""
    from reflect.importer.parse import MISSING

    left = len(report.unplaced)
    return (f"{name} does not read as a learning briefing: none of a briefing's parts was found "
            f"in it ({MISSING}); nothing written. If it is the briefing you meant, add --force "
            f"to import it anyway ({SEE_FIRST})" + (
                f"; {plural(left, 'line')} of it {'is' if left == 1 else 'are'} not placed: "
                "the app's import (i) can move them into a section first" if left else ""))


def alike_refused(name: Path, report: ImportReport, alike: list[Held]) -> str:
    """Why `reflect import` refuses a briefing the library seems to hold under another id
    (`importer/alike.py`), and how to save it all the same, or replace that review with it."""
    from reflect.importer.alike import alike_said

    first = alike[0].id
    return (f"{name} looks like a briefing already in the library: "
            f"{alike_said(alike, report.review)}; nothing written. If it is another review, "
            f"add --force to save it beside {'that one' if len(alike) == 1 else 'them'} (as "
            f"{report.review['id']}); to replace {first} with it instead, add --id {first} "
            f"--replace (either {SEE_FIRST})")


def again_refused(name: Path, earlier: Review, file: Path | None,
                  args: argparse.Namespace) -> str | None:
    """Why `reflect import` refuses `name`, a file already imported as `earlier` (its `file`),
    or None where it goes ahead: with --force, imported again as `earlier`, replacing it.
    `--force` alone after `--id my-id` wrote a second review under the id the briefing gives
    (`child-z9`), beside my-id, unsaid (a learning lead's trial); an --id naming another
    review than `earlier` with --force would do the same, asked for as a replacement, so it
    is refused, saying how to replace it."""
    from reflect.importer.facts import already_said

    said = already_said(earlier, file)
    other = args.id is not None and args.id != earlier.id
    if not args.force:
        how = (f"add --force, and leave out --id {args.id}, to import it again as "
               f"{earlier.id}" if other else "add --force to import it again")
        return (f"{name} is already in the library as {said}; nothing written ({how}, "
                "replacing that review and any edits made to its file)")
    if other:
        return (f"{name} is already in the library as {said}; nothing written. --force imports "
                f"it again as that review, replacing it: leave out --id {args.id} (or give "
                f"--id {earlier.id}); a second review of the same file is not made")
    return None


def near_command(args: argparse.Namespace, given: Path) -> str:
    """Where `given` is not there and a file near its name is ("did you mean …/Child Q
    briefing (final).md?"), the command that imports that one, with the options given, quoted
    for a shell (its name's spaces and brackets had to be typed again, quoted: a school's
    trial); "" otherwise."""
    import shlex

    from reflect.commands import command
    from reflect.importer.sources import nearest_file

    near = None if given.exists() else nearest_file(given)
    if near is None:
        return ""
    options = [f"--{name} {shlex.quote(str(getattr(args, name)))}" for name in ("id", "into")
               if getattr(args, name, None) is not None]
    options += [f"--{name}" for name in ("check", "force", "replace") if getattr(args, name, False)]
    return f" To import it: `{command(' '.join(['import', shlex.quote(str(near)), *options]))}`"


def plan_refused(name: Path, text: str, report: ImportReport, ids: Collection[str]
                 ) -> str | None:
    """Why `reflect import`, without --into, refuses a file with none of a briefing's parts
    that reads as an action plan (`importer/action_plan.py`: recommendations, each with its
    action and status), and the command that adds it to its review (`ids`: the library's);
    None for any other file. Child L's action plan was "not a learning briefing" with no word
    of --into, or, its review in the library, to be imported over that review with --replace
    (a learning lead's trial)."""
    import shlex

    from reflect.commands import command
    from reflect.importer.action_plan import plan_items

    items = 0 if report.parts else plan_items(text)
    if not items:
        return None
    into = report.review["id"] if report.review["id"] in ids else "REVIEW_ID"
    unknown = "" if into != "REVIEW_ID" else (
        f", REVIEW_ID its id (`{command('list reviews')}` lists them)")
    return (f"{name} reads as an action plan, not a briefing ({plural(items, 'recommendation')}"
            f", each with its action and status); nothing written. To add it to the review it "
            f"belongs to{unknown}: `{command(f'import {shlex.quote(str(name))} --into {into}')}`")
