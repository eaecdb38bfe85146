"""A time to log, typed: whole minutes read from figures or the words people log time in
(`parse_minutes`: `45`, `1h30`, `1,5 hours`, `an hour and a half`, `about 45`), and why one is
refused, to follow it quoted (`minutes_refused`). The CPD minutes box, plain mode, `reflect
cpd-fill` and the time plan's *Your own* box (plan_length.py) read times so; a number word
alone in figures (`number_in_figures`) is plain mode's too. Saying a time is timebox.py's
(`hours_and_minutes`, `duration`).

Pure: no Textual.
"""

from __future__ import annotations

import re

from reflect.model.timebox import MAX_MINUTES, hours_and_minutes
from reflect.text import plural

_HOURS_MINUTES = re.compile(
    r"(?:(\d+)\s*(?:h|hr|hrs|hour|hours))?\s*(?:(\d+)\s*(?:m|min|mins|minute|minutes)?)?")
_DECIMAL_HOURS = re.compile(r"(\d*\.\d+)\s*(?:h|hr|hrs|hour|hours)")


_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())} | {
    "a": "1", "an": "1", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}


def number_in_figures(word: str) -> str:
    """One number word in figures, as a time's are read (`two` → `2`, `Twenty` → `20`); else
    `word` as typed (`a`, one only before a unit, too)."""
    figures = _NUMBER_WORDS.get(word.strip().casefold(), word)
    return word if word.strip().casefold() in ("a", "an") else figures


_TENS_AND_ONES = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+"
                            r"(one|two|three|four|five|six|seven|eight|nine)\b")
"""`forty five`, `forty-five`: 45 (`forty five minutes` was read as 40 and 5, refused)."""
_FRACTIONS = {"a half": ".5", "a quarter": ".25", "three quarters": ".75"}
_FRACTION = re.compile(r"(\w+)\s+(?:and\s+(a\s+half|a\s+quarter|three\s+quarters)\s+(hours?)|"
                       r"(hours?)\s+and\s+(a\s+half|a\s+quarter|three\s+quarters))")
_QUARTER_HOUR = re.compile(r"\b(?:a\s+)?(three\s+)?quarters?\s+of\s+an\s+hour\b")
_HEDGE = re.compile(r"^(?:about|around|roughly|approx(?:imately)?\.?|circa|ca?\.|~)\s*|"
                    r"\s*(?:approx(?:imately)?\.?|or\s+so|-?ish)$")
"""`about 45`, `~45`, `45 mins approx`, `90ish`: the time, as near as anyone logs it (`about
an hour and a half` was refused while `an hour and a half` was taken: a trial)."""
_ARTICLE = re.compile(r"\ban?(?=\s*(?:hours?|hrs?|h|minutes?|mins?|m)\b)")
"""`a`/`an` as one only before a unit (`an hour`, `a minute`): alone, `a` is no time (a trial
typed `a` into the time plan's length and had a one-minute meeting)."""


_FRACTION_WORDS = {"½": "a half", "¼": "a quarter", "¾": "three quarters"}
_AFTER_FIGURES = re.compile(r"(\d+)\s*([½¼¾])")
_AFTER_HOURS = re.compile(r"(\d+)\s*(h|hrs?|hours?)?\s*(?:and\s+)?([½¼¾])(?=\s*(\w*)$)")
"""`1 and ½ hours`, `1h 1/2`: `1½ hours`, `1½ h` (refused while `1 and a half hours` and
`1 hour and ½` were taken: a fresh-eyes trial)."""
_OF_AN_HOUR = re.compile(r"([½¼¾])\s*(?:of\s+)?(?:an?\s+)?(?=(?:hours?|hrs?|h)\b)")
"""`1½ hours` read as `1.5 hours`, `¾ of an hour` as `0.75 hour`, `an hour and ½` as `an hour
and a half` (a health visitor's `1½ hours` was refused: a trial)."""
_TYPED_FRACTION = re.compile(r"(?<![\d/.,])(1/2|1/4|3/4)(?![\d/])")
"""`1 1/2 hours`, `3/4 hour`: ½, ¼ and ¾ as a keyboard without them types them (`1 1/2
hours` was refused while `1½ hours` was taken: a trial)."""


