"""The text area that handles its editing keys in the order they were typed (see `in_order`).

Apart from `InOrderInput` so that the start screen, which has only one-line boxes, is drawn
without importing Textual's TextArea (a fifth of its imports).
"""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from reflect.ui.widgets.in_order import JOINERS, run_own_binding


class InOrderTextArea(TextArea):
    """Textual's TextArea with its editing keys handled in the order they were typed."""

    async def _on_key(self, event: events.Key) -> None:
        if event.character in JOINERS:  # (see JOINERS)
            event.stop()
            event.prevent_default()
            if not self.read_only:
                self.replace(event.character, *self.selection)
            return
        await run_own_binding(self, event)  # else TextArea's own `_on_key` runs next
