"""The values the room and the app pass each other (see /work/room-interface.md): what the page
shows, a point someone sent, confidence counts, and the error a room that cannot open raises.

Light on purpose: the app may import these at start-up without loading the web server."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class RoomQuestion:
    """What the participants' page shows: the review and the current question (or a wait)."""

    step_key: str
    """The walkthrough step key it belongs to ("" when no question is open)."""
    review_title: str
    """The review's own title."""
    heading: str
    """E.g. "Question 2 of 6", or "Waiting for the facilitator"."""
    text: str
    """The question's published text ("" while waiting)."""


WAITING = RoomQuestion(step_key="", review_title="", heading="Waiting for the facilitator",
                       text="")


@dataclass(frozen=True)
class IncomingPoint:
    """A point a participant sent from their browser, for the facilitator to accept or decline."""

    id: str
    """Unique, server-assigned."""
    step_key: str
    """The question it was written for."""
    text: str
    """As typed, cleaned by reflect.text.printable and stripped."""
    name: str
    """As given; "" means anonymous."""
    participant: str
    """Opaque random per-browser id; never an IP address."""


@dataclass(frozen=True)
class ConfidenceCounts:
    """How many participants answered each level (1 to 5) of a confidence question."""

    phase: Literal["start", "end"]
    prompt: str
    counts: dict[int, int] = field(default_factory=dict)


class RoomError(Exception):
    """A room cannot open (address in use, not this machine's address, bad certificate...).
    str(error) is a sentence to show the facilitator as it is."""


class CertificateUnusable(RoomError):
    """The certificate or key the settings name (`room_certificate`, `room_key`) cannot be
    read or does not fit: the room is not opened, never opened without them unasked. The
    dialog says where they are set and how to carry on."""


class PortTaken(RoomError):
    """The room's port (the one the settings chose, `room_port`, or the one it had before it
    closed) is taken by another program. Never answered by opening elsewhere unasked: the
    link printed or sent would no longer lead here. `port` is the one taken."""

    def __init__(self, message: str, port: int) -> None:
        super().__init__(message)
        self.port = port
