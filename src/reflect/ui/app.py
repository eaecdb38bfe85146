"""ReflectApp: holds where files live, opens the start screen and says a background task's
failure (saving on every way out is `way_out.WayOut`'s, keeping settings
`remembering.Remembering`'s)."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from reflect.ui.colours import HIGH_CONTRAST, Monochrome
from reflect.ui.farewell import Farewell
from reflect.ui.focus_view import tab
from reflect.ui.key_order import KeyReader
from reflect.ui.messages import WorkerFailed
from reflect.ui.notices import Notices
from reflect.ui.remembering import Remembering
from reflect.ui.start_styles import style_all, style_start_only
from reflect.ui.way_out import WayOut

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
    "draft": "keep or throw away the new session form's draft",
    "folder-access": "look at who can read the sessions folder",
}
"""What each worker group does, for the message when one fails unexpectedly."""


if TYPE_CHECKING:  # kept out of start-up: the first screen needs neither
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.room import Room
    from reflect.store.catalogue import Catalogue
    from reflect.store.copies import FoundCopy
    from reflect.store.locks import SessionLock
    from reflect.ui.preload import Preload


def _driver_class() -> type[Driver] | None:
    """On Linux and macOS, Textual's driver made to end when its terminal is gone."""
    if sys.platform == "win32" or os.environ.get("TEXTUAL_DRIVER"):
        return None
    from reflect.ui.driver import SturdyLinuxDriver

    return SturdyLinuxDriver


