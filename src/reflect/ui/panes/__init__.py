"""The walkthrough's step panes, one class per kind of step, found by kind with `pane_class`.

Each kind's module is imported the first time a pane of that kind is built (`reflect open` on
a question imports the question's pane, not What to do now's tables or the summary's exports).
"""

from __future__ import annotations

from importlib import import_module

from reflect.model.steps import StepKind
from reflect.ui.panes.base import PaneContext, StepPane, step_label

PANES: dict[StepKind, str] = {
    "people": "PeoplePane",
    "carried": "CarriedPane",
    "content": "ContentPane",
    "question": "QuestionPane",
    "actions": "ActionsPane",
    "differently": "DifferentlyPane",
    "summary": "SummaryPane",
}
"""The pane class of each kind of step, in this package's module named after the kind."""


def pane_class(kind: StepKind) -> type[StepPane]:
    """The pane class of steps of `kind`, its module imported if it is not yet."""
    cls: type[StepPane] = getattr(import_module(f"reflect.ui.panes.{kind}"), PANES[kind])
    return cls


__all__ = ["PANES", "PaneContext", "StepPane", "pane_class", "step_label"]
