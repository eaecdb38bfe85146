"""A dialog read before anything else (the "could not save" dialog): no message (Textual's
toast) is ever drawn over its parts; one that finds no room clear of them waits until it
closes.

A trial: at 80x24 a message sat over the "could not save" dialog's buttons, in the one moment
the person most needed to read them (at 100x30, over the line saying why a copy failed).
Where a message goes over this dialog, the first place found, as high as it fits:

1. clear of the whole dialog (above it, or below it over the screen beneath);
2. over the dialog's empty lines, its border or its keys line, clear of its parts
   (`toast_titles`: its words, the box typed in, the line saying what went wrong, the
   buttons);
3. nowhere: the oldest messages wait until the newest fit, or all do. A message waiting is
   taken off the screen (`Notices.hold`) and said again, for its whole time, as the dialog
   closes or another screen opens over it. One reflect ends before anyone could read (the
   dialog answered with a way out that ends it, or the window closed while it showed) is
   said on the terminal once it has ended (`Notices.unread`, farewell.py).

Its messages are as wide as the window (app.tcss), not 60% of it: lines are what is short
here, and fewer of them fit clear of the dialog more often (one below it at 80x24; a line of
one at 60x20).

Why wait, rather than go over the dialog's words: the dialog is modal, so nothing another
message speaks of can be acted on before it is answered, and it is answered by reading it
whole (a message over its explanation hides what to do; over the path box, where the copy
goes). A message saying what the dialog itself says in full is taken back instead
(`said_in_dialog`): the autosave's "could not save", said as the folder failed. A message
about a key pressed in the dialog (a letter typed on a button, `said_here`) would be untrue
once it closes: where it waits, it goes with the dialog."""

from __future__ import annotations

from typing import TypeVar

from textual import events, on
from textual.notifications import Notification
from textual.widget import Widget

from reflect.ui.notices import Notices
from reflect.ui.screens.base import ReflectModal
from reflect.ui.toast_place import place_or_wait

ResultT = TypeVar("ResultT")


class MessagesWait(ReflectModal[ResultT]):
    """A dialog whose parts no message covers (`toast_titles`), kept wholly clear first
    (`toast_lists`); the messages with no room wait (see the module)."""

    _waiting: tuple[tuple[Notification, int | None], ...] = ()
    """The messages waiting, each with the width its toast was given (`Notices.hold`)."""

    def said_in_dialog(self, message: str) -> bool:
        """Whether `message` says what the dialog says in full (it is taken back)."""
        return False

    def place_toasts(self, rack: Widget) -> None:
        app = self.app
        if not isinstance(app, Notices):
            return
        for notification in list(app._notifications):
            if self.said_in_dialog(notification.message):
                app.withdraw(notification.message)
        for toast in place_or_wait(self, rack, self.toast_area(), self.toast_titles(),
                                   self.toast_lists()):
            notification = toast._notification
            waits = notification.message not in self._said_here  # (untrue once it closes)
            width = app.hold(notification, waits)
            if waits:
                self._waiting += ((notification, width),)

    @on(events.ScreenSuspend)
    @on(events.Unmount)
    def _waiting_said(self) -> None:
        """The messages that waited, said as the dialog goes, or another opens over it."""
        waiting, self._waiting = self._waiting, ()
        app = self.app
        if isinstance(app, Notices):
            for notification, width in waiting:
                app.say_again(notification, width)
