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

When reflect ends itself from a thread (a stop signal its event loop did not answer, or a
shutdown that hung: ui/way_out.py), Textual never stops application mode, and the shell was
left in the app's: on the alternate screen, reporting the mouse, the cursor hidden, and the tty
raw, typing unseen (`stty -a` in the shell after: -echo -icanon). `leave_now` does what
Textual's `stop_application_mode` does, from that thread and bounded in time (`LEFT_WITHIN`).

Inside a bracketed paste, Textual's parser reads an ESC as the start of a key: the text after
it was sent as keys before the paste, and a BEL in it as Ctrl+G (a trial pasted coloured text:
the answer was saved reordered, half of it lost, and focus jumped to the step list). Here the
escape sequences and control characters in a paste are removed before Textual reads it, as
`reflect.text.printable` removes them from text shown, so the paste arrives whole and in order.
Its line ends are made one each first (`reflect.line_ends`): the CR CR that xterm and tmux
send for a Windows line end was two, a blank line after every pasted line (a trial).

Every frame is written without emoji skin-tone modifiers (`reflect.text.one_width`): Rich lays
"👶🏽" out in the two cells of "👶", and tmux 3.3a (and other terminals) draws the tone as two
more, so a box holding one lost its right border, or pushed it out of line (the room's queue,
a room trial; then the new-session form's Title, as typed). Dropped as the frame is written,
the tone is dropped in every box, the ones being typed in too, and kept in the words.
"""

from __future__ import annotations

import codecs
import functools
import os
import queue
import termios
import threading
from collections.abc import Callable
from typing import IO

import textual.drivers.linux_driver as linux_driver
from textual.drivers._writer_thread import WriterThread

from reflect.line_ends import PASTE_END, PASTE_START, PasteCleaner
from reflect.text import one_width

__all__ = ["PASTE_END", "PASTE_START", "PasteCleaner"]  # (the walk's too: reflect.line_ends)

WAIT_SECONDS = 2.0
"""The longest a write or the stop waits for a stuck terminal."""

LEFT_WITHIN = 1.0
"""The longest `leave_now` waits for the input thread to stop, and again for the terminal to
take what puts it back: the process ends straight after, whatever the terminal does."""


class CleaningDecoder:
    """An incremental decoder whose text has its pastes cleaned (`PasteCleaner`)."""

    def __init__(self, decoder: codecs.IncrementalDecoder) -> None:
        self._decoder, self._clean = decoder, PasteCleaner()

    def decode(self, data: bytes, final: bool = False) -> str:
        return self._clean(self._decoder.decode(data, final), final)


def replacing_decoder(encoding: str) -> Callable[[], CleaningDecoder]:
    """`codecs.getincrementaldecoder`, whose decoders read bytes not in `encoding` as U+FFFD
    and clean what is pasted."""
    make = functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")
    return lambda: CleaningDecoder(make())


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
    """LinuxDriver with a SturdyWriterThread, and a way out of application mode from any
    thread (`leave_now`)."""

    _collected: list[str] | None = None
    """While `leave_now` runs: what Textual's stop writes, collected to be written at once."""
    _leaving: int | None = None
    """The thread running `leave_now` (`threading.get_ident`), while it runs."""

    def write(self, data: str) -> None:
        data = one_width(data)  # every frame: the widths Rich laid it out in
        if self._collected is not None:
            if threading.get_ident() == self._leaving:  # (a frame the app's loop was still
                self._collected.append(data)  # drawing is dropped: the process is ending)
            return
        super().write(data)

    def disable_input(self) -> None:
        if self._collected is None:
            super().disable_input()
            return
        # Textual's, from another thread: its first step, putting SIGWINCH back, can be
        # taken on the main thread only (elsewhere it raised, and the rest, the mouse
        # reporting stopped among it, was skipped); its wait for the input thread, bounded.
        self._disable_mouse_support()
        self.exit_event.set()
        if self._key_thread is not None:
            self._key_thread.join(timeout=LEFT_WITHIN)
        try:
            termios.tcflush(self.fileno, termios.TCIFLUSH)
        except termios.error:
            pass

    def leave_now(self) -> None:
        """Textual's `stop_application_mode` from a thread other than the app's, its event
        loop stuck or its shutdown hung: the terminal's modes undone with Textual's own
        sequences (the alternate screen left; mouse, focus and bracketed-paste reporting off;
        the cursor shown; line wrap on) and the tty's attributes as they were before the app
        started (termios, saved by Textual then). The sequences are written straight to the
        terminal, not through the writer thread, which may be stuck behind a terminal that
        stopped reading, and only where it is a terminal; nothing waits more than
        LEFT_WITHIN each time. Nothing, where application mode never started."""
        if self._writer_thread is None:
            return
        collected: list[str] = []
        self._leaving, self._collected = threading.get_ident(), collected
        try:
            self.stop_application_mode()
        except Exception:  # noqa: BLE001 - the process ends next: put back what can be
            pass
        finally:
            self._collected = self._leaving = None
        output = self._file
        try:
            fileno = output.fileno() if output is not None else -1
        except (OSError, ValueError):  # (closed)
            return
        if fileno < 0 or not os.isatty(fileno):
            return
        data = "".join(collected).encode()
        writer = threading.Thread(target=_write_all, args=(fileno, data), daemon=True,
                                  name="reflect-terminal-back")
        writer.start()
        writer.join(timeout=LEFT_WITHIN)

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


def _write_all(fileno: int, data: bytes) -> None:
    """`data` written to `fileno` whole, unless the terminal is gone (EIO and friends)."""
    try:
        while data:
            data = data[os.write(fileno, data):]
    except OSError:
        pass
