"""Names typed in free text that no session lists: the partnership's report redacts them
(report/facts.py), and the export's personal-details check finds them (export/identifiers.py).

A report names no one, yet a name typed in a session's title or an action ("Supervision with Pat
Example", "Jo Invented to ring the GP") reached it, its saved files and its cache as typed: the
session's people's names and likely names (`baby Sam`, `Mrs Example`) were all it looked for.
So did the export's check, and a CPD record, which names nobody, kept "It reminded me of Jayden
in Year 2; I met Kelly Sample" as typed (a trial). `spans` finds, beside them:

- a first name from `first_names.txt` (kept by hand, 1,331 names common in the UK), written
  as a name is (`Jo`, `Priya`), in capitals (`CHRIS`) or in small letters (`marcus`); one that
  is also a word (`Grace`, `Pat`, `will`) only where it can be no word: capitalised inside a
  sentence, at a sentence's start when what follows says it is someone (`Pat to book`,
  `Pat's reflection`, `Mark and Jo`; not `Hope to follow up`, a word of `not_owners.txt`
  before "to"; before "is" or "was" only when a word saying how someone is follows, `Will was
  upset`, `Grace was 14`, or the session writes it as a name elsewhere, `Known.named`: not
  `Hope is what kept us going`, redacted until 7 December 2026, a trial), in small letters
  only as `ask pat to` or `pat to` first;
- the capitalised words straight after one (a surname: `Jo Invented`);
- initials: `J.I.`, `E. W.`, and two or three capitals where an owner stands (`JI to ring`,
  `with JI`) that are no abbreviation of a job or a service (`SW`, `DSL`, `MARAC`);
- a capitalised word no list knows straight after a word that goes before a person (`with
  Quorra`, `ask Velindra`, `told Quorra`, `speak to Tamsk`), unless a place's word follows it
  (`with Moorvale Primary`, `Invite Invented Police`); or at a sentence's start, doing
  something (`Quorra to ring`, `Velindra has rung`, `Zorvan was quiet`), unless it is a common
  English word (model/common_words.py: `Food was short`, `Contact was poor`, `Training to be
  booked`) the session writes as a name nowhere else (`Meadow was quiet` is a name where it
  asks Meadow: a trial's passed the check) or a word of `not_owners.txt` (`Admin to send`;
  `Hard to read`, `Good to see`: a trial's CPD record said "[redacted] to read").

Never the session's team, its people's roles and agencies, or the review's title, found as
whole phrases (the team `Grace House` keeps `Grace House`), nor, for the last rule only, a word
they, the review's questions and recommendations, or the session's own text write in small
letters. What is not found (docs/reports.md says it to the reader): a name no list holds with
no person's word before it and nothing after it saying it is someone (`Supervision - Tamsk
Orlov`), a surname alone (`The Quillbys`; `likely_names.likely_names` finds `the Quillby
family`), a name in small letters that is in no list or is also a word (`quorra to send`,
`tell grace`), a name in no list that is also a common word, or a first name that is also a
word with no word after "is" or "was" saying how someone is, at a sentence's start and written
as a name nowhere else in the session (`Meadow was quiet`, `Rose was at the door`). Pure: no
IO but the lists, read once.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from reflect.accents import unaccented
from reflect.model.common_words import is_english
from reflect.model.dates import MONTHS, WEEKDAYS
from reflect.model.name_words import (
    A_PERSONS_STATE,
    ABBREVIATED,
    BEFORE_A_PERSON,
    BEFORE_TO,
    OWN_WORDS,
    PLACE_WORDS,
    first_names,
    not_owners,
)
from reflect.model.roles import JOB_WORDS, NOT_NAMES

if TYPE_CHECKING:
    from reflect.model.session import Session


_AN_OWNER_DOES = re.compile(
    r"[ \u00a0]+(?:to|will|has|had|is|was)[ \u00a0]+(?!(?:be|the|a|an|this|that|these|those|all"
    r"|every|each|our|their|his|her|my|your|its|any|some|no|not)\b)[a-z]")
"""After a word at a sentence's start, what makes it a person doing something: `Quorra to
ring`, `Velindra has rung`; not `Visit to be unannounced`, `Go to the training`."""

_TOKEN = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ASCII_TOKEN = re.compile(r"(?<![\w'-])[A-Za-z]+(?:['-][A-Za-z]+)*")
"""`_TOKEN` for ASCII text, the same words found four times as fast."""
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \u00a0]?){1,2}[A-Z](?:\.|(?![\w.'’]))")
_GAP = re.compile(r"[ \u00a0]+")
_OPENS = ".!?;:-–—•*|(["
_QUOTES = " \t\n\u00a0\"'“‘"
_SAYS_SOMEONE = re.compile(r"['’]s\b|[ \u00a0]+(?:to|and(?=[ \u00a0]+[A-Z])|will|has|is|was"
                           r"|said|had)\b|[ \u00a0]*[,/&]")
"""After a first name that is also a word, at a sentence's start, what says it is someone:
`Pat's`, `Pat to`, `Mark and Jo`; not `Hope and courage` (a reflection's prose)."""
_IS_OR_WAS = re.compile(r"[ \u00a0]+(?:is|was)\b(?:[ \u00a0]+(?:(?:very|so|really|quite|too|still"
                        r"|always|often|never|not|rather)[ \u00a0]+)?(?P<next>[^\W_]+))?")
"""`Hope is what…`, `Will was very upset`: the word after the verb (`A_PERSONS_STATE`)."""
_SPEECH = re.compile("[\"“‘'`]")
_GOES_ON_TO = re.compile(r"[ \u00a0]+to\b")
_OWNER_AFTER = re.compile(r"[ \u00a0]*(?:[,/]|&(?![^\W\d_])|(?:to|and)\b)")


def _folded(word: str) -> str:
    """`word` in small letters, accents and a possessive "'s" left off ("Siân's" -> "sian")."""
    if word.endswith(("'s", "’s")) and len(word) > 3:
        word = word[:-2]
    low = word.lower()
    return low if low.isascii() else unaccented(low)


def _shape(word: str) -> str:
    """"cap" for `Jo`, `McExample`, `O'Sample`; "low" for `jo`; "up" for `JO`; "" else."""
    if word.islower():
        return "low"
    if word.isupper():
        return "up"
    return "cap" if word[0].isupper() else ""


def _abbreviations(word: str) -> bool:
    """`GPs`, `HVs`, `DSLs`: the plural of a job's or a service's abbreviation, no one."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper() \
        and word[:-1].lower() in ABBREVIATED


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(_QUOTES)
    return not before or before[-1] in _OPENS


