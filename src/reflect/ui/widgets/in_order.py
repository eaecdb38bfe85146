"""Editing keys handled in the order they were typed.

Textual runs a widget's key bindings (Backspace, Delete, the arrows, Home, End, Ctrl+W ...)
only once the key has bubbled up to the App, while printable keys go straight into the box.
Typed fast, or pasted, a correction then lands after the letters that followed it: "aunt on
0770", five Backspaces and " first" came out as "aunt on fi". The boxes that take typing call
`run_own_binding` from their key handler, so a bound key acts before the next key is read:
every box in reflect is an `InOrderInput` or an `InOrderTextArea` (a test checks).

Priority bindings (Ctrl+S, Ctrl+Q, PgDn, the F-keys) are run by the App as the key is read,
while the letters typed before them may still be waiting in the focused box's queue: a title
typed and Ctrl+S in one burst started the session with the default title. `catch_up` lets
the focused widget take the keys already given to it before such a binding runs.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import events
from textual.app import App
from textual.widget import Widget
from textual.widgets import Input, TextArea


async def run_own_binding(widget: Widget, event: events.Key) -> bool:
    """Run `widget`'s own binding for this key now and stop the key; False if none applied.

    Priority bindings (the screen's PgDn, Ctrl+S, F-keys ...) never reach here: Textual runs
    them before the key is given to the focused widget."""
    for binding in widget._bindings.key_to_bindings.get(event.key, ()):
        # An action that does not apply here (an Input's inherited scroll_down) is skipped,
        # and the key goes on up to the screen's bindings as before.
        if not binding.priority and await widget.app.run_action(binding.action, widget):
            event.stop()
            event.prevent_default()  # not the widget's own key handling, nor the binding again
            return True
    return False


CATCH_UP_LIMIT = 0.5
"""Seconds a priority binding waits at most for the focused widget (one busy with something
else must not hold the keyboard)."""


def has_priority_binding(app: App[Any], key: str) -> bool:
    """True if `key` is bound with priority on the current screen, its widgets or the app."""
    return any(binding.priority
               for _, bindings in app.screen._binding_chain
               for binding in bindings.key_to_bindings.get(key, ()))


async def catch_up(app: App[Any]) -> None:
    """Return once the focused widget has handled every message already queued for it."""
    focused = app.focused
    if focused is None:
        return
    done = asyncio.Event()
    if focused.call_later(done.set):  # queued behind the keys it has not read yet
        try:
            await asyncio.wait_for(done.wait(), CATCH_UP_LIMIT)
        except TimeoutError:
            pass


class InOrderInput(Input):
    """Textual's Input with its editing keys handled in the order they were typed."""

    async def _on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)  # else Input's own `_on_key` runs next


class InOrderTextArea(TextArea):
    """Textual's TextArea with its editing keys handled in the order they were typed."""

    async def _on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)  # else TextArea's own `_on_key` runs next
