"""ReflectApp: holds where files live, opens the start screen, saves on every way out."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import Worker, WorkerState

from reflect.store.settings import SettingsError, checked_settings, save_setting, settings_path
from reflect.ui.colours import HIGH_CONTRAST, Monochrome
from reflect.ui.farewell import Farewell
from reflect.ui.focus_view import tab
from reflect.ui.key_order import KeyReader
from reflect.ui.messages import WorkerFailed
from reflect.ui.notices import Notices

WORKER_TASKS = {
    "load": "read the library and sessions",
    "manage": "change the session file",
    "themed": "open the theme",
    "open": "open the review or session",
    "create": "start the session",
    "carry": "update the earlier session",
    "autosave": "save the session",
    "export": "write the notes",
    "report": "make the report",
    "report-save": "save the report",
    "report-view": "show the report",
    "settings": "remember the setting",
    "copy": "save a copy of the session",
    "export-check": "check the notes for personal details",
    "room": "open or close the room",
}
"""What each worker group does, for the message when one fails unexpectedly."""


if TYPE_CHECKING:  # kept out of start-up: the first screen needs neither
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.room import Room
    from reflect.store.autosave import SessionKeeper
    from reflect.store.catalogue import Catalogue
    from reflect.store.locks import SessionLock
    from reflect.ui.preload import Preload
    from reflect.ui.screens.export import LastExport


EXIT_WATCHDOG_SECONDS = 5.0
"""How long Textual's shutdown may take after everything is saved before reflect ends itself."""


def _driver_class() -> type[Driver] | None:
    """On Linux and macOS, Textual's driver made to end when its terminal is gone."""
    if sys.platform == "win32" or os.environ.get("TEXTUAL_DRIVER"):
        return None
    from reflect.ui.driver import SturdyLinuxDriver

    return SturdyLinuxDriver