@functools.lru_cache(maxsize=1024)
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase of the session's (a team, an agency), any case and spacing. (Cached: a
    folder's sessions share a few dozen.)"""
    body = r"\s+".join(map(re.escape, phrase.split()))
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)


class Known:
    """What a session itself says names no one: its team, its people's roles and agencies
    and its review's title, as phrases (`kept`); and, as words (`knows`), theirs and those
    `texts()` (the review's questions and recommendations, the session's own text) hold in
    small letters, read only when an unknown capitalised word needs them; and the words they
    write as a name is (`named`)."""

    def __init__(self, phrases: Iterable[str] | Callable[[], Iterable[str]],
                 texts: Callable[[], Iterable[str]]) -> None:
        self._given = phrases
        self._texts = texts
        self._phrases: tuple[str, ...] | None = None
        self._words: frozenset[str] | None = None
        self._typed: str | None = None
        self._named: frozenset[str] | None = None

    @property
    def phrases(self) -> tuple[str, ...]:
        """The phrases, each once, on one line (worked out when first asked for: most texts
        never need them)."""
        if self._phrases is None:
            given = self._given() if callable(self._given) else self._given
            self._phrases = tuple(dict.fromkeys(p for p in (" ".join(p.split()) for p in given)
                                                if p))
        return self._phrases

    def knows(self, word: str) -> bool:
        """Whether `word` (in small letters) is a word of a phrase or typed in small letters."""
        if self._words is None:
            self._words = frozenset(_folded(w) for p in self.phrases for w in _TOKEN.findall(p))
        if word in self._words:
            return True
        if self._typed is None:
            self._typed = " " + _NOT_WORD.sub(" ", " ".join(self._texts())) + " "
        return f" {word} " in self._typed

    def named(self, word: str) -> bool:
        """Whether `texts()` write `word` (in small letters) as a name is: capitalised inside a
        sentence, on its own (`I asked Meadow`; not `the Hope Centre`, `Meadow View Primary`,
        `Early Help`, a phrase of `kept`). Where a word is one more often, at a sentence's
        start before "is" or "was" (`Hope is what kept us going`), only this says it is
        someone (`Meadow was quiet`). Worked out when first asked for."""
        if self._named is None:
            self._named = frozenset(w for text in self._texts() if text
                                    for w in _written_as_names(text, self.kept(text)))
        return word in self._named

    def kept(self, text: str) -> list[tuple[int, int]]:
        """Where `text` holds one of the phrases, any case and spacing."""
        low = text.lower()
        return [m.span() for p in self.phrases if p.split()[0].lower() in low
                for m in _phrase(p).finditer(text)]


