"""Personal identifiers in a session's text, found before notes leave the machine.

Teams discuss real cases, and someone may type a child's NHS number, a parent's mobile number
or an address into an answer. `find_identifiers` lists what looks like an identifying detail in
everything the team typed (export/typed_fields.py: never the review's own wording); `redact`
makes a copy of the session with those details replaced. Pure functions of a session: no
Textual, no network, no model.

Every detector (in `reflect.export.detectors`) aims for precision: a finding should be
something a person would agree is an identifier; and the partnership's own published contact
details (the review's `contact` lines) are never reported. Likely names of people (`baby Sam`,
`Mrs Example`, a capitalised full name in quotes) are looked for in every session's free text,
a self-reflection's too, which has no participants whose names could be looked for (but
one written after a team session has that session's, read from its file: `known_names`,
looked for where the notes name nobody, as a participant's name is):
not in the fields that name the staff themselves (facilitator, participants, owners), and not
a name the review itself uses ("Child H (Henry)").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reflect.export import owner_parts
from reflect.export.detectors import (
    ADDRESS,
    BIRTH_DATE,
    DETECTORS,
    EMAIL,
    KINDS,
    LIKELY_NAME,
    NAME,
    NHS,
    NI_NUMBER,
    PHONE,
    POSTCODE,
)
from reflect.export.likely_names import likely_names
from reflect.export.listed_at import names_one_listed
from reflect.export.markdown import REDACTED
from reflect.export.typed_fields import typed_fields
from reflect.export.unlisted import WORDS, Finder, finder, review_words
from reflect.model.review import Review
from reflect.model.session import Session

__all__ = ["ADDRESS", "BIRTH_DATE", "EMAIL", "KINDS", "LIKELY_NAME", "NAME", "NHS", "NI_NUMBER",
           "PHONE", "POSTCODE", "REDACTED", "Finding", "find_identifiers", "kinds_in", "marked",
           "redact", "replaced"]


@dataclass(frozen=True)
class Finding:
    kind: str
    """What it looks like: one of `KINDS` (e.g. "NHS number")."""
    where: str
    """The place in words, e.g. "Question 2: How do you ensure…" or "Agreed action 1 (owner)"."""
    field: str
    """The place as a path into the session, e.g. "answers[1].text" or "notes.good-practice"."""
    text: str
    """The matched text exactly as it appears in the field."""
    start: int
    end: int
    """Offsets within the field's text: `field_text[start:end] == text`."""


def people(session: Session) -> list[str]:
    """The names of the people `session` lists: its participants, and a team session's
    facilitator when the field holds a name ("Kim Lee") rather than a role ("Team lead"). A
    reflection's is its writer's own (model/whose.py): their record may name them, as it
    could before whose it was recorded (their title "Pat's reflection" held the record back)."""
    named = [p.name for p in session.participants]
    if session.mode == "team" and len(session.facilitator.split()) >= 2 and all(
            w[:1].isupper() for w in session.facilitator.split()):
        named.append(session.facilitator)
    return named


def name_patterns(session: Session | None, also: Iterable[str] = ()) -> list[re.Pattern[str]]:
    """Patterns finding the names of the people `session` lists (`people`) and the names
    `also` gives, each in full and by its first name, written as a name is."""
    names: dict[object, re.Pattern[str]] = {}
    for name in [*(people(session) if session is not None else []), *also]:
        parts = name.split()
        if not parts or not re.search(r"\w", name):
            continue
        key = " ".join(parts).casefold()
        if key not in names:
            names[key] = _full_name_pattern(tuple(parts))
        first = parts[0]
        if len(parts) > 1 and len(first) >= 2 and first[0].isupper() and first.isalpha() \
                and ("first", first) not in names:
            names[("first", first)] = _first_name_pattern(first)
    return list(names.values())


@functools.lru_cache(maxsize=4096)
def _full_name_pattern(parts: tuple[str, ...]) -> re.Pattern[str]:
    """Whole words, any case: "Ann" is not in "Annie" or "Ann-Marie", but is in "Ann's".
    (Cached: a report checks thousands of sessions naming the same people.)"""
    body = r"\s+".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _first_name_pattern(first: str) -> re.Pattern[str]:
    """A first name on its own ("Jo said..."), written as a name is: capitalised."""
    return re.compile(rf"(?<![\w-]){re.escape(first)}(?![\w-])")


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def listed_words(session: Session, also: Iterable[str] = ()) -> frozenset[str]:
    """The words, in lower case, of the names of everyone `session` lists (its participants,
    its facilitator or writer) and of `also`: an "@" and one of them is a likely name however
    it is written ("@SAM"), where "@SUM(1)" is none (`likely_names.likely_names`)."""
    named = [p.name for p in session.participants] + [session.facilitator, *also]
    return frozenset(w.casefold() for name in named for w in _NAME_WORD.findall(name))


