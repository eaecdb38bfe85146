"""A TOML syntax error in a hand-edited file, said in plain words with the line shown.

tomllib says where it stopped and in its own terms ("Unclosed array (at line 13, column 26)"
for a title holding "Unseen men" in double quotes: a trial's learning lead could not tell
what was wrong). The mistakes people make by hand are found here from the line itself: a
quote inside text in the same quotes, text with no closing quote, a comma missing between a
list's items, a field or a [heading] written twice, text without quotes; any other error is
tomllib's own words. Pure: the file's lines in, the words out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AT = re.compile(r"^(?P<what>.*?) \((?:at line (?P<line>\d+), column (?P<col>\d+)|"
                 r"at end of document)\)$", re.DOTALL)
_KEY = re.compile(r"(?P<indent>\s*)(?P<key>[A-Za-z0-9_.\"' -]+?)\s*=\s*")
_HEADER = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]\]?\s*(?:#.*)?")
_CURLY = "“”„‘’‚«»"
SHOWN_WIDTH = 110
"""A line longer than this is shown as its start, the part around the mistake and its end."""


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
        """The line shown under the advice, and as it could read."""
        if not self.shown or self.line is None:
            return []
        label = f"line {self.line}:"
        width = max(len(label), len("could read:") if self.could_read else 0)
        out = [f"    {label:<{width}}  {_excerpt(self.shown, self.column)}"]
        if self.could_read:
            out.append(f"    {'could read:':<{width}}  {_excerpt(self.could_read, self.column)}")
        return out


def explain(lines: list[str], error: str) -> Mistake:
    """The mistake tomllib's `error` (its message) points at in a file of `lines`."""
    m = _AT.match(error.strip())
    what = m["what"] if m else error
    if m is not None and m["line"] is None and what.startswith("Cannot"):
        last = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)
        m = _AT.match(f"{what} (at line {last}, column {len(lines[last - 1]) + 1 if last else 0})")
    if m is None or m["line"] is None:
        return _at_end(lines, what)
    row, col = int(m["line"]), int(m["col"])
    if not 1 <= row <= len(lines):
        return Mistake(None, _own_words(what))
    text = lines[row - 1]
    for look in (_twice, _inner_quote, _unclosed_quote, _list_not_closed, _missing_comma,
                 _not_quoted, _other):
        found = look(lines, row, col, text, what)
        if found is not None:
            return found
    return Mistake(row, _own_words(what), text, column=col)  # (`_other` always answers)


def _own_words(what: str) -> str:
    return f"the file's layout is broken here (TOML's own words: {what})"


def _excerpt(line: str, col: int) -> str:
    """`line`, or for a long one its start, the part around `col` and its end."""
    line = line.rstrip("\n")
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


def _value(text: str) -> tuple[str, str]:
    """(what comes before the value, the value) of a `key = value` line, or of a line of a
    list's items (`    "text",`)."""
    key = _KEY.match(text)
    if key is not None and not text.lstrip().startswith(('"', "'")):
        return text[:key.end()], text[key.end():]
    stripped = text.lstrip()
    return text[:len(text) - len(stripped)], stripped


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


def _twice(lines: list[str], row: int, col: int, text: str, what: str) -> Mistake | None:
    if what.startswith("Cannot overwrite a value"):
        key = _KEY.match(text)
        name = key["key"].strip() if key else "this field"
        first = _earlier_key(lines, row, name)
        earlier = f" (first on line {first})" if first else ""
        return Mistake(row, f"`{name}` is written twice in the same part of the file{earlier}: "
                            "keep one of them. If they belong to two items, each item needs "
                            "its own [[…]] heading line above it, as the others have", text)
    declared = re.match(r"Cannot declare \((.*)\) twice", what)
    if declared:
        name = ".".join(part.strip(" '\"") for part in declared[1].split(",") if part.strip())
        return Mistake(row, f"`{name}` is written twice: a [{name}] heading (or a field of that "
                            "name) can be given once; join the two into one", text)
    return None


def _earlier_key(lines: list[str], row: int, name: str) -> int | None:
    """The line above `row`, in the same table, giving the field `name`."""
    for n in range(row - 1, 0, -1):
        line = lines[n - 1]
        if _HEADER.fullmatch(line) and line.lstrip().startswith("["):
            return None
        key = _KEY.match(line)
        if key is not None and key["key"].strip() == name:
            return n
    return None


def _inner_quote(lines: list[str], row: int, col: int, text: str, what: str
                 ) -> Mistake | None:
    """A quote inside text in the same quotes: the text ends there, and what follows it is
    read as TOML (`title = "Book onto the "Unseen men" workshop."`)."""
    before, value = _value(text)
    core = value.rstrip()
    if core.startswith("[") and not core.startswith("[["):
        before, core = before + value[:len(value) - len(value.lstrip("[ \t"))], \
            value.lstrip("[ \t").rstrip()
    tail = ""
    while core and core[-1] in ",]":  # a list's item, or its only one
        tail, core = core[-1] + tail, core[:-1].rstrip()
    if not core or core[0] not in "\"'" or core.startswith(('"""', "'''")):
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


