"""The room's confidence check (#18): "How confident do you feel about …?", answered 1 to 5.

The facilitator can change the question, asks it, watches the answers come in, and closes
it: the counts (only how many gave each answer) are dismissed to the walkthrough, which keeps
them in the session. "Not now" closes it without keeping anything; once the question is asked
that button says so ("Discard answers"), and Esc keeps the answers given (it threw them
away without a word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal as Text

if TYPE_CHECKING:
    from reflect.room import ConfidenceCounts, Room

PHASE_WORDS = {"start": "at the start", "end": "at the end"}
DISCARD = "Discard answers"
"""Once asked, "Not now" becomes this: "Close, keep nothing" was cut to "Close, keep" at 80
and 100 columns, which read as the opposite of what it does (a trial)."""


def counts_list(counts: dict[int, int]) -> list[int]:
    """How many answered 1, 2, 3, 4 and 5 (anything else is not an answer)."""
    return [max(0, int(counts.get(k, 0))) for k in range(1, 6)]


def counts_line(counts: list[int]) -> str:
    n = sum(counts)
    return (f"{n} answer{'' if n == 1 else 's'} so far: "
            + "  ".join(f"{k}: {c}" for k, c in enumerate(counts, 1)))


class ConfidenceScreen(ReflectModal[tuple[str, list[int]] | None]):
    """Dismissed with (the question asked, the counts), or None."""

    COUNTS_ON_THE_STEP = True  # the group answers it: meeting time, as the step's

    BINDINGS = [Binding("escape", "escape", "Close")]

    def __init__(self, room: Room, phase: Literal["start", "end"], prompt: str) -> None:
        super().__init__()
        self.room = room
        self.phase = phase
        self.prompt = prompt
        self.asked = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confidence-dialog"):
            yield Text(f"Confidence check, {PHASE_WORDS[self.phase]} of the session", "bold")
            yield Text("Everyone answers from 1 (not at all confident) to 5 (very); only how "
                       "many gave each answer is kept.", "dim")
            yield InOrderInput(self.prompt, id="confidence-prompt")
            yield Text(counts_line([0] * 5), id="confidence-counts")
            with Horizontal(classes="buttons"):
                yield Button("Ask the room", variant="primary", id="confidence-ask",
                             compact=True)
                yield Button("Close and keep the answers", id="confidence-close",
                             disabled=True, compact=True)
                yield Button("Not now", id="confidence-skip", compact=True)

    @on(Button.Pressed, "#confidence-ask")
    @on(Input.Submitted)
    def action_ask(self) -> None:
        if self.asked:
            return
        self.prompt = self.query_one(Input).value.strip() or self.prompt
        self.room.ask_confidence(self.phase, self.prompt)
        self.asked = True
        self.query_one(Input).disabled = True
        self.query_one("#confidence-ask", Button).disabled = True
        close = self.query_one("#confidence-close", Button)
        close.disabled = False
        close.focus()
        skip = self.query_one("#confidence-skip", Button)
        skip.label = DISCARD
        skip.refresh(layout=True)  # its width was measured for "Not now": the label was cut

    def show_counts(self, counts: ConfidenceCounts) -> None:
        """The answers so far (the room says, as they come)."""
        if counts.phase == self.phase:
            self.query_one("#confidence-counts", Text).show(
                counts_line(counts_list(counts.counts)))

    def action_escape(self) -> None:
        """Before asking, Not now; once asked, close keeping the answers given."""
        if self.asked:
            self._close()
        else:
            self.action_not_now()

    @on(Button.Pressed, "#confidence-close")
    def _close(self) -> None:
        counts = self.room.close_confidence()
        self.dismiss((counts.prompt or self.prompt, counts_list(counts.counts)))

    @on(Button.Pressed, "#confidence-skip")
    def action_not_now(self) -> None:
        if self.asked:
            self.room.close_confidence()  # nothing kept
        self.dismiss(None)
