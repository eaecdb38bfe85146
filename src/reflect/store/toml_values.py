"""One line of a hand-edited TOML file, as `toml_mistakes` reads it: the file's lines as
tomllib counts them, where a line's field and value are, how a line is shown (an invisible
character made visible, a long line cut), and the mistakes in a value itself: an invisible
character, a date or a number TOML cannot read, text without quotes or in curly quotes, yes
for true. Each `look_*` takes where tomllib stopped (`At`) and gives the `Mistake`, or None
when the mistake is not its kind. Pure, and never raises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

NAME = r"[A-Za-z0-9_-]+"
# (linear: a long line of spaces took seconds, and minutes, with a pattern that could match
# the same spaces in more than one way)
_KEY = re.compile(rf"[ \t]*(?P<key>{NAME}(?:[ \t]*\.[ \t]*{NAME}|[ \t]+{NAME})*)[ \t]*=[ \t]*")
"""A field's line up to its value (`title = `; a name with spaces in it too, a mistake)."""
CURLY = "“”„‘’‚«»"
_DATE_FIELD = re.compile(r"(?:date|_on|^created|^updated)$")
_DATE_LIKE = re.compile(r"\d{1,4}[-/]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}:\d")
_NUMBER_LIKE = re.compile(r"[+-]?[\d_.]*\d[\d_.eE+-]*")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_INVISIBLE = {"\r": "a carriage return", "\ufeff": "a byte-order mark", "\x00": "a NUL",
              "\x0c": "a form feed", "\u200b": "a zero-width space"}
SHOWN_WIDTH = 110
"""A line longer than this is shown as its start, the part around the mistake and its end."""


def toml_lines(text: str) -> list[str]:
    """A file's text as the lines tomllib counts: parted at each line feed only (a carriage
    return, a form feed or U+2028 inside a line is not a line's end to TOML, and counted so,
    line 2 in tomllib's words was shown as another line), a CRLF's CR dropped."""
    return [line.removesuffix("\r") for line in text.split("\n")]


class At(NamedTuple):
    """Where tomllib stopped: in a file of `lines`, at `row` (from 1), column `col`, whose
    line is `text`; `what` is tomllib's message without its place."""

    lines: list[str]
    row: int
    col: int
    text: str
    what: str


@dataclass(frozen=True)
class Mistake:
    """What is wrong, where, and the line as it is (and as it could read, when that is sure)."""

    line: int | None
    """The line to correct, counted from 1 (None: the error names none)."""
    advice: str
    shown: str = ""
    """The line as it is now."""
    could_read: str = ""
    """The line corrected, when the mistake has one sure correction."""
    column: int = 0

    def lines(self) -> list[str]:
        """The line shown under the advice, and as it could read; an invisible character in
        it shown (a carriage return as ␍, a byte-order mark as �), never acted on."""
        if not self.shown or self.line is None:
            return []
        label = f"line {self.line}:"
        width = max(len(label), len("could read:") if self.could_read else 0)
        out = [f"    {label:<{width}}  {_excerpt(self.shown, self.column)}"]
        if self.could_read:
            out.append(f"    {'could read:':<{width}}  {_excerpt(self.could_read, self.column)}")
        return out


def _excerpt(line: str, col: int) -> str:
    """`line`, or for a long one its start, the part around `col` and its end."""
    line = "".join(visible(c) for c in line)
    if len(line) <= SHOWN_WIDTH:
        return line
    spans = sorted([(0, 45), (max(0, col - 35), col + 35), (len(line) - 45, len(line))])
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return " … ".join(line[start:end] for start, end in merged)


def visible(c: str) -> str:
    """A character as it can be shown on a terminal's line: a control character (but a tab)
    as its picture (␍), any other invisible one as �."""
    if c == "\t" or unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp", "Cs"):
        return c
    return chr(0x2400 + ord(c)) if ord(c) < 0x20 else "\u2421" if c == "\x7f" else "\ufffd"


def value_of(text: str) -> tuple[str, str]:
    """(what comes before the value, the value) of a `key = value` line, or of a line of a
    list's items (`    "text",`)."""
    key = _KEY.match(text)
    if key is not None:
        return text[:key.end()], text[key.end():]
    stripped = text.lstrip()
    return text[:len(text) - len(stripped)], stripped


