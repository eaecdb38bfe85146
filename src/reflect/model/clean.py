"""Text as the models hold it: without terminal control characters.

Every string field of a session or a review goes through `Clean`, so text from a file, a
shared folder or the plain `walk` mode reaches no widget, export or terminal with an escape
sequence in it (ESC, BEL, OSC 52 clipboard writes, OSC 8 links, bidirectional overrides).
Newlines and tabs are kept; CR and CRLF become newlines (`reflect.text.printable`).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from reflect.text import printable

Clean = Annotated[str, AfterValidator(printable)]
"""A str with control characters removed whenever it is validated (loading or assigning)."""


class SessionModel(BaseModel):
    """The base of every part of a session: unknown fields refused, and every assignment
    validated, so a `Clean` field is cleaned when it is set as well as when it is loaded."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)
