"""Personal identifiers in a session's text, found before notes leave the machine.

Teams discuss real cases, and someone may type a child's NHS number, a parent's mobile number
or an address into an answer. `find_identifiers` lists what looks like an identifying detail in
everything the team typed (never the review's own wording); `redact` makes a copy of the session
with those details replaced. Pure functions of a session: no Textual, no network, no model.

Every detector aims for precision: a finding should be something a person would agree is an
identifier. So numbers are checked (NHS check digit, UK numbering plan, National Insurance
prefix rules), a date is only a date of birth when the same sentence says so, and the
partnership's own published contact details (the review's `contact` lines) are never reported.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from stdnum import isbn
from stdnum.gb import nhs

from reflect.export.markdown import SECTION_NOTES
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.text import one_line

REDACTED = "[redacted]"

NHS = "NHS number"
PHONE = "UK phone number"
EMAIL = "email address"
POSTCODE = "UK postcode"
BIRTH_DATE = "date of birth"
NI_NUMBER = "National Insurance number"
NAME = "participant name"

KINDS = (NHS, PHONE, EMAIL, POSTCODE, BIRTH_DATE, NI_NUMBER, NAME)


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


# --- the fields a team types into -----------------------------------------------------------

_QUESTION_WIDTH = 50


def _shorten(text: str, width: int = _QUESTION_WIDTH) -> str:
    """`text` on one line, cut at a word before `width` characters with "…" when longer."""
    flat = one_line(text)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


@dataclass(frozen=True)
class _Field:
    path: str
    where: str
    get: Callable[[], str]
    set: Callable[[str], None]


def _fields(s: Session) -> Iterator[_Field]:
    """Every free-text field of `s` that someone typed (the review's words, such as a question
    or an action's recommendation, are not among them)."""

    def attr(obj: object, name: str, path: str, where: str) -> _Field:
        return _Field(path, where, lambda: getattr(obj, name),
                      lambda value: setattr(obj, name, value))

    yield attr(s, "title", "title", "Session title")
    yield attr(s, "team", "team", "Team")
    yield attr(s, "facilitator", "facilitator", "Facilitator")
    for i, person in enumerate(s.participants):
        for name in ("name", "role", "agency"):
            yield attr(person, name, f"participants[{i}].{name}", f"Participant {i + 1} ({name})")
    for i, c in enumerate(s.carried):
        where = f"Earlier action {i + 1}"
        yield attr(c, "text", f"carried[{i}].text", where)
        yield attr(c, "owner", f"carried[{i}].owner", f"{where} (owner)")
        yield attr(c, "due", f"carried[{i}].due", f"{where} (due)")
    for i, a in enumerate(s.answers):
        question = _shorten(a.question)
        where = f"Question {i + 1}: {question}" if question else f"Question {i + 1}"
        for j, point in enumerate(a.points):
            yield attr(point, "text", f"answers[{i}].points[{j}].text",
                       f"{where} (point {j + 1})")
        yield attr(a, "what", f"answers[{i}].what", f"{where} (What?)")
        yield attr(a, "so_what", f"answers[{i}].so_what", f"{where} (So what?)")
        yield attr(a, "now_what", f"answers[{i}].now_what", f"{where} (Now what?)")
        yield attr(a, "text", f"answers[{i}].text", where)
    for key in list(s.notes):
        label = SECTION_NOTES.get(key, key)

        def _set(value: str, key: str = key) -> None:
            s.notes[key] = value

        yield _Field(f"notes.{key}", f"Notes: {label}", lambda key=key: s.notes[key], _set)
    for i, act in enumerate(s.actions):
        yield attr(act, "text", f"actions[{i}].text", f"Agreed action {i + 1}")
        yield attr(act, "owner", f"actions[{i}].owner", f"Agreed action {i + 1} (owner)")
        yield attr(act, "due", f"actions[{i}].due", f"Agreed action {i + 1} (due)")
    yield attr(s, "differently", "differently", "What I will do differently")


# --- detectors ------------------------------------------------------------------------------
# Each yields (start, end, normalised value) for one piece of text. The normalised value is what
# is compared with the review's contact lines (so "0300 1213121" is the same as "0300 121 3 121").

_SP = "[ \u00a0]"  # a space as typed, or a non-breaking space pasted from a document
_NOT_IN_RUN_BEFORE = r"(?<!\w)(?<![0-9][-.])"  # not glued to a word or a hyphen/dot digit run
_NOT_IN_RUN_AFTER = r"(?!\w)(?![-.][0-9])"

_NHS_RE = re.compile(
    _NOT_IN_RUN_BEFORE
    + rf"([0-9]{{3}})((?:{_SP}|-)?)([0-9]{{3}})\2([0-9]{{4}})"
    + _NOT_IN_RUN_AFTER
)


# "ISBN 0306406152": an ISBN-10 and an NHS number share the same modulus-11 check, so a number
# labelled as an ISBN is a book, not a person.
_ISBN_LABEL = re.compile(r"ISBN(?:[- ]?1[03])?\s*:?\s*$", re.IGNORECASE)


def is_nhs_number(digits: str) -> bool:
    """Ten digits with a valid NHS check digit (and not a placeholder like 0000000000)."""
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    if len(set(digits)) == 1:  # every repeated digit passes modulus 11; none is a real number
        return False
    if digits < "32" and not _chi_date(digits):
        return False
    return bool(nhs.is_valid(digits))


def _chi_date(digits: str) -> bool:
    """Numbers below 320 000 0000 are Scottish CHI numbers, which begin with a birth date
    (DDMMYY): "0123456789" (day 01, month 23) is none, so it is no health number."""
    day, month = int(digits[:2]), int(digits[2:4])
    return 1 <= day <= 31 and 1 <= month <= 12


def _nhs(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _NHS_RE.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4)
        if not is_nhs_number(digits):
            continue
        if isbn.is_valid(digits) and _ISBN_LABEL.search(text[max(0, m.start() - 12):m.start()]):
            continue
        yield m.start(), m.end(), digits


# A UK number: +44 / 0044 (optionally "(0)") or a trunk 0 (optionally in brackets), then digits
# separated by at most one space or hyphen, or a closing bracket after the area code.
_PHONE_RE = re.compile(
    r"(?<![\w+])(?<![0-9][-.])"
    rf"(?:(?:\+|00)44{_SP}?(?:\(0\){_SP}?)?|\(?0)"
    rf"[1237](?:(?:\){_SP}?|{_SP}|-)?[0-9]){{8,9}}"
    + _NOT_IN_RUN_AFTER
)


def uk_phone_digits(match: str) -> str | None:
    """A candidate's national form (`07700900123`), or None when it is not a UK number."""
    national = match
    for prefix in ("+44", "0044"):
        if national.startswith(prefix):
            national = national[len(prefix):].lstrip(" \u00a0").removeprefix("(0)")
            national = "0" + national.lstrip(" \u00a0")
            break
    if national.count("(") != national.count(")"):
        return None
    digits = re.sub("[^0-9]", "", national)
    if not digits.startswith("0") or len(digits) < 2:
        return None
    if len(digits) == 10:  # only a few areas have 5-digit (or 4-digit) local numbers
        return digits if digits[:5] in _TEN_DIGIT_AREAS or digits.startswith("016977") else None
    return digits if len(digits) == 11 and digits[1] in "1237" else None


# Area codes with 5-digit local numbers, the only 10-digit UK numbers (with 016977's 4-digit
# ones): "referral 0123456789" is not a phone number, since 01234 numbers have 11 digits.
_TEN_DIGIT_AREAS = frozenset("""
01204 01208 01254 01276 01297 01298 01363 01364 01384 01386 01404 01420 01460 01461 01480 01488
01524 01527 01562 01566 01606 01629 01635 01647 01659 01695 01726 01744 01750 01768 01827 01837
01884 01900 01905 01935 01946 01949 01963 01995
""".split())


def _phone(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _PHONE_RE.finditer(text):
        start, found = m.start(), m.group()
        if found.startswith("(") and found.count("(") != found.count(")"):
            start, found = start + 1, found[1:]  # "(07700 900123)": the bracket is not part of it
        digits = uk_phone_digits(found)
        if digits:
            yield start, m.end(), digits


_EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w-])(?!\.[A-Za-z0-9])"
)


