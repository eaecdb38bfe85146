"""Stopping plain mode (`reflect walk`) cleanly: Ctrl+C, a hang-up or SIGTERM, and a terminal
that went away, become `Stopped`, so what was typed is saved before it ends."""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))


_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class Stopped(Exception):
    """A signal (Ctrl+C, hang-up, terminate) asked the dialogue to stop."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextmanager
def stoppable() -> Iterator[None]:
    """Turn the stop signals into `Stopped` while the dialogue runs (main thread only)."""
    previous: dict[int, _Handler] = {}
    try:
        for signum in STOP_SIGNALS:
            previous[signum] = signal.signal(signum, _raise_stopped)
    except ValueError:  # not the main thread: leave signals alone
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def terminal_gone() -> Iterator[None]:
    """The terminal went away (a closed window: reads and writes fail with EIO before the
    hang-up signal arrives): stop as for SIGHUP, so what was typed is kept."""
    try:
        yield
    except (OSError, ValueError) as e:
        raise Stopped(getattr(signal, "SIGHUP", 1)) from e


def ignore_stop_signals() -> None:
    """While the last save is made, a second Ctrl+C (or signal) must not interrupt it."""
    for signum in STOP_SIGNALS:
        try:
            signal.signal(signum, signal.SIG_IGN)
        except ValueError:
            pass
