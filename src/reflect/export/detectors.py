"""Detectors of personal details in one piece of text: NHS numbers, UK phone numbers, emails, UK
postcodes, dates of birth, National Insurance numbers and street addresses (a house number,
capitalised words and a street's word: `4 Moorvale Road`). Likely names of people in free text
are export/likely_names.py's.

Each detector yields (start, end, normalised value) and aims for precision: numbers are checked
(NHS check digit with python-stdnum, the UK numbering plan, National Insurance prefix rules), a
date is only a date of birth when the same sentence says so, and look-alikes named as something
else ("ISBN 0306406152", "Room B12 3AB") are left alone. Pure functions: no Textual, no IO.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from stdnum import isbn
from stdnum.gb import nhs

from reflect.model.dates import MONTH_WORDS, MONTHS

NHS = "NHS number"
PHONE = "UK phone number"
EMAIL = "email address"
POSTCODE = "UK postcode"
BIRTH_DATE = "date of birth"
NI_NUMBER = "National Insurance number"
ADDRESS = "street address"
NAME = "participant name"
LIKELY_NAME = "likely name"

KINDS = (NHS, PHONE, EMAIL, POSTCODE, BIRTH_DATE, NI_NUMBER, ADDRESS, NAME, LIKELY_NAME)

# --- detectors ------------------------------------------------------------------------------
# The normalised value is compared with the contact lines ("0300 1213121" is "0300 121 3 121").

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


_MONTH = MONTH_WORDS + r"\.?"
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
    r"(?<!\w)(?:date\s+of\s+birth|birth[\s-]?date|birthday|born|d\.\s?o\.\s?b\.?|dob\.?|aged)"
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
        day, month = int(g["td"]), MONTHS[g["tm"].rstrip(".").lower()]
    else:
        day, month = int(g["ad"]), MONTHS[g["am"].rstrip(".").lower()]
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


# "4 Moorvale Road", "12a Invented Close": a house number, one to three capitalised words and
# a street's word, not a month ("12 March Road"). A CPD record printed "the family at 4
# Moorvale Road" (a trial). Not a street without a number ("Moorvale Road surgery").
_STREET = (r"Road|Rd|Street|St|Lane|Avenue|Ave|Close|Drive|Way|Crescent|Gardens|Court|Place"
           r"|Terrace|Grove|Mews|Rise|Square|Walk|Row|Parade")
_ADDRESS_RE = re.compile(
    rf"(?<![\w/.,:-])(?:[Ff]lat{_SP}+[0-9]{{1,3}}[A-Za-z]?,?{_SP}+)?[0-9]{{1,3}}[A-Za-z]?,?"
    rf"{_SP}+(?!(?i:{MONTH_WORDS}){_SP})(?:[A-Z][a-z'’-]+{_SP}+){{1,3}}(?:{_STREET})(?![\w-])")


def _address(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _ADDRESS_RE.finditer(text):
        yield m.start(), m.end(), " ".join(m.group().split()).casefold()


# In order of preference when two detectors claim overlapping text (the longer claim wins first).
DETECTORS: list[tuple[str, Callable[[str], Iterator[tuple[int, int, str]]]]] = [
    (EMAIL, _email),
    (NI_NUMBER, _ni_number),
    (PHONE, _phone),
    (NHS, _nhs),
    (POSTCODE, _postcode),
    (BIRTH_DATE, _birth_date),
    (ADDRESS, _address),
]

_ANY_NEEDED = re.compile(r"[0-9@]")


def might_hold_any(text: str) -> bool:
    """False only when no detector above can find anything in `text`: each needs an ASCII digit,
    except the email detector, which needs an "@". (A quick test before running them all: a
    report checks tens of thousands of short texts, most holding neither.)"""
    return _ANY_NEEDED.search(text) is not None
