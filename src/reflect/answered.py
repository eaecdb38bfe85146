"""How many of a review's questions a session has answered, and the answers it keeps to
questions the review no longer asks.

A session keeps every answer by its question's id (model/reworded.py). When the review is
replaced by another briefing (`reflect import --replace`, Replace in the app) or loses a
question, an answer to a question it no longer asks stays in the session file and the notes,
on no step (`steps.on_no_step`). Until 4 December 2026 every count of answered questions
counted those too: a session said "7 of 6 answered", or counted as answered a question the
new review did not have. Every count now comes from here: the start screen's list, `reflect
list sessions`, the walkthrough's status line, plain mode, the notes' details and the reports
(`Session.counted`, and store/index.py and report/build.py from the ids they keep); the
answers kept apart are said, never hidden (`kept_said`).

Counted by ids alone: no Textual, no files, and no models, so that the start screen's list
of saved sessions counts with no pydantic imported (tests/functional/test_start_imports.py).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import NamedTuple

from reflect.text import plural


class Answered(NamedTuple):
    """A session's answers counted against its review's questions now. (A NamedTuple: a
    frozen dataclass took 0.3 ms to build, beside the start screen's first frame.)"""

    answered: int
    """The review's questions with an answer with something in it."""
    total: int
    """The questions the review asks (the session's own, where the review is not known)."""
    kept: int = 0
    """Answers with something in them to questions the review no longer asks."""

    def of(self) -> str:
        """`3 of 6`."""
        return f"{self.answered} of {self.total}"

    def of_questions(self) -> str:
        """`3 of 6 questions`; `0 of 1 question` (a review of one question was said "0 of 1
        questions" on the status line and in plain mode: a learning lead's fresh-eyes trial)."""
        return f"{self.of()} question{'' if self.total == 1 else 's'}"

    def said(self) -> str:
        """`3 of 6 answered`, and `; 2 answers kept from questions no longer in the review`
        where there are any."""
        return f"{self.of()} answered" + (f"; {self.kept_said()}" if self.kept else "")

    def kept_said(self) -> str:
        """`2 answers kept from questions no longer in the review`; "" for none."""
        if not self.kept:
            return ""
        return (f"{plural(self.kept, 'answer')} kept from "
                f"{'a question' if self.kept == 1 else 'questions'} no longer in the review")


def count(answered: Collection[str], asked: Sequence[str] | None,
          held: Sequence[str] = ()) -> Answered:
    """`answered` (the ids of the questions answered) against `asked` (the ids of the questions
    the review asks now); where the review is not known (None), against `held` (the ids of
    every answer the session holds), each counted as its review's."""
    ids = set(answered)
    if asked is None:
        return Answered(len(ids), len(set(held) | ids))
    now = set(asked)
    return Answered(len(ids & now), len(now), len(ids - now))
