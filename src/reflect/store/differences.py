"""How an emergency copy and its session's file differ, in words a team lead can follow (a
copy kept aside as another program changed the file: "compare the two" asked them to read two
TOML files side by side, a trial).

Only what was typed is compared (`autosave.as_typed`): the step a session is at and the time
spent change on their own."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.model.session import Answer, Session

ONE_LINE_FIELDS = (("title", "title"), ("team", "team or service"),
                   ("facilitator", "facilitator"))
"""The session's one-line fields, said with their words (short, and the first to tell apart)."""
GROUPS = (("participants", "who is here differs"), ("actions", "the actions differ"),
          ("notes", "the notes differ"), ("differently", "what would be done differently differs"))
"""Fields said only to differ."""
SAID = {"answers", *(f for f, _ in ONE_LINE_FIELDS), *(f for f, _ in GROUPS)}


@dataclass(frozen=True)
class Difference:
    said: str
    """What differs, to follow "the copy and the file differ:" (e.g. 'the title is “A” in the
    file, “B” in the copy')."""
    in_file: bool
    """The file holds something the copy does not (lost from the session once the copy is
    restored over it); False: only the copy holds more."""


def differences(copy: Session, file: Session) -> list[Difference]:
    """What differs between the copy and the file, one-line fields first."""
    from reflect.store.autosave import as_typed

    mine, theirs = as_typed(copy), as_typed(file)
    found = []
    for field, label in ONE_LINE_FIELDS:
        if mine.get(field) != theirs.get(field):
            found.append(Difference(f"the {label} is {_quoted(theirs.get(field))} in the file, "
                                    f"{_quoted(mine.get(field))} in the copy", True))
    found += _answers(copy.answers, file.answers)
    found += [Difference(words, True) for field, words in GROUPS
              if mine.get(field) != theirs.get(field)]
    if any(mine.get(f) != theirs.get(f) for f in set(mine) | set(theirs) if f not in SAID):
        found.append(Difference("other details differ", True))
    return found


def _answers(copy: list[Answer], file: list[Answer]) -> list[Difference]:
    mine = {a.question_id: a for a in copy if a.has_content}
    theirs = {a.question_id: a for a in file if a.has_content}
    only_copy = sum(q not in theirs for q in mine)
    only_file = sum(q not in mine for q in theirs)
    changed = sum(q in theirs and mine[q] != theirs[q] for q in mine)
    found = []
    if only_copy:
        found.append(Difference(f"{_questions(only_copy)} answered in the copy only", False))
    if only_file:
        found.append(Difference(f"{_questions(only_file)} answered in the file only", True))
    if changed:
        found.append(Difference(f"{_questions(changed)} answered differently in each", True))
    return found


def _questions(n: int) -> str:
    return f"{n} question{'s are' if n != 1 else ' is'}"


def _quoted(value: object) -> str:
    text = one_line(str(value or ""), 40)
    return f"“{text}”" if text else "empty"


def said(found: list[Difference]) -> str:
    """The differences as one clause ("" for none)."""
    return "; ".join(d.said for d in found)


def lost(found: list[Difference]) -> str:
    """What the file holds that the copy does not, as one clause ("" for nothing)."""
    return "; ".join(d.said for d in found if d.in_file)
