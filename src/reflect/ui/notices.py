"""The app's messages (Textual's toasts): never markup, a plain reminder for Ctrl+C, and
the passing ones cleared when a dialog opens."""

from __future__ import annotations

from textual.app import App

from reflect.text import printable


class Notices(App[None]):
    def notify(self, message: str, *, title: str = "", severity: str = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications never parse markup: their text often quotes a title, a file name or an
        answer. `markup` is ignored: a screen's or widget's `notify` (Textual's) passes True
        unless told otherwise, and a title with `[/b]` in it, quoted in "Renamed to …", ended
        the app (a fresh-eyes trial)."""
        super().notify(printable(message), title=printable(title), severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=False)

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing selected to copy (Textual's reminder quoted its own markup:
        "Press [b]ctrl+q[/b] to quit the app")."""
        self.notify("Ctrl+C copies selected text. To quit, press Ctrl+Q: everything typed is "
                    "saved first.", title="Do you want to quit?")

    def withdraw(self, message: str) -> None:
        """Take away the message saying `message` (one that is no longer true)."""
        for notification in list(self._notifications):
            if notification.message == printable(message):
                self._unnotify(notification, refresh=False)
        self._refresh_notifications()

    def clear_notices(self) -> None:
        """Take away the messages that only told something was done ("Notes written…"), so
        that a dialog opening under them is readable; warnings and errors stay."""
        for notification in list(self._notifications):
            if notification.severity == "information":
                self._unnotify(notification, refresh=False)
        self._refresh_notifications()
