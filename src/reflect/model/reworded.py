"""A question the review now words otherwise than when it was answered.

A session keeps each answer by its question's id, with the question's words. When the review
changes under a saved session (a question reworded, or the whole review replaced by another
briefing: `reflect import --replace`, Replace in the app), the answer's id can name a question
it was never given to. An answer with something in it therefore keeps the words it was given
under (`Answer.follow`), and is exported under them; an empty answer takes the review's. Where
the two differ, the walkthrough and plain mode say so above the answer, and opening the session
and `reflect check` name the questions (`on_reworded`). The facilitator may say the answers
stand under the new words (`SessionEdits.keep_under_new_wording`): the note goes, and the
notes then give them under the new words, saying the words they were given under
(`kept_under`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.themes import normalised

if TYPE_CHECKING:
    from reflect.model.review import Question, Review
    from reflect.model.session import Answer, Session

SHORT = 60
"""The longest a question is quoted in a note naming several (on opening, `reflect check`)."""


def same_words(one: str, other: str) -> bool:
    """Whether two wordings ask the same: case, spacing, curly or straight quotes and the
    closing punctuation do not matter (as themed sessions merge questions); every word does."""
    return normalised(one) == normalised(other)


def asked_as(answer: Answer, question: Question | None) -> str | None:
    """The words `answer` was given under, where the review now asks `question` in other words
    than it stands under; None where they are the same, the answer is empty (it takes the
    review's words), or the review no longer asks it (steps.on_no_step says that). Answers
    kept under newer words before are given under their first (`Answer.given_under`): a trial
    reworded twice named the words they were kept under, the notes the words they were given
    under. (Where the review asks those first words again, the words kept under are named.)"""
    if question is None or not answer.has_content or same_words(answer.question, question.text):
        return None
    first = answer.given_under
    return first if first and not same_words(first, question.text) else answer.question


def answered_when(words: str) -> str:
    """The note above an answer given under other words than the review's now: the words
    whole, on one line (shown literally, never as markup)."""
    return f"The answers below were given when the question read “{' '.join(words.split())}”."


def kept_under(answer: Answer) -> str | None:
    """What the notes say above answers given under other words and kept since under the
    review's newer ones (`SessionEdits.keep_under_new_wording`): the words they were given
    under, whole, on one line; None for any other answer. The record says the team answered
    another wording, though the note above the answers is gone from the session."""
    before = answer.given_under
    if not before or not answer.has_content or same_words(before, answer.question):
        return None
    return (f"These answers were given when the question read “{' '.join(before.split())}”, "
            "and kept under these words when the review changed.")


def under_earlier_wording(session: Session, review: Review | None) -> int:
    """How many of `review`'s questions hold answers given under other words than the review
    has now: those the note is above (`asked_as`) and those kept since under the new words
    (`kept_under`), whose note is gone. The walkthrough's status line says so; 0 for a review
    not known."""
    if review is None:
        return 0
    return sum(1 for q in review.questions
               if (answer := session.answer(q.id)) is not None
               and (asked_as(answer, q) is not None or kept_under(answer) is not None))


def _quoted(words: str) -> str:
    words = " ".join(words.split())
    return f"“{words if len(words) <= SHORT else words[:SHORT - 1] + '…'}”"


def on_reworded(session: Session, review: Review) -> str:
    """What to say, on opening a session and in `reflect check`, of answers given under other
    words than the review now has for their question; "" for none."""
    found = []
    for n, q in enumerate(review.questions, 1):
        answer = session.answer(q.id)
        if answer is not None and (before := asked_as(answer, q)) is not None:
            found.append((n, before, q.text))
    if not found:
        return ""
    if len(found) == 1:
        n, before, now = found[0]
        return (f"Question {n} was answered when it read {_quoted(before)}; the review now "
                f"asks {_quoted(now)}. Its answers are kept, and exported, under the words "
                "they were given under.")
    numbers = ", ".join(str(n) for n, _, _ in found[:-1]) + f" and {found[-1][0]}"
    return (f"Questions {numbers} were answered under other words than the review now has "
            f"(Question {found[0][0]} read {_quoted(found[0][1])}, …). Their answers are "
            "kept, and exported, under the words they were given under.")
