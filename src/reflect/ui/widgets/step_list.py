"""StepList: the walkthrough's list of steps, whose lines change one at a time.

Every PgDn moves the ▶ from one step's line to the next, and an answer's first words turn its
· into a ✓. Textual's `replace_option_prompt` forgets every line's drawing and height, so each
step change measured and drew the whole list again (a sixth of the time to the next step on
screen, profiled). A mark changes a line's look, not its height (the rest of the line is the
same): then only that line is drawn again. Any other change is replaced Textual's way.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets.option_list import Option

from reflect.typed_mark import TYPED_MARK
from reflect.ui.widgets.goes_back import GoesBack
from reflect.ui.widgets.hanging import HangingLabel


class StepList(GoesBack):
    """An option list whose lines are replaced one at a time (`set_line`)."""

    BINDINGS = [Binding("enter", "select", "Go to step"),  # in the footer while it has focus
                Binding("escape", "back", "Back to the step")]

    current = 0
    """The step shown (the walkthrough says, `show_current`)."""
    BRINGS_BOX_INTO_VIEW = False
    """Esc leaves the step as it was before Ctrl+G: the list is beside the step and never
    scrolled it, and a section, shown from its top with the focus in its notes box below the
    fold, was scrolled down to that box (at 60x20 and 80x24: a trial)."""
    keys_answered_on_screen = True
    """Enter's step is shown before the next key is read (key_order.ANSWERED_ON_SCREEN)."""
    shown_with: tuple[Widget, ...] = ()
    """What its focus shows and hides under 80 columns (given by its screen, app.tcss): the
    pane holding it, and the title's "Ctrl+G: steps"."""

    def on_focus(self) -> None:
        """Shown while it has the focus where it is hidden otherwise (under 80 columns:
        app.tcss, `-steps-open`): Ctrl+G shows it, and choosing a step or Esc hides it."""
        self._mark_open(True)

    class Left(Message):
        """The list has lost the focus: the line over the step names the step on view again,
        not the one highlighted (`WalkthroughBase.say_step_chosen`)."""

    def on_blur(self) -> None:
        self._mark_open(False)
        self.post_message(self.Left())

    def _mark_open(self, shown: bool) -> None:
        """`-steps-open` on what it shows and hides (`shown_with`), not on the screen: there
        it restyled every widget of the step, twice for each Ctrl+G (some 65 ms each,
        profiled at stop 60), for a class that matters only under 80 columns."""
        for widget in self.shown_with:
            widget.set_class(shown, "-steps-open")

    def show_current(self, index: int) -> None:
        self.current = index
        if self.highlighted != index:
            self.highlighted = index

    def action_back(self) -> None:
        """Esc: back to the box left in the step shown, as Esc cancels a choice everywhere
        else (Ctrl+G then Esc left the meeting for the library, on the shared screen: a
        trial)."""
        self.highlighted = self.current
        # Back in the box left, where it was (`GoesBack`): the step shown again from its
        # start put the facilitator in its first empty box, scrolled to it (a trial).
        if not self.go_back():
            self.action_select()  # the step shown, chosen: the walkthrough shows it

    def set_line(self, index: int, label: HangingLabel) -> None:
        """Show `label` as step `index`'s line, if it differs from the line shown."""
        option: Option = self.get_option_at_index(index)
        before = option.prompt
        if str(before) == label.plain:
            return
        if not (isinstance(before, HangingLabel) and before.body.plain == label.body.plain
                and before.head.cell_len == label.head.cell_len):
            self.replace_option_prompt_at_index(index, label)  # its height may change
            return
        # Textual's own, private: the prompt, and that option's drawings only.
        option._set_prompt(label)
        cache = self._option_render_cache
        for key in [key for key in cache.keys() if key[0] is option]:
            cache.discard(key)
        self.refresh()


CURRENT_MARK = "▶"
"""Before the current step in the step list."""
# TYPED_MARK (reflect/typed_mark.py), after a step's name while its form holds an item typed
# but not added (`typed_steps`): put back in the form as the session opened again, it was on
# no step in view, and the list said nothing of where (a fresh-eyes trial).
TYPED_MEANING = f"{TYPED_MARK}: not added"
"""What the mark means, in the list's title while any step has it (`steps_title`)."""


def steps_title(*meanings: str) -> str:
    """The step list's title, with what each mark shown means after it (`Steps · ✎: not
    added`): "" for a mark not shown."""
    return " · ".join(["Steps", *(meaning for meaning in meanings if meaning)])


def step_line(current: bool, label: Text, *marks: str) -> HangingLabel:
    """A step's entry: ▶ before the current step's, which shows without colour (NO_COLOR, a
    monochrome projector) as well as with it; `label` (`panes.step_label`: its state in two
    columns, then its name and a question's words), wrapped at words under its name (or cut
    with "…" where the list is narrow), never inside one. `marks` (`•2`: points waiting from
    the room; ✎: an item typed but not added) follow the name, before a question's words:
    after the words, a list cut with "…" hid them; before the number, which question they
    are on ("(1 new) Questio…" at 80x24; trials). Marks, not words: worded, they were cut too
    ("Question 1 (1 ne…"); the list's title says what each means."""
    head = Text(CURRENT_MARK if current else " ") + label[:2]
    shown = " ".join(mark for mark in marks if mark)
    if not shown:
        return HangingLabel(head, label[2:])
    name, colon, words = label.plain[2:].partition(": ")
    if not colon:  # after the name alone, kept as a long one is cut ("What I will d… ✎")
        return HangingLabel(head, Text(name), tail=Text.assemble(" ", (shown, "bold")))
    return HangingLabel(head, Text.assemble(name, " ", (shown, "bold"), colon, words))
