"""The saved-session model: what a team or a practitioner said about one review.

A session carries copies of the review's title and each question's text next to its answer, so
it stays readable and exportable if the content later changes or disappears.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from reflect.model.carried import ActionStatus as ActionStatus
from reflect.model.carried import CarriedAction as CarriedAction
from reflect.model.carried import EarlierHeld as EarlierHeld
from reflect.model.carried import GivenIn as GivenIn
from reflect.model.carried import MovedIn as MovedIn
from reflect.model.clean import Clean, Day, Flag, Line, Lines, Moment, Name, SessionModel, Whole
from reflect.model.cpd import CpdChoices, TeamLink
from reflect.model.participant import Participant as Participant
from reflect.model.participant import Presence as Presence
from reflect.model.review import Question, Review
from reflect.model.reworded import same_words
from reflect.model.schema import SCHEMA_VERSION as SCHEMA_VERSION
from reflect.text import printable

if TYPE_CHECKING:
    from reflect.answered import Answered


Mode = Literal["team", "individual"]

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


def migrate(data: dict[str, object]) -> dict[str, object]:
    """An older file's data, brought up to SCHEMA_VERSION: each version only adds fields with
    defaults (ids filled in by `Session`); reading never rewrites it, its next save does."""
    version = data.get("schema_version", 1)
    if type(version) is int and 1 <= version < SCHEMA_VERSION:  # not True, 1.0 or "1"
        data = {**data, "schema_version": SCHEMA_VERSION}
    return data


def whole_minutes(seconds: int) -> int:
    """Seconds as whole minutes for people to read and log: to the nearest minute, and at
    least 1 once anything was counted (rounding up made 1:15 "2 minutes" of CPD)."""
    return max(1, round(seconds / 60)) if seconds > 0 else 0


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


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


FACILITATOR = "facilitator"
"""`Point.by` of a point said by a team session's facilitator, who is on no Who is here list:
shown and exported as them (`Session.participant`), by the name the session gives now."""


class Action(SessionModel):
    id: Clean = ""
    """Stable within the session (a1, a2, ...): later sessions refer to it to update status."""
    text: Line
    owner: Line = ""
    due: Line = ""
    """When it is due, in the words typed ("next Friday")."""
    due_date: Day | None = None
    """The date `due` was read as when typed (model/dates.py); None: none read, or older file."""
    status: ActionStatus = "open"
    progress: Line = ""
    """Where it got to, as noted when a later session went through it."""
    recommendation: Line = ""
    """The review recommendation this action answers, as the review words it; "" for none."""
    agreed_due: Line | None = None
    """The due date this meeting agreed, kept when a later session moved `due` (it was lost:
    a trial); None, and not in the file, while never moved."""
    agreed_due_date: Day | None = None
    moved_in: MovedIn | None = None
    """The later meeting that moved `due`; None while never moved (or moved before it was kept)."""
    agreed_owner: Line | None = None
    """The owner this meeting agreed ("" none), kept when a later meeting gave the action to
    another (`owner` then holds theirs; model/given.py): this meeting's notes named the new
    owner as the one who agreed it. None, and not in the file, while never given to another."""
    given_in: GivenIn | None = None
    """The later meeting that gave it to `owner`; None while never given to another."""
    done_in: MovedIn | None = None
    """The later meeting that marked it done (model/moved.py, `done_said`); None: not so."""


ConfidencePhase = Literal["start", "end"]


class Confidence(SessionModel):
    """The room's answers to "How confident do you feel about …?", 1 (not at all) to 5 (very),
    asked at the start or at the end of a team session: only how many gave each answer."""

    phase: ConfidencePhase
    prompt: Clean
    counts: list[Whole] = Field(min_length=5, max_length=5)
    """How many answered 1, 2, 3, 4 and 5."""

    @field_validator("counts")
    @classmethod
    def _not_negative(cls, value: list[int]) -> list[int]:
        if any(n < 0 for n in value):
            raise ValueError("a count of answers is never negative")
        return value

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def average(self) -> float | None:
        """The mean answer (1 to 5); None when nobody answered."""
        n = self.answers
        return sum(k * c for k, c in enumerate(self.counts, 1)) / n if n else None


class Timing(SessionModel):
    """The time plan and the time actually spent, per step key, in seconds."""

    minutes: Whole = Field(default=0, ge=0, le=24 * 60)
    """The planned length of the session; 0 when there is no plan."""
    plan: dict[Clean, Whole] = {}
    spent: dict[Clean, Whole] = {}
    paused: Flag = False

    @property
    def total_spent(self) -> int:
        return sum(self.spent.values())


class Session(SessionModel):
    schema_version: int = Field(default=SCHEMA_VERSION, ge=1, strict=True)
    """A whole number (never "2", 2.0 or true): 1 to SCHEMA_VERSION are known, higher is a newer
    reflect."""
    id: Clean
    review_id: Clean
    review_title: Clean
    mode: Mode = "team"
    title: Line = ""
    team: Name = ""
    facilitator: Name = ""
    participants: list[Participant] = []
    created: Moment = Field(default_factory=now)
    updated: Moment = Field(default_factory=now)
    current_step: Clean = "intro"
    answers: list[Answer] = []
    notes: dict[Clean, Lines] = {}
    actions: list[Action] = []
    carried: list[CarriedAction] = []
    timing: Timing = Timing()
    differently: Lines = ""
    """Self-reflection: what I will do differently."""
    minutes_spent: Whole | None = Field(default=None, ge=0, le=100_000)
    """Self-reflection: time to log for CPD; None means the time reflect measured."""
    theme: Clean = ""
    """Themed sessions: the theme whose learning the session gathers (review_id is theme-<it>)."""
    left_out: list[Clean] | None = None
    """Themed sessions: the items left out before starting (`themes.theme_items`' keys);
    None when nothing was (and then not written)."""
    cpd: CpdChoices = CpdChoices()
    """The person's choices for their CPD records (type, standards, Code themes, ...)."""
    after: TeamLink | None = None
    """An individual reflection written after a team session: that session, as context."""
    confidence: list[Confidence] | None = None
    """The room's confidence check (#18), at the start and the end; None: not asked."""
    drafts: dict[Clean, Clean] = {}
    """Text typed into a form but not yet added (a point, an action, a person), by form field,
    e.g. `point:<question id>`, `action:text`: kept so that nothing typed is lost, and put
    back in the form when the session is opened again."""

    @model_validator(mode="after")
    def _ids_on_load(self) -> Session:  # (v1 files)
        self.fill_ids()
        return self

    def fill_ids(self) -> None:
        """Give participants and actions without an id one (v1 files, new entries)."""
        for items, prefix in ((self.participants, "p"), (self.actions, "a")):
            used = {item.id for item in items if item.id}
            n = 0
            for item in items:
                if not item.id:
                    n += 1
                    while f"{prefix}{n}" in used:
                        n += 1
                    item.id = f"{prefix}{n}"
                    used.add(item.id)

    def add_participant(self, person: Participant) -> Participant:
        self.participants.append(person)
        self.fill_ids()
        return person

    def add_action(self, action: Action) -> Action:
        self.actions.append(action)
        self.fill_ids()
        return action

    def set_draft(self, key: str, text: str) -> bool:
        """Keep (or, when empty, forget) text typed but not yet added; True if it changed."""
        text = printable(text)  # set in place, so not validated by pydantic
        if self.drafts.get(key, "") == text:
            return False
        if text:
            self.drafts[key] = text
        else:
            self.drafts.pop(key, None)
        return True

    def shortened(self, limit: int) -> tuple[Session, list[str]]:
        """A copy, each text over `limit` characters cut, and a name for each (model/shorten.py)."""
        from reflect.model.shorten import shortened

        return shortened(self, limit)

    def confidence_at(self, phase: ConfidencePhase) -> Confidence | None:
        return next((c for c in self.confidence or [] if c.phase == phase), None)

    def participant(self, pid: str) -> Participant | None:
        """Who `pid` is: a participant, or a team session's facilitator (`FACILITATOR`)."""
        if pid == FACILITATOR and self.mode == "team":
            return Participant(id=FACILITATOR, name=self.facilitator, role="Facilitator")
        return next((p for p in self.participants if p.id == pid), None) if pid else None

    def action_by_id(self, aid: str) -> Action | None:
        return next((a for a in self.actions if a.id == aid), None)

    @property
    def minutes_for_cpd(self) -> int:
        """Minutes to log: what the person entered, else the time measured (`whole_minutes`)."""
        if self.minutes_spent is not None:
            return self.minutes_spent
        return whole_minutes(self.timing.total_spent)

    @classmethod
    def start(cls, review: Review, session_id: str, **fields: object) -> Session:
        """A new session on `review`, with an empty answer for each of its questions."""
        from reflect.model.steps import steps_for

        answers = [Answer.to(q) for q in review.questions]
        session = cls(id=session_id, review_id=review.id, review_title=review.title,
                      answers=answers, **fields)  # type: ignore[arg-type]
        if "current_step" not in fields:  # a team starts with who is here
            session.current_step = steps_for(review, session)[0].key
        return session

    def answer(self, question_id: str) -> Answer | None:
        return next((a for a in self.answers if a.question_id == question_id), None)

    def set_answer(self, question_id: str, question: str, text: str) -> None:
        found = self.answer(question_id)
        if found is None:
            self.answers.append(Answer(question_id=question_id, question=question, text=text))
        else:
            found.text = text

    def sync_questions(self, review: Review) -> None:
        """Add answers for questions the review gained and refresh question wording (of
        empty answers, and of answers to the same words: `Answer.follow`).

        Answers to questions the review no longer has are kept, with their saved wording.
        """
        for q in review.questions:
            found = self.answer(q.id)
            if found is None:
                self.answers.append(Answer.to(q))
            else:
                found.follow(q)
        from reflect.model.links import relink

        relink(self, review)  # an old shortened copy of a recommendation: its full words

    def counted(self, review: Review | None) -> Answered:
        """Its answers counted against `review`'s questions (its own, for None: a review no
        longer in the library), and those kept to questions `review` no longer asks."""
        from reflect.answered import count

        return count([a.question_id for a in self.answers if a.has_content],
                     None if review is None else [q.id for q in review.questions],
                     [a.question_id for a in self.answers])

    @property
    def label(self) -> str:
        return self.title or self.review_title
