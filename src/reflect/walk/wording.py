"""Plain mode's note on a question the review now words otherwise than when it was answered
(model/reworded.py): the words the answers were given under, and, at a terminal, whether they
stand under the new words, as the app's button on the note asks
(`SessionEdits.keep_under_new_wording`). A script's answers are never asked: piped in, the
line meant for the answer would be read as the reply."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.model.edits import SessionEdits
from reflect.model.review import Question
from reflect.model.reworded import answered_when, asked_as
from reflect.model.session import Answer
from reflect.walk.spoken import yes_no_asked

if TYPE_CHECKING:
    from reflect.walk.dialogue import Dialogue

KEEP = f"Keep these answers under the new wording? {yes_no_asked(False)}"


def say_reworded(d: Dialogue, edits: SessionEdits, question: Question | None,
                 answer: Answer) -> bool | None:
    """The note, where `answer` was given under other words than `question` has now; True
    when the person kept the answers under the new words (then to be saved), None at the end
    of the input, else False."""
    before = asked_as(answer, question)
    if before is None or question is None:
        return False
    d.say(answered_when(before))
    if not d.at_terminal:
        return False
    while True:
        got = d.ask(KEEP)
        if got is None:
            return None
        if got.lower() in ("y", "yes"):
            edits.keep_under_new_wording(question)
            d.say("Kept under the new wording; the notes say the words they were given under.")
            return True
        if not got or got.lower() in ("n", "no"):
            return False
        d.say(f"“{got}” is not y or n.")
