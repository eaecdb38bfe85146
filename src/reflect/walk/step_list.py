"""Plain mode's list of the steps, said by `l` where a resumed walk asks where to carry on: each
by number, whether it is answered and where the walk was left, and a question with its words.

A question's words are said whole where they are short enough to listen to (`WHOLE_WORDS`);
a longer one is cut after a word, never a small one that leaves the phrase hanging (`the`,
`when`), and says in words that it goes on, and for how long: `…, and 12 words more`. They
were cut at eight words with nothing to say so, mid-phrase (`Thinking about the invented
family in Team Blue`, the question itself left out): heard, it was taken for the whole
question (a screen reader user's trial). Then they ended "…", which NVDA, at its punctuation
level "all", says as "dot dot dot" and, at the others, passes over with a pause (its
`symbols.dic` keeps it for the synthesiser): a listener could not tell the question was cut
(a trial).
"""

from __future__ import annotations

from reflect.model.session import Session
from reflect.model.steps import Step, question_of
from reflect.text import one_line, plural

WHOLE_WORDS = 20
"""A question of up to this many words is said whole after its step."""

LISTED_WORDS = 14
"""How many of a longer question's first words `l` says, at most, before `and 12 words
more`."""

HANGING = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in",
                     "into", "of", "on", "or", "so", "than", "that", "the", "their", "to",
                     "what", "when", "where", "which", "while", "who", "with"})
"""Small words a cut does not end on: the phrase would be heard hanging (`… first when…`)."""


def listed_steps(session: Session, steps: list[Step], left_at: int) -> list[str]:
    """What `l` says: a line a step, numbered, `left_at` (an index) said as where the walk was
    left, in words after commas as the line before the prompt says them (`Not answered yet:
    …`): `6. Question 2, not answered yet, left here: Who would you tell?`. In brackets,
    `(not answered)`, a screen reader said "bracket" or, at most punctuation levels, nothing
    to mark them off from the question's words (a trial)."""
    return [f"{n}. {step.label}{', not answered yet' if unanswered(session, step) else ''}"
            f"{', left here' if n == left_at + 1 else ''}{first_words(session, step)}"
            for n, step in enumerate(steps, 1)]


def first_words(session: Session, step: Step) -> str:
    """What `l` says after a question's step, once its marks are said: its words (`: What
    would you do first?`), cut short where they are long, saying so (`spoken_start`); "" for
    any other step. "5. Question 1", "6. Question 2" could not be told apart by ear (a
    screen reader user's trial)."""
    qid = question_of(step.key)
    answer = session.answer(qid) if qid is not None else None
    said = spoken_start(answer.question) if answer is not None else ""
    return f": {said}" if said else ""


def spoken_start(text: str) -> str:
    """`text` on one line, whole where it is `WHOLE_WORDS` words or fewer; else its first
    `LISTED_WORDS` at most, cut after a word that is not one of `HANGING`, and how many words
    are left out, in words: `What would you do first, and 12 words more`."""
    words = one_line(text).split()
    if len(words) <= WHOLE_WORDS:
        return " ".join(words)
    kept = words[:LISTED_WORDS]
    while len(kept) > 1 and kept[-1].rstrip(",;:").casefold() in HANGING:
        kept.pop()
    left = len(words) - len(kept)
    return f"{' '.join(kept).rstrip(',;:–—-')}, and {plural(left, 'word')} more"


def unanswered(session: Session, step: Step) -> bool:
    """A question's step whose question has no answer yet."""
    qid = question_of(step.key)
    answer = session.answer(qid) if qid is not None else None
    return answer is not None and not answer.has_content


def first_unanswered(session: Session, steps: list[Step], before: int) -> int | None:
    """The index of the first question's step before `before` left unanswered, where `u`
    goes (a resume's prompt, and the actions prompt); None where there is none."""
    return next((i for i in range(before) if unanswered(session, steps[i])), None)
