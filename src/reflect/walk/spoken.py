"""Plain mode's own words for what the app and the other commands say with straight quotes and
brackets: a screen reader reads `'team'` as "tick team tick" and each bracket by its name. A
trial of `reflect walk` heard "no review 'child-q' in …: did you mean child-h (Child H
(Henry))", "mode: must be 'team' or 'individual', not 'teams'" and "Eve Example (health
visitor, Invented Health): here?". Here they are curly quotes, as the rest of plain mode
quotes (“team”), and commas and words; the app's screens keep their own forms, where brackets
lay things out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.commands import command

if TYPE_CHECKING:
    from reflect.model.session import Participant
    from reflect.report.review_filter import ReviewChoice

_QUOTED = re.compile(r"(?<![\w'/])'([^'/\\\n]+?)'(?![\w'/])")
"""A value Python quotes (`'team'`), not an apostrophe (`team's`, `teams'`) nor a quote in a
path (a path is said as it is)."""


def curly_quoted(message: str) -> str:
    """`message` with each value in single straight quotes on its first line in curly ones:
    `mode: must be “team” or “individual”, not “teams”` (pydantic's and Python's `'team'`,
    read "tick"). Double quotes are left, as the file has to have them (`text must be between
    double quotes: "…"`), and so are the lines after the first: the file's own lines, shown
    as they are to be mended."""
    first, *rest = message.split("\n")
    return "\n".join([_QUOTED.sub(lambda m: f"“{m.group(1)}”", first), *rest])


def reviews_said(reviews: tuple[tuple[str, str], ...]) -> str:
    """Reviews (id, title) as words: `child-h, titled “Child H (Henry)”, or child-i, titled
    “Child I”` (a title's own brackets are its own; the app's `child-h (Child H (Henry))` put
    them inside brackets)."""
    return ", or ".join(f"{rid}, titled “{title}”" for rid, title in reviews)


def no_review_said(choice: ReviewChoice, text: str, folder: Path) -> str:
    """Why `text` names no review in the library `folder`, with those likely meant, in plain
    mode's words (`ReviewChoice.missing`'s, without straight quotes or brackets)."""
    near = reviews_said(choice.nearby)
    meant = f"did you mean {near}? " if near else ""
    return f"no review “{text.strip()}” in {folder}: {meant}{command('list reviews')} lists them"


def several_said(choice: ReviewChoice, text: str) -> str:
    """`text` matching several reviews, in plain mode's words: `“child z” matches 2 reviews:
    child-zy, titled “Child ZY”; child-zz, titled “Child ZZ”. Type the id of the one you
    mean.` (`ReviewChoice.problem`'s, without straight quotes or brackets)."""
    found = choice.matching
    named = "; ".join(f"{rid}, titled “{title}”" for rid, title in found[:4])
    more = f"; and {len(found) - 4} more" if len(found) > 4 else ""
    return (f"“{text.strip()}” matches {len(found)} reviews: {named}{more}. Type the id of "
            "the one you mean.")


def person_spoken(person: Participant) -> str:
    """Someone listed, as plain mode asks about them: `Eve Example, health visitor, Invented
    Health` (`Participant.describe`'s `Eve Example (health visitor, Invented Health)` read
    "left bracket"), or, with no name, `the health visitor, Invented Health`."""
    parts = [p for p in (person.role, person.agency) if p]
    if person.name:
        return ", ".join([person.name, *parts])
    return f"the {', '.join(parts)}" if parts else "someone with no name"


def person_aside(person: Participant) -> str:
    """`person_spoken` in the middle of a sentence, closed by a comma where it has its role or
    agency after a comma: `Eve Example, health visitor, is on the list already`."""
    said = person_spoken(person)
    return f"{said}," if ", " in said else said


def yes_no_asked(current: bool) -> str:
    """How every y or n plain mode asks ends, with what Enter gives, in words: `y or n; Enter
    is n.` (`y or n (Enter: n)` was read "bracket": a screen reader user's trial)."""
    return f"y or n; Enter is {'y' if current else 'n'}."
