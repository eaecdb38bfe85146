"""Moving a point: up or down its question's list (Shift+↑/↓), or to the end of another
question's (Shift+→ on the list). A part of `SessionEdits` (model/edits.py), the one writer of
an open session: every method returns a typed change and records how to undo it.

A facilitator's trial: a point typed under Question 1 belonged to Question 3, and the only way
was Delete, PgDn and typing it again, naming who said it again; Ctrl+Z after the Delete put it
back on Question 1 only. Moved, it is the same point (who said it, the words as typed with
their "@…", the name it came from the room under), at the end of the other question's points,
and Ctrl+Z puts it back where it was (`UndoLog.put_back`, as a point removed): whatever was
added or moved on either question since stays. It then counts as a point of its new question
everywhere, the rule that nobody speaks before they arrive or after they leave too
(model/arrival.py, after every change: `TimeEdits._record`). No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from reflect.model.changes import Change, PointMoved, PointsChanged
from reflect.model.review import Review
from reflect.model.session import Point, Session
from reflect.model.steps import question_key, steps_for
from reflect.model.undo import Removed, UndoLog, keep_items


class QuestionChoice(NamedTuple):
    """A question a point can be moved to, as the session's steps name it."""

    question_id: str
    label: str
    """`Question 3`, as its step is labelled."""
    text: str
    """The question's words."""


class PointMoveEdits(UndoLog):
    session: Session
    review: Review | None = None
    """The session's review (`TimeEdits.review`): its steps number the questions."""

    def move_point(self, question_id: str, index: int, by: int) -> Change | None:
        """Point `index` moved `by` places up (-1) or down (1) its question's list."""
        answer = self.session.answer(question_id)
        points = answer.points if answer is not None else []
        to = index + by
        if not (0 <= index < len(points) and 0 <= to < len(points)):
            return None
        restore = keep_items(points)  # type: ignore[arg-type]
        points[index], points[to] = points[to], points[index]
        return self._record(PointsChanged(question_id), restore)

    def questions(self) -> list[QuestionChoice]:
        """The session's questions in the order its steps show them, each labelled as its step
        is (`Question 2`); without the review, in the session's order."""
        answers = {a.question_id: a for a in self.session.answers}
        if self.review is None:
            return [QuestionChoice(qid, f"Question {n}", a.question)
                    for n, (qid, a) in enumerate(answers.items(), 1)]
        keys = {question_key(qid): qid for qid in answers}
        return [QuestionChoice(keys[s.key], s.label, answers[keys[s.key]].question)
                for s in steps_for(self.review, self.session) if s.key in keys]

    def other_questions(self, question_id: str) -> list[QuestionChoice]:
        """Where a point of question `question_id` can be moved to: every other question."""
        return [q for q in self.questions() if q.question_id != question_id]

    def move_point_to(self, question_id: str, point: Point, to_question_id: str
                      ) -> Change | None:
        """`point` taken off question `question_id`'s points and put at the end of question
        `to_question_id`'s, the same point; None where either question has no answer, they
        are one, or the first does not hold it. Undone by `put_back` (Ctrl+Z), however many
        changes were made since: back at its old place (or that list's end, shorter by then)."""
        source, target = self.session.answer(question_id), self.session.answer(to_question_id)
        if source is None or target is None or source is target:
            return None
        index = next((i for i, p in enumerate(source.points) if p is point), None)
        if index is None:  # (this one: another may have the same words)
            return None
        restore = moved_back(source.points, target.points, point, index)
        del source.points[index]
        target.points.append(point)
        back = PointMoved(to_question_id, question_id)
        return self._record(PointMoved(question_id, to_question_id), restore,
                            removed=Removed("moved", point, back, question_id))


def moved_back(source: list[Point], target: list[Point], point: Point,
               index: int) -> Callable[[], None]:
    """A function that takes `point`, about to be moved from place `index` of `source` to
    `target`, out of `target` and back into `source` at `index` (or its end, should it be
    shorter by then); what was added, edited or moved in either since stays. Nothing where
    `target` no longer holds it."""

    def restore() -> None:
        at = next((i for i, p in enumerate(target) if p is point), None)
        if at is None:
            return
        del target[at]
        source.insert(min(index, len(source)), point)

    return restore