class ReflectApp(WayOut, Notices, Remembering, Monochrome, Farewell):
    # app.tcss is read in `on_load`: the start screen's rules first (start_styles).
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
        Binding("ctrl+v", "paste_here", show=False, priority=True),  # (notices.py)
        # The palette on two keys: VS Code's terminal takes Ctrl+P (Quick Open) before reflect
        # sees it, and F1 too, so Help and Quit (Ctrl+Q, taken there on Windows) were out of
        # reach; F12 no common terminal takes (docs/keys.md, tests/unit/test_keys_taken.py).
        Binding("ctrl+p", "command_palette", "palette", show=False, priority=True),
        Binding("f12", "command_palette", show=False, priority=True),
    ]

    TERMINAL_FDS = (0, 1, 2)
    """stdin, stdout, stderr: the app reads keys from the first, says its farewell on the
    second and draws on the third (Textual's driver), so each must be a terminal."""

    def __init__(self, content_dir: Path, sessions_dir: Path,
                 settings_file: Path | None = None) -> None:
        super().__init__(driver_class=_driver_class(), settings_file=settings_file)
        self.content_dir = content_dir
        """Folder the review library is read from."""
        self.sessions_dir = sessions_dir
        """Folder session files (and exports) are written to."""
        self.library: Catalogue | None = None
        """The review library (summaries), once the start screen has read it."""
        self.rooms: dict[str, Room] = {}  # by session id: opened again as they were, this run
        self.keys = KeyReader(self, self._give_key)
        """Reads keys one at a time, each once the one before has been handled."""
        self.last_input = time.monotonic()  # the last key, paste or click (model/idle.py)
        self.first_session: tuple[Session, Review, str | None, SessionLock | None] | None = None
        """A session to open straight away (`reflect open`): the session, its review, why it
        is read-only (or None) and its lock. The start screen is made when it is left."""
        self.first_copy: FoundCopy | None = None
        """A newer emergency copy of that session, asked about before it opens."""
        self.preload: Preload | None = None
        """The start screen's lists, being read since before Textual was imported (`reflect`)."""
        self.refused = False
        """True when `run` did not start the app: there is no terminal."""
        self.sessions_open: int | None = None
        """The sessions folder's permissions once found open to others (`_folder_access`)."""
        self.folder_said = False
        """True while the start screen's line says what the sessions folder open to others
        means, the first time it is found so (`where_folders`), until a screen opens over it."""
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

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the app at a terminal. Where its input or output is not one (a script, a
        scheduled task: `reflect </dev/null >out`), refused at once, saying what works
        without one (ui/no_terminal.py), and `exit_code` is 1."""
        if not kwargs.get("headless") and (
                missing := [fd for fd in self.TERMINAL_FDS if not os.isatty(fd)]):
            from reflect.ui.no_terminal import refuse

            refuse(missing, None if self.first_session is None else self.first_session[0].id)
            self.refused = True
            return
        super().run(*args, **kwargs)

    @property
    def exit_code(self) -> int:
        """reflect's exit code once the app has ended: Textual's, else 1 where a session was
        not saved where it belongs (its copy is said) or the app was refused (no terminal)."""
        return self.return_code or (1 if self.rescue_notes or self.refused else 0)

    def on_load(self) -> None:
        """The start screen styled from its own rules of app.tcss, the rest read once its lists
        are on screen or before another screen shows (`start_styles`); `reflect open`'s
        session from the whole file."""
        if self.first_session is None:
            style_start_only(self)
        else:
            style_all(self)

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        style_all(self)  # (once) before the screen is composed
        if self.folder_said:  # said whole once: short when the start screen is back
            self.folder_said = False
            self._open_folder_noted(self.sessions_open)
        return super().push_screen(screen, *args, **kwargs)

    def get_default_screen(self) -> Screen[Any]:
        """The start screen is the bottom of the stack: composed straight away, with no blank
        screen drawn before it; with `reflect open`, an empty screen that opens the session
        and makes the start screen only when the session is left."""
        if self.first_session is not None:
            from reflect.ui.screens.first_session import FirstSessionScreen

            return FirstSessionScreen(*self.first_session, copy=self.first_copy)
        from reflect.ui.screens.start import StartScreen

        return StartScreen()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent) and not isinstance(event, events.MouseMove):
            self.last_input = time.monotonic()
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
        self.start_remembering()
        self.answer_stop_signals()
        # The default screen can miss the first resize (headless, or a terminal that sends
        # none): give it the size classes of app.tcss now.
        self.call_after_refresh(self._size_classes)

    def look_at_folder_access(self) -> None:
        """Called by the start screen as it is shown: whether others can look into the
        sessions folder, looked at once (`_folder_access`). Looked at as the app started,
        `reflect open SESSION`'s note was counted as said while the session was on screen,
        where nothing shows it, and the start screen after it said it short: never read
        whole (a learning lead's trial)."""
        if not self._folder_looked_at:
            self._folder_looked_at = True
            self.call_after_refresh(self._folder_access)

    _folder_looked_at = False

    @work(thread=True, group="folder-access", exit_on_error=False)
    def _folder_access(self) -> None:
        """A sessions folder anyone using this computer can look into, said once
        (store/folder_access.py), on the start screen's line under its lists: counted as said
        (`said_once`) only once that line is there to say it (`look_at_folder_access`). Off the
        UI thread, as a network folder can be slow."""
        from reflect.store.folder_access import open_to_others, said_once

        mode, whole = open_to_others(self.sessions_dir), said_once(self.sessions_dir) is not None
        if mode is not None:  # said whole once, under the lists: a message covered the list
            self.call_from_thread(self._open_folder_noted, mode, whole)  # searched (trials)

    def folder_access_again(self) -> None:
        """Off the UI thread, as a library screen looks at its folders (every few seconds): a
        sessions folder said to be open to others looked at again, so the start screen's note
        goes once the person makes it their own (`chmod 700`): it stayed until reflect was
        started again (a school's trial)."""
        from reflect.store.folder_access import open_to_others

        if self.sessions_open is not None \
                and (mode := open_to_others(self.sessions_dir)) != self.sessions_open:
            self.call_from_thread(self._open_folder_noted, mode)

    def _open_folder_noted(self, mode: int | None, whole: bool | None = None) -> None:
        """The start screen says, beside the sessions folder's name, that others can look
        into it (`mode`; None: no longer), while it is so; `whole`: what that means too."""
        from reflect.store.folder_access import where_folders
        from reflect.ui.screens.start_lists import LibraryScreen
        from reflect.ui.widgets.literal import Literal

        self.sessions_open = mode
        if whole is not None:
            self.folder_said = whole
        said = where_folders(self.content_dir, self.sessions_dir, mode, self.folder_said)
        for screen in self.screen_stack:
            if isinstance(screen, LibraryScreen):
                for line in screen.query("#where").results(Literal):
                    line.show(said)

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

    def on_unmount(self) -> None:
        self.keys.stop()
        self.flush_all()
        self.write_last_settings()

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
