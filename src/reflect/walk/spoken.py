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
    return f"y or n; {enter_is('y' if current else 'n')}."


ENTER_SKIPS = "Enter skips"
"""What Enter does at a prompt that may be left empty (`(Enter to skip)`, read "bracket")."""

NAME_ROLE_AGENCY = "their name, role and agency, with commas between"
"""How someone is typed at *Who is here* (`(name, role, agency)`)."""

IF_ANY = ", if any"
"""After a prompt that may be left empty: `Team or service, if any:` (`(optional)`)."""


def enter_keeps(what: str = "it") -> str:
    """What Enter does where something is there already: `Enter keeps it`, `Enter keeps
    Sunday 31 January 2027`."""
    return f"Enter keeps {what}"


def enter_is(key: str) -> str:
    """What Enter answers where a letter is asked for: `Enter is n`."""
    return f"Enter is {key}"


def enter_for(value: str) -> str:
    """What Enter gives where it gives a value: `Enter for Fay Example, as last time` (as the
    first prompt's `t or i, Enter for t`)."""
    return f"Enter for {value}"


def asked(prompt: str, *asides: str) -> str:
    """A prompt with its asides (what Enter does, what else may be typed) said after it, one
    sentence, in words: `Who owns it? Enter skips.`, `Facilitator: Enter for Fay Example, as
    last time.`, `Action: Enter when there are no more; 1 changes it.` Each aside was in
    brackets, `Facilitator (Enter: Fay Example, as last time):`, and a screen reader said
    "left paren" and "right paren" around it; `x dropped (no longer needed) (Enter keeps
    it)` nested them (a screen reader user's trial). The one place plain mode's prompts put
    their asides: the app's screens keep theirs."""
    head = prompt.rstrip().rstrip(":")
    said = "; ".join(a.strip().rstrip(".") for a in asides if a.strip())
    if not said:
        return f"{head}:" if head[-1:] not in "?.!" else head
    if head.endswith(("?", ".", "!")):  # a sentence of its own, but a key's letter as typed
        first = said if re.match(r"\w\b", said) else f"{said[:1].upper()}{said[1:]}"
        return f"{head} {first}."
    return f"{head}: {said}."
