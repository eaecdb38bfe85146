"""Textual's Linux driver, made to end when its terminal is gone, and to read any bytes.

Textual writes to the terminal from a thread fed by a queue of 30. When the terminal closes
(a closed window, a dropped SSH connection) a write fails, the thread ends, and the queue
fills: the next write, or stopping the thread on the way out (`LinuxDriver.close`), then
waits forever, and reflect outlived its window. Here the writer thread survives a failed
write (it drops what is left: nobody can see it), and no write or stop waits more than a
few seconds.

Textual reads the terminal as UTF-8 and stops at the first byte that is not: a "£" typed on
a terminal set to Latin-1 (0xA3) ended reflect with a traceback, and what was typed after it
was lost (a trial). Here such a byte is read as U+FFFD (�), as Python reads bad bytes elsewhere
with errors="replace", and the app carries on.
"""

from __future__ import annotations

import codecs
import functools
import queue
from collections.abc import Callable
from typing import IO

import textual.drivers.linux_driver as linux_driver
from textual.drivers._writer_thread import WriterThread

WAIT_SECONDS = 2.0
"""The longest a write or the stop waits for a stuck terminal."""


def replacing_decoder(encoding: str) -> Callable[[], codecs.IncrementalDecoder]:
    """`codecs.getincrementaldecoder`, whose decoders read bytes not in `encoding` as U+FFFD."""
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


class SturdyWriterThread(WriterThread):
    """A WriterThread that never leaves its writers waiting on a dead terminal."""

    def __init__(self, file: IO[str]) -> None:
        super().__init__(file)
        self.gone = False
        """True once a write failed: the terminal is gone, output is dropped."""

    def run(self) -> None:
        try:
            super().run()
        except Exception:  # noqa: BLE001 - EIO and friends: the terminal has gone away
            self.gone = True
            while self._queue.get() is not None:  # drain, so no writer ever waits
                pass

    def write(self, text: str) -> None:
        if self.gone or not self.is_alive():
            return
        try:
            self._queue.put(text, timeout=WAIT_SECONDS)
        except queue.Full:  # the terminal stopped reading: drop it
            pass

    def stop(self) -> None:
        if self.is_alive():
            try:
                self._queue.put(None, timeout=WAIT_SECONDS)
            except queue.Full:
                pass
            self.join(timeout=WAIT_SECONDS)


class SturdyLinuxDriver(linux_driver.LinuxDriver):
    """LinuxDriver with a SturdyWriterThread."""

    def start_application_mode(self) -> None:
        # LinuxDriver makes its writer by the module's name WriterThread: ours, just for this.
        original = linux_driver.WriterThread  # type: ignore[attr-defined]
        linux_driver.WriterThread = SturdyWriterThread  # type: ignore[attr-defined]
        try:
            super().start_application_mode()  # type: ignore[no-untyped-call]
        finally:
            linux_driver.WriterThread = original  # type: ignore[attr-defined]

    def run_input_thread(self) -> None:
        # The thread makes its decoder by the module's name getincrementaldecoder (used for
        # nothing else there): ours, which never stops at a byte it cannot read.
        linux_driver.getincrementaldecoder = replacing_decoder  # type: ignore[attr-defined,assignment]
        super().run_input_thread()
