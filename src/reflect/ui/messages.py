"""Messages the walkthrough's panes and panels send up to the screen.

A widget changes the session only through `SessionEdits` and posts what it returned as
`SessionChanged`; the screen saves and redraws what depends on the change.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reflect.model.changes import Change


@dataclass
class SessionChanged(Message):
    """The session changed as `change` says (it has already been changed)."""

    change: Change

    def can_replace(self, message: Message) -> bool:
        # Typing into one box posts one of these per key: the newest stands for them all,
        # since the session already holds every key typed.
        return isinstance(message, SessionChanged) and message.change == self.change
