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


STEP_LABELS = {
    "people": "Who is here",
    "carried": "Last time's actions",
    "intro": "Introduction and context",
    "learning": "Key learning",
    "good-practice": "Good practice",
    "development": "Areas for development",
    "recommendations": "Recommendations",
    "actions": "What to do now",
    "differently": "What I will do differently",
    "summary": "Summary and export",
}
"""Every step's label but a question's, by its key: the step list, the notes and the exports
say the same words."""

QUESTION_PREFIX = "q:"
"""Before a question's id in its step's key (`question_key`, `question_of`)."""

SECTION_KEYS = ("intro", "learning", "good-practice", "development", "recommendations")
"""The briefing's own sections, in the order a session shows them."""

CONTENT_KEYS = (*SECTION_KEYS, "actions")
"""The review's own content that notes include when asked (`ExportOptions.include_content`):
its sections, then its What to do now (the briefing's advice, without the agreed actions),
each under its step's label."""


def steps_for(review: Review, session: Session | None = None) -> list[Step]:
    """The steps of a session on `review`. A team session starts with who is here and, when
    there are any, the team's actions from earlier sessions; a self-reflection ends with what
    I will do differently."""
    def step(key: str, kind: StepKind) -> Step:
        return Step(key, kind, STEP_LABELS[key])

    steps = []
    if session is not None and session.mode == "team":
        steps.append(step("people", "people"))
        if session.carried:
            steps.append(step("carried", "carried"))
    steps.append(step("intro", "content"))
    if review.learning:
        steps.append(step("learning", "content"))
    if review.good_practice:
        steps.append(step("good-practice", "content"))
    if review.development:
        steps.append(step("development", "content"))
    if review.recommendations or review.action_plan:
        steps.append(step("recommendations", "content"))
    for n, q in enumerate(review.questions, 1):
        steps.append(Step(question_key(q.id), "question", f"Question {n}"))
    steps.append(step("actions", "actions"))
    if session is not None and session.mode == "individual":
        steps.append(step("differently", "differently"))
    steps.append(step("summary", "summary"))
    return steps


DETAIL_FIELDS = ("title", "team", "facilitator", "participants")
"""The session's details, a finding's field names for them (`participants[2].name`): set on
Who is here in a team session; a self-reflection has no step for them."""


def holds(step: Step, field: str, session: Session) -> bool:
    """Whether a personal-details finding's `field` (`answers[1].text`, `notes.intro`,
    `actions[0].owner`, `cpd.what`, `title`, ...) is edited on `step`. The app goes there
    (the pane's `go_to_field`) and plain mode says the step's number (walk.mend): one rule."""
    head = field.split("[")[0].split(".")[0]
    if step.kind == "question":
        n = field.removeprefix("answers[").split("]", 1)[0]
        return (head == "answers" and n.isdigit() and int(n) < len(session.answers)
                and session.answers[int(n)].question_id == question_of(step.key))
    return {"people": head in DETAIL_FIELDS,
            "carried": head == "carried",
            "content": field == f"notes.{step.key}",
            "actions": head == "actions" or field == "notes.actions",
            # cpd.*: the CPD record's words, in the dialog F8 opens from What I will do
            # differently (a self-reflection) or from the summary (a team session)
            "differently": head in ("differently", "cpd"),
            "summary": field == "notes.summary" or head == "cpd"}[step.kind]


def step_holding(steps: list[Step], field: str, session: Session) -> int | None:
    """Index of the first of `steps` where `field` is edited (`holds`); None where none is
    (a self-reflection's title)."""
    return next((i for i, step in enumerate(steps) if holds(step, field, session)), None)


def question_key(question_id: str) -> str:
    """The key of a question's step."""
    return f"{QUESTION_PREFIX}{question_id}"


def question_of(key: str) -> str | None:
    """The id of the question whose step has `key`; None for any other step."""
    return key.removeprefix(QUESTION_PREFIX) if key.startswith(QUESTION_PREFIX) else None


def find_step(steps: list[Step], key: str) -> int | None:
    """Index of the step `key`, or None when there is no such step."""
    return next((i for i, s in enumerate(steps) if s.key == key), None)


def step_index(steps: list[Step], key: str) -> int:
    """Index of `key`, or 0 when a saved step no longer exists."""
    found = find_step(steps, key)
    return 0 if found is None else found


def on_no_step(session: Session, review: Review) -> str:
    """What to say of answers with something in them to questions `review` no longer asks
    (its file changed since the session): kept in the file and exported, but on no step; ""
    for none. One was hidden in the app with nothing said about it (a trial)."""
    asked = {q.id for q in review.questions}
    gone = [a for a in session.answers if a.question_id not in asked and a.has_content]
    if not gone:
        return ""
    first = " ".join(gone[0].question.split())
    first = first if len(first) <= 60 else first[:59] + "…"
    some = "1 answer is" if len(gone) == 1 else f"{len(gone)} answers are"
    return (f"{some} to a question the review no longer asks (“{first}”"
            f"{'' if len(gone) == 1 else ', …'}): kept in the session file and in exported "
            "notes, but on no step here.")


def on_unknown_people(session: Session) -> str:
    """What to say of points a hand-edited file attributes to nobody in the session (`by =
    "p99"`): shown and exported as said by nobody, which was not said (a trial); "" for
    none."""
    unknown = [pt.by for a in session.answers for pt in a.points
               if pt.by and session.participant(pt.by) is None]
    if not unknown:
        return ""
    ids = list(dict.fromkeys(unknown))
    some = "1 point is" if len(unknown) == 1 else f"{len(unknown)} points are"
    who = "who is" if len(ids) == 1 else "who are"
    return (f"{some} said in the session file by {', '.join(map(repr, ids))}, {who} not among "
            "its participants: exported as said by nobody, and shown so here.")


def on_opening(session: Session, review: Review) -> list[str]:
    """What to say on opening a session (and in `reflect check`): what its file holds that
    no step shows as it is, and answers given under other words than the review's now."""
    from reflect.model.reworded import on_reworded

    return [note for note in (on_no_step(session, review), on_reworded(session, review),
                              on_unknown_people(session)) if note]
