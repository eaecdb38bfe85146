"""A dialog that scrolls, and takes the focus so that the keys scroll it (the import dialog:
the only way to scroll its preview from the keyboard). With the focus its border says so in
colour (app.tcss) and in words, its title the keys that scroll it; a letter typed on it is said
not typed. Tab after Cancel landed on it, with nothing showing where the focus was, and
letters typed there vanished (a trial)."""

from __future__ import annotations

from textual import events

from reflect.ui.not_typed import say_not_typed
from reflect.ui.widgets.fitting_scroll import FittingScroll

SCROLL_KEYS = "↑ ↓ PgUp PgDn scroll"
"""Its border's title while it has the focus."""


class ScrollDialog(FittingScroll):
    """A dialog's scrolling body, focusable (see the module)."""

    _said = False
    """A letter was said not typed on this visit."""

    def _on_focus(self, event: events.Focus) -> None:
        self._said = False
        self.border_title = SCROLL_KEYS

    def _on_blur(self, event: events.Blur) -> None:
        self.border_title = None

    def on_key(self, event: events.Key) -> None:
        if self.app.focused is not self or not event.is_printable \
                or event.character in (None, " ") or self._said:
            return
        self._said = True
        say_not_typed(self, event.character or "",
                      f"the dialog itself has the focus ({SCROLL_KEYS} it)")
