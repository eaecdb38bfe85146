"""The text area that handles its editing keys in the order they were typed (see `in_order`).

Apart from `InOrderInput` so that the start screen, which has only one-line boxes, is drawn
without importing Textual's TextArea (a fifth of its imports).
"""

from __future__ import annotations

from textual import events
from textual.geometry import Offset, Size
from textual.widgets import TextArea

from reflect.line_ends import pasted_line_ends
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

    async def _on_paste(self, event: events.Paste) -> None:
        """A paste's line ends are one line end each (`pasted_line_ends`): CR LF, and the CR CR
        xterm and tmux send for it, were two, and every pasted line had a blank line after it
        (a new user's trial). (A terminal's pastes are cleaned as they are read, by
        ui/driver.py; this is for those that come another way.) TextArea's own paste then
        inserts the text."""
        if "\r" in event.text:
            event.text = pasted_line_ends(event.text)

    def take_letter(self, character: str, new_line: bool) -> None:
        """`character`, typed on a list of ticks above this box (`TickList.letters_to`), goes
        in at the end of its text, on a new line where `new_line` and the last line holds
        something, and the focus comes here, the cursor after it, so the next letter follows
        it."""
        end = self.document.end
        last = self.document.get_line(end[0])
        text = ("\n" if new_line and last.strip() else "") + character
        self.insert(text, end)
        self.move_cursor(self.document.end)
        if self.screen.focused is not self:
            self.focus()

    # --- the view of a box without the focus: its text from the start ---------------------------

    def scroll_cursor_visible(self, center: bool = False, animate: bool = False) -> Offset:
        """Textual keeps the cursor in view, in a box without the focus too (as it is laid out,
        or grows): there the view stays at the text's start, as in a one-line box
        (`InOrderInput`). A box holding more than its height showed its last lines, where its
        cursor was, and a long What? above the box being typed in read from its middle."""
        # (Its screen's focus, not `has_focus`, which Textual sets only after the box's own
        # focus handler has run.)
        if self.is_attached and self.screen.focused is not self:
            self.scroll_to(y=0, animate=False, force=True)
            return Offset(0, 0)
        return super().scroll_cursor_visible(center, animate)

    def _on_blur(self, event: events.Blur) -> None:
        """A box that loses the focus shows the start of its text; the cursor stays where it
        was, and the view goes back to it with the focus (`_on_focus`)."""
        self.scroll_to(y=0, animate=False, force=True)

    def _on_focus(self, event: events.Focus) -> None:
        self.scroll_cursor_visible()

    # --- wrapped to the width it has --------------------------------------------------------

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        """A box given a new size wraps its text to it, told of it or not: Textual sends the
        Resize that rewraps only where its map held the old size, and a map built between a
        change of layout and the next (after a scroll, as a widget's place is asked for) held
        the new one. At 60x20 the So what? box, Ctrl+G's step list opened beside it, kept
        the lines of its full width, each cut at its edge ("informally and we do not rec")."""
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if resized and self.soft_wrap:
            self.call_later(self._wrap_to_width)
        return resized

    def _wrap_to_width(self) -> None:
        if self.soft_wrap and self.wrapped_document._width != self.wrap_width:
            self._rewrap_and_refresh_virtual_size()

    def _rewrap_and_refresh_virtual_size(self) -> None:
        """Wrapped to a new width, the box shows its cursor again: Textual wraps the text anew
        but keeps the rows it had scrolled to, and a long answer being typed, the terminal
        narrowed (or the step list opened beside it), showed rows far above the cursor."""
        width = self.wrapped_document._width
        super()._rewrap_and_refresh_virtual_size()
        if width != self.wrapped_document._width:
            self.call_after_refresh(self.scroll_cursor_visible)
