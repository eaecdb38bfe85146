"""A session's answer to one question (`Answer`), the points made on it (`Point`), and a
reflection's boxes (What?, So what?, Now what?, other thoughts): their names, and which one
a reflection carries on in when opened again (`carry_on_box`, the one rule for the app and
plain mode). The session (model/session.py) holds an answer for each question, and `Answer`
and `Point` are still imported from there as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reflect.model.clean import Clean, Line, Lines, SessionModel
from reflect.model.review import Question
from reflect.model.reworded import same_words

REFLECTIVE_MODEL = (
    ("what", "What?", "What happened, what did you notice, what stands out for you?"),
    ("so_what", "So what?", "What does it mean for your practice, and for children?"),
    ("now_what", "Now what?", "What will you do, learn or find out?"),
)
"""The self-reflection model: the Answer field each part fills, its name and its prompt."""


AnswerBox = Literal["what", "so_what", "now_what", "text"]
ANSWER_BOXES: tuple[AnswerBox, ...] = ("what", "so_what", "now_what", "text")
"""A reflection's boxes for a question, in order: What?, So what?, Now what?, other thoughts."""
BOX_NAMES = (*(label for _, label, _ in REFLECTIVE_MODEL), "Other thoughts")
"""Those boxes as they are named, in the same order (app and plain mode)."""


def first_empty(boxes: Sequence[str]) -> int:
    """The first of a reflection's boxes (What?, So what?, Now what?, other thoughts) still
    empty, else What?."""
    return next((n for n, text in enumerate(boxes) if not text.strip()), 0)


def finished(text: str) -> bool:
    """Whether `text` ends as a finished sentence: `.`, `!`, `?` or `…` (a closing quote or
    bracket after it allowed)."""
    return text.rstrip().rstrip("\"'”’)]").endswith((".", "!", "?", "…"))


def left_unfinished(boxes: Sequence[str], last: AnswerBox | None) -> int | None:
    """The box of `boxes` last typed in (`Answer.last_typed`) where its words stop short of a
    finished sentence (`finished`); None where it is empty, finished, or not known."""
    n = ANSWER_BOXES.index(last) if last is not None else None
    return n if n is not None and boxes[n].strip() and not finished(boxes[n]) else None


def carry_on_box(boxes: Sequence[str], last: AnswerBox | None) -> int:
    """Which of a reflection's boxes it carries on in when opened again: the box last typed in,
    left unfinished (`left_unfinished`); else the first still empty, else What?. One rule: app
    and plain mode. Put in the first empty box, Now what?, a practitioner who had stopped half
    way through a sentence in So what? carried it on there, or in other thoughts (trials)."""
    cut = left_unfinished(boxes, last)
    return first_empty(boxes) if cut is None else cut


class Point(SessionModel):
    """One separate point the room made on a question, optionally said by a participant."""

    text: Line
    by: Clean = ""
    """The id of the participant who made it; "" when not attributed."""
    from_room: Line | None = None
    """A point a participant sent from the room and the facilitator accepted: the name they
    gave, or "anonymous"; None for a point typed here (and then not written)."""
    typed_as: Line | None = None
    """Its words as typed, "@…" and all, where that "@…" gave it to the one it names: as it was
    added or edited (`said_by.PointRead.typed_as`), or later (`presence.give_kept`: listed
    late). Taken off the list, it is kept so again. None otherwise (not written)."""


class Answer(SessionModel):
    question_id: Clean
    question: Clean
    text: Lines = ""
    """Team sessions: the free-text summary of the discussion. Self-reflection: other thoughts."""
    points: list[Point] = []
    what: Lines = ""
    """Self-reflection, the reflective model: What? (what happened, what I noticed)."""
    so_what: Lines = ""
    """So what? (what it means for my practice)."""
    now_what: Lines = ""
    """Now what? (what I will do)."""
    source: Clean = ""
    """Themed sessions: the title of the review the question comes from."""
    origin: str | None = None
    """"reflect" for one of reflect's standard questions (the briefing had none); else None."""
    given_under: Clean | None = None
    """The words the question read when its answers were given, where they were kept since
    under the review's newer words (`SessionEdits.keep_under_new_wording`); the notes say so
    (`reworded.kept_under`). None otherwise (and then not written)."""
    last_typed: AnswerBox | None = None
    """Self-reflection: the box last typed in (`ANSWER_BOXES`), carried on in when opened
    again while its words stop short of a finished sentence (`carry_on_box`). None before
    anything is typed, and in a file older than it (and then not written)."""

    @property
    def boxes(self) -> tuple[str, str, str, str]:
        """What a reflection's boxes hold, in `ANSWER_BOXES`' order."""
        return (self.what, self.so_what, self.now_what, self.text)

    @property
    def has_content(self) -> bool:
        return any(t.strip() for t in self.boxes) or any(p.text.strip() for p in self.points)

    @classmethod
    def to(cls, question: Question) -> Answer:
        """An empty answer to `question` (see `follow`)."""
        answer = cls(question_id=question.id, question=question.text)
        answer.follow(question)
        return answer

    def follow(self, question: Question) -> None:
        """Take what the session keeps of `question`: its wording, the review it comes from
        (a themed session's; a source already kept stays when the review names none) and
        whether it is one of reflect's standard questions. The one rule for a new session and
        an opened one: the start screen set the source again itself, and opening did not.
        An answer with something in it to a question now worded otherwise (`same_words`)
        keeps all three as it was given under: a review replaced by another briefing put the
        team's words under a question they were never asked (model/reworded.py)."""
        if self.has_content and not same_words(self.question, question.text):
            return
        self.question = question.text
        self.source = question.source or self.source
        self.origin = "reflect" if question.origin == "reflect" else None
