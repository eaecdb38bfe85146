"""Labelled inputs whose Enter keeps its place among the keys typed around it. Forms that add
and edit items of a list use `item_form.ItemForm`, built from these."""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from textual import events
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets.input import Selection as Span

from reflect.ui.widgets.in_order import InOrderInput


class FormInput(InOrderInput):
    """An input whose Enter is handled in order with the keys typed around it.

    Textual's Input submits through a binding, which runs only once the Enter key has bubbled
    up to the App — after keys typed later have already gone into the box. So a point typed,
    Enter, and the next point typed at once (a fast typist, a paste) merged into one point.
    Here Enter calls `on_enter` (set by the form: attributes down) straight from the key
    handler, before the next key is read; without `on_enter` it submits as usual.
    """

    on_enter: Callable[[], None] | None = None
    moved_to: Widget | None = None
    """Where `on_enter` moved the focus on to (a form's next box), or None. Keys typed fast
    after Enter were already queued here, behind it: they are passed on there, in order,
    until this box has the focus again."""

    def joins_typing(self) -> bool:
        """Printable keys waiting one after another come in as one paste
        (`key_order.JOINS_TYPING`) while they stay here and nothing is selected (a Space on a
        name all selected keeps it: `OfferedName`)."""
        return self.moved_to in (None, self) and self.selection.is_empty

    def _on_focus(self, event: events.Focus) -> None:
        self.moved_to = None
        # What it holds offered its completion as it takes the focus, as letters typed are
        # (Input's own forgets it then): an owner kept from before Ctrl+Q, or typed and left,
        # came back with no name offered, and Tab went on with "Sam", not Sam Sample (a trial).
        if self.suggester is not None and self.value:
            self.run_worker(self.suggester._get_suggestion(self, self.value))

    def half_typed(self) -> bool:
        """Whether the box holds something still being typed, which one Esc would leave
        behind (the session's Esc asks for a second, `leaving`): any text, here (a point or an
        action not added yet; last time's progress note, kept as it is typed, but a trial
        pressed Esc there to leave the box). A box that says it logs what it holds, as it is
        typed, answers for itself (`MinutesBox`)."""
        return bool(self.value.strip())

    async def _on_key(self, event: events.Key) -> None:
        if self.moved_to is not None and self.moved_to is not self:
            event.stop()
            event.prevent_default()
            self.moved_to.post_message(events.Key(event.key, event.character))
            return
        if event.key == "enter" and self.on_enter is not None:
            event.stop()
            event.prevent_default()  # not Input's own key handling, nor its binding
            self.on_enter()
        # Any other key: InOrderInput's `_on_key` runs next (Textual calls each class's in turn).


class KeptAsTyped(FormInput):
    """A box whose words the session keeps as they are typed (its title, team and
    facilitator): one Esc leaves nothing behind in it, so the session's Esc asks for a second
    only once something was changed in it since it took the focus. With nothing typed, a
    first Esc said "What you typed stays in its box", and the keys a facilitator typed next,
    meant for the library, went into the team's name, which links last time's actions (a
    fresh-eyes trial)."""

    _at_focus: str | None = None
    """What the box held as it last took the focus."""

    def _on_focus(self, event: events.Focus) -> None:  # (FormInput's runs too: Textual's way)
        self._at_focus = self.value

    def half_typed(self) -> bool:
        return self._at_focus is not None and self.value != self._at_focus


class OfferedName(FormInput):
    """A name offered in a form (the new-session form's facilitator from last time, your name
    as remembered), all selected as Tab reaches it: a Space typed on it, so offered and all
    selected, goes after the name rather than replacing it (Tab, then Space meant for last
    time's participants, wiped the name; a trial)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "space" and self.value and \
                self.selection == Span(0, len(self.value)):
            self.selection = Span.cursor(len(self.value))


def field(label: str, value: str = "", kind: type[FormInput] = FormInput,
          **kwargs: object) -> FormInput:
    """An input whose label stays visible (in its border) after you type. Focusing it never
    selects what is there, so typing adds to it rather than replacing it."""
    box = kind(value, select_on_focus=False, **kwargs)  # type: ignore[arg-type]
    box.border_title = label
    return box


def is_current(event: Input.Changed) -> bool:
    """False for a Changed message the box has moved on from (its value has changed again
    since, say because Enter added the item): a later message carries the box's value."""
    return event.value == event.input.value


def open_for_editing(box: Input, to_be_focused: bool) -> None:
    """The cursor placed in an item's box opened for editing: at its end, so typing adds to
    it (once the box had been typed in, setting its value left the cursor where it was: at
    the start after an add emptied it), but for the box given the focus, where what it holds
    is wider than the box: at its start, so the box shows the start of its words. At the end
    of an action wider than the box at 60 columns, the box showed `uild a chronology…`, its
    first letter scrolled off (a trial); End goes to its end. (A box without the focus shows
    its start whatever its cursor: `InOrderInput._on_blur`.)"""
    width = box.scrollable_content_region.width  # (the cursor after the text: in a padding cell)
    room = width if box.styles.padding.right else width - 1  # (as `InOrderInput._show_cursor`)
    wide = to_be_focused and width > 0 and cell_len(box.value) > room
    box.cursor_position = 0 if wide else len(box.value)