def _email(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _EMAIL_RE.finditer(text):
        yield m.start(), m.end(), m.group().casefold()


# The postcode areas of the UK, Channel Islands and Isle of Man (plus BF for BFPO), so that a
# letters-and-digits code only counts when it starts like a real postcode.
_AREAS = """
AB AL B BA BB BD BF BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL
LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN
SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE
"""
_POSTCODE_AREAS = frozenset(_AREAS.split())

_POSTCODE_RE = re.compile(
    r"(?<![\w-])"
    r"(?P<area>[A-Z]{1,2})(?P<district>[0-9][0-9A-Z]?)"
    rf"(?P<space>{_SP}?)"
    r"(?P<inward>[0-9][ABDEFGHJLNPQRSTUWXYZ]{2})"
    r"(?![\w-])",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)", re.IGNORECASE)
# "Room B12 3AB", "Ward E1 2AB": a place inside a building, named by the word just before it.
_PLACE_IN_BUILDING = re.compile(
    r"(?<!\w)(?:room|rm\.?|ward|bay|bed|office|suite|desk|locker|cubicle|lab|block|wing|"
    r"level|floor|gate|platform|seat|table|cell)[ \u00a0]+$", re.IGNORECASE)


def _postcode(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _POSTCODE_RE.finditer(text):
        area, district = m.group("area").upper(), m.group("district").upper()
        if area not in _POSTCODE_AREAS:
            continue
        if _PLACE_IN_BUILDING.search(text[max(0, m.start() - 12):m.start()]):
            continue
        found = m.group()
        # Typed in lower or mixed case: only with the space between the halves, and not when
        # the second half is an ordinal ("S1 2nd" is not a postcode).
        if found != found.upper() and (
                not m.group("space") or _ORDINAL.fullmatch(m.group("inward"))):
            continue
        yield m.start(), m.end(), area + district + m.group("inward").upper()


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_RE = re.compile(
    r"(?<![\w/.-])(?:"
    # 03/03/2019, 3.3.19, 03-03-2019 (the same separator twice)
    r"(?P<d>[0-9]{1,2})(?P<sep>[/.-])(?P<m>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})"
    # 2019-03-03
    r"|(?P<iy>[0-9]{4})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})"
    # 3 March 2019, 3rd of Mar. 2019
    rf"|(?P<td>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<tm>{_MONTH}),?\s+(?P<ty>[0-9]{{4}})"
    # March 3, 2019
    rf"|(?P<am>{_MONTH})\s+(?P<ad>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ay>[0-9]{{4}})"
    r")(?![\w/])(?![.-][0-9])",
    re.IGNORECASE,
)

# Words saying a date is a birth date. "b." only in lower case and only just before the date
# ("b. 03/03/2019"), so "Child B. We met on 12/03/2026" is not read as one.
_BIRTH_WORDS = re.compile(
    r"(?<![\w.])(?:date\s+of\s+birth|birth[\s-]?date|birthday|born|d\.\s?o\.\s?b\.?|dob\.?|aged)"
    r"(?![\w])",
    re.IGNORECASE,
)
_BIRTH_INITIAL = re.compile(r"(?<![\w.])b\.(?=[\s:]*[0-9A-Za-z])")
_NEAR = 30  # at most this many characters between the word and the date
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[\n;]")


def _real_date(m: re.Match[str]) -> bool:
    g = m.groupdict()
    if g["d"]:
        day, month = int(g["d"]), int(g["m"])
    elif g["iy"]:
        day, month = int(g["id"]), int(g["im"])
    elif g["td"]:
        day, month = int(g["td"]), _MONTHS[g["tm"].rstrip(".").lower()]
    else:
        day, month = int(g["ad"]), _MONTHS[g["am"].rstrip(".").lower()]
    return 1 <= day <= 31 and 1 <= month <= 12


def _links(gap: str) -> bool:
    """Whether `gap`, the text between a birth word and a date, keeps them in one phrase."""
    if len(gap) > _NEAR or _SENTENCE_END.search(gap):
        return False
    # "Aged 4, the child was seen on 12/03/2026": a comma with words after it starts another
    # clause; "DOB, 03/03/2019" or "(born 3 March 2019)" is still one phrase.
    return not ("," in gap and re.search(r",.*[A-Za-z]", gap))


def _birth_date(text: str) -> Iterator[tuple[int, int, str]]:
    dates = [m for m in _DATE_RE.finditer(text) if _real_date(m)]
    if not dates:
        return
    words = [(m.start(), m.end()) for m in _BIRTH_WORDS.finditer(text)]
    initials = [(m.start(), m.end()) for m in _BIRTH_INITIAL.finditer(text)]
    starts = [ws for ws, _ in words]
    ends = sorted(we for _, we in words)
    ends_to_start = {we: ws for ws, we in words}
    initial_ends = {we for _, we in initials}
    for i, d in enumerate(dates):
        # Only words between this date and its neighbours count: the gap holds no other date.
        lo = dates[i - 1].end() if i else 0
        hi = dates[i + 1].start() if i + 1 < len(dates) else len(text)
        first = bisect_left(ends, max(lo, d.start() - _NEAR))
        before = any(ends_to_start[we] >= lo and _links(text[we:d.start()])
                     for we in ends[first:bisect_right(ends, d.start())])
        last = bisect_right(starts, min(hi, d.end() + _NEAR))
        after = any(_links(text[d.end():ws]) and we <= hi
                    for ws, we in words[bisect_left(starts, d.end()):last])
        k = d.start()
        while k > lo and text[k - 1] in " \t\u00a0:":
            k -= 1
        if before or after or k in initial_ends:
            yield d.start(), d.end(), re.sub(r"\s+", " ", d.group()).casefold()


_NI_RE = re.compile(
    r"(?<!\w)"
    r"(?P<prefix>[ABCEGHJ-PR-TW-Z][ABCEGHJ-NPR-TW-Z])"
    rf"{_SP}?(?P<a>[0-9]{{2}}){_SP}?(?P<b>[0-9]{{2}}){_SP}?(?P<c>[0-9]{{2}}){_SP}?"
    r"(?P<suffix>[A-D])(?!\w)",
    re.IGNORECASE,
)
_NI_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def _ni_number(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _NI_RE.finditer(text):
        if m.group("prefix").upper() in _NI_NEVER:
            continue
        found = m.group()
        if found != found.upper() and found != found.lower():
            continue  # "Ab 12 34 56 c" is not how anyone writes one
        yield m.start(), m.end(), re.sub(r"\s", "", found).upper()


# In order of preference when two detectors claim overlapping text (the longer claim wins first).
_DETECTORS: list[tuple[str, Callable[[str], Iterator[tuple[int, int, str]]]]] = [
    (EMAIL, _email),
    (NI_NUMBER, _ni_number),
    (PHONE, _phone),
    (NHS, _nhs),
    (POSTCODE, _postcode),
    (BIRTH_DATE, _birth_date),
]


def _name_patterns(session: Session) -> list[re.Pattern[str]]:
    names: dict[object, re.Pattern[str]] = {}
    people = [p.name for p in session.participants]
    # The facilitator, when the field holds a name ("Kim Lee") rather than a role ("Team lead").
    if len(session.facilitator.split()) >= 2 and all(
            w[:1].isupper() for w in session.facilitator.split()):
        people.append(session.facilitator)
    for name in people:
        parts = name.split()
        if not parts or not re.search(r"\w", name):
            continue
        key = " ".join(parts).casefold()
        if key not in names:
            body = r"\s+".join(re.escape(part) for part in parts)
            # Whole words: "Ann" is not in "Annie" or "Ann-Marie", but is in "Ann's".
            names[key] = re.compile(rf"(?<![\w-]){body}(?![\w-])", re.IGNORECASE)
        first = parts[0]
        if len(parts) > 1 and len(first) >= 2 and first[0].isupper() and first.isalpha() \
                and ("first", first) not in names:
            # A first name on its own ("Jo said..."), written as a name is: capitalised.
            names[("first", first)] = re.compile(rf"(?<![\w-]){re.escape(first)}(?![\w-])")
    return list(names.values())


def _published(review: Review | None) -> set[tuple[str, str]]:
    """(kind, normalised value) of every detail in the review's published contact lines."""
    published: set[tuple[str, str]] = set()
    for line in review.contact if review else []:
        for kind, detect in _DETECTORS:
            published.update((kind, value) for _, _, value in detect(line))
    return published


def _find_in(text: str, names: list[re.Pattern[str]],
             published: set[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) in `text`, in order."""
    claims: list[tuple[int, int, int, str]] = []  # (start, end, preference, kind)
    for rank, (kind, detect) in enumerate(_DETECTORS):
        for start, end, value in detect(text):
            if (kind, value) not in published:
                claims.append((start, end, rank, kind))
    for pattern in names:
        claims += [(m.start(), m.end(), len(_DETECTORS), NAME) for m in pattern.finditer(text)]
    kept: list[tuple[int, int, str]] = []  # sorted by start, never overlapping
    for start, end, _, kind in sorted(claims, key=lambda c: (c[0] - c[1], c[2], c[0])):
        at = bisect_left(kept, (start,))
        if at and kept[at - 1][1] > start or at < len(kept) and kept[at][0] < end:
            continue
        kept.insert(at, (start, end, kind))
    return kept


def find_identifiers(session: Session, review: Review | None = None, *,
                     roles_only: bool = False) -> list[Finding]:
    """What in `session`'s typed text looks like a personal identifier, in the notes' order.

    Scans the title, team, facilitator, each participant's name, role and agency, the actions
    carried over from earlier sessions (text, owner, due), every answer (its points, What? /
    So what? / Now what? and free text), every section note, every agreed action (text,
    owner, due) and what I will do differently; not
    the questions, the recommendations actions answer, or the review. Details that appear in
    `review.contact` (the partnership's published number and email) are not findings. With
    `roles_only` (the notes are to name roles, not people), each participant's name found in
    those fields is a finding too.
    """
    names = _name_patterns(session) if roles_only else []
    published = _published(review)
    findings = []
    for f in _fields(session):
        text = f.get()
        # Exports by role only leave out the facilitator's own field and the owners of last
        # time's actions (parts.carried_owner): a name there is no finding.
        # Nor is a participant's own name field (it is left out of those exports too).
        left_out = f.path == "facilitator" or any(
            f.path.startswith(group) and f.path.endswith(part)
            for group, part in (("carried[", "].owner"), ("participants[", "].name")))
        field_names = [] if left_out else names
        for start, end, kind in _find_in(text, field_names, published):
            findings.append(Finding(kind, f.where, f.path, text[start:end], start, end))
    return findings


def redact(session: Session, findings: list[Finding]) -> Session:
    """A deep copy of `session` with each finding's text replaced by "[redacted]".

    The original is not changed. A finding whose offsets no longer match its field (the text
    was edited since it was found) has every occurrence of its text in that field replaced, so
    a detail is never left in by mistake. A finding for a field the session does not have
    raises ValueError.
    """
    copy = session.model_copy(deep=True)
    fields = {f.path: f for f in _fields(copy)}
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
        for start, end in reversed(merged):
            text = text[:start] + REDACTED + text[end:]
        fields[path].set(text)
    return copy
