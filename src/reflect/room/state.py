"""What a room knows, kept in memory only (closing it drops what still waits: `close`): the
question on show, the participants (a random id and a form token each, never an address or a
name), each participant's own points with their status, shared points and confidence answers.

No web server here: the handlers in `handlers.py` ask this object, and `Room` changes it."""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from reflect.room.contract import WAITING, ConfidenceCounts, RoomQuestion

Status = Literal["waiting", "accepted", "declined", "removed", "dropped"]

MAX_POINT = 2000
"""Characters in one point (after cleaning)."""
MAX_NAME = 80
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: easy to read aloud and type


def new_code() -> str:
    """A room code such as "K7QM-2P": 31**6 (about 900 million) codes, typed from a screen."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
    return f"{chars[:4]}-{chars[4:]}"


def same_secret(given: str, expected: str) -> bool:
    """A form token or link compared in constant time."""
    return bool(given) and secrets.compare_digest(given.encode(), expected.encode())


def normal_code(typed: str) -> str:
    """A typed code as it is compared: capitals, no spaces or dashes."""
    return "".join(c for c in typed.upper() if c.isalnum())


class Bucket:
    """A token bucket: `burst` at once, then `per_minute` a minute. `clock` is injectable for
    tests."""

    def __init__(self, per_minute: float, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.tokens = float(burst)
        self.clock = clock
        self.stamp = clock()

    def ready(self) -> bool:
        """Whether one more may be taken now (without taking it)."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return self.tokens >= 1.0 - 1e-9  # at the very second said, not just after it

    def wait(self) -> float:
        """Seconds until one more may be taken (0 when one may be taken now)."""
        return 0.0 if self.ready() else (1.0 - self.tokens) / self.rate

    def take(self) -> bool:
        if self.ready():
            self.tokens -= 1.0
            return True
        return False


@dataclass
class OwnPoint:
    """A point as its writer's page lists it. A declined point's text is dropped at once, and
    so is an accepted one's that the facilitator took out of the notes ("removed"), and one
    still waiting when the room closed ("dropped")."""

    id: str
    step_key: str
    heading: str
    text: str
    status: Status = "waiting"
    edited: bool = False
    """Accepted in the facilitator's words, not as sent: the page shows what was kept."""
    sent: str = ""
    """A digest of the words as sent (`sent_digest`), never the words: the same words sent
    again are this point once accepted, even in the facilitator's words (`accepted_copy`)."""


def sent_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Held:
    """A point the room refused (too long, too many at once, ...), as it was in the form: the
    next load of the room page puts it back in the box, once. The refusal is shown at the
    form's address (/r/<token>/point); a reload, or a browser reopening that tab, asked for
    it again and got "405 Not allowed" (a trial): it is sent back to the room page, and this
    keeps what was typed."""

    text: str
    name: str
    step_key: str
    message: str
    wait: int = 0
    """The seconds `message` asks to wait, when it asks (`pages.room`)."""


@dataclass
class Participant:
    id: str
    csrf: str
    bucket: Bucket
    points: list[OwnPoint] = field(default_factory=list)
    version: int = 0
    took_part: bool = False
    """Sent a point or answered a confidence check: a person, not just a page load."""
    held: Held | None = None
    """Their last point refused, until the room page shows it again or a point is sent."""


@dataclass
class Confidence:
    phase: Literal["start", "end"]
    prompt: str
    answers: dict[str, int] = field(default_factory=dict)

    def counts(self) -> ConfidenceCounts:
        counts = dict.fromkeys(range(1, 6), 0)
        for level in self.answers.values():
            counts[level] += 1
        return ConfidenceCounts(phase=self.phase, prompt=self.prompt, counts=counts)


