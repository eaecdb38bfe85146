"""Messages sent up: from the walkthrough's panes and panels to the screen, and from screens to
the app.

A widget changes the session only through `SessionEdits` and posts what it returned as
`SessionChanged`; the screen saves and redraws what depends on the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message
from textual.worker import Worker

if TYPE_CHECKING:  # the app imports this module at start-up; the models are not needed then
    from reflect.model.changes import Change


@dataclass
class SessionChanged(Message):
    """The session changed as `change` says (it has already been changed)."""

    change: Change

    def can_replace(self, message: Message) -> bool:
        # Typing into one box posts one of these per key: the newest stands for them all,
        # since the session already holds every key typed.
        return isinstance(message, SessionChanged) and message.change == self.change


@dataclass
class Refused(Message):
    """A key that would change the session pressed in one open read-only (Space, Enter or
    Delete on a table's row): `what` says what cannot be changed here, said by the step
    (`StepPane.say_read_only`), once, not under another warning (a trial: two stacked)."""

    what: str


@dataclass
class WorkerFailed(Message):
    """A screen's background task failed unexpectedly: ReflectApp reports it."""

    worker: Worker[object]
