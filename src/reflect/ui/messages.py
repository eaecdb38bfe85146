"""Messages sent up: from the walkthrough's panels to the screen, and from screens to the app."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.worker import Worker, WorkerState


@dataclass
class Edited(Message):
    """A panel changed the session it was given: the screen saves (and redraws what depends
    on it, such as the step list or who can be named)."""

    what: str = ""
    """What changed: "people", "actions", "points", "carried" or "details"."""


@dataclass
class WorkerFailed(Message):
    """A screen's background task failed unexpectedly: ReflectApp reports it."""

    worker: Worker[object]


class PassesUpFailedWork:
    """For a screen that runs workers. Textual sends `Worker.StateChanged` only to the node
    that started the worker (it does not bubble), so each such screen passes a failure up to
    ReflectApp, which reports every one the same way."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.post_message(WorkerFailed(event.worker))  # type: ignore[attr-defined]
