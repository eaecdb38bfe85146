"""`Room`: the room's web server on the app's own asyncio loop (aiohttp's AppRunner and
TCPSite), opened by the facilitator and closed with everything participants sent."""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import os
import ssl
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from aiohttp import web

from reflect.room.contract import (
    CertificateUnusable,
    ConfidenceCounts,
    IncomingPoint,
    PortTaken,
    RoomError,
    RoomQuestion,
)
from reflect.room.handlers import build_app
from reflect.room.state import RoomState

# aiohttp reports broken connections through logging; with no handler of the app's own, Python
# would print them on the terminal the app draws on.
logging.getLogger("aiohttp").addHandler(logging.NullHandler())


def tls_context(certificate: Path, key: Path) -> ssl.SSLContext:
    """A server TLS context from PEM files; CertificateUnusable naming the file that cannot be
    used."""
    for path, what in ((certificate, "certificate"), (key, "key")):
        try:
            path.read_bytes()
        except OSError as error:
            raise CertificateUnusable(f"The room's {what} file {path} cannot be read: "
                                      f"{error.strerror or error}.") from None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ssl.create_default_context(cafile=str(certificate))
    except (ssl.SSLError, ValueError):
        raise CertificateUnusable(f"The room's certificate file {certificate} is not a PEM "
                                  "certificate.") from None
    try:
        context.load_cert_chain(str(certificate), str(key))
    except (ssl.SSLError, ValueError):
        raise CertificateUnusable(f"The room's key file {key} is not the PEM private key of "
                                  f"the certificate {certificate}.") from None
    return context


def check_host(host: str) -> None:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        raise RoomError(f"{host!r} is not an IP address of this computer.") from None
    if address.is_unspecified:
        raise RoomError("A room listens on one chosen address, never on all of them "
                        f"({host}): choose this computer's address on the meeting's network.")


