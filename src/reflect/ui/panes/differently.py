"""The pane of what I will do differently (self-reflection), with the minutes to log for CPD."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, TextArea

from reflect.model.changes import DifferentlyKey
from reflect.ui.messages import SessionChanged
from reflect.ui.panes.base import StepPane
from reflect.ui.widgets.cpd_minutes import MinutesBox
from reflect.ui.widgets.literal import Literal


class DifferentlyPane(StepPane):
    PANE_CLASS = "differently-pane"
    OFFERS_CPD_RECORD = True


    def compose(self) -> ComposeResult:
        yield Literal("Looking back over your reflection: what will you do differently in "
                      "your practice?", "bold", classes="question")
        yield self.editor(f"differently-{self.index}", DifferentlyKey(), "reflective")
        yield MinutesBox(self.edits)
        yield Literal("", "dim", id="cpd-measured")
        with Horizontal(classes="buttons"):
            yield Button(self.CPD_CHOICES_BUTTON, id="cpd-record")

    @on(Button.Pressed, "#cpd-record")
    def _cpd_button(self) -> None:
        self.cpd_record()

    def focus_target(self) -> Widget:
        return self.query_one(TextArea)

    def shown(self) -> None:
        self.query_one(MinutesBox).show_logged()  # it may have changed in the CPD dialog
        self.show_measured()

    def make_read_only(self) -> None:
        super().make_read_only()
        self.query_one(MinutesBox).disabled = True

    def show_measured(self) -> None:
        """What is logged, as the box says it (`MinutesBox.said`): shown again as the step is."""
        box = self.query_one(MinutesBox)
        self.query_one("#cpd-measured", Literal).show(
            box.said(), "dim" if box.understood() else "bold")

    @on(MinutesBox.Logged)
    def _minutes_logged(self, event: MinutesBox.Logged) -> None:
        if event.change is not None and not self.read_only:
            self.post_message(SessionChanged(event.change))
        self.query_one("#cpd-measured", Literal).show(
            event.said, "dim" if event.understood else "bold")
