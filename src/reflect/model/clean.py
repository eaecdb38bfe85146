"""Text as the models hold it: without terminal control characters.

Every string field of a session or a review goes through `Clean`, so text from a file, a
shared folder or the plain `walk` mode reaches no widget, export or terminal with an escape
sequence in it (ESC, BEL, OSC 52 clipboard writes, OSC 8 links, bidirectional overrides).
Newlines and tabs are kept; CR and CRLF become newlines (`reflect.text.printable`). A field
typed into a one-line box (`Line`: a person's name, role and agency, a point, an action's
words, a session's title, team and facilitator) holds no tab: each becomes a space; and so
does one typed into a box of several lines (`Lines`: an answer, notes, what I will do
differently, the CPD record's words), line by line.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Strict

from reflect.model.teams import one_spaced
from reflect.moments import usable_moment
from reflect.text import printable

Clean = Annotated[str, AfterValidator(printable)]
"""A str with control characters removed whenever it is validated (loading or assigning)."""

_TAB = re.compile(r" *\t[\t ]*")


def without_tabs(text: str) -> str:
    """`text` with each tab, and the spaces and tabs beside it, one space (none at either
    end): "Fictional\tYOT team!" pasted from a spreadsheet is "Fictional YOT team!"."""
    if "\t" not in text:
        return text
    return _TAB.sub(lambda found: "" if found.start() == 0 or found.end() == len(text)
                    else " ", text)


Line = Annotated[str, AfterValidator(printable), AfterValidator(without_tabs)]
"""A `Clean` str typed into a one-line box: a tab in it (pasted) becomes a space, so the notes
never print a raw tab nor the text export expand one into a gap."""


Name = Annotated[str, AfterValidator(printable), AfterValidator(one_spaced)]
"""A `Line` naming someone or a team (a session's team and facilitator, a participant's name,
role and agency): kept one-spaced (`one_spaced`), as typed and as read from a file written
before, so the notes, the session list and the report show one name alike."""


def lines_without_tabs(text: str) -> str:
    """`text` (its line ends newlines, as `printable` leaves them) with each line's tabs as
    `without_tabs` has them: "🎉\tTabbed" pasted into an answer is "🎉 Tabbed"."""
    if "\t" not in text:
        return text
    return "\n".join(without_tabs(line) for line in text.split("\n"))


Lines = Annotated[str, AfterValidator(printable), AfterValidator(lines_without_tabs)]
"""A `Clean` str typed into a box of several lines (an answer, notes): a tab in it, pasted,
becomes a space, as in a one-line box (`Line`). It reached the notes raw: in Markdown and
Word, and the PDF printed none, joining the words on either side ("🎉Tabbed": a trial). The
box itself turns a tab pasted into a space (`AnswerEditor`); this is for a session file that
holds one, and for plain mode."""


def as_lines(text: str) -> str:
    """`text` as a `Lines` field holds it: for text set where pydantic does not check it (a
    section's notes, set in place in the session's dict)."""
    return lines_without_tabs(printable(text))

# A session file's yes/no, numbers and dates as TOML writes them, and nothing read as one:
# leniently, a hand-edited `created = 5` was read as 1 January 1970 and `attended = "yes"` as
# true, and the next save wrote them back so. Refused, the file is named as one that cannot be
# read, with the field and what is wrong, and it is never written over.
Flag = Annotated[bool, Strict()]
Whole = Annotated[int, Strict()]
Day = Annotated[date, Strict()]
Moment = Annotated[datetime, Strict(), AfterValidator(usable_moment)]
"""A session's time, with its zone (`moments.usable_moment`)."""


class SessionModel(BaseModel):
    """The base of every part of a session: unknown fields refused, and every assignment
    validated, so a `Clean` field is cleaned when it is set as well as when it is loaded."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
