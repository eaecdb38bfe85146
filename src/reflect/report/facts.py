"""What a report needs from one session, and nothing more: `SessionFacts`.

A report never names anyone, so the facts hold no names: people are their role, agency and
whether they attended; actions are their text and due date with names (the people's, likely
names of anyone else, and names no session lists: model/unlisted_names.py) and other identifiers
replaced by "[redacted]" (as `export.identifiers` finds them for notes by role only), their
status, the recommendation they answer and their owner by role and agency, never by name
(report/owners.py). No facilitator, no answers' text.

Because they hold nothing identifying, facts can be kept in the per-machine cache
(report/cache.py) and a second report reads them instead of every session file;
report/facts_json.py turns them into plain JSON data and back, exactly.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from reflect.report.dates import due_date, due_parts
from reflect.report.later import CarriedFacts, Moved, carried_facts
from reflect.report.owners import NOBODY, Owner, Owners
from reflect.text import one_line

if TYPE_CHECKING:  # (a report with nothing changed reads facts alone: no session model)
    from reflect.model.session import Session


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
    agreed_due: str | None = None
    """The due date the meeting agreed, where a later meeting moved it (as `due`); None while
    never moved (a lead read the new date alone, and could not see it had slipped: a trial)."""
    agreed_due_date: date | None = None
    shown: tuple[str, str] = ("", "")
    """`report.dates.due_parts` of the above: the due date as the date read (words that
    name none as typed), and the date first agreed where a later meeting moved it; worked
    out here, once."""
    owner: Owner = NOBODY
    """Who owns it, naming no one: their role and agency, or words naming no one
    (report/owners.py). The overdue actions showed no owner, only the team (a trial)."""
    moved: Moved | None = None
    """The later meeting that moved its due date (`Action.moved_in`), None: none, or not
    known (moved by a reflect before schema 4)."""
    id: str = ""
    """The action's id in its session: a later meeting's copy of it names it so."""
    agreed_owner: Owner | None = None
    """The owner its meeting agreed, where a later meeting gave it to `owner` (`given`)."""
    given: Moved | None = None
    done_in: Moved | None = None
    """The later meeting that marked it done (`Action.done_in`, or later.py `_done_in`)."""


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
    discussed: tuple[str, ...] = ()
    """A themed session's: the titles of the reviews something was recorded on, their own
    questions or recommendations (model/recorded.py, `reviews_recorded`); () for one review."""
    answered_ids: tuple[str, ...] = ()
    """The ids of the questions answered: a report counts each question once per review."""
    recorded: bool = True
    """False for a session with nothing recorded (model/recorded.py: started and left, say):
    a report does not count it, and says so."""
    title: str = ""
    """Its own title, on one line, names redacted as in actions: a report names each session
    by it beside its id or day (two on one review and day were told apart by nothing)."""
    carried: tuple[CarriedFacts, ...] = ()
    """What its copies of the team's last time's actions show (report/later.py): a status,
    note or due date set here that could not be written back is newer than the file's."""
    attended_codes: tuple[str, ...] = field(default=(), compare=False)
    """A code for each person marked here who has a name, never the name (report/attended.py):
    whether anyone came to two team discussions, said beside the attendances. Not compared:
    made with another key (a report read with no cache), the facts are the same."""
    held: date | None = field(default=None, compare=False, repr=False)
    """The day it was held here (`gather.session_date`), worked out when first asked (a report
    asks five times): not cached, as a change of time zone would leave it wrong."""


@dataclass(frozen=True)
class _Named:
    name: str


@dataclass(frozen=True)
class _Probe:
    """What `name_patterns` reads of a session: the people, and no facilitator of its own
    (the facilitator is one of the people here, unless the field holds a role)."""

    participants: list[_Named]
    facilitator: str = ""
    mode: str = "team"


def _redacted(text: str, likely: bool, names: list[tuple[int, int]],
              own: frozenset[str] = frozenset()) -> str:
    """`text` with `names` (where the session's people's names are, and names no session
    lists: model/unlisted_names.py) and each identifier found in it replaced, as
    `identifiers.redact` does; with `likely`, each likely name too (`baby Sam`, `"Alex
    Example"`: the export check's `likely_names.likely_names`) but one of `own`, the review
    title's words (its child, "Child Kestrel", printed beside every session in the report).
    Over-redacting costs a report little: so every "@" and letters is a likely name here
    ("@SAM", "@SUM(1)"), where notes and records keep the codes a team types (`every_at`)."""
    from reflect.export.identifiers import find_in, replaced
    from reflect.model.unlisted_names import merged

    spans = find_in(text, [], set(), own if likely else None, every_at=True)
    return replaced(text, merged([(start, end) for start, end, _ in spans] + names))


