"""The answer and notes editor: a TextArea with a length limit that is safe to draw.

It never sends control characters to the terminal: the document keeps exactly what was typed
or loaded (so the file keeps it too); only what is drawn is cleaned. The removed characters are
zero-width, so cursor positions still line up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.document._document import EditResult
from textual.document._edit import Edit
from textual.message import Message
from textual.strip import Strip

from reflect.model.changes import TextKey
from reflect.text import has_controls, without_controls
from reflect.ui.widgets.in_order import TABS
from reflect.ui.widgets.in_order_area import InOrderTextArea

MAX_CHARS = 100_000
"""The most one answer or note can hold: ample for a meeting, and still quick to edit."""

UNDONE = ("Ctrl+Z took back what you last typed in this box. Ctrl+Y puts it back, before you "
          "type anything else. (Ctrl+Q quits, saving all.)")
"""Said as Ctrl+Z undoes typing in a box. A police sergeant on call pressed Ctrl+Z to put
reflect aside, as in a shell: the box's own undo took the last words away unsaid, the file
lost them at the next save, and typing on would have lost them for good (a trial)."""


class AnswerEditor(InOrderTextArea):
    """A box for one of the session's free texts; `key` says which (None: not the session's)."""

    key: TextKey | None = None
    past_edge: Callable[[int], None] | None = None
    """Called with -1 for ↑ on the box's first line, +1 for ↓ on its last, where the cursor
    cannot go on (None: nothing happens, as in any TextArea): a section's notes box scrolls
    the section's text above it, so the arrows read the text as the README says."""

    def action_cursor_up(self, select: bool = False) -> None:
        if not select and self.past_edge is not None \
                and self.navigator.is_first_wrapped_line(self.cursor_location):
            self.past_edge(-1)
            return
        super().action_cursor_up(select)

    def action_cursor_down(self, select: bool = False) -> None:
        if not select and self.past_edge is not None \
                and self.navigator.is_last_wrapped_line(self.cursor_location):
            self.past_edge(1)
            return
        super().action_cursor_down(select)

    def action_undo(self) -> None:
        """Textual's undo, said when it changed the text, with how to have it back."""
        before = self.text
        super().action_undo()
        if self.text != before:
            self.notify(UNDONE, timeout=10)

    async def _on_paste(self, event: events.Paste) -> None:
        """A tab pasted, with the spaces beside it, is a space, as in a one-line box (`TABS`),
        and as the session holds it (`model.clean.Lines`): the box showed a gap, and the
        notes printed the tab raw (the PDF none: "🎉Tabbed", a trial). TextArea's own paste
        then inserts the text. (Not in the new-session form's list of people, where a tab
        parts a name from a role, as pasted from a spreadsheet.)"""
        if "\t" in event.text:
            event.text = TABS.sub(" ", event.text)

    @dataclass
    class LimitReached(Message):
        """Text was cut (or not added) because it would pass MAX_CHARS."""

        editor: AnswerEditor
        dropped: int

    def edit(self, edit: Edit) -> EditResult:
        if edit.text:
            start, end = sorted((edit.from_location, edit.to_location))
            room = MAX_CHARS - (len(self.text) - len(self.get_text_range(start, end)))
            if len(edit.text) > room:
                dropped = len(edit.text) - max(room, 0)
                edit.text = edit.text[: max(room, 0)]
                self.post_message(self.LimitReached(self, dropped))
        return super().edit(edit)
    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if not any(has_controls(seg.text) for seg in strip):
            return strip
        cleaned = [Segment(without_controls(seg.text), seg.style, seg.control)
                   if has_controls(seg.text) else seg for seg in strip]
        return Strip(cleaned, strip.cell_length)
