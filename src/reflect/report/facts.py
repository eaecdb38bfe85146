"""What a report needs from one session, and nothing more: `SessionFacts`.

A report never names anyone, so the facts hold no names: people are their role, agency and
whether they attended; actions are their text and due date with names and other identifiers
replaced by "[redacted]" (as `export.identifiers` finds them for notes by role only), their
status and the recommendation they answer. No owners, no facilitator, no answers' text.

Because they hold nothing identifying, facts can be kept in the per-machine cache
(report/cache.py) and a second report reads them instead of every session file. `to_json` and
`from_json` turn them into plain JSON data and back, exactly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from reflect.model.session import Session
from reflect.report.dates import due_date
from reflect.text import one_line


class Person(NamedTuple):
    role: str
    agency: str
    attended: bool


class ActionFacts(NamedTuple):
    text: str
    """On one line, names and identifiers redacted."""
    due: str
    """As typed, on one line, names and identifiers redacted."""
    due_date: date | None
    """The date stored when the due text was typed, else the date it names read from the
    session's start (read before redacting), or None."""
    status: str
    recommendation: str
    """The recommendation it answers, on one line; "" for none."""
    progress: str = ""
    """Where it got to, as a later session noted it: on one line, names redacted."""


@dataclass(slots=True)
class SessionFacts:
    id: str
    review_id: str
    review_title: str
    mode: str
    team: str
    created: datetime
    updated: datetime
    schema_version: int
    answered: int
    people: tuple[Person, ...]
    actions: tuple[ActionFacts, ...]
    read_only: str | None = None
    confidence: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """The room's confidence check: (phase, how many answered 1 to 5), start first."""


@dataclass(frozen=True)
class _Named:
    name: str


@dataclass(frozen=True)
class _Probe:
    """What `_name_patterns` reads of a session: the people, and no facilitator of its own
    (the facilitator is one of the people here, whatever the field holds)."""

    participants: list[_Named]
    facilitator: str = ""


def _redacted(text: str, names: list[object]) -> str:
    """`text` with each identifier and name found in it replaced, as `identifiers.redact` does."""
    from reflect.export.identifiers import REDACTED, _find_in

    spans = _find_in(text, names, set())  # type: ignore[arg-type]
    for start, end, _ in reversed(spans):
        text = text[:start] + REDACTED + text[end:]
    return text


@functools.lru_cache(maxsize=4096)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of `words` (cached: thousands of sessions share a few teams)."""
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE)


def facts_of(session: Session, read_only: str | None = None) -> SessionFacts:
    """The facts of a session read from its file (`read_only` as `read_session` gave it)."""
    from reflect.export.identifiers import _name_patterns

    actions: list[ActionFacts] = []
    if session.actions:
        # The names to look for: the participants' and the facilitator's, whatever it holds.
        people = [p.name for p in session.participants] + [session.facilitator]
        probe = _Probe([_Named(name) for name in people])
        names: list[object] = list(_name_patterns(probe))  # type: ignore[arg-type]
        # Every name pattern starts with the name's first word (any case): a text holding none
        # of them needs no name pattern tried (most texts: it saves most of the time).
        firsts = tuple(sorted({name.split()[0] for name in people if name.split()}))
        maybe = _any_of(firsts) if firsts else None

        def clean(text: str) -> str:
            if not text:
                return ""
            found = names if maybe is not None and maybe.search(text) else []
            return one_line(_redacted(text, found))

        for a in session.actions:
            actions.append(ActionFacts(clean(a.text), clean(a.due),
                                       due_date(a.due_date, a.due, session.created),
                                       a.status, one_line(a.recommendation),
                                       clean(a.progress)))
    return SessionFacts(
        id=session.id, review_id=session.review_id, review_title=session.review_title,
        mode=session.mode, team=session.team, created=session.created,
        updated=session.updated, schema_version=session.schema_version,
        answered=session.answered,
        people=tuple(Person(p.role, p.agency, p.attended) for p in session.participants),
        actions=tuple(actions), read_only=read_only,
        confidence=tuple((c.phase, tuple(c.counts)) for c in session.confidence or []))


def to_json(f: SessionFacts) -> dict[str, object]:
    return {"id": f.id, "review_id": f.review_id, "review_title": f.review_title,
            "mode": f.mode, "team": f.team, "created": f.created.isoformat(),
            "updated": f.updated.isoformat(), "schema_version": f.schema_version,
            "answered": f.answered, "read_only": f.read_only,
            "people": [[p.role, p.agency, p.attended] for p in f.people],
            "actions": [[a.text, a.due, a.due_date.isoformat() if a.due_date else None,
                         a.status, a.recommendation, a.progress] for a in f.actions],
            "confidence": [[phase, list(counts)] for phase, counts in f.confidence]}


_PEOPLE: dict[tuple[str, str, bool], Person] = {}
"""One Person for each (role, agency, attended): thousands of sessions share a few dozen."""


def _person(role: object, agency: object, attended: object) -> Person:
    if type(role) is not str or type(agency) is not str or type(attended) is not bool:
        raise TypeError("a damaged person")
    key = (role, agency, attended)
    found = _PEOPLE.get(key)
    if found is None:
        found = _PEOPLE[key] = Person(role, agency, attended)
    return found


def _action(text: object, due: object, day: object, status: object,
            rec: object, progress: object = "") -> ActionFacts:
    if not (type(text) is type(due) is type(status) is type(rec) is type(progress) is str):
        raise TypeError("a damaged action")
    if day is not None and type(day) is not str:
        raise TypeError("a damaged due date")
    return ActionFacts(str(text), str(due), date.fromisoformat(day) if day else None,
                       str(status), str(rec), str(progress))


def from_json(data: dict[str, object]) -> SessionFacts:
    """Facts from `to_json`'s data; raises KeyError, TypeError or ValueError when damaged."""
    people = tuple(_person(*row) for row in data["people"])  # type: ignore[attr-defined]
    actions = tuple(_action(*row) for row in data["actions"])  # type: ignore[attr-defined]
    read_only = data["read_only"]
    confidence = tuple(_confidence(*row) for row in data["confidence"])  # type: ignore[attr-defined]
    return SessionFacts(
        id=str(data["id"]), review_id=str(data["review_id"]),
        review_title=str(data["review_title"]), mode=str(data["mode"]), team=str(data["team"]),
        created=datetime.fromisoformat(str(data["created"])),
        updated=datetime.fromisoformat(str(data["updated"])),
        schema_version=int(data["schema_version"]),  # type: ignore[call-overload]
        answered=int(data["answered"]),  # type: ignore[call-overload]
        people=people, actions=actions,
        read_only=None if read_only is None else str(read_only), confidence=confidence)


def _confidence(phase: object, counts: object) -> tuple[str, tuple[int, ...]]:
    if phase not in ("start", "end") or not isinstance(counts, list) or len(counts) != 5 \
            or any(type(n) is not int for n in counts):
        raise TypeError("a damaged confidence check")
    return str(phase), tuple(counts)
