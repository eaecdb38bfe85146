"""A TOML syntax error in a hand-edited file, said in plain words with the line shown.

tomllib says where it stopped and in its own terms ("Unclosed array (at line 13, column 26)"
for a title holding "Unseen men" in double quotes: a trial's learning lead could not tell
what was wrong). The mistakes people make by hand are found here from the line itself: a
quote inside text in the same quotes, text with no closing quote (on one line, or three
quotes never closed), a comma missing between a list's items, a list or a [heading] not
closed, a field or a [heading] written twice, text without quotes or in curly quotes, yes
for true, a date or a number TOML cannot read, an invisible character (a stray carriage
return, a second byte-order mark), a line that is no field at all; any other error is
tomllib's own words. The mistakes in a value itself, and how a line is read and shown, are
`toml_values`'. Pure: the file's lines in (`toml_lines`), the words out; it never raises,
whatever the lines and the message.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import replace

from reflect.store.toml_values import (
    NAME,
    At,
    Mistake,
    key_of,
    look_date_or_number,
    look_invisible,
    look_not_quoted,
    toml_lines,
    value_of,
)

__all__ = ["Mistake", "explain", "toml_lines"]

_AT = re.compile(r"^(?P<what>.*?) \((?:at line (?P<line>\d+), column (?P<col>\d+)|"
                 r"at end of document)\)$", re.DOTALL)
_HEADER = re.compile(r"[ \t]*\[\[?[^\[\]]*\]\]?[ \t]*(?:#.*)?")
_NAMED = re.compile(r"(?:Cannot (?:declare|mutate immutable namespace|redefine namespace) "
                    r"\((.*)\)|Duplicate inline table key '(.*)')", re.DOTALL)


def explain(lines: list[str], error: str) -> Mistake:
    """The mistake tomllib's `error` (its message) points at in a file of `lines`; the line
    as it could read only where the file, so corrected, reads past that line (`_checked`)."""
    return _checked(lines, _explain(lines, error))


def _checked(lines: list[str], mistake: Mistake) -> Mistake:
    """`mistake` without its correction unless the file with it reads past the corrected line:
    `text = [bold]"Summary"` was offered `text = ["bold"]"Summary"`, itself no TOML."""
    row = mistake.line
    if not mistake.could_read or row is None or not 1 <= row <= len(lines):
        return mistake
    fixed = [*lines[:row - 1], mistake.could_read, *lines[row:]]
    try:
        tomllib.loads("\n".join(fixed))
    except tomllib.TOMLDecodeError as e:
        m = _AT.match(str(e).strip())
        stopped = len(fixed) + 1 if m and m["line"] is None else int(m["line"]) if m else 0
        if stopped <= row or "\n" in mistake.could_read:
            return replace(mistake, could_read="")
    except (RecursionError, ValueError):
        return replace(mistake, could_read="")
    return mistake


def _explain(lines: list[str], error: str) -> Mistake:
    m = _AT.match(error.strip())
    what = m["what"] if m else error
    if m is None:
        return Mistake(None, _own_words(what))
    if m["line"] is None:  # at the end of the file: a text or list opened and never closed
        found = _at_end(lines, what)
        if found is not None:
            return found
        row = _last_filled(lines)  # else what is unfinished is on the last line
        col = len(lines[row - 1]) + 1 if row else 0
    else:
        row, col = int(m["line"]), int(m["col"])
    if not 1 <= row <= len(lines):
        return Mistake(None, _own_words(what))
    at = At(lines, row, col, lines[row - 1], what)
    for look in _LOOKS:
        found = look(at)
        if found is not None:
            return found
    return Mistake(row, _own_words(what), at.text, column=col)  # (`_other` always answers)


def _own_words(what: str) -> str:
    return f"the file's layout is broken here (TOML's own words: {what})"


def _last_filled(lines: list[str]) -> int:
    """The last line that is not blank (0: none)."""
    return next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)


def _quotes(value: str, quote: str) -> list[int]:
    """Where `quote` stands in `value`, a backslash's escape aside (for double quotes)."""
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and quote == '"':
            i += 2
            continue
        if value[i] == quote:
            out.append(i)
        i += 1
    return out


def _twice(at: At) -> Mistake | None:
    """A field, or a [heading], given twice (tomllib says it five ways)."""
    lines, row, _, text, what = at
    if what.startswith("Cannot overwrite a value") and key_of(text):
        name = key_of(text)
        first = _earlier_key(lines, row, name)
        earlier = f" (first on line {first})" if first else ""
        return Mistake(row, f"`{name}` is written twice in the same part of the file{earlier}: "
                            "keep one of them. If they belong to two items, each item needs "
                            "its own [[…]] heading line above it, as the others have", text)
    if what.startswith("Cannot overwrite a value"):  # a [heading] naming a field given above
        name = text.strip().strip("[]").strip()
    elif named := _NAMED.match(what):
        name = named[2] if named[1] is None else ".".join(
            part.strip(" '\"") for part in named[1].split(",") if part.strip())
    else:
        return None
    return Mistake(row, f"`{name}` is written twice: a [{name}] heading (or a field of that "
                        "name) can be given once; join the two into one", text)