_NOT_BEFORE_A_NAME = frozenset("the a an this that these those our their its every each any "
                               "some no".split())


def _written_as_names(text: str, kept: Sequence[tuple[int, int]]) -> Iterator[str]:
    """The words (`_folded`) `text` writes as a name is (`Known.named`)."""
    tokens = list(_TOKEN.finditer(text))
    for i, m in enumerate(tokens):
        if _shape(m.group()) != "cap" or _starts_sentence(text, m.start()) or any(
                k0 < m.end() and m.start() < k1 for k0, k1 in kept):
            continue
        before = tokens[i - 1] if i and _GAP.fullmatch(text, tokens[i - 1].end(),
                                                       m.start()) else None
        after = tokens[i + 1] if i + 1 < len(tokens) and _GAP.fullmatch(
            text, m.end(), tokens[i + 1].start()) else None
        if before and (before.group()[0].isupper() or _folded(
                before.group()) in _NOT_BEFORE_A_NAME):
            continue  # `Early Help`, `the Hope Centre`
        if after and (after.group()[0].isupper() or _folded(after.group()) in PLACE_WORDS):
            continue  # `Meadow View Primary`, `Hope house`
        yield _folded(m.group())


_NOBODY_KNOWN = Known((), tuple)
_NOT_WORD = re.compile(r"[^\w'’-]+")
_VOCABULARY = (NOT_NAMES | OWN_WORDS | JOB_WORDS | ABBREVIATED | frozenset(MONTHS)
               | frozenset(WEEKDAYS))
_PLAIN = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile("[a-z]+")
_A_CAPITAL = re.compile("[A-Z][A-Z.]")
_CAPITALS = re.compile(r"(?<![\w.'’-])[A-Z]{2,3}[ \u00a0]*(?:[,/&]|(?:to|and)\b)")


def _may_hold_one(text: str, names: frozenset[str]) -> bool:
    """False only when no rule of `spans` can find anything in `text` (most texts: a report
    reads tens of thousands), worked out in a few scans of the whole text."""
    low = text.lower()
    words = _ASCII_WORD.findall(low) if low.isascii() else _PLAIN.findall(unaccented(low))
    if not names.isdisjoint(words) or not BEFORE_A_PERSON.isdisjoint(words) or (
            "to" in words and not BEFORE_TO.isdisjoint(words)):
        return True
    return bool(_AN_OWNER_DOES.search(text) or _A_CAPITAL.search(text) and (
        _INITIALS.search(text) or _CAPITALS.search(text)))


