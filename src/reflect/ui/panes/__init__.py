"""The walkthrough's step panes, one class per kind of step, found by kind with `pane_class`.

Each kind's module is imported the first time a pane of that kind is built (`reflect open` on
a question imports the question's pane, not What to do now's tables or the summary's exports).
"""

from __future__ import annotations

from importlib import import_module

from reflect.model.steps import StepKind
from reflect.ui.panes.base import PaneContext, StepPane, step_label

PANES: dict[StepKind, tuple[str, str]] = {
    "people": ("people", "PeoplePane"),
    "carried": ("carried", "CarriedPane"),
    "content": ("content", "ContentPane"),
    "question": ("question", "QuestionPane"),
    "actions": ("actions", "ActionsPane"),
    "differently": ("differently", "DifferentlyPane"),
    "summary": ("summary", "SummaryPane"),
}
"""The module (in this package) and pane class of each kind of step."""


def pane_class(kind: StepKind) -> type[StepPane]:
    """The pane class of steps of `kind`, its module imported if it is not yet."""
    module, name = PANES[kind]
    cls: type[StepPane] = getattr(import_module(f"reflect.ui.panes.{module}"), name)
    return cls


__all__ = ["PANES", "PaneContext", "StepPane", "pane_class", "step_label"]