def _earlier_key(lines: list[str], row: int, name: str) -> int | None:
    """The line above `row`, in the same table, giving the field `name`."""
    for n in range(row - 1, 0, -1):
        if _HEADER.fullmatch(lines[n - 1]):
            return None
        if key_of(lines[n - 1]) == name:
            return n
    return None


def _inner_quote(at: At) -> Mistake | None:
    """A quote inside text in the same quotes: the text ends there, and what follows it is
    read as TOML (`title = "Book onto the "Unseen men" workshop."`)."""
    _, row, col, text, _ = at
    before, value = value_of(text)
    core = value.rstrip()
    if core.startswith("[") and not core.startswith("[["):
        before, core = before + value[:len(value) - len(value.lstrip("[ \t"))], \
            value.lstrip("[ \t").rstrip()
    tail = ""
    while core and core[-1] in ",]":  # a list's item, or its only one
        tail, core = core[-1] + tail, core[:-1].rstrip()
    if not core or core[0] not in "\"'" or core.startswith(('"""', "'''")) or col < 2:
        return None
    quote = core[0]
    found = _quotes(core, quote)
    if len(found) <= 2 or found[-1] != len(core) - 1 or text[col - 2:col - 1] != quote:
        return None  # (tomllib stops just after the quote that ended the text early)
    inner = core[1:-1]
    fixed = _requoted(inner)
    if quote == '"':
        around = ("three single quotes ''' before and after the text instead (as below: one "
                  "will not do, as the text holds an apostrophe)" if fixed.startswith("'''")
                  else "single quotes around the text instead (as below)")
        advice = ('a double quote (") inside text that is itself in double quotes ends the text '
                  f"there. Put {around}, or write \\\" for each double quote inside it (curly "
                  "quotes “ ” inside need nothing)")
    else:
        advice = ("an apostrophe or single quote (') inside text that is itself in single "
                  "quotes ends the text there. Put double quotes around the text instead (as "
                  "below), or three single quotes ''' before and after it")
    if not fixed or ", " + quote in inner or quote + "," in inner:
        return Mistake(row, advice, text, column=col)  # perhaps two items: no sure rewrite
    return Mistake(row, advice, text, before + fixed + tail, col)


_MARKUP = re.compile(r"(?P<mark>\[/?[A-Za-z][\w #.-]*\])+")


def _markup_before_text(at: At) -> Mistake | None:
    """Markup such as [bold] typed before the text's opening quote (`text = [bold]"Summary"`):
    TOML reads [ as a list's start. The markup goes inside the quotes, where reflect shows it
    as it is."""
    _, row, col, text, what = at
    before, value = value_of(text)
    marks = _MARKUP.match(value.strip())
    if not what.startswith(("Invalid value", "Unclosed array")) or not key_of(text) \
            or marks is None:
        return None
    rest = value.strip()[marks.end():]
    if len(rest) < 2 or rest[0] != '"' or rest.startswith('"""') or rest[-1] != '"':
        return None
    return Mistake(row, "text must be between double quotes, and what is in square brackets "
                        "before the opening quote is outside them (a [ starts a list in TOML): "
                        "put it inside the quotes", text,
                   f'{before.rstrip()} "{marks[0]}{rest[1:]}', col)


def _requoted(inner: str) -> str:
    """`inner` in the quotes that need no change to it, "" when none will do."""
    if "'" not in inner:
        return f"'{inner}'"
    if '"' not in inner and "\\" not in inner:
        return f'"{inner}"'
    if "'''" not in inner and not inner.endswith("'"):
        return f"'''{inner}'''"
    return ""


_NO_CLOSING_QUOTE = ("the text on this line has no closing quote. Add the quote at the end of "
                     "the text (before any comma); text that runs over several lines goes "
                     "between three single quotes ''' instead, before and after it")


def _unclosed_quote(at: At) -> Mistake | None:
    """Text with no closing quote on its line (a line break inside "…" is not allowed;
    tomllib says it one way for double quotes and another for single ones)."""
    _, row, col, text, what = at
    if what not in ("Illegal character '\\n'", "Found invalid character '\\n'"):
        return None
    if not value_of(text)[1].lstrip("[ \t").startswith(('"', "'")):
        return None
    return Mistake(row, _NO_CLOSING_QUOTE, text, column=col)


def _missing_comma(at: At) -> Mistake | None:
    """Two items of a list (or of a { } table) with no comma between them: the error is at
    the second, the comma belongs after the first."""
    lines, row, col, text, what = at
    if not what.startswith(("Unclosed array", "Unclosed inline table")):
        return None
    char = text[col - 1:col] if col >= 1 else ""
    if not char or char not in "\"'[{0123456789-+tf":
        return None
    if text[:col - 1].strip():  # on the same line: `["a" "b"]`
        head = text[:col - 1].rstrip()
        return Mistake(row, "a comma is missing between two items of a list: put one after "
                            "the closing quote of the item before", text,
                       head + ", " + text[col - 1:], len(head))
    prev = next((n for n in range(row - 1, 0, -1)
                 if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), None)
    if prev is None:
        return None
    above = lines[prev - 1].rstrip()
    return Mistake(prev, f"a comma is missing at the end of this line: each item of a list but "
                         f"the last ends with one (line {row} starts the next item)",
                   above, above + ",", len(above))


