"""Text as the models hold it: without terminal control characters.

Every string field of a session or a review goes through `Clean`, so text from a file, a
shared folder or the plain `walk` mode reaches no widget, export or terminal with an escape
sequence in it (ESC, BEL, OSC 52 clipboard writes, OSC 8 links, bidirectional overrides).
Newlines and tabs are kept; CR and CRLF become newlines (`reflect.text.printable`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Strict

from reflect.text import printable

Clean = Annotated[str, AfterValidator(printable)]
"""A str with control characters removed whenever it is validated (loading or assigning)."""

# A session file's yes/no, numbers and dates as TOML writes them, and nothing read as one:
# leniently, a hand-edited `created = 5` was read as 1 January 1970 and `attended = "yes"` as
# true, and the next save wrote them back so. Refused, the file is named as one that cannot be
# read, with the field and what is wrong, and it is never written over.
Flag = Annotated[bool, Strict()]
Whole = Annotated[int, Strict()]
Day = Annotated[date, Strict()]
Moment = Annotated[datetime, Strict()]


class SessionModel(BaseModel):
    """The base of every part of a session: unknown fields refused, and every assignment
    validated, so a `Clean` field is cleaned when it is set as well as when it is loaded."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
