"""Editing keys handled in the order they were typed.

Textual runs a widget's key bindings (Backspace, Delete, the arrows, Home, End, Ctrl+W ...)
only once the key has bubbled up to the App, while printable keys go straight into the box.
Typed fast, or pasted, a correction then lands after the letters that followed it: "aunt on
0770", five Backspaces and " first" came out as "aunt on fi". The boxes that take typing call
`run_own_binding` from their key handler, so a bound key acts before the next key is read:
every box in reflect is an `InOrderInput` or an `InOrderTextArea` (`in_order_area`: kept
apart so the start screen's first frame does not import Textual's TextArea; a test checks).

The app hands keys on one at a time, each once the one before has been handled
(`reflect.ui.key_order`).
"""

from __future__ import annotations

import re

from textual import events
from textual.geometry import Size
from textual.reactive import Reactive
from textual.validation import ValidationResult
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets.input import Selection

from reflect.ui.focus_view import into_view

JOINERS = frozenset("\u200d\u200c")
"""The zero-width joiner and non-joiner: part of what is typed (👨‍👩‍👧 is three people joined
by two of them), yet not printable to Textual, which dropped them: a family typed key by key
was saved as three separate people (a trial). The boxes put them in themselves."""
TABS = re.compile(r" *\t[\t ]*")
"""A tab pasted, with the spaces beside it: one space in a one-line box, as the session keeps
it (`model.clean.Line`). The box showed the tab itself, a gap of up to eight columns
("Fictional       YOT team"), and the draft kept it, until the person was added (a trial)."""


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


class InOrderInput(Input):
    """Textual's Input with its editing keys handled in the order they were typed.

    No box in reflect has Textual validators (a field's rules are checked where it is used),
    so Textual's validation does nothing here: with none it only marked the box `-valid`,
    restyling it as it first lost the focus — a few milliseconds of every step change."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), repaint=True)
    """Textual's, without laying the screen out again when it changes. Textual's Input sets
    its virtual size to its text's width at every key typed, and Widget's reactive asked for a
    layout of the whole screen each time: a step's every widget placed again for each letter
    (150 keys typed into a point box: 152 layouts, now 6-8; `bench/point_typing.py`).
    A box's place never depends on it: how far the text scrolls is read from it directly, and
    a box sized by its text (`width: auto`) is laid out again by Input itself."""

    def validate(self, value: str) -> ValidationResult | None:
        return super().validate(value) if self.validators else None

    def _on_paste(self, event: events.Paste) -> None:
        """Several lines pasted come in whole, joined by spaces: Textual's Input kept only the
        first line, and a point pasted from someone's notes lost the rest unseen. A tab pasted
        is a space (`TABS`)."""
        lines = [line.strip() for line in event.text.splitlines() if line.strip()]
        if len(lines) < 2 and "\t" not in event.text:
            return  # one line: Textual's own paste
        event.stop()
        event.prevent_default()
        if len(lines) < 2:  # one line holding a tab: the line, its ends as pasted
            line = next((line for line in event.text.splitlines() if line.strip()), "")
            text = TABS.sub(" ", line)
        else:
            text = " ".join(" ".join(line.split()) for line in lines)
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)

    async def _on_key(self, event: events.Key) -> None:
        if event.character in JOINERS:
            event.stop()
            event.prevent_default()
            if self.selection.is_empty:
                self.insert_text_at_cursor(event.character)
            else:
                self.replace(event.character, *self.selection)
            return
        if event.is_printable:  # typed into unseen, the box comes into view
            into_view(self.screen, self)
        await run_own_binding(self, event)  # else Input's own `_on_key` runs next


    _typed_before_focus = False
    """A letter was put in by `take_letter` and the focus is on its way here."""

    def take_letter(self, character: str) -> None:
        """`character`, typed where the focus was (a list of choices above this box), goes in
        at the cursor, and the focus comes here with the cursor after it, nothing selected, so
        the next letter follows it. (Select-on-focus was held off until the next refresh,
        which on a busy machine came before the focus did: "45" typed on the meeting lengths
        became "5", the focus selecting the "4" for the "5" to replace: CI.)"""
        self.insert_text_at_cursor(character)
        if not self.has_focus:
            self._typed_before_focus = True
            self.focus()

    # --- the view of a box without the focus: its text from the start ---------------------------

    def _show_start(self) -> None:
        """The view back at the text's start, the cursor left where it is (deferred, as
        Textual's own scroll to the cursor is, so that it comes after one asked for before)."""
        self.scroll_to(x=0, animate=False, force=True)

    def _show_cursor(self) -> None:
        """The view where the cursor is, while the box is typed in, scrolled no further than
        it needs: Textual draws a cursor after the text's end in the first cell of the box's
        right padding, yet scrolled as though it could not be there, so a text as wide as the
        box lost its first letter with the focus (`orth Invented Team` in the team's box on
        *Who is here* at 80x24, a trial)."""
        cell = self._position_to_cell(self.cursor_position)
        width = self.scrollable_content_region.width
        # (the cursor's furthest column: past the text's end only into a padding cell; a
        # compact box has none)
        last = width if self.cursor_at_end and self.styles.padding.right else width - 1
        x = min(round(self.scroll_x), max(0, self._position_to_cell(len(self.value)) - width))
        if cell < x:
            x = cell
        elif cell > x + last:
            x = cell - last
        self.scroll_to(x=x, force=True, animate=False)

    def _watch_selection(self, selection: Selection) -> None:
        """Textual's view follows the cursor (`_show_cursor`, with the focus), in a box
        without the focus too (its value set, an edit's other boxes filled): there the view
        stays at the start (`_on_blur`). Textual's follows it only from a box's second value
        on: a long text pasted into a box still empty left its cursor, at the end, out of view
        (a trial); with the focus, the first value is followed too."""
        if self.is_attached and self.screen.focused is self:
            self.app.clear_selection()  # (as Textual's own, but for its scroll)
            self.app.cursor_position = self.cursor_screen_offset
            self._show_cursor()
            return
        super()._watch_selection(selection)
        # (Its screen's focus, not `has_focus`, which Textual sets only after the box's own
        # focus and blur handlers have run: a box selecting all on the focus showed its start.)
        if not self.is_attached or self.screen.focused is not self:
            self._show_start()

    def _on_blur(self, event: events.Blur) -> None:
        """A box that loses the focus shows the start of its text, as a browser's does: it
        kept showing the end, the cursor's place, and a box that was no longer being typed in
        read " it discharge letters…" ("Aud" hidden) and "give safe sleep advice" ("I"
        hidden): a fresh-eyes trial. The text and the cursor stay as they were."""
        self._show_start()

    def _on_focus(self, event: events.Focus) -> None:
        """Runs before Input's own `_on_focus`, which selects everything when `select_on_focus`
        holds: off for the focus `take_letter` asked for, and back once that focus is handled
        (the call waits behind it in this box's queue). The view goes back to the cursor,
        which the box kept while it showed its start (`_on_blur`); a box that selects all on
        the focus moves the cursor to the end, and the view with it (Textual's)."""
        self._show_cursor()
        if self._typed_before_focus:
            self._typed_before_focus = False
            if self.select_on_focus:
                self.select_on_focus = False
                self.call_later(setattr, self, "select_on_focus", True)
