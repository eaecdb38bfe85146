"""The app's messages (Textual's toasts): never markup, a plain reminder for Ctrl+C and for
Ctrl+V with nothing copied in reflect, the passing ones cleared when a dialog opens, and a
file's path said whole (`notify_path`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App
from textual.css.scalar import Scalar
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.widgets._toast import Toast

from reflect.text import printable
from reflect.ui.widgets.whole_path import longest_part, path_lines

TOAST_SHARE = 0.6
"""How much of the screen's width a message may take (app.tcss: `Toast { max-width: 60% }`)."""
WIDEN_TRIES = 40
"""How many times (every 50 ms) a wide message's toast is looked for after it is said."""
TOAST_FRAME = 3
"""The columns of a message's toast that are not its text: its coloured edge and a space
either side (app.tcss)."""


def quit_reminder() -> tuple[str, str]:
    """The title and words of the reminder Ctrl+C gives with nothing selected to copy: two
    lines under the title, a sentence a line, at 60 columns as at 80. "To quit, press
    Ctrl+Q: everything typed is saved first" took three at 60 columns, four with the title,
    and at 60x20 the one place clear of the box typed in on *What I will do differently* was
    over its question (a trial)."""
    return ("Do you want to quit?",
            "Ctrl+C copies selected text.\nCtrl+Q quits, saving all first.")


def paste_reminder() -> tuple[str, str]:
    """The title and words Ctrl+V gives in a box with nothing copied in reflect: Ctrl+V pastes
    only what was copied inside the app (Textual's own clipboard), and a health visitor who
    copied a paragraph from a PDF and pressed Ctrl+V, as she would anywhere else, saw nothing
    happen and nothing said (a fresh-eyes trial). Most terminals paste with Ctrl+Shift+V, a
    Mac's with Cmd+V, and a right-click offers Paste; a paste that way arrives whole."""
    return ("Nothing copied in reflect to paste",
            "To paste from another program, use\nthe terminal's paste: Ctrl+Shift+V\n"
            "(Cmd+V on a Mac), or a right-click.")


def about_keys(notification: Notification) -> bool:
    """Whether a message speaks of keys alone, of nothing on the screen (the Ctrl+C reminder,
    `quit_reminder`): kept clear of every box typed in, not only the one with the focus, and
    over the time, status and keys lines where the step has no other room
    (`toast_place.place_rack`). At 60x20 the reminder covered the right end of the box for the
    time to log for CPD, under the answer typed in, for its few seconds (a trial)."""
    return (notification.title, notification.message) in (quit_reminder(), paste_reminder())


