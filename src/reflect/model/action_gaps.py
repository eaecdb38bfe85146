"""What an action lacks, or has wrong, said as it is added or saved: a team's action with no
owner or no due date, and due words that name no date (`31/02/2026`: no 31 Feb).

Neither stops the action being kept (a team may agree an action and name its owner later):
the app says it in a message in view. An action due `31/02/2026` was added with only
`? 31/02/2026` in the table, the reason on the Selected line below the screen's foot at
80x24, and one with no owner and no due date was kept with nothing said, exported as
`| Share the briefing … |  |  | open |` (a fresh-eyes trial).

Pure: no files, no Textual.
"""

from __future__ import annotations

from datetime import date

from reflect.model.dates import month_number, no_such_day, read_date, short_date, wrong_weekday
from reflect.model.due_hints import mistyped_said
from reflect.text import one_line

SHOWN = 40
"""The most of the due words a message quotes."""


def why_not_a_date(words: str, today: date) -> str:
    """Why due words name no date, in a sentence's words: `31/02/2026 has no 31 Feb`, `Mon 1
    Jan 2027, but 1 Jan 2027 is a Fri`, `“end of term” is kept as typed`."""
    shown = one_line(words, SHOWN)
    if missing := no_such_day(words):
        return f"{shown} has {missing}"
    if other := wrong_weekday(words, today):
        return f"{shown}, but {other}"
    slip = mistyped_said(words)  # `“next tusday” … date: tusday looks like Tuesday mistyped`
    return f"“{shown}” is kept as typed, not read as a date" + (f": {slip}" if slip else "")


def a_date_for_whom(owner: str, due: str, today: date) -> bool:
    """Whether the owner's words read as a date while no due date is given: `end of January`
    typed into *Who else*, Tab having gone there rather than to *Due* (a trial). A month's
    name alone (`May`, `June`) may be someone's name: not said."""
    words = owner.strip()
    return bool(words) and not due.strip() and month_number(words) is None \
        and read_date(words, today) is not None


def action_gaps(owner: str, due: str, day: date | None, today: date, *, team: bool = True,
                added: bool = True, who: str = "Owner") -> str:
    """What to say of an action just added (or, not `added`, saved after editing) with
    `owner` and `due` words read as `day`: what it lacks (a team's: an owner, a due date)
    and due words that name no date, with how to put them right; "" when it lacks nothing.
    One practitioner's action lacks nothing without them ("Who else" is optional). A date
    before today, added, is said too: `1/1/2020` for 2027 was added with nothing said but
    the table's `⚠ 1 Jan 20`, overdue at once in the partnership's report (plain mode said
    `in the past`; a learning lead's fresh-eyes trial). Owner
    words that read as a date, with no due date (`a_date_for_whom`), are said, named by the
    box's label (`who`)."""
    done = "Added" if added else "Saved"
    if a_date_for_whom(owner, due, today):
        return (f"{done} with “{one_line(owner, SHOWN)}” in {who} and no due date: if that "
                f"is when it is due, Enter on its row in the table edits it (Due is the box "
                f"after {who}).")
    lacks = [what for what, given in (("an owner", owner), ("a due date", due))
             if team and not given.strip()]
    bad = bool(due.strip()) and day is None
    past = day if added and due.strip() and day is not None and day < today else None
    if not lacks and not bad and past is None:
        return ""
    said = f"{done} without {' or '.join(lacks)}." if lacks else f"{done}."
    if bad:
        said += f" Its due date is not a date: {why_not_a_date(due, today)}."
        return f"{said} Enter on its row in the table edits it."
    if past is not None:  # (an owner, the one thing it may lack besides, is said before)
        return (f"{said} Its due date, {short_date(past)}, is already past: if it was "
                "mistyped, Enter on its row in the table edits it.")
    them = "them" if len(lacks) > 1 else "it"
    return f"{said} Enter on its row in the table adds {them} once known."