class Room:
    """One room: a web page where participants add their own points.

    `on_point` and `on_confidence` are called on the event loop that ran `start()` (Textual's
    own loop in the app), once for each point or answer the server took. Stopped, it can be
    started again: the same code and link, on the same port where it is still free, and
    participants' pages carry on (`RoomState.close`)."""

    def __init__(self, *, host: str, port: int = 0,
                 on_point: Callable[[IncomingPoint], None],
                 on_confidence: Callable[[ConfidenceCounts], None] | None = None,
                 certificate: Path | None = None, key: Path | None = None,
                 max_participants: int = 60, points_per_minute: float = 10.0,
                 burst: int = 5, last_port: int = 0, page_key: str = "") -> None:
        self.host = host
        self.port = port
        self.last_port = last_port
        """With `port` 0, the port the session's room had when reflect last ran: tried first,
        any free one where it is taken. On it, participants' pages, at the same origin, still
        hold the words they had not sent or that were not added (`page_key`)."""
        self.on_point = on_point
        self.on_confidence = on_confidence
        self.certificate = certificate
        self.key = key
        self.state = RoomState(max_participants=max_participants,
                               points_per_minute=points_per_minute, burst=burst,
                               page_key=page_key)
        self._runner: web.AppRunner | None = None
        self._bound_port = 0
        self.moved_from: int | None = None
        """Started again on another port than before, which another program had taken since:
        the port it had (the link shown before no longer leads here; the code still does)."""

    async def start(self) -> None:
        """Listen on host:port (port 0: started before, the port it had, else `last_port`, else
        a free one; a free one where the port it had or `last_port` is taken). RoomError, with
        a sentence for the facilitator, when it cannot; PortTaken when the port wanted (`port`)
        is another program's."""
        if self._runner is not None:
            return
        check_host(self.host)
        context = None
        if self.certificate is not None or self.key is not None:
            if self.certificate is None or self.key is None:
                raise RoomError("A secure room needs both a certificate and its key "
                                "(room_certificate and room_key in the settings file).")
            # Reading the files and loading the key block: in a thread, not on the app's loop.
            context = await asyncio.to_thread(tls_context, self.certificate, self.key)
        app = build_app(self.state, self.on_point, self.on_confidence, secure=bool(context))
        runner = web.AppRunner(app, access_log=None, handle_signals=False, shutdown_timeout=1.0)
        await runner.setup()
        before = self._bound_port
        wanted = before or self.port or self.last_port
        self.moved_from = None
        try:
            try:
                await self._listen(runner, wanted, context)
            except OSError as error:
                if wanted == self.port or error.errno != errno.EADDRINUSE:
                    raise
                await self._listen(runner, self.port, context)  # taken since: another port
                self.moved_from = before or None  # (last run's: a new link all the same)
        except OSError as error:
            await runner.cleanup()
            if error.errno == errno.EADDRINUSE:  # the port wanted: never another one unasked
                taken = self.port or before
                raise PortTaken(f"The room cannot open on port {taken}: another program on "
                                "this computer is using it.", taken) from None
            raise RoomError(self._why(error)) from None
        self._runner = runner
        self._bound_port = int(runner.addresses[0][1])

    async def _listen(self, runner: web.AppRunner, port: int,
                      context: ssl.SSLContext | None) -> None:
        # SO_REUSEADDR on POSIX only: there it lets the room have its port again while the
        # connections it just closed linger (TIME_WAIT), and never lets two programs listen
        # on one port; on Windows it would.
        site = web.TCPSite(runner, self.host, port, ssl_context=context,
                           reuse_address=os.name == "posix", reuse_port=False)
        await site.start()

    def _why(self, error: OSError) -> str:
        where = f"{self.host} port {self.port}"
        if error.errno == errno.EADDRNOTAVAIL:
            return (f"The room cannot open on {self.host}: that is not an address of this "
                    "computer (its network may have changed). Choose the address again.")
        if error.errno == errno.EACCES:
            return (f"The room cannot open on {where}: ports below 1024 need administrator "
                    "rights. Choose a port above 1024, or 0 for any free one.")
        return f"The room cannot open on {where}: {error.strerror or error}."

    async def stop(self) -> None:
        """Close the listener and every connection. Points still waiting are dropped, and
        what was shared and the confidence answers; who joined and the points decided are
        kept, in memory only, for `start()` again (`RoomState.close`). Safe to call again,
        or before `start()`."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        self.state.close()

    @property
    def listening(self) -> bool:
        return self._runner is not None

    @property
    def bound_port(self) -> int:
        """The port it listens on (or last listened on); 0 before it first started."""
        return self._bound_port

    @property
    def url(self) -> str:
        """The link that goes straight in, e.g. "http://192.168.1.20:8412/r/<token>"."""
        scheme = "https" if self.certificate is not None else "http"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{host}:{self._bound_port or self.port}/r/{self.state.token}"

    @property
    def code(self) -> str:
        """The short code to type on the landing page, e.g. "K7QM-2P"."""
        return self.state.code

    @property
    def joining_paused(self) -> bool:
        """Too many wrong room codes or links were tried lately: codes typed are refused for a
        while (the link and the QR code still work)."""
        return self.state.locked()

    @property
    def participants(self) -> int:
        """Browsers seen so far (every page load without the room's cookie is one): what the
        60-browser limit counts. The app shows `joined`."""
        return len(self.state.participants)

    @property
    def joined(self) -> int:
        """People who sent a point or answered so far: page loads alone are nobody joining."""
        return self.state.joined()

    def show(self, question: RoomQuestion) -> None:
        """What the page shows now (it follows the facilitator)."""
        self.state.show(question)

    def share(self, step_key: str, texts: list[str] | None) -> None:
        """Show these points of that question to the room, in place of those shown (None: hide
        them again); the same ones again change nothing."""
        self.state.share(step_key, texts)

    def resolve(self, point_id: str, accepted: bool, text: str | None = None) -> None:
        """Tell the writer's page whether their point was accepted, and in what words when the
        facilitator edited it (`text`); a declined point's text is dropped."""
        self.state.resolve(point_id, accepted, text)

    def follow(self, point_id: str, text: str | None, edited: bool = False) -> None:
        """An accepted point changed in the notes: its writer's page shows it in these words
        (`edited`: not as sent), or, with None, that the facilitator took it out."""
        self.state.follow(point_id, text, edited)

    def reopen(self, point: IncomingPoint) -> None:
        """A point declined by mistake brought back: waiting again on its writer's page."""
        self.state.reopen(point.id, point.participant, point.text)

    def ask_confidence(self, phase: Literal["start", "end"], prompt: str) -> None:
        self.state.ask_confidence(phase, prompt)

    def close_confidence(self) -> ConfidenceCounts:
        """Stop taking answers and return the counts."""
        return self.state.close_confidence()