def _requoted(inner: str) -> str:
    """`inner` in the quotes that need no change to it, "" when none will do."""
    if "'" not in inner:
        return f"'{inner}'"
    if '"' not in inner and "\\" not in inner:
        return f'"{inner}"'
    if "'''" not in inner and not inner.endswith("'"):
        return f"'''{inner}'''"
    return ""


def _unclosed_quote(lines: list[str], row: int, col: int, text: str, what: str
                    ) -> Mistake | None:
    """Text with no closing quote on its line (a line break inside "…" is not allowed)."""
    if not what.startswith("Illegal character '\\n'"):
        return None
    _, value = _value(text)
    if not value.lstrip("[ \t").startswith(('"', "'")):
        return None
    return Mistake(row, "the text on this line has no closing quote. Add the quote at the end "
                        "of the text (before any comma); text that runs over several lines "
                        "goes between three single quotes ''' instead, before and after it",
                   text, column=col)


def _missing_comma(lines: list[str], row: int, col: int, text: str, what: str
                   ) -> Mistake | None:
    """Two items of a list (or of a { } table) with no comma between them: the error is at
    the second, the comma belongs after the first."""
    if not what.startswith(("Unclosed array", "Unclosed inline table")):
        return None
    at = text[col - 1:col] if col >= 1 else ""
    if at not in "\"'[{0123456789-+tf" or not at:
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


def _list_not_closed(lines: list[str], row: int, col: int, text: str, what: str
                     ) -> Mistake | None:
    """A list opened with [ and never closed: the next field's line is read as an item."""
    if not what.startswith(("Invalid value", "Unclosed array")) or _KEY.match(text) is None \
            or text[:col - 1].strip():
        return None
    opened = next((n for n in range(row - 1, 0, -1) if _KEY.match(lines[n - 1])), None)
    if opened is None or not _value(lines[opened - 1])[1].lstrip().startswith("["):
        return None
    return Mistake(opened, f"the list that starts on this line is not closed: end it with ] on "
                           f"a line of its own before line {row}", lines[opened - 1])


def _not_quoted(lines: list[str], row: int, col: int, text: str, what: str) -> Mistake | None:
    if not what.startswith("Invalid value"):
        return None
    before, value = _value(text)
    value = value.rstrip()
    if not value:
        return Mistake(row, "nothing follows the = : give the value (text goes between double "
                            "quotes, \"…\")", text, column=col)
    if value[0] in _CURLY:
        straight = '"' + value.strip(_CURLY + " ").replace('"', '\\"') + '"'
        return Mistake(row, "curly quotes (“ ”, as a word processor types them) do not mark "
                            "text here: use straight double quotes \" around it", text,
                       before + straight, col)
    if value[0].isalpha():
        if value.lower() in ("yes", "no", "y", "n", "true", "false"):
            return Mistake(row, "yes or no is written true or false, in small letters and "
                                "without quotes", text, column=col)
        return Mistake(row, "text must be between double quotes: \"…\"", text,
                       before + '"' + value.replace('"', '\\"') + '"', col)
    return None


def _other(lines: list[str], row: int, col: int, text: str, what: str) -> Mistake:
    if what.startswith("Unescaped '\\'"):
        advice = ("a backslash (\\) in text between double quotes starts a special character: "
                  "write it twice (\\\\), or put the text in single quotes")
    elif what.startswith("Illegal character"):
        advice = (f"an invisible control character stands at column {col}: delete it (retype "
                  "the words around it)")
    elif what.startswith("Expected '=' after a key"):
        advice = ("each field is written name = value, and this line has no = after its name "
                  "(a field's name has no spaces: `review_type`, not `review type`)")
    elif what.startswith("Expected ']"):
        advice = ("a [heading] line holds only the name in square brackets, such as "
                  "[[good_practice]] (names join words with _)")
    elif what.startswith("Expected newline or end of document after a statement"):
        advice = ("something follows the value on this line: a field's value ends the line "
                  "(text in quotes, then nothing but a # comment)")
    else:
        advice = _own_words(what)
    return Mistake(row, advice, text, column=col)


def _at_end(lines: list[str], what: str) -> Mistake:
    """An error at the end of the file: a text or list opened and never closed."""
    opened, opened_at = "", 0
    for n, line in enumerate(lines, 1):
        for mark in ('"""', "'''"):
            if line.count(mark) % 2:
                if not opened:
                    opened, opened_at = mark, n
                elif opened == mark:
                    opened, opened_at = "", 0
    if opened:
        return Mistake(opened_at, f"the text that starts with {opened} on this line is never "
                                  f"closed: add {opened} at its end", lines[opened_at - 1])
    last = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), None)
    if last is None:
        return Mistake(None, _own_words(what))
    if what.startswith("Unterminated string"):
        return Mistake(last, "the text on this line has no closing quote: add it at the end "
                             "of the text", lines[last - 1])
    field = next((n for n in range(last, 0, -1) if _KEY.match(lines[n - 1])), None)
    if field is not None and _value(lines[field - 1])[1].lstrip().startswith("["):
        return Mistake(field, "the list that starts on this line is not closed: end it with ] "
                              "after its last item", lines[field - 1])
    return Mistake(last, "the file ends before this is finished (a list's closing ], or the "
                         f"value after =, is missing) (TOML's own words: {what})",
                   lines[last - 1])
