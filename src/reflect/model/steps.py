"""The steps of a guided session, in briefing order: content, learning, questions, actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reflect.model.review import Review

StepKind = Literal["content", "question", "actions", "summary"]


@dataclass(frozen=True)
class Step:
    key: str
    """Stable key saved as the session's current step (e.g. `intro`, `q:l-escalation`)."""
    kind: StepKind
    label: str


def steps_for(review: Review) -> list[Step]:
    steps = [Step("intro", "content", "Introduction and context")]
    if review.good_practice:
        steps.append(Step("good-practice", "content", "Good practice"))
    if review.development:
        steps.append(Step("development", "content", "Areas for development"))
    if review.recommendations or review.action_plan:
        steps.append(Step("recommendations", "content", "Recommendations"))
    for n, q in enumerate(review.questions, 1):
        steps.append(Step(f"q:{q.id}", "question", f"Question {n}"))
    steps.append(Step("actions", "actions", "What to do now"))
    steps.append(Step("summary", "summary", "Summary and export"))
    return steps


def step_index(steps: list[Step], key: str) -> int:
    """Index of `key`, or 0 when a saved step no longer exists."""
    return next((i for i, s in enumerate(steps) if s.key == key), 0)
