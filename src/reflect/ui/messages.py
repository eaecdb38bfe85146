"""Messages the walkthrough's panels send up to the screen."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class Edited(Message):
    """A panel changed the session it was given: the screen saves (and redraws what depends
    on it, such as the step list or who can be named)."""

    what: str = ""
    """What changed: "people", "actions", "points", "carried" or "details"."""
