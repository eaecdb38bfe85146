"""Radio buttons, checkboxes and tick lists whose state shows without colour (● / ○ and X /
blank) and whose labels wrap at words under themselves, and a set of radio buttons whose arrow
keys stop at its ends."""

from __future__ import annotations

from typing import Any, Literal, Protocol, runtime_checkable

from rich.segment import Segment
from rich.style import Style
from textual import _widget_navigation, events
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.content import Content, ContentText
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import Checkbox, OptionList, RadioButton, RadioSet, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection, SelectionType

from reflect.ui.not_typed import say_not_typed
from reflect.ui.widgets.in_order import InOrderInput


class WrappedToggle(ToggleButton):
    """A toggle whose label wraps at words, continued under its first word, when its width is
    held under the label's (Textual's is one line: at 60 columns the export dialog showed
    "Include the items typed but not added, marked (typ")."""

    _wrapped: tuple[Content, int, list[Content]] | None = None
    """The label last wrapped, the width it was wrapped in and its lines: Textual asks for the
    height and then draws, at each layout, with the same label and width (the export
    dialog's two dozen toggles wrapped theirs some 3,700 times while a test exported three
    times, a thirteenth of its CPU). Found before the button is made: made to measure its
    width (its styles looked up, a Content built), it cost as much again as a label wrapped
    (6 s of a 390 s profile at stop 60), and its width never changes."""

    def _label_lines(self, width: int) -> list[Content]:
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] is self._label and wrapped[1] == width:
            return wrapped[2]
        room = max(width - self._button.cell_length - 2, 1)  # a space either side of it
        lines = self._label.wrap(room) if self._label else [self._label]
        self._wrapped = (self._label, width, lines)
        return lines

    def render(self) -> Content:
        button = self._button
        style = self.get_visual_style("toggle--label")
        indent = " " * button.cell_length
        rows = [Content.assemble(button if n == 0 else indent,
                                 line.rstrip().pad(1, 1).stylize_before(style))
                for n, line in enumerate(self._label_lines(self.content_size.width))]
        return Content("\n").join(rows)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._label_lines(width))


class TickBox(Checkbox, WrappedToggle):
    """A checkbox showing X when ticked and nothing when not (Textual draws X for both).
    ↓ and ↑ move on and back as Tab and Shift+Tab do: in the CPD dialog's six standards, ↓
    scrolled the dialog and left the focus where it was, so Space ↓ ↓ Space ticked the wrong
    one (a trial)."""

    BINDINGS = [Binding("down", "app.focus_next", "Next", show=False),
                Binding("up", "app.focus_previous", "Previous", show=False)]

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


SPACE_AFTER_LETTERS = ("Space did not tick: it came straight after typed letters. "
                       "Press Space again to tick.")
"""Said of the Space a list of ticks takes as typing (`TickList`)."""


@runtime_checkable
class TakesLines(Protocol):
    """A box that takes the letters typed on a list of ticks above it, on a line of their own
    (`InOrderTextArea.take_letter`)."""

    def take_letter(self, character: str, new_line: bool) -> None: ...


