"""The settings the app keeps and writes: the settings file read once at start, each choice
(`remember`: the theme, a name, the room's address, the last export's format) kept at once
and written off the UI thread, one write at a time, what could not be written said, and a
choice made just before quitting written as the app ends (ReflectApp is one)."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.theme import Theme

from reflect.store.missing_folder import missing_said
from reflect.store.settings import SettingsError, checked_settings, save_setting, settings_path

if TYPE_CHECKING:  # kept out of start-up: the first screen needs none
    from reflect.store.last_export import LastExport


class Remembering(App[None]):
    def __init__(self, *args: Any, settings_file: Path | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.settings_file = settings_file or settings_path()
        """Where the chosen theme is remembered."""
        self.settings, self.settings_said = checked_settings(self.settings_file)
        """The settings file as read at start (the theme, the support reminder, the room's
        certificate): read once, here, so no screen reads it on the UI thread again; and what
        in it cannot be used, said once the app is up."""
        self._settings_lock = threading.Lock()
        self._to_save: dict[str, tuple[str | dict[str, object], str]] = {}
        """Settings chosen but not yet written to the file: each value, and what it is."""
        self._writing: set[str] = set()
        """The setting being written to the file now."""
        self.chosen: Counter[str] = Counter()
        """How many times each setting was chosen in this run (`remember`): the name read
        from the file before one was chosen here is not taken over it (`name_now`)."""
        self._last_exports: dict[str, LastExport] | None = None
        """The last export's format and options by kind of session, once read (`last_exports`)."""

    def start_remembering(self) -> None:
        """As the app mounts: a theme chosen is remembered from now on, and what in the
        settings file cannot be used is said."""
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for problem in self.settings_said:
            self.notify(problem[:1].upper() + problem[1:], severity="warning", timeout=12,
                        markup=False)

    @property
    def last_exports(self) -> dict[str, LastExport]:
        """The last export's format and options by kind of session (`store.last_export`): read
        from the settings file as the first export dialog opens (not before the first
        screen), what in it cannot be used said then."""
        if self._last_exports is None:
            from reflect.store.last_export import SETTING, from_setting

            self._last_exports, problems = from_setting(self.settings.get(SETTING),
                                                         self.settings_file)
            for problem in problems:
                self.notify(problem, severity="warning", timeout=12)
        return self._last_exports

    def remember_exports(self) -> None:
        """Keep `last_exports` in the settings file, for the next run of reflect."""
        from reflect.store.last_export import SETTING, as_setting

        self.remember(SETTING, as_setting(self.last_exports), "the export's format and options")

    def _remember_theme(self, theme: Theme) -> None:
        self.remember("theme", theme.name, "the theme")

    def remember(self, key: str, value: str | dict[str, object], what: str) -> None:
        """Keep the setting `key` (`what` it is, for a message): in `settings` now, in the
        file off the UI thread."""
        self.settings[key], self._to_save[key] = value, (value, what)
        self.chosen[key] += 1
        self._save_settings()

    def saving(self, key: str) -> bool:
        """Whether a value of `key` chosen here is still to be written to the settings file."""
        return key in self._to_save or key in self._writing

    @work(thread=True, group="settings", exit_on_error=False)
    def _save_settings(self) -> None:
        for problem in self._write_settings():
            # Not by call_from_thread: once the app has closed it no longer runs what a thread
            # gives it, and a write failing as reflect ended went unsaid (`Notices.said_late`).
            self.notify(problem, severity="warning")

    def write_last_settings(self) -> None:
        """As the app ends: a theme chosen just before quitting is still remembered; one that
        cannot be is said on the terminal once the app has ended (`Notices.said_late`): it
        went unsaid."""
        for problem in self._write_settings():
            self.notify(problem, severity="warning")

    def _write_settings(self) -> list[str]:
        """Write the newest settings chosen, if not yet written; one write at a time, so a
        quick run of changes ends with the last one. What went wrong."""
        problems = []
        with self._settings_lock:
            while self._to_save:
                key, (value, what) = self._to_save.popitem()
                self._writing.add(key)
                try:
                    save_setting(self.settings_file, key, value)
                except SettingsError as e:
                    problems.append(f"Could not remember {what}, and the settings file is "
                                    f"left as it is: {e}")
                except OSError as e:
                    why = missing_said(e, self.settings_file.parent) or e.strerror or e
                    problems.append(f"Could not remember {what} in {self.settings_file}: "
                                    f"{why}. Next time reflect starts without "
                                    "this choice: only a saved one is used again.")
                finally:
                    self._writing.discard(key)
        return problems