@functools.lru_cache(maxsize=4096)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of `words`, any case."""
    return re.compile("|".join(map(re.escape, words)), re.IGNORECASE)


class _Names:
    """Whether a text may hold one of a session's people's names, and the patterns to find them
    (made only when a text may: most texts hold no name)."""

    def __init__(self, people: list[str]) -> None:
        self.people = people
        # Every name pattern starts with the name's first word, in any case.
        self.firsts = tuple(sorted({name.split()[0] for name in people if name.split()}))
        self.ascii = all(w.isascii() for w in self.firsts)
        self.lowered = tuple(w.lower() for w in self.firsts)
        self._patterns: list[re.Pattern[str]] | None = None

    def may_be_in(self, text: str) -> bool:
        if not self.firsts:
            return False
        if self.ascii and text.isascii():
            # For ASCII text and words, the same as the pattern's any-case search, with no
            # pattern to compile for each session's mix of people.
            low = text.lower()
            return any(w in low for w in self.lowered)
        return _any_of(self.firsts).search(text) is not None

    def patterns(self) -> list[re.Pattern[str]]:
        if self._patterns is None:
            from reflect.export.identifiers import name_patterns

            probe = _Probe([_Named(name) for name in self.people])
            self._patterns = list(name_patterns(probe))  # type: ignore[arg-type]
        return self._patterns


def facts_of(session: Session, read_only: str | None = None, key: str = "") -> SessionFacts:
    """The facts of a session read from its file (`read_only` as `read_session` gave it);
    `key`: the attendees' codes' (report/attended.py; default the run's own)."""
    from reflect.export.detectors import might_hold_any
    from reflect.export.likely_names import likely_names
    from reflect.model.moved import moved_said
    from reflect.model.recorded import anything_recorded, reviews_recorded
    from reflect.model.roles import names_no_one
    from reflect.model.unlisted_names import Known, session_known
    from reflect.model.unlisted_names import spans as free_names
    from reflect.report.attended import codes, run_key

    actions: list[ActionFacts] = []
    recorded = anything_recorded(session)
    @functools.cache
    def people() -> _Names:  # made the first time a text is cleaned: most sessions need none
        # The facilitator's field whatever it holds but a role ("Team lead", "Duty manager"):
        # a role is no one's name, and was redacted from titles and actions as one (a trial).
        leads = [] if names_no_one(session.facilitator) else [session.facilitator]
        return _Names([p.name for p in session.participants] + leads)

    @functools.cache
    def known() -> Known:  # what the session says names no one: its team, roles, agencies...
        return session_known(session)

    @functools.cache  # the review title's words: "Child Kestrel" is no one's name, nor its
    def own() -> frozenset[str]:  # "Kestrel" alone ("My Kestrel notes" was redacted: a trial)
        from reflect.export.unlisted import WORDS

        return frozenset(w.casefold() for w in WORDS.findall(session.review_title))

    def clean(text: str) -> str:
        if not text:
            return ""
        names = people()  # the participants' names and the facilitator's
        named = names.may_be_in(text)
        # A child's or family member's name is no participant's: "ring Mum Jo about baby
        # Sam" reached the partnership's report as typed (a trial).
        likely = next(likely_names(text, every_at=True), None) is not None
        # And a name no one listed: "Supervision with Pat Example", "Jo Invented to ring the
        # GP" reached it as typed (model/unlisted_names.py).
        listed = [m.span() for p in names.patterns() for m in p.finditer(text)] if named else []
        typed = listed + [(a, b) for a, b in free_names(text, known(), listed)  # not "Wren"
                          if not set(re.findall(r"[^\W\d_]+", text[a:b].casefold())) <= own()]
        if not typed and not likely and not might_hold_any(text):
            return one_line(text)  # nothing to redact: no name, no identifier
        return one_line(_redacted(text, likely, typed, own()))

    owners = Owners(session, clean)
    for a in session.actions:
        moved = a.agreed_due is not None
        due, day = clean(a.due), due_date(a.due_date, a.due, session.created)
        agreed = clean(a.agreed_due or "") if moved else None
        agreed_day = due_date(a.agreed_due_date, a.agreed_due or "",
                              session.created) if moved else None
        by = a.moved_in if moved else None
        moved_in = None if by is None else Moved(by.session_id, clean(by.label), by.held)
        said = moved_said(a, moved_in.label) if moved_in is not None else ""
        owner, agreed_owner = owners.of(a)
        by = a.given_in if agreed_owner is not None else None
        given = None if by is None else Moved(by.session_id, clean(by.label), by.held)
        by = a.done_in if a.status == "done" else None  # (kept where it was agreed)
        done = None if by is None else Moved(by.session_id, clean(by.label), by.held)
        actions.append(ActionFacts(clean(a.text), due, day, a.status, one_line(a.recommendation),
                                   clean(a.progress), agreed, agreed_day,
                                   due_parts(due, day, agreed, agreed_day, said), owner,
                                   moved_in, a.id, agreed_owner, given, done))
    return SessionFacts(
        id=session.id, review_id=session.review_id, review_title=session.review_title,
        mode=session.mode, team=session.team, created=session.created,
        updated=session.updated, schema_version=session.schema_version,
        answered=sum(1 for a in session.answers if a.has_content),
        people=tuple(Person(p.role, p.agency, p.attended) for p in session.participants),
        actions=tuple(actions), read_only=read_only,
        confidence=tuple((c.phase, tuple(c.counts)) for c in session.confidence or []),
        discussed=reviews_recorded(session),
        answered_ids=tuple(dict.fromkeys(a.question_id for a in session.answers
                                         if a.has_content)),
        recorded=recorded, title=clean(session.title),
        carried=carried_facts(session, clean) if session.carried else (),
        attended_codes=codes(session.participants, key or run_key()))
