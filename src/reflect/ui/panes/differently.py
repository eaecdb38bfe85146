"""The pane of what I will do differently (self-reflection), with the minutes to log for CPD."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, Input, TextArea

from reflect.model import timebox
from reflect.model.changes import DifferentlyKey
from reflect.model.session import Session, whole_minutes
from reflect.model.steps import Step
from reflect.text import one_line
from reflect.ui.messages import SessionChanged
from reflect.ui.panes.base import StepPane
from reflect.ui.widgets.forms import field
from reflect.ui.widgets.literal import Literal


class DifferentlyPane(StepPane):
    PANE_CLASS = "differently-pane"
    OFFERS_CPD_RECORD = True
    _before_typing: int | None = None
    """The minutes logged when the minutes box was entered (None: the time measured)."""

    @classmethod
    def holds(cls, step: Step, field: str, session: Session) -> bool:
        return field.startswith(("differently", "cpd."))  # cpd.*: in its CPD record dialog

    def compose(self) -> ComposeResult:
        yield Literal("Looking back over your reflection: what will you do differently in "
                      "your practice?", "bold", classes="question")
        yield self.editor(f"differently-{self.index}", DifferentlyKey(), "reflective")
        minutes = self.session.minutes_spent
        yield field("Time spent for your CPD log (minutes, or 1h30)",
                    "" if minutes is None else str(minutes), id="cpd-minutes")
        yield Literal("", "dim", id="cpd-measured")
        with Horizontal(classes="buttons"):
            yield Button("CPD record… (F8)", id="cpd-record")

    @on(Button.Pressed, "#cpd-record")
    def cpd_record(self) -> None:
        """Your own choices for your CPD records (type, why relevant, standards, ...)."""
        from reflect.ui.screens.cpd_choices import open_for

        open_for(self)

    def focus_target(self) -> Widget:
        return self.query_one(TextArea)

    def shown(self) -> None:
        minutes = self.session.minutes_spent
        box = self.query_one("#cpd-minutes", Input)
        if minutes != (timebox.parse_minutes(box.value) if box.value.strip() else None):
            box.value = "" if minutes is None else str(minutes)  # changed in the CPD dialog
        self.show_measured()

    def make_read_only(self) -> None:
        super().make_read_only()
        self.query_one("#cpd-minutes", Input).disabled = True

    def show_measured(self) -> None:
        minutes = whole_minutes(self.session.timing.total_spent)
        measured = (f"reflect has measured {minutes} minute{'s' if minutes != 1 else ''} on "
                    "this session so far")
        logged = self.session.minutes_spent
        self.query_one("#cpd-measured", Literal).show(
            f"{measured}; leave the box empty to log that." if logged is None else
            f"Logging {logged} minute{'s' if logged != 1 else ''} ({measured}).", "dim")

    @on(events.DescendantFocus)
    def _minutes_entered(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "cpd-minutes":
            self._before_typing = self.session.minutes_spent

    @on(Input.Changed, "#cpd-minutes")
    def _cpd_minutes(self, event: Input.Changed) -> None:
        """Minutes to log (45, 1h, 1h30); empty logs the time measured. Anything else is said
        plainly, and the figure logged is the one from before the box was typed in: not the
        last that read as a time on the way (typing 99999 logged 999 minutes)."""
        value = event.value.strip()
        minutes = timebox.parse_minutes(value) if value else None
        if value and minutes is None:
            kept = self._before_typing
            self._log_minutes(kept)
            self.query_one("#cpd-measured", Literal).show(
                f"“{one_line(value, 30)}” is not a time this can log: type whole minutes (45) "
                f"or hours and minutes (1h30). Logged meanwhile: "
                f"{'the time measured' if kept is None else f'{kept} minutes'}, as before.",
                "bold")
            return
        self._log_minutes(minutes)
        self.show_measured()

    def _log_minutes(self, minutes: int | None) -> None:
        if not self.read_only:
            change = self.edits.set_cpd_minutes(minutes)
            if change is not None:
                self.post_message(SessionChanged(change))
