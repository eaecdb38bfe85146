"""The pane of last time's actions: the team's open actions from earlier sessions."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget

from reflect.ui.panes.base import StepPane
from reflect.ui.widgets.carried_panel import CarriedPanel


class CarriedPane(StepPane):
    PANE_CLASS = "carried-pane"


    def compose(self) -> ComposeResult:
        yield CarriedPanel(self.edits, classes="carried")

    def focus_target(self) -> Widget:
        return self.query_one(".carried-table")

    def shown(self) -> None:
        self.query_one(CarriedPanel).show_carried()

    def make_read_only(self) -> None:
        super().make_read_only()
        self.query_one(CarriedPanel).make_read_only()
