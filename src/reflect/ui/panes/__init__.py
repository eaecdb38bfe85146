"""The walkthrough's step panes, one class per kind of step, found by kind in `PANES`."""

from __future__ import annotations

from reflect.model.steps import StepKind
from reflect.ui.panes.actions import ActionsPane
from reflect.ui.panes.base import PaneContext, StepPane
from reflect.ui.panes.carried import CarriedPane
from reflect.ui.panes.content import ContentPane
from reflect.ui.panes.differently import DifferentlyPane
from reflect.ui.panes.people import PeoplePane
from reflect.ui.panes.question import QuestionPane
from reflect.ui.panes.summary import SummaryPane

PANES: dict[StepKind, type[StepPane]] = {
    "people": PeoplePane,
    "carried": CarriedPane,
    "content": ContentPane,
    "question": QuestionPane,
    "actions": ActionsPane,
    "differently": DifferentlyPane,
    "summary": SummaryPane,
}
"""The pane class of each kind of step."""

__all__ = ["PANES", "PaneContext", "StepPane"]
