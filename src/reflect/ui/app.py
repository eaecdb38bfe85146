"""ReflectApp: holds where files live, opens the start screen, saves on every way out."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="reflect-high-contrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFF00",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#333333",
    warning="#FFB000",
    error="#FF6060",
    success="#00FF00",
    dark=True,
)
"""White on black with yellow focus and highlights, for projectors and low vision."""

from reflect.store.settings import load_settings, save_setting, settings_path
from reflect.text import printable

if TYPE_CHECKING:  # kept out of start-up: the first screen needs neither
    from reflect.store.autosave import SessionKeeper
    from reflect.store.catalogue import Catalogue
    from reflect.ui.screens.export import LastExport


class ReflectApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "reflect"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, content_dir: Path, sessions_dir: Path,
                 settings_file: Path | None = None) -> None:
        super().__init__()
        self.settings_file = settings_file or settings_path()
        """Where the chosen theme is remembered."""
        self.content_dir = content_dir
        """Folder the review library is read from."""
        self.sessions_dir = sessions_dir
        """Folder session files (and exports) are written to."""
        self.library: Catalogue | None = None
        """The review library (summaries), once the start screen has read it."""
        self.keepers: set[SessionKeeper] = set()
        """Sessions open for editing; flushed on every way out."""
        self.last_export: LastExport | None = None
        """The format and options of the last export in this run: the export dialog opens
        with them (never saved: the next run starts from the defaults)."""

    def on_mount(self) -> None:
        from reflect.ui.screens.start import StartScreen

        self.register_theme(HIGH_CONTRAST)
        saved = load_settings(self.settings_file).get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._install_signal_handlers()
        self.push_screen(StartScreen())

    def _remember_theme(self, theme: Theme) -> None:
        try:
            save_setting(self.settings_file, "theme", theme.name)
        except OSError as e:
            self.notify(f"Could not remember the theme in {self.settings_file}: "
                        f"{e.strerror or e}", severity="warning")

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

    def flush_all(self) -> None:
        for keeper in list(self.keepers):
            try:
                keeper.flush()
            except Exception as e:  # noqa: BLE001 - report, never lose the other sessions
                self.log.error(f"could not save {keeper.path}: {e}")

    async def action_quit(self) -> None:
        self.flush_all()
        self.exit()

    def on_unmount(self) -> None:
        self.flush_all()

    def _handle_exception(self, error: Exception) -> None:
        self.flush_all()
        super()._handle_exception(error)

    def notify(self, message: str, *, title: str = "", severity: str = "information",  # type: ignore[override]
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications never parse markup: their text often quotes a file name or an answer."""
        super().notify(printable(message), title=printable(title), severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=markup)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Off: a screenshot would copy case notes out of the private sessions folder."""
        self.notify("Screenshots are turned off in reflect: they would copy case notes outside "
                    "the private sessions folder.", severity="warning")

    def action_help(self) -> None:
        from reflect.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's "Screenshot" would write case notes outside the private sessions folder,
        # and its "Quit" exits without going through action_quit; ours saves first.
        for command in super().get_system_commands(screen):
            if command.title not in {"Screenshot", "Quit"}:
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