class TickList(SelectionList[SelectionType]):
    """Textual's SelectionList, its box blank when not ticked (Textual draws X for both, told
    apart only by colour: on a projector or without colour, everyone looked ticked). Every
    list of ticks is one of these: the themed session's items, drawn by Textual's, read
    "▐X▌ ✗ left out" once unticked (a trial).

    Letters typed on it are said not typed, once a visit, naming the list (`said_as`), and a
    Space among them is typing, not a tick: a facilitator's name typed on last time's
    participants ticked the first of them as here, through the space in the name, and the
    letters went nowhere, unsaid (a trial). Only the Space straight after letters is not a
    tick, and it says so (`SPACE_AFTER_LETTERS`); the next Space ticks.

    Given `letters_to` (last time's participants: the participants box under it), letters
    typed here go there instead, on a line of their own, the Space among them too, and the
    focus with them: a team lead who tabbed past the facilitator onto the list and typed a
    newcomer's line lost all of it, told only to Tab to the box she meant (a trial)."""

    def __init__(self, *selections: Selection[SelectionType]
                 | tuple[ContentText, SelectionType]
                 | tuple[ContentText, SelectionType, bool],
                 said_as: str = "this is a list of ticks (Space ticks the highlighted one)",
                 letters_to: str | None = None, **kwargs: Any) -> None:
        super().__init__(*selections, **kwargs)
        self.said_as = said_as
        """What has the focus, as a message says it ("the list … has the focus (…)")."""
        self.letters_to = letters_to
        """The box (a selector on the screen, `TakesLines`) letters typed here go into, or
        None: they are said not typed."""

    _letters_said = False
    """A letter typed here, this visit, has been said not to be kept."""
    _typing = False
    """Letters are being typed here: no other key since the last of them."""

    def _on_focus(self, event: events.Focus) -> None:
        self._letters_said = self._typing = False

    async def _on_key(self, event: events.Key) -> None:
        if self.letters_to is not None and (event.key == "space" and self._typing or (
                event.is_printable and event.character not in (None, " ")
                and event.key not in self.screen.active_bindings)):
            box = self.screen.query_one(self.letters_to)
            assert isinstance(box, TakesLines)
            event.stop()
            event.prevent_default()
            # (Keys typed before the focus reaches the box still come here: only the first
            # starts a line.)
            box.take_letter(event.character or " ", new_line=not self._typing)
            self._typing = True
            return
        if event.key == "space" and self._typing:
            # Only the Space straight after letters, and said: one kept from ticking until
            # another key, unsaid, left a facilitator's Space 4 s later ticking nobody, and
            # the person was recorded not yet here (a trial).
            self._typing = False
            event.stop()
            event.prevent_default()
            self.notify(SPACE_AFTER_LETTERS, severity="warning", timeout=6, markup=False)
            return
        if not event.is_printable or event.character in (None, " ") \
                or event.key in self.screen.active_bindings:
            self._typing = False
            return
        self._typing = True
        event.stop()
        event.prevent_default()
        if not self._letters_said:
            self._letters_said = True
            say_not_typed(self, event.character or "", self.said_as)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As tall as its ticks' words, wrapped beside the buttons (Textual measured them
        as wide as the list, buttons and all: a line short where that made one less)."""
        return super().get_content_height(container, viewport,
                                          width - self._get_left_gutter_width())

    def render_line(self, y: int) -> Strip:
        """A tick's button on the first line of its words, blank when not ticked, and the
        lines its words wrap onto (`text-wrap: wrap`, last time's participants) under its
        words. Textual's SelectionList took each line for a tick of its own, so its words
        were cut to one line: `(Family support wor…` at 60x20 (a trial)."""
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, OptionDoesNotExist):
            return super().render_line(y)
        line = OptionList.render_line(self, y)
        ticked = selection.value in self.selected
        under = next(iter(line)).style or self.rich_style
        meta = Style(meta={"option": index})  # (a click on it ticks it)
        if offset:
            return Strip([Segment(" " * self._get_left_gutter_width(), under + meta), *line])
        part = "selection-list--button" + ("-selected" if ticked else "") \
            + ("-highlighted" if self.highlighted == index else "")
        button = self.get_component_rich_style(part)
        side = Style.from_color(button.bgcolor, under.bgcolor) + meta
        return Strip([Segment(ToggleButton.BUTTON_LEFT, side),
                      Segment(ToggleButton.BUTTON_INNER if ticked else " ", button + meta),
                      Segment(ToggleButton.BUTTON_RIGHT, side), Segment(" ", under), *line])


class ChoiceButton(RadioButton, WrappedToggle):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button


class ChoiceSet(RadioSet):
    """A RadioSet whose arrows stop at its ends and follow its layout. Textual's wrap round:
    ↑ from the top of the export dialog's formats jumped to the last of nineteen, out of
    sight; at the first choice ↑ here brings the top of the dialog (what is said above) into
    view. Laid out in a grid (the export formats, a kind of record to a row), ↑↓ move a row
    and ←→ a choice; in a column, or where the grid is a list laid out in rows
    (`by_row=False`: the meeting lengths, three to a row, where ↓ from "No time plan" jumped to
    "30 minutes" and two more reached "Your own", a fresh-eyes trial), both move a choice,
    in reading order. An arrow chooses the choice it moves to, as radio
    buttons do in a web form or a desktop dialog: with Textual's, ↓ to "Individual
    reflection" lit it up, and Tab, a title and Ctrl+S then started a team session. Not where
    passing over a choice would take it (`arrows_choose=False`: the new-session form's
    meeting lengths, where ↓↓ took "30 minutes" on the way to "Your own", a trial): there the
    arrows move and Enter or Space chooses, and the set's owner says which is taken. (The
    time plan's lengths choose as they move: there ↓ only highlighting one was missed.)

    In a form (`enter_moves_on`: the new-session form's mode and meeting length), Enter
    chooses and moves on to the next box, as Tab would, as Enter in the form's boxes does;
    Space chooses and stays. Enter chose and stayed on "30 minutes", but on "Your own" went
    on to its minutes box: a Tab after it, meant for that box, landed on *Start session*,
    and the "20" typed there was refused (a school's trial)."""

    BINDINGS = [
        Binding("down", "arrow(1, True)", show=False),
        Binding("right", "arrow(1, False)", show=False),
        Binding("up", "arrow(-1, True)", show=False),
        Binding("left", "arrow(-1, False)", show=False),
        Binding("space", "toggle_button", show=False),
        Binding("enter", "enter", show=False),
    ]

    def _on_mount(self, event: events.Mount) -> None:
        # RadioSet's own mount (run after this one) highlights the first choice: the keys
        # then started from there, not from the choice shown as chosen (the export dialog
        # reopening on CSV, Down then Space chose plain text, the format after Markdown).
        self.call_later(self._highlight_chosen)

    _letters_said = False
    """A letter typed here, this visit, has been said not to be kept."""

    def __init__(self, *buttons: RadioButton, letters_to: str | None = None,
                 arrows_choose: bool = True, by_row: bool = True, enter_moves_on: bool = False,
                 **kwargs: object) -> None:
        super().__init__(*buttons, **kwargs)  # type: ignore[arg-type]
        self.enter_moves_on = enter_moves_on
        """Whether Enter chooses and moves on to the next box (else chooses and stays)."""
        self.by_row = by_row
        """Whether ↑↓ move a row of a grid (else a choice, as ←→ do)."""
        self.letters_to = letters_to
        """The box (a selector on the screen) a letter typed here goes into, or None."""
        self.arrows_choose = arrows_choose
        """Whether an arrow chooses the choice it moves to (else Enter or Space does)."""

    def _on_focus(self, event: events.Focus) -> None:
        self._letters_said = False  # each visit says it once

    def on_key(self, event: events.Key) -> None:
        """A letter typed here goes into `letters_to`; without one, it was lost in silence
        ("Reading & reflection" typed on the CPD record's choices: a trial), and is said to
        be, once a visit. A key the screen binds (r on the export formats) is neither."""
        if not event.is_printable or event.character in (None, " ") \
                or event.key in self.screen.active_bindings:
            return
        if self.letters_to is not None:
            self.screen.query_one(self.letters_to, InOrderInput).take_letter(
                event.character or "")
            event.stop()
            event.prevent_default()
        elif not self._letters_said:
            self._letters_said = True
            say_not_typed(self, event.character or "",
                          "this is a list of choices (↑↓ choose one)")

    def _highlight_chosen(self) -> None:
        """Put the highlight (where the arrow keys start) on the chosen button, if any. (The
        set's children may hold headings, disabled, between its buttons: the export formats'
        groups.)"""
        for index, child in enumerate(self.children):
            if isinstance(child, RadioButton) and child.value:
                self._selected = index
                return

    def _columns(self) -> int:
        columns = self.styles.grid_size_columns if self.styles.layout is not None and \
            self.styles.layout.name == "grid" else 1
        return max(columns or 1, 1)

    def _move(self, direction: Literal[-1, 1], steps: int = 1) -> None:
        """Move the highlight `steps` choices on; at an end it stays (↑ at the top shows what
        is above the set instead)."""
        target: int | None
        if steps == 1 or self._selected is None:
            target = _widget_navigation.find_next_enabled_no_wrap(
                self.children, anchor=self._selected, direction=direction)
        elif self.children[self._selected].virtual_region:
            target = self._row_on(direction)
        else:  # (not laid out yet)
            target = self._selected + direction * steps
            if not 0 <= target < len(self.children) or self.children[target].disabled:
                target = None
        if target is not None:
            self._selected = target
        elif direction == -1:
            scrollable = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)),
                              None)
            if scrollable is not None:
                scrollable.scroll_home(animate=False)

    def _row_on(self, direction: Literal[-1, 1]) -> int | None:
        """The choice in the next row down (or up) nearest under (or over) the highlighted
        one, as laid out: a row of a grid is not a fixed number of children where a heading
        spans it (the export formats' groups). None at the last (or first) row."""
        assert self._selected is not None
        here = self.children[self._selected].virtual_region
        choices = [(i, c.virtual_region) for i, c in enumerate(self.children)
                   if isinstance(c, RadioButton) and not c.disabled
                   and (c.virtual_region.y - here.y) * direction > 0]
        if not choices:
            return None
        row = min((r.y for _, r in choices), key=lambda y: abs(y - here.y))
        return min((i for i, r in choices if r.y == row),
                   key=lambda i: abs(self.children[i].virtual_region.x - here.x))

    def choose_highlighted(self) -> bool:
        """Choose the highlighted button, when it is not the one chosen; whether it was."""
        index = self._selected
        if index is None or not 0 <= index < len(self.children):
            return False
        button = self.children[index]
        if not isinstance(button, RadioButton) or button.value:
            return False
        button.value = True
        return True

    arrowed = False
    """Whether the choice on its way (`RadioSet.Changed`) was made by an arrow: its owner may
    keep the focus here where Enter or Space would go on (the time plan's "Your own")."""

    def action_arrow(self, direction: Literal[-1, 1], by_row: bool) -> None:
        """An arrow key: the highlight moves a choice (or a row) and chooses it, unless not
        `arrows_choose`. (Textual moves the highlight itself too, as the set is mounted: that
        chooses nothing.)"""
        self._move(direction, self._columns() if by_row and self.by_row else 1)
        if self.arrows_choose:
            self.arrowed = self.choose_highlighted()

    chosen_again = ""
    """Said by Enter or Space on the choice already chosen, where asked for (the export
    dialog's formats, which the arrows choose: they did nothing, said nothing); "": nothing."""

    def action_toggle_button(self) -> None:
        if self.chosen_again and not self.choose_highlighted():
            self.notify(self.chosen_again)
            return
        super().action_toggle_button()

    def action_enter(self) -> None:
        """Enter: choose the highlighted choice; in a form, then on to the next box."""
        if not self.enter_moves_on:
            self.action_toggle_button()
            return
        self.choose_highlighted()
        self.screen.focus_next()

    def _on_blur(self, event: events.Blur) -> None:
        if not self.arrows_choose:  # left without choosing: the highlight back on the chosen
            self._highlight_chosen()

    def action_previous_button(self) -> None:
        self._move(-1)

    def action_next_button(self) -> None:
        self._move(1)

    def action_previous_row(self) -> None:
        self._move(-1, self._columns())

    def action_next_row(self) -> None:
        self._move(1, self._columns())
