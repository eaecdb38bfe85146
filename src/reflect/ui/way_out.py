"""Every way out of the app saves first: Ctrl+Q (asking first when quitting would lose
something), a closed window or dropped connection (SIGTERM, SIGHUP), `kill` (SIGTERM, SIGINT),
an unexpected error, and Textual's shutdown hanging on a terminal that went away (the
watchdog). A session that cannot be saved where it belongs is offered a copy elsewhere, or,
when the way out cannot be stopped, written to an emergency copy that is said on stderr once
the app has ended.

A stop signal is caught by a Python handler, which runs on the main thread whatever the app's
event loop is doing, and hands the way out to that loop. It used to be the loop's own signal
handler (`add_signal_handler`), which only the loop runs: with no terminal (a script, a
scheduled task) Textual's screen resized itself without end, every message posting the next,
the loop never came back to its signals, and SIGTERM, SIGHUP and SIGINT were ignored (a
trial: one ran ten minutes under `timeout 10`). Now, when the loop does not answer within
SIGNAL_ANSWER_SECONDS, the sessions are saved from a thread and the process ends, the
terminal put back first (the alternate screen left, the tty's typing shown again: ui/driver.py).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, TextIO

from textual.app import App
from textual.screen import Screen

from reflect.stopping import STOP_SIGNALS

if TYPE_CHECKING:  # kept out of start-up: the first screen needs none
    from reflect.store.autosave import SessionKeeper


EXIT_WATCHDOG_SECONDS = 5.0
"""How long Textual's shutdown may take after everything is saved before reflect ends itself."""

SIGNAL_ANSWER_SECONDS = 3.0
"""How long a stop signal waits for the app's event loop to start its way out before the
sessions are saved from a thread of their own and the process ends (a loop that never comes
back to its callbacks)."""