class Notices(App[None]):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wide_toasts: dict[str, int] = {}
        """The messages saying a path whose file's name is wider than a message may be, each
        with the width its toast is given (`notify_path`), once the app holds them."""
        self._wide_to_come: dict[str, int] = {}
        """As `_wide_toasts`, for the messages said and not yet held: Textual holds a message
        only once it handles the `Notify` posted for it, and a layout between the two forgot
        it as gone (`widen_toasts`); its toast stayed narrow, the file's name cut, as
        `…-sharing-78d7fba3-2026` / `1204-091525.md` (a test under load, two runs in five)."""
        self._waited: dict[str, tuple[Notification, bool]] = {}
        """The messages that waited while a dialog was read (`hold`), by their words, each
        with whether it is said again yet (then the notification saying it): one not said
        again, or said again and still showing, is unread (`unread`)."""
        self._late: list[Notification] = []
        """The warnings and errors said once the app had begun to end (`said_late`)."""

    def notify(self, message: str, *, title: str = "", severity: str = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications never parse markup: their text often quotes a title, a file name or an
        answer. `markup` is ignored: a screen's or widget's `notify` (Textual's) passes True
        unless told otherwise, and a title with `[/b]` in it, quoted in "Renamed to …", ended
        the app (a fresh-eyes trial). Said once the app has begun to end, a warning or error
        is also kept for the terminal (`said_late`). (Thread-safe, as Textual's.)"""
        if severity != "information" and (self._exit or self._closing or self._closed):
            self._late.append(Notification(printable(message), printable(title),
                                           severity))  # type: ignore[arg-type]
        super().notify(printable(message), title=printable(title), severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=False)

    def _on_notify(self, event: Notify) -> None:
        """A message said again while it shows replaces it (its time starts again), rather
        than stack a copy on it: two Ctrl+C reminders stacked over the box being typed in (a
        trial). (Textual's own `_on_notify` runs after this one and shows the new one.)"""
        said = event.notification
        if said.message in self._waited:  # said again (`say_again`): read once it goes
            self._waited[said.message] = (said, True)
        if (width := self._wide_to_come.pop(said.message, None)) is not None:
            self._wide_toasts[said.message] = width  # held from now (Textual's handler)
        for notification in list(self._notifications):
            if (notification.message, notification.title, notification.severity) == (
                    said.message, said.title, said.severity):
                self._unnotify(notification, refresh=False)

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing selected to copy (Textual's reminder quoted its own markup:
        "Press [b]ctrl+q[/b] to quit the app")."""
        title, message = quit_reminder()
        self.notify(message, title=title)

    def action_paste_here(self) -> None:
        """Ctrl+V (a priority key: a box's own Ctrl+V pasted an empty clipboard unsaid): in a
        box that pastes, what was copied in reflect, as Textual's Ctrl+V does; with nothing
        copied here, how to paste from elsewhere (`paste_reminder`). Elsewhere (a list, a
        button) nothing, as before."""
        box = self.focused
        paste = getattr(box, "action_paste", None)
        if paste is None or getattr(box, "read_only", False):
            return
        if self.clipboard:
            paste()
            return
        title, message = paste_reminder()
        self.notify(message, title=title)

    def withdraw(self, message: str) -> None:
        """Take away the message saying `message` (one that is no longer true)."""
        for notification in list(self._notifications):
            if notification.message == printable(message):
                self._unnotify(notification, refresh=False)
        self._refresh_notifications()

    def hold(self, notification: Notification, waits: bool = True) -> int | None:
        """Take `notification` off every screen, to be said again (`say_again`): a message
        waiting while a dialog is read (`screens/messages_wait.py`); `waits` False, one
        that is not to be said again (untrue once the dialog closes). Returns the width its
        toast was given (`notify_path`), to be given again."""
        width = self._wide_toasts.get(notification.message)
        self._unnotify(notification)
        if waits:
            self._waited[notification.message] = (notification, False)
        return width

    def unread(self) -> list[Notification]:
        """The messages that waited (`hold`) and were not read: waiting still, or said again
        (`say_again`) and still showing, for their whole time cut short as the app ends (the
        dialog was answered with a way out that ends reflect). The terminal is told them
        once the app has ended (`Farewell`)."""
        for message, (notification, again) in list(self._waited.items()):
            if again and (notification not in self._notifications
                          or notification.has_expired):
                del self._waited[message]  # shown for its whole time, or closed: read
        return [notification for notification, _ in self._waited.values()]

    def still_showing(self) -> list[Notification]:
        """The warnings and errors on screen now, not yet gone by themselves: taken as the app
        ends (`Farewell.exit`), to be told on the terminal once it has ended. A warning said a
        moment before Ctrl+Q went with the app, unread (a trial). Messages that only told
        something was done ("Saved") are not told again, nor one that waited behind a
        dialog (told, if unread, by `unread`)."""
        return [notification for notification in self._notifications
                if notification.severity != "information" and not notification.has_expired
                and notification.message not in self._waited]

    def said_late(self) -> list[Notification]:
        """The warnings and errors said once the app had begun to end (Ctrl+Q, a closed
        window, an unexpected error), each once: a worker finishing as it closed (a setting
        not written, an export or an autosave that failed), the settings written as it ends
        (`ReflectApp.on_unmount`). Shown for a moment, or never (the app no longer took
        messages), they went unread. Not those that waited behind a dialog (`unread`)."""
        said: dict[tuple[str, str], Notification] = {}
        for notification in list(self._late):
            if notification.message not in self._waited:
                said.setdefault((notification.title, notification.message), notification)
        return list(said.values())

    def say_again(self, notification: Notification, width: int | None = None) -> None:
        """Say a message held (`hold`) again, for its whole time, as wide as it was."""
        if width is not None:
            self._wide_to_come[notification.message] = width
        self.notify(notification.message, title=notification.title,
                    severity=notification.severity, timeout=notification.timeout)
        if width is not None:
            self.call_after_refresh(self._widen_soon, WIDEN_TRIES)

    def clear_notices(self) -> None:
        """Take away the messages that only told something was done ("Notes written…"), so
        that a dialog opening under them is readable; warnings and errors stay."""
        for notification in list(self._notifications):
            if notification.severity == "information":
                self._unnotify(notification, refresh=False)
        self._refresh_notifications()

    def notify_path(self, lead: str, path: Path | str, *, after: str = "",
                    severity: str = "information", timeout: float | None = None) -> str:
        """Say `lead`, then `path` whole (`whole_path.path_lines`): on the lead's line where
        both fit, else on lines of its own, broken only after a "/". Its toast is as wide as
        the widest part of the path needs, where that is wider than a message may be (up to
        the screen's width): at 80x24 a themed session's redacted notes, the file's name 57
        letters, were said as "…-information-sharing-e7bc6532-r" / "edacted.docx" (a trial).
        `after`: said on the lines after the path (why it could not be written). Returns the
        message said (to `withdraw` it)."""
        screen_width = self.size.width
        usual = max(int(screen_width * TOAST_SHARE) - TOAST_FRAME, 1)
        room = max(min(max(usual, longest_part(str(path))), screen_width - TOAST_FRAME), 1)
        message = "\n".join(path_lines(lead, str(path), room) + ([after] if after else []))
        if room > usual:
            self._wide_to_come[printable(message)] = room + TOAST_FRAME
        self.notify(message, severity=severity, timeout=timeout)
        if room > usual:  # its toast may come after the next layout: looked for till it does
            self.call_after_refresh(self._widen_soon, WIDEN_TRIES)
        return printable(message)

    def widen_toasts(self, screen: Screen[Any]) -> bool:
        """Each message on `screen` saying a path wider than a message may be given the width
        it needs (`notify_path`), called as the screen is laid out (`base.StyledOnce`): a
        message's toast is made a moment after it is said, and is laid out again at once.
        True when every such message still said has its toast on `screen`; False while one
        said is not yet held (`_wide_to_come`: neither forgotten nor looked for yet)."""
        if not self._wide_toasts:
            return not self._wide_to_come
        said = {notification.message for notification in self._notifications}
        for message in [m for m in self._wide_toasts if m not in said]:
            del self._wide_toasts[message]  # gone: forgotten
        found = set()
        for toast in screen.query(Toast):
            text = toast.render().plain
            width = self._wide_toasts.get(text)
            if width is not None:
                found.add(text)
                if toast.styles.max_width != Scalar.from_number(width):
                    toast.styles.max_width = width
        return found == set(self._wide_toasts) and not self._wide_to_come

    def _widen_soon(self, tries: int) -> None:
        """`widen_toasts` on the screen on view until every wide message's toast is there
        (the screen's layout may have come before it was: it stayed narrow, a test run in
        three under load). Nothing once the app has no screen: its last timer may come as the
        app closes (a full run's test ended with `ScreenStackError`)."""
        if not self.screen_stack:
            return
        if not self.widen_toasts(self.screen) and tries > 1:
            self.set_timer(0.05, lambda: self._widen_soon(tries - 1))