def key_of(text: str) -> str:
    """The field a line gives (`title`), "" for a line that gives none."""
    key = _KEY.match(text)
    return re.sub(r"[ \t]*\.[ \t]*", ".", key["key"]) if key else ""


def look_invisible(at: At) -> Mistake | None:
    """An invisible character where tomllib stopped: a stray carriage return, a second
    byte-order mark, a control character typed or pasted in."""
    _, row, col, text, _ = at
    c = text[col - 1] if 1 <= col <= len(text) else ""
    if not c or visible(c) == c:
        return None
    said = f"{_INVISIBLE.get(c, 'an invisible character')} (U+{ord(c):04X}) stands at column " \
        f"{col}, shown as {visible(c)} below"
    if c == "\r":  # a line's end as old Macs wrote it, or stray: no sure correction
        return Mistake(row, f"{said}: a line ends with a line feed (or CR LF), never a carriage "
                            "return alone. Save the file again with Windows or Unix line "
                            "endings, or delete it where it is stray", text, column=col)
    return Mistake(row, f"{said}: delete it", text, text[:col - 1] + text[col:], col)


def look_date_or_number(at: At) -> Mistake | None:
    """A date or a number TOML cannot read: `due_date = 2026-12-4`, `= 04/12/2026`,
    `= 2026-02-30`, `minutes = 03` (tomllib reads a number, then stops at what follows)."""
    _, row, col, text, what = at
    if not what.startswith(("Expected newline or end of document", "Invalid date",
                            "Invalid value")):
        return None
    value = value_of(text)[1].split("#")[0].strip()
    if not value or value[0] in "\"'[{" + CURLY:
        return None
    if _DATE_FIELD.search(key_of(text)) or _DATE_LIKE.match(value):
        ymd = _YMD.fullmatch(value)
        could = ""
        if ymd is not None:
            try:
                could = date(*map(int, ymd.groups())).isoformat()
            except ValueError:
                pass
        return Mistake(row, f"{value} is not a date as TOML writes one: year-month-day, two "
                            "digits for the month and two for the day, a day that month has, "
                            "and no quotes: 2026-12-04 (a date and time: 2026-12-04T09:30:00Z, "
                            "the hour 00 to 23)",
                       text, text.replace(value, could, 1) if could else "", col)
    if _NUMBER_LIKE.fullmatch(value):
        return Mistake(row, f"{value} is not a number as TOML writes one: digits, with no quotes "
                            "and no 0 before them (30; 2.5, a digit each side of the point)",
                       text, column=col)
    return None


def look_not_quoted(at: At) -> Mistake | None:
    """A value TOML cannot read where text, true or false was meant: from where tomllib
    stopped to the line's end (in a list, to the next comma or ])."""
    _, row, col, text, what = at
    if not what.startswith("Invalid value"):
        return None
    start = min(max(col - 1, 0), len(text))
    rest = text[start:].rstrip()
    if not rest or rest.startswith("#"):
        return Mistake(row, "nothing follows the = : give the value (text goes between double "
                            "quotes, \"…\"), or delete the line", text, column=col)
    listed = "[" in text[:start] or not key_of(text)
    token = re.split(r"\s*[,\]]", rest, maxsplit=1)[0] if listed else rest
    if not token:
        return None

    def could(value: str) -> str:  # (none when a # may be a comment's or the text's)
        return "" if "#" in token else text[:start] + value + text[start + len(token):]

    if token[0] in CURLY:
        return Mistake(row, "curly quotes (“ ”, as a word processor types them) do not mark "
                            "text here: use straight double quotes \" around it", text,
                       could('"' + token.strip(CURLY + " ").replace('"', '\\"') + '"'), col)
    if not token[0].isalpha():
        return None
    if token.lower() in ("yes", "no", "y", "n", "true", "false"):
        sure = token.lower() in ("true", "false")
        return Mistake(row, "yes or no is written true or false, in small letters and "
                            "without quotes", text, could(token.lower()) if sure else "", col)
    inner = token[:-1] if token.endswith('"') and token.count('"') == 1 else token
    return Mistake(row, "text must be between double quotes: \"…\"", text,
                   could('"' + inner.replace('"', '\\"') + '"'), col)
