"""The saved-session model: what a team or a practitioner said about one review.

A session carries copies of the review's title and each question's text next to its answer, so
it stays readable and exportable if the content later changes or disappears. An answer, its
points and a reflection's boxes are model/answer.py's (`Answer` and `Point` given here too).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Literal

from pydantic import Field, field_validator, model_validator

from reflect.model.answer import Answer as Answer
from reflect.model.answer import Point as Point
from reflect.model.carried import ActionStatus as ActionStatus
from reflect.model.carried import CarriedAction as CarriedAction
from reflect.model.carried import EarlierHeld as EarlierHeld
from reflect.model.carried import GivenIn as GivenIn
from reflect.model.carried import MovedIn as MovedIn
from reflect.model.clean import Clean, Day, Flag, Line, Lines, Moment, Name, SessionModel, Whole
from reflect.model.cpd import CpdChoices, TeamLink
from reflect.model.participant import Participant as Participant
from reflect.model.participant import Presence as Presence
from reflect.model.review import Review
from reflect.model.schema import SCHEMA_VERSION as SCHEMA_VERSION
from reflect.text import printable

if TYPE_CHECKING:
    from reflect.answered import Answered


Mode = Literal["team", "individual"]


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

    def names_earlier_sessions(self) -> bool:
        """Whether it names earlier sessions by their titles (`store.carry.relabel`): last
        time's actions, or an action a later meeting moved, gave on or marked done. Asked
        first, so that opening a session naming none reads no other session's title."""
        return bool(self.carried) or any(
            by is not None for a in self.actions for by in (a.moved_in, a.given_in, a.done_in))

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