def spans(text: str, known: Known = _NOBODY_KNOWN,
          listed: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where `text` holds a name no session lists, as the report finds them (the module's
    docstring says how), in order, none overlapping; a word within `listed` (where the
    session's people's names are) is not looked at again."""
    names, wordy = first_names()
    if not _may_hold_one(text, names):
        return []
    tokens = list((_ASCII_TOKEN if text.isascii() else _TOKEN).finditer(text))
    keys = [_folded(m.group()) for m in tokens]
    found: list[tuple[int, int]] = []
    kept: list[tuple[int, int]] | None = None

    def in_kept(i: int) -> bool:
        nonlocal kept
        if kept is None:
            kept = known.kept(text)
        start, end = tokens[i].span()
        return any(k0 < end and start < k1 for k0, k1 in kept)

    def surname(i: int) -> int:
        """How many tokens from `i` on (at most two) are a surname after a first name written
        as it is (`Jo Invented`, `KIM QUILLFEATHER`)."""
        count, shape = 0, _shape(tokens[i - 1].group())
        while i + count < len(tokens) and count < 2 and shape != "low":
            m, key = tokens[i + count], keys[i + count]
            if not _GAP.fullmatch(text, tokens[i + count - 1].end(), m.start()) \
                    or _shape(m.group()) != shape or key in _VOCABULARY:
                break
            count += 1
        return count

    def place_follows(i: int) -> bool:
        """`Moorvale Primary`, `Invented Police`, `Moorvale CAMHS`: a place, no one."""
        if i + 1 >= len(tokens) or not _GAP.fullmatch(text, tokens[i].end(),
                                                      tokens[i + 1].start()):
            return False
        return keys[i + 1] in PLACE_WORDS or _shape(tokens[i + 1].group()) == "up"

    def unknown(i: int) -> bool:
        """Whether the capitalised word `i` is in no list and nothing the session holds."""
        return keys[i] not in _VOCABULARY and not _abbreviations(tokens[i].group()) \
            and not in_kept(i) and not known.knows(keys[i])

    def is_name(i: int) -> bool:
        m, key = tokens[i], keys[i]
        if key not in names and m.group()[0].islower():
            return False  # most words
        shape = _shape(m.group())
        before = keys[i - 1] if i else ""
        if shape == "cap":
            if key in names:
                if key not in wordy or not _starts_sentence(text, m.start()) \
                        or m.group()[-2:] in ("'s", "’s") or surname(i + 1) > 0:
                    return True
                if not _SAYS_SOMEONE.match(text, m.end()) or key in not_owners() and \
                        _GOES_ON_TO.match(text, m.end()):
                    return False  # "Hope to follow up" is the writer's hope
                # "Hope is what kept us going": the word, unless what follows says how someone
                # is ("Will was upset", "Grace was 14") or the session names someone so
                be = _IS_OR_WAS.match(text, m.end())
                return be is None or bool(be["next"]) and (be["next"].isdigit() or be[
                    "next"].lower() in A_PERSONS_STATE) or known.named(key)
            if "-" in key and key.split("-")[0] in names and key.split("-")[0] not in wordy:
                return True  # Ann-Marie
            if _starts_sentence(text, m.start()):
                return len(key) >= 3 and key not in not_owners() and bool(_AN_OWNER_DOES.match(
                    text, tokens[i + surname(i + 1)].end())) and unknown(i) and (
                    not is_english(key) or known.named(key))  # "Meadow was quiet"
            person_before = before in BEFORE_A_PERSON or (
                before == "to" and i > 1 and keys[i - 2] in BEFORE_TO)
            return person_before and not _SPEECH.search(text, tokens[i - 1].end(), m.start()) \
                and not place_follows(i) and unknown(i)  # told "Space ticks…": words said
        if shape == "low":
            if key not in names:
                return False
            return key not in wordy or (i == 0 or before in BEFORE_A_PERSON) and bool(
                _GOES_ON_TO.match(text, m.end()))
        if shape == "up" and key.isascii() and key not in ABBREVIATED:
            if len(key) >= 3 and key in names and key not in wordy:
                return True  # CHRIS
            if 2 <= len(key) <= 3 and key not in not_owners():  # initials where an owner
                # stands (JI to ring, with JI), not a word in capitals ("NOT to be shared")
                owner_at = _starts_sentence(text, m.start()) or before in (
                    "and", "with", "ask", "tell", "cc")
                return owner_at and bool(_OWNER_AFTER.match(text, m.end()))
        return False

    taken = sorted(listed)  # the session's people's names: their words are not looked at
    i = j = 0
    while i < len(tokens):
        start, end = tokens[i].span()
        while j < len(taken) and taken[j][1] <= start:
            j += 1
        if j < len(taken) and taken[j][0] < end or not is_name(i):
            i += 1
            continue
        last = i + surname(i + 1)
        end = tokens[last].end()
        if tokens[last].group().endswith(("'s", "’s")) and len(tokens[last].group()) > 3:
            end -= 2
        found.append((tokens[i].start(), end))
        i = last + 1
    for m in _INITIALS.finditer(text):
        letters = m.group().replace(".", "").replace(" ", "").replace("\u00a0", "")
        if letters.lower() not in ABBREVIATED:
            found.append(m.span())
    if not found:
        return []
    if kept is None:
        kept = known.kept(text)
    return merged([s for s in found if not any(k0 < s[1] and s[0] < k1 for k0, k1 in kept)])


def a_concept(words: Sequence[str]) -> bool:
    """Whether capitalised words in quotes are a phrase of common English words, none a first
    name: a concept (`'Professional Curiosity' matters`), no one's name (`"Sam Sample"`,
    `"Zorvan Quill"`). Until 7 December 2026 the quotes rule of the export's likely names
    (export/detectors.py) took them for a full name, and a CPD record redacted them."""
    keys = [_folded(w) for w in words]
    return first_names()[0].isdisjoint(keys) and all(map(is_english, keys))


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def session_known(session: Session) -> Known:
    """What `session` says names no one (`Known`): its team, its people's roles and agencies
    and its review's title as phrases; the review's questions and recommendations as the
    session holds them, and what was typed, for its words in small letters. The report and
    the export's check read a session alike."""
    return Known(lambda: [session.team, session.review_title, *(
        w for p in session.participants for w in (p.role, p.agency))],
        lambda: _typed_words(session))


def _typed_words(session: Session) -> Iterator[str]:
    for a in session.answers:
        yield a.question
        yield from (p.text for p in a.points)
        yield from (a.what, a.so_what, a.now_what, a.text)
    for act in session.actions:
        yield from (act.recommendation, act.text, act.progress)
    yield from (c.text for c in session.carried)
    yield from session.notes.values()
    yield session.title