class RoomState:
    """Everything a room holds in memory, and the rules for changing it."""

    def __init__(self, *, max_participants: int = 60, points_per_minute: float = 10.0,
                 burst: int = 5, wrong_codes_per_minute: float = 10.0,
                 clock: Callable[[], float] = time.monotonic, page_key: str = "") -> None:
        self.token = secrets.token_urlsafe(24)
        self.page_key = page_key
        """What participants' pages keep their words under (`Room.page_key`): the same for one
        session's rooms from one run of reflect to the next, where the token is new."""
        self.code = new_code()
        self.max_participants = max_participants
        self.points_per_minute = points_per_minute
        self.burst = burst
        self.clock = clock
        self.guesses = Bucket(wrong_codes_per_minute, int(wrong_codes_per_minute), clock)
        self.question: RoomQuestion = WAITING
        self.review_title = ""
        self.shown_keys: dict[str, str] = {}  # step key -> heading, every question shown so far
        self.shared: dict[str, list[str]] = {}
        self.confidence: Confidence | None = None
        self.participants: dict[str, Participant] = {}
        self.points: dict[str, tuple[Participant, OwnPoint]] = {}
        self.version = 0

    # --- who is in the room -----------------------------------------------------------------

    def participant(self, pid: str | None) -> Participant | None:
        return self.participants.get(pid) if pid else None

    def join(self) -> Participant | None:
        """A new participant, or None when the room is full. A full room first lets go of the
        longest-joined browser that has sent nothing (no point, no answer): page loads without
        the room's cookie (a browser blocking cookies reloads every few seconds) filled it,
        and nobody could join."""
        if len(self.participants) >= self.max_participants:
            idle = next((pid for pid, p in self.participants.items() if not p.took_part), None)
            if idle is None:
                return None
            del self.participants[idle]
        pid = secrets.token_urlsafe(12)
        person = Participant(id=pid, csrf=secrets.token_urlsafe(24),
                             bucket=Bucket(self.points_per_minute, self.burst, self.clock))
        self.participants[pid] = person
        return person

    def joined(self) -> int:
        """People in the room: those who sent a point or answered. A page load is not a person
        (a link-preview bot, curl, a phone refusing cookies joins again on every load: one room
        counted 60 with five people in it)."""
        return sum(p.took_part for p in self.participants.values())

    def right_code(self, typed: str) -> bool:
        return secrets.compare_digest(normal_code(typed), normal_code(self.code))

    def right_token(self, token: str) -> bool:
        return same_secret(token, self.token)

    def locked(self) -> bool:
        """Too many wrong codes or links were tried lately: codes are refused for a while (a
        room-wide limit, as no addresses are kept)."""
        return not self.guesses.ready()

    def locked_for(self) -> float:
        """Seconds until a code is taken again: ten wrong ones at once, then one every six
        seconds (a code refused meanwhile, even the right one, does not count)."""
        return self.guesses.wait()

    def wrong_guess(self) -> None:
        self.guesses.take()

    # --- what the facilitator does ------------------------------------------------------------

    def show(self, question: RoomQuestion) -> None:
        self.question = question
        if question.review_title:
            self.review_title = question.review_title
        if question.step_key:
            self.shown_keys[question.step_key] = question.heading
        self.version += 1

    def share(self, step_key: str, texts: list[str] | None) -> None:
        if self.shared.get(step_key) == texts:
            return  # (shared again on every change to the question's points)
        if texts is None:
            self.shared.pop(step_key, None)
        else:
            self.shared[step_key] = list(texts)
        self.version += 1

    def waiting_copy(self, person: Participant, step_key: str, text: str) -> bool:
        """Whether `person` already has this very point waiting for this question (a double
        tap on Send queued it twice, and Accept all took both)."""
        return any(p.status == "waiting" and p.step_key == step_key and p.text == text
                   for p in person.points)

    def accepted_copy(self, person: Participant, step_key: str, text: str) -> OwnPoint | None:
        """`person`'s point for this question, sent in these very words, that the facilitator
        has accepted: a phone that lost its connection as it sent sends it again, and it went
        into the notes twice (a room trial). Only the same phone's: another phone sending
        the same words is another person's point."""
        digest = sent_digest(text)
        return next((p for p in person.points if p.status == "accepted"
                     and p.step_key == step_key and p.sent == digest), None)

    def add_point(self, person: Participant, step_key: str, text: str) -> OwnPoint:
        point = OwnPoint(id=secrets.token_urlsafe(8), step_key=step_key,
                         heading=self.shown_keys.get(step_key, ""), text=text,
                         sent=sent_digest(text))
        person.points.append(point)
        person.took_part = True
        person.held = None
        person.version += 1
        self.points[point.id] = (person, point)
        return point

    def resolve(self, point_id: str, accepted: bool, text: str | None = None) -> None:
        found = self.points.get(point_id)
        if found is None:
            return
        person, point = found
        point.status = "accepted" if accepted else "declined"
        if accepted and text is not None and text != point.text:
            point.text, point.edited = text, True
        if not accepted:
            point.text = point.sent = ""  # nothing of a declined point is kept
            del self.points[point_id]
        person.version += 1

    def follow(self, point_id: str, text: str | None, edited: bool) -> None:
        """An accepted point as the notes hold it now: in the facilitator's words (`edited`:
        not as sent), or taken out of the notes (None), its words dropped; brought back, it
        is accepted again. The writer's page kept "Accepted" and the words as sent after the
        facilitator took a personal detail out, or the point itself (a trial)."""
        found = self.points.get(point_id)
        if found is None or found[1].status not in ("accepted", "removed"):
            return
        person, point = found
        now: tuple[Status, str, bool] = (("accepted", text, edited) if text is not None
                                         else ("removed", "", False))
        if (point.status, point.text, point.edited) != now:
            point.status, point.text, point.edited = now
            person.version += 1

    def reopen(self, point_id: str, participant: str, text: str) -> None:
        """A point the facilitator declined by mistake and brought back (the app kept its
        words): waiting again, its words back on its writer's page. Nothing when the writer
        or the point is no longer here."""
        person = self.participants.get(participant)
        point = next((p for p in person.points if p.id == point_id), None) if person else None
        if person is None or point is None or point.status != "declined":
            return
        point.status, point.text, point.sent = "waiting", text, sent_digest(text)
        self.points[point_id] = (person, point)
        person.version += 1

    def ask_confidence(self, phase: Literal["start", "end"], prompt: str) -> None:
        self.confidence = Confidence(phase=phase, prompt=prompt)
        self.version += 1

    def answer_confidence(self, person: Participant, level: int) -> ConfidenceCounts | None:
        if self.confidence is None or not 1 <= level <= 5:
            return None
        self.confidence.answers[person.id] = level
        person.took_part = True
        person.version += 1
        return self.confidence.counts()

    def close_confidence(self) -> ConfidenceCounts:
        if self.confidence is None:
            return ConfidenceCounts(phase="start", prompt="", counts=dict.fromkeys(range(1, 6), 0))
        counts = self.confidence.counts()
        self.confidence = None
        self.version += 1
        return counts

    def close(self) -> None:
        """The room has closed: the points still waiting are dropped (their words too: the
        facilitator never took them), and so are what was shared, the confidence answers and
        the points refused that a reload would put back. Who joined, and their points
        decided, stay for the room opened again in the same run of the app: the same link
        and code, and each page carries on with its own points (a reopened room was a new
        one, and everyone's list was empty: a trial). Memory only."""
        for pid, (person, point) in list(self.points.items()):
            if point.status == "waiting":
                point.status, point.text, point.sent = "dropped", "", ""
                del self.points[pid]
                person.version += 1
        for person in self.participants.values():
            person.held = None
        self.shared.clear()
        self.confidence = None
        self.version += 1

    def version_for(self, person: Participant) -> str:
        return f"{self.version}.{person.version}"
