"""The new-session form's question of a name typed twice in its participants box, asked as
the session starts (Ctrl+S, or *Start session*), once for each line that repeats a name: the
question *Who is here* asks of a name added that is on its list (`confirm.same_person_question`),
with its keys. *Same person* (s, or Enter) keeps one line, the first, with a role or agency
only the later gives; *Add another* (a) keeps both, two people of one name; Esc goes back to
the form, nothing started.

The form said `3. name: Kim Example · … · the same person as line 1?` under the box, but
nothing asked it, and Kim typed twice was listed twice, both ticked: counted as two attendees
in the notes, the report and the team's next session (a trial)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from reflect.model.roles import name_key
from reflect.model.same_person import first_of, kept_lines, repeated
from reflect.model.session import Participant
from reflect.text import one_line

if TYPE_CHECKING:
    from reflect.ui.screens.confirm import ConfirmScreen


def ask_typed_twice(screen: Screen[Any], people: Sequence[Participant],
                    start: Callable[[list[Participant]], None],
                    back: Callable[[], None]) -> bool:
    """Ask of each line of `people` that names someone an earlier line names (none: False,
    nothing asked), then `start` with the people answered (each "same person" one line);
    `back` on Esc, with nothing started."""
    again = repeated(people)
    if not again:
        return False
    same: dict[int, int] = {}

    def ask(lines: list[int]) -> None:
        if not lines:
            start(list(kept_lines(people, same).values()))
            return
        line = lines[0]
        first = first_of(again[line], same)

        def answered(another: bool | None) -> None:
            if another is None:
                back()
                return
            if not another:
                same[line] = first
            ask(lines[1:])

        screen.app.push_screen(_dialog(kept_lines(people, same)[first], first,
                                       people[line - 1], line), answered)

    ask(sorted(again))
    return True


def _dialog(person: Participant, first: int, typed: Participant, line: int) -> ConfirmScreen:
    """The question of line `line` (`typed`), which names `person`, on line `first`: its
    role and agency said when they differ from the first's."""
    from reflect.ui.screens.confirm import (
        CONFIRM_CHARS,
        same_person_dialog,
        same_person_question,
    )

    differs = [part for part, had in ((typed.role, person.role), (typed.agency, person.agency))
               if part and name_key(part) != name_key(had)]
    where = f"line {first}, typed again on line {line}" + (
        f" as {', '.join(differs)}" if differs else "")
    question = same_person_question(
        one_line(person.describe(), CONFIRM_CHARS), one_line(where, CONFIRM_CHARS),
        one_line(person.name, CONFIRM_CHARS),
        f"one line, line {first}" + (f", with a role or agency only line {line} gives" if differs
                                     else ""),  # (identical lines: nothing more to take)
        "back to the form, nothing started")
    return same_person_dialog(question, "Add another", "Back to the form")
