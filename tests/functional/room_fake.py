"""A fake of `reflect.room` (the interface in the room's contract, #18) for pilot tests.

It opens a real listening socket on the host it is given (so a test can check that nothing
listens once the room is closed), but serves nothing: a test plays the participants by calling
`send` and `answer`, and reads what the app told the room from `shown`, `shared`, `resolved`
and `asked`.
"""

from __future__ import annotations

import asyncio
import errno
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Phase = Literal["start", "end"]


@dataclass(frozen=True)
class RoomQuestion:
    step_key: str
    review_title: str
    heading: str
    text: str


@dataclass(frozen=True)
class IncomingPoint:
    id: str
    step_key: str
    text: str
    name: str
    participant: str


@dataclass(frozen=True)
class ConfidenceCounts:
    phase: Phase
    prompt: str
    counts: dict[int, int] = field(default_factory=dict)


class RoomError(Exception):
    """A room cannot open."""


class CertificateUnusable(RoomError):
    """The settings' certificate or key cannot be used (the real room's
    `contract.CertificateUnusable`)."""


UNUSABLE_CERTIFICATE = "unusable.pem"
"""A certificate file name the fake refuses, as a real room refuses one it cannot read."""


class PortTaken(RoomError):
    """The port wanted is another program's (the real room's `contract.PortTaken`)."""

    def __init__(self, message: str, port: int) -> None:
        super().__init__(message)
        self.port = port


FAIL_HOSTS = {"192.0.2.1": "192.0.2.1 is not an address of this computer."}
BROKEN_HOST = "192.0.2.99"
"""A host whose start fails unexpectedly (not a RoomError)."""
"""Hosts the fake refuses, with the sentence a real room would say."""


NETWORK_HOST = "198.51.100.7"
"""A network address the fake opens on (it listens on 127.0.0.1 and says this address)."""
ADDRESSES = [("This computer only", "127.0.0.1"),
             ("Network: 192.0.2.1 (invented0)", "192.0.2.1"),
             ("Network: 192.0.2.99 (invented1)", BROKEN_HOST),
             ("Network: 198.51.100.7 (invented2)", NETWORK_HOST)]
"""This computer's addresses, as the fake says them (a test may take one away)."""


def address_choices() -> list[tuple[str, str]]:
    return list(ADDRESSES)


def qr_text(url: str, border: int = 4) -> str:
    return "▀▄ QR ▄▀\n" + url


_ids = itertools.count(1)
ROOMS: list[Room] = []
"""Every fake room made, newest last (tests reach the open one through this)."""


