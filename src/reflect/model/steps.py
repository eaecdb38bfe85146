"""The steps of a guided session, in briefing order: content, learning, questions, actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reflect.model.review import Review

if TYPE_CHECKING:
    from reflect.model.session import Session

StepKind = Literal["people", "carried", "content", "question", "actions", "differently",
                   "summary"]


@dataclass(frozen=True)
class Step:
    key: str
    """Stable key saved as the session's current step (e.g. `intro`, `q:l-escalation`)."""
    kind: StepKind
    label: str


def steps_for(review: Review, session: Session | None = None) -> list[Step]:
    """The steps of a session on `review`. A team session starts with who is here and, when
    there are any, the team's actions from earlier sessions; a self-reflection ends with what
    I will do differently."""
    steps = []
    if session is not None and session.mode == "team":
        steps.append(Step("people", "people", "Who is here"))
        if session.carried:
            steps.append(Step("carried", "carried", "Last time's actions"))
    steps.append(Step("intro", "content", "Introduction and context"))
    if review.learning:
        steps.append(Step("learning", "content", "Key learning"))
    if review.good_practice:
        steps.append(Step("good-practice", "content", "Good practice"))
    if review.development:
        steps.append(Step("development", "content", "Areas for development"))
    if review.recommendations or review.action_plan:
        steps.append(Step("recommendations", "content", "Recommendations"))
    for n, q in enumerate(review.questions, 1):
        steps.append(Step(question_key(q.id), "question", f"Question {n}"))
    steps.append(Step("actions", "actions", "What to do now"))
    if session is not None and session.mode == "individual":
        steps.append(Step("differently", "differently", "What I will do differently"))
    steps.append(Step("summary", "summary", "Summary and export"))
    return steps


def question_key(question_id: str) -> str:
    """The key of a question's step."""
    return f"q:{question_id}"


def find_step(steps: list[Step], key: str) -> int | None:
    """Index of the step `key`, or None when there is no such step."""
    return next((i for i, s in enumerate(steps) if s.key == key), None)


def step_index(steps: list[Step], key: str) -> int:
    """Index of `key`, or 0 when a saved step no longer exists."""
    found = find_step(steps, key)
    return 0 if found is None else found