def _list_open(lines: list[str], row: int, before: int | None) -> Mistake | None:
    """The list opened on the field's line at or above `row` and not closed by it (None:
    there is none)."""
    row = min(row, len(lines))
    opened = next((n for n in range(row, 0, -1) if key_of(lines[n - 1])), None)
    if opened is None or not value_of(lines[opened - 1])[1].lstrip().startswith("[") \
            or sum(n.count("[") - n.count("]") for n in lines[opened - 1:row]) <= 0:
        return None
    where = f"on a line of its own before line {before}" if before else "after its last item"
    return Mistake(opened, f"the list that starts on this line is not closed: end it with ] "
                           f"{where}", lines[opened - 1])


def _list_not_closed(at: At) -> Mistake | None:
    """A list opened with [ and never closed: the next field's line is read as an item."""
    lines, row, col, text, what = at
    if not what.startswith(("Invalid value", "Unclosed array")) or not key_of(text) \
            or text[:max(col - 1, 0)].strip():
        return None
    return _list_open(lines, row - 1, row)


_BACKSLASH = ("a backslash (\\) in text between double quotes starts a special character (\\n, "
              "\\u00e9): write it twice (\\\\) for a backslash, or put the text in single quotes")
_HEADING = ("a [heading] line holds only the name in square brackets, such as "
            "[[good_practice]] (names join words with _)")
_SAID = (
    ("Unescaped '\\'", _BACKSLASH),
    ("Invalid hex value", _BACKSLASH),
    ("Escaped character is not a Unicode scalar value", _BACKSLASH),
    ("Expected '=' after a key", "each field is written name = value, and this line has no = "
     "after its name (a field's name has no spaces: `review_type`, not `review type`)"),
    ("Expected ']", _HEADING),
    ("Expected newline or end of document after a statement", "something follows the value "
     "on this line: a field's value ends the line (text in quotes, then nothing but a # "
     "comment). Delete what follows it, or take it into the text"),
    ("Invalid statement", "this line is none of what a line can be: a field (name = value, "
     "the name in letters, digits, _ and -), a [heading], a # comment, or part of a list or a "
     "text that goes on from the lines above. Put it right, or delete it"),
    ("Invalid initial character for a key part", "a field's name (and a [heading]'s) is "
     "letters, digits, _ and -, such as review_type: put the name right"),
)
"""What the rest of tomllib's messages mean, in words, by how they start."""


def _other(at: At) -> Mistake:
    """Any other message: a [heading] not closed, else tomllib's message in words (`_SAID`),
    else in its own words."""
    _, row, col, text, what = at
    name = text.strip().strip("[]").strip()
    if what.startswith("Expected ']") and re.fullmatch(rf"{NAME}(?:\.{NAME})*", name):
        ends = "]]" if what.startswith("Expected ']]'") else "]"
        return Mistake(row, f"this [heading] line is not closed: end it with {ends}", text,
                       f"{ends.replace(']', '[')}{name}{ends}", col)
    if what.startswith("Invalid initial character") and text.lstrip().startswith("["):
        return Mistake(row, _HEADING, text, column=col)
    advice = next((said for start, said in _SAID if what.startswith(start)), _own_words(what))
    return Mistake(row, advice, text, column=col)


_LOOKS: tuple[Callable[[At], Mistake | None], ...] = (
    _twice, look_invisible, _inner_quote, _unclosed_quote, _list_not_closed, _missing_comma,
    look_date_or_number, _markup_before_text, look_not_quoted, _other)


def _at_end(lines: list[str], what: str) -> Mistake | None:
    """An error at the end of the file: a text or a list opened and never closed. (tomllib
    looks for a text's closing quote to the end of the file: the ''' or ' that opened it is
    the last in the file.)"""
    opened = ""
    opened_at = 0
    if what == "Unterminated string":
        for n, line in enumerate(lines, 1):
            if line.count('"""') % 2:
                opened, opened_at = ('"""', n) if not opened else ("", 0)
    elif what in ("Expected \"'''\"", "Expected \"'\""):
        mark = what[len("Expected \""):-1]
        opened, opened_at = mark, next((n for n in range(len(lines), 0, -1)
                                        if mark in lines[n - 1]), 0)
    if opened_at and len(opened) == 3:
        return Mistake(opened_at, f"the text that starts with {opened} on this line is never "
                                  f"closed: add {opened} at its end", lines[opened_at - 1])
    last = opened_at or (_last_filled(lines) if what == "Unterminated string" else 0)
    if last:
        return Mistake(last, _NO_CLOSING_QUOTE, lines[last - 1], column=len(lines[last - 1]))
    return _list_open(lines, len(lines), None)