class Room:
    def __init__(self, *, host: str, port: int = 0,
                 on_point: Callable[[IncomingPoint], None],
                 on_confidence: Callable[[ConfidenceCounts], None] | None = None,
                 certificate: Path | None = None, key: Path | None = None,
                 max_participants: int = 60, last_port: int = 0, page_key: str = "") -> None:
        self.host, self.port = host, port
        self.last_port, self.page_key = last_port, page_key
        self.on_point = on_point
        self.on_confidence = on_confidence
        self.certificate, self.key = certificate, key
        self.server: asyncio.Server | None = None
        self.shown: list[RoomQuestion] = []
        self.shared: dict[str, list[str] | None] = {}
        self.resolved: dict[str, bool] = {}
        self.joining_paused = False
        """Wrong codes have paused joining by code (the real room's `RoomState.locked`)."""
        self.resolved_as: dict[str, str] = {}
        """The words a point was accepted in, when the facilitator edited it first."""
        self.followed: dict[str, str | None] = {}
        """Accepted points' words as the notes hold them now, by id (None: taken out)."""
        self.reopened: list[str] = []
        """The ids of declined points brought back, in order."""
        self.asked: tuple[Phase, str] | None = None
        self.answers: dict[int, int] = {}
        self._participants: set[str] = set()
        self._devices: dict[str, str] = {}
        """The device each name has sent from (`send`), by the name case and spacing aside."""
        self.stops = 0
        self.moved_from: int | None = None
        ROOMS.append(self)

    async def start(self) -> None:
        if self.host in FAIL_HOSTS:
            raise RoomError(FAIL_HOSTS[self.host])
        if self.host == BROKEN_HOST:
            raise RuntimeError("invented failure")
        if self.certificate is not None and self.certificate.name == UNUSABLE_CERTIFICATE:
            raise CertificateUnusable(f"The room's certificate file {self.certificate} cannot "
                                      "be read: No such file or directory.")

        async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writer.close()

        host = "127.0.0.1" if self.host == NETWORK_HOST else self.host
        try:
            try:  # the port it had when reflect last ran, where free (as the real room)
                self.server = await asyncio.start_server(refuse, host,
                                                         self.port or self.last_port)
            except OSError as error:
                if self.port or not self.last_port or error.errno != errno.EADDRINUSE:
                    raise
                self.server = await asyncio.start_server(refuse, host, 0)
        except OSError as error:
            if error.errno != errno.EADDRINUSE:
                raise
            raise PortTaken(f"The room cannot open on port {self.port}: another program on "
                            "this computer is using it.", self.port) from None
        self.port = self.server.sockets[0].getsockname()[1]  # (the same one when reopened)

    async def stop(self) -> None:
        self.stops += 1
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
            self.server = None

    @property
    def open(self) -> bool:
        return self.server is not None

    @property
    def listening(self) -> bool:
        return self.server is not None

    @property
    def bound_port(self) -> int:
        return self.port

    @property
    def url(self) -> str:
        scheme = "https" if self.certificate else "http"
        return f"{scheme}://{self.host}:{self.port}/r/invented-token"

    @property
    def code(self) -> str:
        return "ZZ7Q-2P"

    @property
    def participants(self) -> int:
        return len(self._participants)

    @property
    def joined(self) -> int:
        """Those who sent a point (a page load is not counted; the fake has none)."""
        return len(self._participants)

    def show(self, question: RoomQuestion) -> None:
        self.shown.append(question)

    def share(self, step_key: str, texts: list[str] | None) -> None:
        self.shared[step_key] = texts

    def resolve(self, point_id: str, accepted: bool, text: str | None = None) -> None:
        self.resolved[point_id] = accepted
        if text is not None:
            self.resolved_as[point_id] = text

    def follow(self, point_id: str, text: str | None, edited: bool = False) -> None:
        """An accepted point as the notes hold it now (None: taken out of them)."""
        self.followed[point_id] = text

    def reopen(self, point: IncomingPoint) -> None:
        """A declined point brought back: waiting again (no longer resolved)."""
        self.resolved.pop(point.id, None)
        self.reopened.append(point.id)

    def ask_confidence(self, phase: Phase, prompt: str) -> None:
        self.asked = (phase, prompt)
        self.answers = {}

    def close_confidence(self) -> ConfidenceCounts:
        assert self.asked is not None
        counts = ConfidenceCounts(self.asked[0], self.asked[1],
                                  {k: self.answers.get(k, 0) for k in range(1, 6)})
        self.asked = None
        return counts

    # --- the participants (the test's side) --------------------------------------------------

    def send(self, text: str, name: str = "", step_key: str | None = None,
             participant: str = "") -> IncomingPoint:
        """A participant sends a point on the question shown (or `step_key`), from their own
        device (`participant`), else from the one device that name has sent from: a new one
        at every send made tests' people seem to share their names with other phones, and the
        facilitator's Accept all leaves such points waiting (test_room_same_name)."""
        key = " ".join(name.casefold().split())
        who = participant or (self._devices.setdefault(key, secrets.token_hex(4)) if key
                              else secrets.token_hex(4))
        self._participants.add(who)
        point = IncomingPoint(f"pt{next(_ids)}", step_key or self.shown[-1].step_key, text,
                              name, who)
        self.on_point(point)
        return point

    def answer(self, value: int) -> None:
        """A participant answers the confidence check."""
        assert self.asked is not None
        self.answers[value] = self.answers.get(value, 0) + 1
        if self.on_confidence is not None:
            self.on_confidence(ConfidenceCounts(self.asked[0], self.asked[1], dict(self.answers)))
