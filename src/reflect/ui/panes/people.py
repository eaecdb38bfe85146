"""The pane of who is here: the meeting's details and its participants (team sessions)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget

from reflect.model.session import Session
from reflect.model.steps import Step
from reflect.ui.panes.base import StepPane
from reflect.ui.widgets.people_panel import PeoplePanel

DETAIL_FIELDS = ("title", "team", "facilitator", "participants")


class PeoplePane(StepPane):
    PANE_CLASS = "people-pane"
    DEFAULT_CSS = "PeoplePane { overflow-y: hidden; }"
    can_focus = False

    @classmethod
    def holds(cls, step: Step, field: str, session: Session) -> bool:
        return field.split("[")[0].split(".")[0] in DETAIL_FIELDS

    def compose(self) -> ComposeResult:
        yield PeoplePanel(self.edits, classes="people")

    def focus_target(self) -> Widget:
        panel = self.query_one(PeoplePanel)
        return panel.query(".people-table" if self.session.participants else ".person-name"
                           ).first()

    def typing_target(self, focused: Widget) -> Widget | None:
        """A letter typed on the participants table starts a new person's name (Space still
        ticks who is here)."""
        if focused.has_class("people-table"):
            return self.query_one(PeoplePanel).query_one(".person-name")
        return None

    def make_read_only(self) -> None:
        super().make_read_only()
        self.query_one(PeoplePanel).make_read_only()