_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class WayOut(App[None]):
    """The app's ways out, each saving every open session first (ReflectApp is one)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keepers: set[SessionKeeper] = set()
        """Sessions open for editing; flushed on every way out."""
        self.rescue_notes: list[str] = []
        self.drafts_to_keep: list[Callable[[], None]] = []
        """Forms whose typing is kept as a draft (the new-session form's): each written on
        every way out, as the sessions are."""
        """Where emergency copies went (said on stderr when the app ends)."""
        self._asked_to_quit: Screen[Any] | None = None
        """The question Ctrl+Q asked, while it is shown (Ctrl+Q on it quits)."""
        self._for_real = False
        """True inside `run()` (a real terminal), where the exit watchdog is armed."""
        self._watchdog: threading.Timer | None = None
        self._ui_loop: asyncio.AbstractEventLoop | None = None
        """The app's event loop, once mounted: where a stop signal sends the way out."""
        self._signalled = False
        """True once a stop signal came (the loop's answer is being waited for)."""
        self._signal_answered = False
        """True once the app's event loop took a stop signal's way out."""

    def answer_stop_signals(self) -> None:
        """As the app mounts: from now on a stop signal reaches the app's event loop."""
        self._ui_loop = asyncio.get_running_loop()

    def _catch_stop_signals(self) -> dict[int, _Handler]:
        """SIGTERM, SIGHUP and SIGINT (a closed window, a dropped SSH connection, `kill`,
        `timeout`) save first, then exit; the handlers they replace, to put back.

        A SIGINT that reflect's parent ignored (a shell does, for a command it runs in the
        background) is answered too: it is ignored so that a Ctrl+C typed at the terminal does
        not end a background command, but the app reads Ctrl+C as a key, so a SIGINT only
        ever comes from `kill`: someone asking it to stop (a trial's was ignored)."""
        previous: dict[int, _Handler] = {}
        for signum in STOP_SIGNALS:
            try:
                previous[signum] = signal.signal(signum, self._on_stop_signal)
            except ValueError:  # not the main thread: signals stay as they were
                break
        return previous

    def _on_stop_signal(self, signum: int, frame: FrameType | None) -> None:
        """A stop signal, on the main thread between any two steps of the app: the way out
        is handed to the app's event loop (`_exit_on_signal`), and if the loop has not taken
        it SIGNAL_ANSWER_SECONDS later, `_loop_did_not_answer` saves and ends the process."""
        if not self._signalled:
            self._signalled = True
            timer = threading.Timer(SIGNAL_ANSWER_SECONDS, self._loop_did_not_answer)
            timer.daemon = True
            timer.start()
        loop = self._ui_loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._exit_on_signal)

    def _exit_on_signal(self) -> None:
        if self._signal_answered:  # a second signal: already on the way out
            return
        self._signal_answered = True
        self.flush_all()
        self.exit()

    def _loop_did_not_answer(self) -> None:
        """The app's event loop did not take a stop signal's way out in time: it is kept busy
        (with no terminal, Textual resizing its screen without end) or stuck. Nothing on it
        edits a session meanwhile, so the sessions are saved from this thread, then the
        process ends."""
        if self._signal_answered:  # on its way out (the exit watchdog ends a stuck shutdown)
            return
        self.flush_all()
        self._end_now()

    def save_keeper(self, keeper: SessionKeeper, must_go: bool = False) -> bool:
        """Save a session's unsaved edits; True when they are safe on disk. On a failure,
        False, unless a copy saved elsewhere holds them all, or `must_go` (a way out that
        cannot be stopped), when an emergency copy is written and its place recorded."""
        from reflect.store.errors import SessionError

        try:
            keeper.flush()
            error = ""
        except (OSError, SessionError) as e:
            error = keeper.last_error or str(e)
        note = keeper.rescue_note(error)  # kept elsewhere, or in a copy: said on the way out
        if note is not None and note not in self.rescue_notes:
            self.rescue_notes.append(note)
        if not error or keeper.safe:
            return True
        if not must_go:
            return False
        try:
            keeper.copy_to()  # an emergency copy in the home (or temp) folder
        except Exception as e:  # noqa: BLE001 - last resort: say so, never a traceback
            note = (f"reflect: {error}; nor could an emergency copy be written: "
                    f"{getattr(e, 'strerror', None) or e}")
        else:
            note = keeper.rescue_note(error)
        if note is not None:
            self.rescue_notes.append(note)
            self.log.error(note)
        return True

    def save_failed(self, keeper: SessionKeeper, going: str, then: Callable[[], object]) -> None:
        """Say that `keeper` could not be saved and offer a copy elsewhere; `then` is tried
        again once a copy is saved or the person asks to try again."""
        from reflect.ui.screens.save_failed import SaveFailedScreen

        def chosen(choice: str | None) -> None:
            if choice in ("copied", "retry"):
                self.call_later(then)

        if not isinstance(self.screen, SaveFailedScreen):
            self.push_screen(SaveFailedScreen(keeper, going), chosen)

    def flush_all(self) -> None:
        """Save every open session, and every form's draft, on a way out that cannot be
        stopped."""
        for keep in list(self.drafts_to_keep):
            try:
                keep()
            except Exception as e:  # noqa: BLE001 - report, never lose the sessions
                self.log.error(f"could not keep a form's draft: {e}")
        for keeper in list(self.keepers):
            try:
                self.save_keeper(keeper, must_go=True)
            except Exception as e:  # noqa: BLE001 - report, never lose the other sessions
                self.log.error(f"could not save {keeper.path}: {e}")

    def action_quit(self) -> None:  # type: ignore[override]
        """Save every open session, then end; first, a screen holding what quitting would lose
        asks, from under any dialog too (`quit_question`; Ctrl+Q again, or y, quits, unless its
        Quit has no letter)."""
        from reflect.ui.screens.confirm import quit_question

        asked = self._asked_to_quit
        if asked is not None and self.screen is asked and not getattr(asked, "yes_by_letter",
                                                                      True):
            # Ctrl+Q again is a key typed on, as `y` is: a question whose Quit has no letter
            # (the room open: `closing_the_room`) is answered by its button alone
            self.bell()
            return
        asking = None if self.screen is asked else quit_question(self.screen_stack)
        if asking is None:
            self._save_and_exit()
            return

        def answered(quit_now: bool | None) -> None:
            self._asked_to_quit = None
            if quit_now:
                self._save_and_exit()

        self._asked_to_quit = asking
        self.push_screen(asking, answered)

    def _save_and_exit(self) -> None:
        for keeper in list(self.keepers):
            if not self.save_keeper(keeper):
                self.save_failed(keeper, "quit", self._save_and_exit)
                return
        self.exit()

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the app, the stop signals caught for as long as it runs (`_on_stop_signal`);
        then say on stderr where any emergency copy was written."""
        self._for_real = True
        previous = self._catch_stop_signals()
        try:
            super().run(*args, **kwargs)
        finally:
            for signum, handler in previous.items():
                if handler is not None:  # (None: not set from Python, cannot be put back)
                    signal.signal(signum, handler)
            if self._watchdog is not None:
                self._watchdog.cancel()
            self._say_rescue_notes()

    def _say_rescue_notes(self) -> None:
        for note in self.rescue_notes:
            try:
                print(fitted_note(note, sys.__stderr__), file=sys.__stderr__, flush=True)
            except (OSError, ValueError, AttributeError):  # the terminal is gone (SIGHUP)
                pass

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Every way out saves first; and in a real terminal, if Textual's own shutdown has
        not ended the process EXIT_WATCHDOG_SECONDS later, the watchdog ends it."""
        self.flush_all()
        if self._for_real and self._watchdog is None:
            self._watchdog = threading.Timer(EXIT_WATCHDOG_SECONDS, self._end_now)
            self._watchdog.daemon = True
            self._watchdog.start()
        super().exit(*args, **kwargs)

    def _end_now(self) -> None:
        """Textual's shutdown hung (the terminal went away mid-write), or the loop did not
        answer a stop signal: everything was saved before, so end the process, the terminal
        first put back as it was before the app (`SturdyLinuxDriver.leave_now`): ended so,
        the shell was left on the app's last screen, its typing unseen. The emergency
        copies are said after, on the shell's own screen."""
        if sys.platform != "win32":  # (Windows: Textual's own driver, left as it is)
            from reflect.ui.driver import SturdyLinuxDriver

            if isinstance(self._driver, SturdyLinuxDriver):
                self._driver.leave_now()
        self._say_rescue_notes()
        os._exit(1)

    def _handle_exception(self, error: Exception) -> None:
        self.flush_all()
        super()._handle_exception(error)


def fitted_note(note: str, stream: TextIO | None) -> str:
    """`note` at a terminal fitted to its width, broken between words and never inside a path
    or a command it quotes (`wrapping.wrap_words`); as it is elsewhere. Printed as it stood,
    the terminal broke it wherever its line ended: "Ren/amed", a copy's path in two (a trial)."""
    if stream is None or not stream.isatty():
        return note
    from reflect.commands import program
    from reflect.console import columns
    from reflect.wrapping import wrap_words

    return wrap_words(note, columns(stream), (), [program()])