class ReflectApp(Notices, Monochrome, Farewell):
    CSS_PATH = "app.tcss"
    TITLE = "reflect"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-normal"), (120, "-roomy"), (160, "-wide")]
    """Classes on every screen by terminal width: app.tcss lays out 60 to 240 columns."""
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    """Classes on every screen by terminal height (80x24 and 60x20 are short)."""
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
        # Priority: a focus move acts as the Tab is read, so keys typed straight after it go
        # to the next box. As an ordinary binding it ran only once the Tab had passed through
        # the focused widget, and the letters behind it went to the box being left.
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
    ]

    def __init__(self, content_dir: Path, sessions_dir: Path,
                 settings_file: Path | None = None) -> None:
        super().__init__(driver_class=_driver_class())
        self.settings_file = settings_file or settings_path()
        """Where the chosen theme is remembered."""
        self.settings, self.settings_said = checked_settings(self.settings_file)
        """The settings file as read at start (the theme, the support reminder, the room's
        certificate): read once, here, so no screen reads it on the UI thread again; and what
        in it cannot be used, said once the app is up."""
        self.content_dir = content_dir
        """Folder the review library is read from."""
        self.sessions_dir = sessions_dir
        """Folder session files (and exports) are written to."""
        self.library: Catalogue | None = None
        """The review library (summaries), once the start screen has read it."""
        self.keepers: set[SessionKeeper] = set()
        """Sessions open for editing; flushed on every way out."""
        self.rescue_notes: list[str] = []
        """Where emergency copies went (said on stderr when the app ends)."""
        self._asked_to_quit: Screen[Any] | None = None
        """The question Ctrl+Q asked, while it is shown (Ctrl+Q on it quits)."""
        self.rooms: dict[str, Room] = {}  # by session id: opened again as they were, this run
        self.keys = KeyReader(self, self._give_key)
        """Reads keys one at a time, each once the one before has been handled."""
        self._for_real = False
        """True inside `run()` (a real terminal), where the exit watchdog is armed."""
        self._watchdog: threading.Timer | None = None
        self._settings_lock = threading.Lock()
        self._to_save: dict[str, tuple[str, str]] = {}
        """Settings chosen but not yet written to the file: each value, and what it is."""
        self.last_export: LastExport | None = None
        """The last export's format and options this run, the export dialog's (not saved)."""
        self.first_session: tuple[Session, Review, str | None, SessionLock | None] | None = None
        """A session to open straight away (`reflect open`): the session, its review, why it
        is read-only (or None) and its lock. The start screen is made when it is left."""
        self.preload: Preload | None = None
        """The start screen's lists, being read since before Textual was imported (`reflect`)."""
        self.gc_paused = False
        """True when the command line turned Python's garbage collector off before importing
        Textual (`reflect`, `reflect open`): start-up makes many objects and few cycles, and
        the collections it set off were a tenth of the time to the first frame. Turned back
        on once that frame is drawn."""
        self.register_theme(HIGH_CONTRAST)
        saved = self.settings.get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            # Chosen before the first screen is styled: set later, every widget is restyled.
            self.theme = saved

    def get_default_screen(self) -> Screen[Any]:
        """The start screen is the bottom of the stack: composed straight away, with no blank
        screen drawn before it; with `reflect open`, an empty screen that opens the session
        and makes the start screen only when the session is left."""
        if self.first_session is not None:
            from reflect.ui.screens.first_session import FirstSessionScreen

            return FirstSessionScreen(*self.first_session)
        from reflect.ui.screens.start import StartScreen

        return StartScreen()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.Paste) and not event.is_forwarded:
            self.keys.put(event)  # one at a time, in order (key_order)
        else:
            await super().on_event(event)

    async def _give_key(self, key: events.Key | events.Paste) -> None:
        await super().on_event(key)

    def action_focus_next(self) -> None:
        tab(self.screen)  # the focused box brought into view, else the next (focus_view)

    def action_focus_previous(self) -> None:
        tab(self.screen, forward=False)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._install_signal_handlers()
        for problem in self.settings_said:
            self.notify(problem, severity="warning", timeout=12)
        # The default screen can miss the first resize (headless, or a terminal that sends
        # none): give it the size classes of app.tcss now.
        self.call_after_refresh(self._size_classes)

    def first_frame_follows(self) -> None:
        """Said by the start screen and the walkthrough once composed: their first frame is
        next. (With `reflect open`, the empty first screen's frame comes before the
        session's: collecting then would hold the session's back.)"""
        if self.gc_paused:
            self.call_after_refresh(self._collect_again)

    def _collect_again(self) -> None:
        """The first frame is drawn: start-up's garbage is collected once (a few thousand
        objects of some eighty thousand), what is left is kept out of later collections
        (`gc.freeze`: it lives as long as the app, so they need not look at it again), and
        collecting goes on as usual."""
        if not self.gc_paused:  # a later screen's first frame
            return
        self.gc_paused = False
        gc.collect()
        gc.freeze()
        gc.enable()

    def _size_classes(self) -> None:
        self.screen.post_message(events.Resize(self.size, self.size))

    def _remember_theme(self, theme: Theme) -> None:
        self.remember("theme", theme.name, "the theme")

    def remember(self, key: str, value: str, what: str) -> None:
        """Keep the setting `key` (`what` it is, for a message): in `settings` now, in the
        file off the UI thread."""
        self.settings[key], self._to_save[key] = value, (value, what)
        self._save_settings()

    @work(thread=True, group="settings", exit_on_error=False)
    def _save_settings(self) -> None:
        for problem in self._write_settings():
            self.call_from_thread(self.notify, problem, severity="warning")

    def _write_settings(self) -> list[str]:
        """Write the newest settings chosen, if not yet written; one write at a time, so a
        quick run of changes ends with the last one. What went wrong."""
        problems = []
        with self._settings_lock:
            while self._to_save:
                key, (value, what) = self._to_save.popitem()
                try:
                    save_setting(self.settings_file, key, value)
                except SettingsError as e:
                    problems.append(f"Could not remember {what}: {e}. The file is left as it is.")
                except OSError as e:
                    problems.append(f"Could not remember {what} in {self.settings_file}: "
                                    f"{e.strerror or e}")
        return problems

    def _install_signal_handlers(self) -> None:
        """SIGTERM/SIGHUP (closed window, dropped SSH) save first, then exit."""
        try:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self._exit_on_signal)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass  # not the main thread (tests) or not supported on this platform

    def _exit_on_signal(self) -> None:
        self.flush_all()
        self.exit()

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
        """Save every open session on a way out that cannot be stopped."""
        for keeper in list(self.keepers):
            try:
                self.save_keeper(keeper, must_go=True)
            except Exception as e:  # noqa: BLE001 - report, never lose the other sessions
                self.log.error(f"could not save {keeper.path}: {e}")

    def action_quit(self) -> None:  # type: ignore[override]
        """Save every open session, then end; first, a screen holding what quitting would lose
        asks, from under any dialog too (`quit_question`; Ctrl+Q again, or y, quits)."""
        from reflect.ui.screens.confirm import quit_question

        asking = None if self.screen is self._asked_to_quit else quit_question(self.screen_stack)
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
        """Run the app; then say on stderr where any emergency copy was written."""
        self._for_real = True
        try:
            super().run(*args, **kwargs)
        finally:
            if self._watchdog is not None:
                self._watchdog.cancel()
            self._say_rescue_notes()

    def _say_rescue_notes(self) -> None:
        for note in self.rescue_notes:
            try:
                print(note, file=sys.__stderr__, flush=True)
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
        """Textual's shutdown hung (the terminal went away mid-write): everything was saved
        before the watchdog was armed, so end the process."""
        self._say_rescue_notes()
        os._exit(1)

    def on_unmount(self) -> None:
        self.keys.stop()
        self.flush_all()
        self._write_settings()  # a theme chosen just before quitting is still remembered

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:  # a worker the app itself started
            self.post_message(WorkerFailed(event.worker))

    def on_worker_failed(self, event: WorkerFailed) -> None:
        """Any background task that fails unexpectedly is reported, in its own words, and the
        session stays open (every worker runs with exit_on_error=False)."""
        error = event.worker.error
        task = WORKER_TASKS.get(event.worker.group, f"finish {event.worker.name or 'a task'}")
        self.notify(f"Could not {task}: {type(error).__name__}: {error}", severity="error",
                    timeout=12)

    def _handle_exception(self, error: Exception) -> None:
        self.flush_all()
        super()._handle_exception(error)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Off: a screenshot would copy case notes out of the private sessions folder."""
        self.notify("Screenshots are turned off in reflect: they would copy case notes outside "
                    "the private sessions folder.", severity="warning")

    def action_help(self) -> None:
        from reflect.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(getattr(self.screen, "help_first", None)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Textual's "Screenshot" would write case notes outside the private sessions folder,
        # and its "Quit" exits without going through action_quit; ours saves first. Its
        # "Keys" (every widget's raw keys, `ctrl+pgup Page Left`) and "Maximize" (one box,
        # no footer) puzzled a new user; F1 says reflect's keys (a trial).
        for command in super().get_system_commands(screen):
            if command.title not in {"Screenshot", "Quit", "Keys", "Maximize"}:
                yield command
        yield SystemCommand("Quit", "Save everything and quit", self.action_quit)
        yield SystemCommand("Help", "Keys and how a session works", self.action_help)
        extra = getattr(screen, "commands", None)
        if callable(extra):
            yield from extra()


def make_app(content_dir: Path, sessions_dir: Path,
             settings_file: Path | None = None) -> ReflectApp:
    """The one factory the CLI and the tests use."""
    return ReflectApp(content_dir=content_dir, sessions_dir=sessions_dir,
                      settings_file=settings_file)
