"""The saved-session model: what a team or a practitioner said about one review.

A session carries copies of the review's title and each question's text next to its answer, so
it stays readable and exportable if the content later changes or disappears.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from reflect.model.review import Review

SCHEMA_VERSION = 1

Mode = Literal["team", "individual"]
ActionStatus = Literal["open", "in progress", "done"]


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class SessionModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Answer(SessionModel):
    question_id: str
    question: str
    text: str = ""


class Participant(SessionModel):
    """Someone taking part. Any part may be left empty (many teams record roles, not names)."""

    name: str = ""
    role: str = ""
    agency: str = ""
    attended: bool = True

    @classmethod
    def parse(cls, line: str) -> Participant:
        """From a line typed as `name, role, agency` or `role, agency` (or just a role)."""
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 3:
            return cls(name=parts[0], role=parts[1], agency=", ".join(parts[2:]))
        if len(parts) == 2:
            return cls(role=parts[0], agency=parts[1])
        return cls(role=parts[0])

    def describe(self, roles_only: bool = False) -> str:
        """`Name (role, agency)`, or just `role, agency` when names are left out."""
        role = ", ".join(p for p in (self.role, self.agency) if p)
        if roles_only or not self.name:
            return role or "participant"
        return f"{self.name} ({role})" if role else self.name


class Action(SessionModel):
    text: str
    owner: str = ""
    due: str = ""
    status: ActionStatus = "open"


class Session(SessionModel):
    schema_version: int = SCHEMA_VERSION
    id: str
    review_id: str
    review_title: str
    mode: Mode = "team"
    title: str = ""
    team: str = ""
    facilitator: str = ""
    participants: list[Participant] = []
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    current_step: str = "intro"
    answers: list[Answer] = []
    notes: dict[str, str] = {}
    actions: list[Action] = []

    @classmethod
    def start(cls, review: Review, session_id: str, **fields: object) -> Session:
        """A new session on `review`, with an empty answer for each of its questions."""
        answers = [Answer(question_id=q.id, question=q.text) for q in review.questions]
        return cls(id=session_id, review_id=review.id, review_title=review.title,
                   answers=answers, **fields)  # type: ignore[arg-type]

    def answer(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)

    def set_answer(self, question_id: str, question: str, text: str) -> None:
        found = self.answer(question_id)
        if found is None:
            self.answers.append(Answer(question_id=question_id, question=question, text=text))
        else:
            found.text = text

    def sync_questions(self, review: Review) -> None:
        """Add answers for questions the review gained and refresh question wording.

        Answers to questions the review no longer has are kept, with their saved wording.
        """
        for q in review.questions:
            found = self.answer(q.id)
            if found is None:
                self.answers.append(Answer(question_id=q.id, question=q.text))
            else:
                found.question = q.text

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.text.strip())

    @property
    def label(self) -> str:
        return self.title or self.review_title