def _published(review: Review | None) -> set[tuple[str, str]]:
    """(kind, normalised value) of every detail in the review's published contact lines."""
    published: set[tuple[str, str]] = set()
    for line in review.contact if review else []:
        for kind, detect in DETECTORS:
            published.update((kind, value) for _, _, value in detect(line))
    return published


def find_in(text: str, names: list[re.Pattern[str]], published: set[tuple[str, str]],
             not_names: frozenset[str] | None = None,
             listed: frozenset[str] = frozenset(),
             every_at: bool = False, unlisted: Finder | None = None,
             ) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) in `text`, in order; likely names too unless
    `not_names` (the review's own words, never a finding) is None (`listed`: the words of the
    names of the session's people, `listed_words`; `every_at`: see `likely_names`), and the
    names no one listed `unlisted` finds (`export.unlisted`), likely names too."""
    claims: list[tuple[int, int, int, str]] = []  # (start, end, preference, kind)
    for rank, (kind, detect) in enumerate(DETECTORS):
        for start, end, value in detect(text):
            if (kind, value) not in published:
                claims.append((start, end, rank, kind))
    for pattern in names:
        claims += [(m.start(), m.end(), len(DETECTORS), NAME) for m in pattern.finditer(text)]
    if not_names is not None:
        claims += [(start, end, len(DETECTORS) + 1, LIKELY_NAME)
                   for start, end, value in likely_names(text, listed, every_at)
                   # by its words, as `not_names`: "q-test" is the review's "Child Q-Test"
                   if not set(WORDS.findall(value)) <= not_names]
        claims += [(start, end, len(DETECTORS) + 1, LIKELY_NAME)
                   for start, end in (unlisted(text) if unlisted else ())
                   if not set(WORDS.findall(text[start:end].casefold())) <= not_names]
    kept: list[tuple[int, int, str]] = []  # sorted by start, never overlapping
    for start, end, _, kind in sorted(claims, key=lambda c: (c[0] - c[1], c[2], c[0])):
        at = bisect_left(kept, (start,))
        if at and kept[at - 1][1] > start or at < len(kept) and kept[at][0] < end:
            continue
        kept.insert(at, (start, end, kind))
    return kept


def kinds_in(text: str, review: Review | None = None,
             session: Session | None = None) -> list[str]:
    """What kinds of personal detail one piece of text seems to hold (e.g. a point sent from
    the room, checked before the facilitator accepts it), each once, in the order found; the
    review's own published contact details, and names it uses itself, are not counted. An
    "@" and a word of the name of someone `session` lists is a name however it is written
    ("@SAM", Sam Sample listed), as the export's check reads it (`listed_words`): with no
    one's names, the room's check let "@SAM" through."""
    listed = frozenset() if session is None else listed_words(session)
    found = [kind for _, _, kind in find_in(text, [], _published(review),
                                             review_words(review), listed)]
    return list(dict.fromkeys(found))


def find_identifiers(session: Session, review: Review | None = None, *,
                     roles_only: bool = False, by_agency: bool = False,
                     printed: Callable[[str], bool] | None = None,
                     known_names: Iterable[str] = ()) -> list[Finding]:
    """What in `session`'s typed text looks like a personal identifier, in the notes' order.

    Scans the title, team, facilitator, each participant's name, role and agency, the actions
    carried over from earlier sessions (text, owner, due), every answer (its points, What? /
    So what? / Now what? and free text), every section note, every agreed action (text,
    owner, due), what I will do differently and the CPD record's own words (`cpd.*`); not
    the questions, the recommendations actions answer, or the review. Details that appear in
    `review.contact` (the partnership's published number and email) are not findings. Likely
    names of people (`likely_names.likely_names`) are, in every field but the facilitator, the
    participants and the owners of actions (where the staff are named), unless the review
    itself uses them; with `roles_only`, in an owner printed as typed too (and only then in
    an "@" and the name of one of the session's people: export/listed_at.py). With
    `roles_only` (the notes are to name roles, not people), each participant's name found in
    those fields is a finding too, but not an agreed action's owner who is a participant
    (attended or not), a team session's facilitator, named in full, or one a later meeting
    gave an action to (`Action.given_in`): such notes print their role instead
    (`owner_parts.owner_by_role`, and under one held back `owner_held` says why; with
    `by_agency`, the notes' attendance by agency, their agency). With `printed` (a field's
    path -> whether the export prints it), fields the export never prints are not looked at.
    `known_names` are people the session does not list but reflect knows (the participants
    of the team session a reflection was written after: `store.known_names`): with
    `roles_only` (a CPD record, notes to share that name nobody) each is a finding wherever
    it is typed, as a participant's name is; notes that name people may name them, as a
    reflection of one's own names the colleagues it was talked over with.
    """
    names = name_patterns(session, known_names) if roles_only else []
    unlisted = finder(session, name_patterns(session, [*known_names, session.facilitator]))
    published = _published(review)
    not_names = review_words(review)
    listed = listed_words(session, known_names)
    findings = []
    for f in typed_fields(session):
        if printed is not None and not printed(f.path):
            continue
        text = f.get()
        # Exports by role only leave out the facilitator's own field, and print the owners of
        # last time's actions by role or not at all (parts.carried_owner): a name there is no
        # finding.
        # Nor is a participant's own name field (it is left out of those exports too).
        left_out = roles_only and (f.path == "facilitator" or any(
            f.path.startswith(group) and f.path.endswith(part)
            for group, part in (("carried[", "].owner"), ("participants[", "].name"))))
        # An owner printed by role (owner_parts.owner_by_role): the name typed is not in the notes.
        # The other detectors still look at it: a detail found in both is redacted in both.
        left_out = left_out or bool(
            roles_only and f.path.startswith("actions[") and f.path.endswith("owner")
            and owner_parts.owner_by_role(session, text, by_agency))
        field_names = [] if left_out else names
        # Likely names are looked for in what was written, not where staff are named; but
        # notes that name nobody print an owner who is none of the session's people as typed,
        # and a CPD record gives it ("with: Dr Example" reached the record unchecked).
        staff = f.path == "facilitator" or f.path.startswith("participants[") \
            or (f.path.endswith("owner") and (left_out or not roles_only))
        for start, end, kind in find_in(text, field_names, published,
                                         None if staff else not_names, listed, False, unlisted):
            if kind != LIKELY_NAME or roles_only or not names_one_listed(session, text, start,
                                                                          end):
                findings.append(Finding(kind, f.where, f.path, text[start:end], start, end))
    return findings


def marked(session: Session) -> tuple[Session, dict[str, str]]:
    """A deep copy of `session` with each typed field that holds text replaced by a word of its
    own (a marker: lower-case letters, so no detector takes it for a detail), and the field's
    path by each marker. An export of the copy holds the markers of the fields it prints: the
    check then looks at those alone. Empty fields stay empty, so the export takes the same
    turns as it does for `session` (a role left empty still gives way to the agency)."""
    copy = session.model_copy(deep=True)
    marks: dict[str, str] = {}
    for f in typed_fields(copy):
        if f.get().strip():
            # Letters a-p only between "zqx" and "xqz": no marker is found inside another.
            mark = "zqx" + f"{len(marks):x}".translate(_LETTERS) + "xqz"
            marks[mark] = f.path
            f.set(mark)
    return copy, marks


_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def redact(session: Session, findings: list[Finding]) -> Session:
    """A deep copy of `session` with each finding's text replaced by "[redacted]".

    The original is not changed. A finding whose offsets no longer match its field (the text
    was edited since it was found) has every occurrence of its text in that field replaced, so
    a detail is never left in by mistake. A finding for a field the session does not have
    raises ValueError.
    """
    copy = session.model_copy(deep=True)
    fields = {f.path: f for f in typed_fields(copy)}
    by_field: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.field not in fields:
            raise ValueError(f"the session has no field {finding.field!r}")
        by_field.setdefault(finding.field, []).append(finding)
    for path, found in by_field.items():
        text = fields[path].get()
        spans: list[tuple[int, int]] = []
        for f in found:
            if f.text and text[f.start:f.end] == f.text:
                spans.append((f.start, f.end))
            elif f.text:
                spans += [(m.start(), m.end()) for m in re.finditer(re.escape(f.text), text)]
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        fields[path].set(replaced(text, [(start, end) for start, end in merged]))
    return copy


def replaced(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (start, end: in order, none overlapping) replaced by REDACTED,
    with the "@" written before it, as at a point's end or `with @sam`: "then visit @Sam"
    read "then visit @[redacted]" (a trial), now "then visit [redacted]"."""
    for start, end in reversed(spans):
        if start and text[start - 1] == "@" and (start == 1 or text[start - 2].isspace()):
            start -= 1
        text = text[:start] + REDACTED + text[end:]
    return text