def _in_figures(text: str) -> str:
    """`two hours` → `2 hours`, `an hour and a half` → `1.5 hours`, `half an hour` → `30
    min`, `1 hour and 20 minutes` → `1 hour 20 minutes`, `forty-five minutes` → `45 minutes`,
    `an hour and a quarter` → `1.25 hour`, `three quarters of an hour` → `45 min`, `about 45`
    → `45`: the words people log time in (`two hours` was refused while `1.5 hours` was
    taken: a trial)."""
    text = _HEDGE.sub("", text.replace("&", " and "))
    text = _TYPED_FRACTION.sub(lambda m: {"1/2": "½", "1/4": "¼", "3/4": "¾"}[m[1]], text)
    text = _AFTER_HOURS.sub(lambda m: f"{m[1]}{m[3]} {'' if m[4] else m[2] or ''}", text)
    text = _AFTER_FIGURES.sub(lambda m: f"{m[1]}{_FRACTIONS[_FRACTION_WORDS[m[2]]]}", text)
    text = _OF_AN_HOUR.sub(lambda m: f"0{_FRACTIONS[_FRACTION_WORDS[m[1]]]} ", text)
    text = re.sub("[½¼¾]", lambda m: _FRACTION_WORDS[m[0]], text)
    text = re.sub(r"^hour\b", "an hour", text)  # (`hour and a half`)
    text = re.sub(r"\bhalf\s+an?\s+hour\b", "30 min", text)
    text = _QUARTER_HOUR.sub(lambda m: "45 min" if m[1] else "15 min", text)
    text = _TENS_AND_ONES.sub(
        lambda m: str(int(_NUMBER_WORDS[m[1]]) + int(_NUMBER_WORDS[m[2]])), text)
    text = _FRACTION.sub(lambda m: f"{_NUMBER_WORDS.get(m[1], m[1])}"
                                   f"{_FRACTIONS[' '.join((m[2] or m[5]).split())]} "
                                   f"{m[3] or m[4]}", text)
    text = _ARTICLE.sub("1", text)
    text = re.sub(r"[a-z]+", lambda m: m[0] if m[0] in ("a", "an")
                  else _NUMBER_WORDS.get(m[0], m[0]), text)
    return re.sub(r"\s+and\s+", " ", text)


_DECIMAL_COMMA = re.compile(r"(?<![\d,])(\d*),(\d{1,2})(?![\d,])")
"""`1,5` (a decimal comma, as much of Europe writes it): never a thousands separator, which
has three figures after it."""

HOW_TO_LOG = "type whole minutes (45), hours and minutes (1h30) or hours (1.5 hours)"
HOW_TO_LOG_SPOKEN = ("type whole minutes such as 45, hours and minutes such as 1h30, or hours "
                     "such as 1.5 hours")
"""`HOW_TO_LOG` as plain mode says it: its examples in brackets were read "left paren" (a
screen reader user's trial)."""
LOG_RANGE = f"from 1 minute to {MAX_MINUTES // 60} hours"
"""The times `parse_minutes` takes (a session's length is limited so too)."""


def _figures(text: str) -> str:
    return _DECIMAL_COMMA.sub(r"\1.\2", _in_figures(text.strip().lower()))


def any_minutes(text: str) -> int | None:
    """`parse_minutes` without its limits: 0 and 1500 are times, too long or too short (the
    time plan's *Your own* box says so: plan_length.py)."""
    text = _figures(text)
    if not text:
        return None
    decimal = _DECIMAL_HOURS.fullmatch(text)
    if decimal is not None:
        return int(float(decimal.group(1)) * 60 + 0.5)
    match = _HOURS_MINUTES.fullmatch(text)
    if match is None or not any(match.groups()):
        return None
    hours, mins = match.groups()
    return int(hours or 0) * 60 + int(mins or 0)


def parse_minutes(text: str) -> int | None:
    """A time in whole minutes from `15`, `15 min`, `1h`, `1h30`, `1 hour 30 minutes`, hours
    with a decimal point or comma, as nurses log them (`1.5 hours`, `1,5 hours`, `0.75h`: to
    the nearest minute), or in words (`two hours`, `an hour and a half`, `half an hour`); None
    when not understood or outside 1 minute to 24 hours (`LOG_RANGE`). (`1:30` is refused as
    ambiguous: it could be an hour and a half or a minute and a half; so is `1.5` with no unit,
    and `1,500 hours`, a decimal comma or a thousands separator.) `minutes_refused` says why."""
    total = any_minutes(text)
    return total if total is not None and 1 <= total <= MAX_MINUTES else None


def minutes_refused(text: str, spoken: bool = False) -> str:
    """Why `parse_minutes` refuses `text`, to follow it quoted: `“1500” is 1500 minutes (25
    hours): a time to log is from 1 minute to 24 hours`. Every place that reads a time to log
    says it so: a figure out of range was told to type whole minutes, which it was (a trial).
    `spoken`: in plain mode's words, with no brackets (`HOW_TO_LOG_SPOKEN`)."""
    how = HOW_TO_LOG_SPOKEN if spoken else HOW_TO_LOG
    total = any_minutes(text)
    if total is not None and total < 1:
        return f"is no time: a time to log is {LOG_RANGE}"
    if total is not None:
        said = f", that is {hours_and_minutes(total)}:" if spoken else \
            f" ({hours_and_minutes(total)}):"
        return f"is {plural(total, 'minute')}{said} a time to log is {LOG_RANGE}"
    figures = _figures(text)
    if re.match(r"[-−–]\s*\d", figures):  # ("-5" was "not a time": a fresh-eyes trial)
        return f"is less than no time: a time to log is {LOG_RANGE}"
    if re.search(r"\d,\d{3}", figures):
        return ("could be hours with a decimal comma or a figure with a thousands separator: "
                f"{how}")
    if re.fullmatch(r"\d+:\d\d", figures):
        return f"could be hours and minutes or minutes and seconds: {how}"
    if re.fullmatch(r"\d*\.\d+", figures):
        return f"could be minutes or hours: {how}"
    return f"is not a time this can log: {how}"
