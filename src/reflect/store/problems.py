"""Turning parse and validation failures into one-line messages a person can act on."""

from __future__ import annotations

import re
import tomllib
from datetime import date, time
from pathlib import Path

from pydantic import BaseModel, ValidationError

from reflect.store.unknown_field import meant_field, unknown_field
from reflect.text import SLUG, printable, slug_said
from reflect.text import ordinal as _ordinal

PATTERNS = {
    r"^[0-9a-f]{64}$": "must be 64 hexadecimal digits (0-9, a-f)",
}
"""What a field's pattern asks for, in words (pydantic quotes the regular expression); an id
or a theme (`text.SLUG`) is said with the value it could be (`text.slug_said`)."""
EXAMPLES = {"themes": "information-sharing", "id": "child-zz"}
"""An id or a theme to give as an example, by field, where the value holds no letter or digit
to make one of."""
TYPES = {
    "bool_type": "true or false",
    "string_type": "text, in quotes",
    "float_type": "a number, written without quotes",
    "float_parsing": "a number, written without quotes",
    "list_type": "a list, in square brackets",
    "dict_type": "a table of fields",
    "model_type": "a table of fields",
    "int_type": "a whole number, written without quotes",
    "date_type": "a date as TOML writes one, without quotes (2026-12-04)",
    "datetime_type": "a date and time as TOML writes one, without quotes "
                     "(2026-12-04T09:30:00Z)",
}
TYPES |= dict.fromkeys(("date_parsing", "date_from_datetime_parsing",
                        "date_from_datetime_inexact"), TYPES["date_type"])
# (a date written in quotes TOML cannot read, "04/03/2026": pydantic's words were "Input
# should be a valid date or datetime, invalid character in year")
"""What a yes/no, number or date field holds, in words (model/clean.py: none is read from
anything else)."""


def field_path(loc: tuple[object, ...]) -> str:
    """`questions (the 2nd): text` for pydantic's `questions[1].text`: the file's [[questions]]
    tables counted from one, as a person editing it counts them."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f" (the {_ordinal(part + 1)})"
        else:
            out += f": {part}" if out else str(part)
    return out or "(top level)"


EMPTY = ("string_too_short", "too_short")
"""An empty text and an empty list, said in words: pydantic's were "String should have at
least 1 character" and "List should have at least 1 item after validation, not 0"."""


def _empty(kind: str, loc: tuple[object, ...], least: object) -> str:
    """What is wrong with an empty text (`""`) or list (`[]`) a field needs filled."""
    if kind == "too_short":
        items = "one item" if least in (None, 1) else f"{least} items"
        return f"is empty ([]): write at least {items} between its square brackets"
    if least not in (None, 1):
        return f"is too short: it needs at least {least} characters"
    item = bool(loc) and isinstance(loc[-1], int)  # a list's item: it can go
    return ('is empty (""): write the text between the quotes'
            + (", or delete the item" if item else ""))


def describe(path: Path, error: Exception, ours: bool = False,
             model: type[BaseModel] | None = None) -> list[str]:
    """Messages naming the file, the field and what is wrong; one per problem. `ours`: a file
    reflect writes whole, always ending with a line end (a session), so one that stops
    part-way through a line is said to be cut short (`_cut_short`). `model`: what the file
    was read as, so an unknown field is answered with the field meant (`unknown_field`).

    A file name (or a TOML parser's quote of the file) can hold terminal control codes; the
    messages are made `printable` here, so every place that shows them shows them safely.
    """
    return [printable(message) for message in _describe(path, error, ours, model)]


def described(path: Path, error: Exception, ours: bool = False,
              model: type[BaseModel] | None = None) -> str:
    """`describe`'s messages as one line, naming the file once: `FILE: title: must be ...;
    timing: minutes: must be ...`."""
    first, *rest = describe(path, error, ours, model) or [f"{path}: {error}"]
    named = f"{printable(str(path))}: "
    return "; ".join([first, *(m.removeprefix(named) for m in rest)])


def _describe(path: Path, error: Exception, ours: bool,
              model: type[BaseModel] | None) -> list[str]:
    if isinstance(error, ValidationError):
        errors = error.errors()
        if errors and all(e["type"] == "missing" and len(e["loc"]) == 1 and e["input"] == {}
                          for e in errors):  # not eight "required field is missing" lines
            return [f"{path}: the file is empty (or holds only comments)"]
        missing = {tuple(e["loc"]) for e in errors if e["type"] == "missing"}
        # a required field missing where an unknown one stands for it (`sumary = "…"`,
        # summary missing): said once, with the first unknown field that stands for it
        said_with: dict[tuple[object, ...], tuple[object, ...]] = {}
        for e in errors:
            loc = tuple(e["loc"])
            field = meant_field(model, loc) if e["type"] == "extra_forbidden" else None
            if field is not None and loc[:-1] + (field,) in missing:
                said_with.setdefault(loc[:-1] + (field,), loc)
        carrying = set(said_with.values())
        msgs = []
        for e in errors:
            where = field_path(tuple(e["loc"]))
            what = e["msg"]
            if e["type"] == "extra_forbidden":
                what = unknown_field(model, tuple(e["loc"]), e["input"],
                                     missing=tuple(e["loc"]) in carrying)
            elif e["type"] == "missing":
                if tuple(e["loc"]) in said_with:
                    continue
                what = "required field is missing"
            elif e["type"] == "string_pattern_mismatch":
                pattern = str((e.get("ctx") or {}).get("pattern", ""))
                what = PATTERNS.get(pattern, what)
                if pattern == SLUG.pattern:
                    field = next((p for p in reversed(e["loc"]) if isinstance(p, str)), "")
                    what = "must be " + slug_said(e["input"], EXAMPLES.get(field, "child-zz"))
            elif e["type"] == "question_id_twice":  # (model.review.QUESTION_ID_TWICE)
                ctx = e.get("ctx") or {}
                where = field_path(("questions", int(ctx["index"]), "id"))
                what = (f"{ctx['qid']!r} is the {_ordinal(int(ctx['first']) + 1)} question's "
                        "id too: give each question an id of its own (saved answers are "
                        "found by it)")
            elif e["type"] in EMPTY:
                what = _empty(e["type"], tuple(e["loc"]), (e.get("ctx") or {}).get("min_length"))
            elif e["type"] == "value_error":
                what = what.removeprefix("Value error, ")
            elif e["type"] == "literal_error":  # says the value, as the others do
                expected = (e.get("ctx") or {}).get("expected", "")
                what = f"must be {expected}, not {e['input']!r}"
            elif e["type"] in TYPES:
                what = f"must be {TYPES[e['type']]}, not {_as_written(e['input'])}"
            msgs.append(f"{path}: {where}: {what}")
        return msgs
    if isinstance(error, tomllib.TOMLDecodeError):
        return [_UTF16.format(path=path) if _utf16(_head(path)) else
                _toml_said(path, str(error), ours)]
    if isinstance(error, UnicodeDecodeError):
        if bytes(error.object[:2]) in (b"\xff\xfe", b"\xfe\xff") or _utf16(error.object):
            return [_UTF16.format(path=path)]
        return [_not_utf8(path, bytes(error.object), error.start)]
    if isinstance(error, OSError):
        return [f"{path}: cannot be read: {error.strerror or error}"]
    return [f"{path}: {error}"]


def _not_utf8(path: Path, data: bytes, start: int) -> str:
    """`FILE: not valid UTF-8 text in TABLE: FIELD, at line N: …`, then the line, its bytes
    that are not UTF-8 shown as "�": where a byte of another encoding is, as a TOML mistake is
    said. It was said as `(byte 1190)` alone, which no editor shows (a learning lead's
    fresh-eyes trial: a point saved by an editor in another encoding)."""
    from reflect.store.toml_values import Mistake, toml_lines

    row = data.count(b"\n", 0, start) + 1
    begins = data.rfind(b"\n", 0, start) + 1
    lines = toml_lines(data.decode("utf-8", errors="replace"))
    where = _toml_where(lines, row)
    shown = Mistake(row, "", shown=lines[row - 1],
                    column=len(data[begins:start].decode("utf-8", errors="replace")))
    return "\n".join([f"{path}: not valid UTF-8 text{f' in {where},' if where else ''} at line "
                      f"{row}: a character on it (shown as � below) is in another encoding: "
                      "save the file again as UTF-8 (most editors offer it under Save As, as "
                      "the encoding)", *shown.lines()])


def _as_written(value: object) -> str:
    """`value` as the file has it: a date, time or date and time as TOML writes it
    (`2026-12-07`, where Python's `datetime.date(2026, 12, 7)` was said: a trial), anything
    else as Python quotes it ('yes', 42)."""
    if isinstance(value, (date, time)):  # (datetime is a date)
        return value.isoformat()
    return repr(value)


_UTF16 = ("{path}: saved as UTF-16 text, and reflect reads UTF-8: save it again as UTF-8 (most "
          "editors offer it under Save As, as the encoding)")


def _head(path: Path) -> bytes:
    """The first bytes of the file `path` (none where it cannot be read)."""
    try:
        with path.open("rb") as f:
            return f.read(512)
    except OSError:
        return b""


def _utf16(data: bytes) -> bool:
    """Whether `data` looks like UTF-16 text without its byte-order mark: a NUL every other
    byte (the high byte of each Latin letter), on one side only. Read as UTF-8 it was said as
    "a NUL (U+0000) stands at column 2 … delete it", on every other character of line 1."""
    head = data[:512]
    head = head[:len(head) - len(head) % 2]
    if len(head) < 4 or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    return (odd >= half // 2 and even == 0) or (even >= half // 2 and odd == 0)


_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]\]?\s*(?:#.*)?")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=")


def _toml_said(path: Path, error: str, ours: bool = False) -> str:
    """`FILE: not valid TOML in TABLE: FIELD, at line N: what is wrong, in plain words`, then
    the line as it is (and as it could read), each on a line of its own below
    (`toml_mistakes`); tomllib's own words where the mistake is not one people commonly
    make. (It said "not valid TOML: Unclosed array (at line 13, column 26)" for a title with
    "Unseen men" in double quotes in it, and a trial's learning lead could make nothing of it.)"""
    from reflect.store.toml_mistakes import explain, toml_lines

    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    lines = toml_lines(data.decode("utf-8-sig", errors="replace"))
    if ours and _cut_short(data, lines, error):
        return _cut_short_said(path, lines)
    mistake = explain(lines, error)
    where = _toml_where(lines, mistake.line) if mistake.line else ""
    said = ", ".join(part for part in (f"in {where}" if where else "",
                                       f"at line {mistake.line}" if mistake.line else "") if part)
    return "\n".join([f"{path}: not valid TOML{f' {said}' if said else ''}: {mistake.advice}",
                      *mistake.lines()])


_STOPPED = re.compile(r"\((?:at line (\d+), column \d+|at end of document)\)\s*$")


def _cut_short(data: bytes, lines: list[str], error: str) -> bool:
    """Whether a file reflect wrote looks cut short rather than mistyped: it ends part-way
    through a line (no line feed after its last) and TOML stopped on that line or at the end.
    Not for a review, written by hand: many editors end a file without a line end. (A session
    cut in half was said as `nothing follows the = … or delete the line`: deleting it made a
    session that read, silently without the answers and actions that had followed.)"""
    stopped = _STOPPED.search(error)
    if not data.strip() or data.endswith(b"\n") or stopped is None:
        return False
    return stopped[1] is None or int(stopped[1]) == len(lines)


def _cut_short_said(path: Path, lines: list[str]) -> str:
    """The words for a file that looks cut short: where it stops, and the copies to put back."""
    where = _toml_where(lines, len(lines))
    copies = _emergency_copies(path)
    have = (f" An emergency copy of this session was saved as {copies[0]}: compare it and "
            "put it in place of this file if it is whole." if copies else "")
    return "\n".join([
        f"{path}: not valid TOML: the file looks cut short: it ends part-way through line "
        f"{len(lines)}{f' (in {where})' if where else ''}, with no line end after it, so what "
        "followed it is missing (a copy or a sync stopped part-way?). Do not delete the line or "
        "save over the file: put back a whole copy from a backup or another computer."
        f"{have} If you were editing the file by hand, finish the line.",
        f"    last line {len(lines)}:  {printable(lines[-1])[-120:]}"])


def _emergency_copies(path: Path) -> list[Path]:
    """The emergency copies of the session `path`, named as `copies.COPY_NAME` says (a glob
    of `reflect-copy-ID-*` took a copy of session ID-2 for one of session ID), newest first."""
    from reflect.store.copies import COPY_NAME, copy_folders
    from reflect.store.own_temp import copy_names

    found: set[Path] = set()
    for folder in copy_folders():
        try:
            names = copy_names(folder)
        except OSError:
            continue
        found |= {folder / name for name in names
                  if (match := COPY_NAME.match(name)) and match["id"] == path.stem}
    return sorted(found, key=lambda p: p.name, reverse=True)


def _toml_where(lines: list[str], line: int) -> str:
    """The table and field line `line` is in (the field whose list or text it is part of),
    as validation errors name them (`participants (the 2nd): attended`), read from the file's
    lines up to it. (The parser names only a line and column; a hand-edited file's table is
    what its editor looks for.)"""
    if not 1 <= line <= len(lines):
        return ""
    row = line - 1
    table, counts, key = "", dict[str, int](), ""
    depth, mark = 0, ""  # a list, a text between three quotes, that goes on past its line
    for text in lines[:row + 1]:
        if mark:  # a text's line: the field's it goes on from
            mark = "" if text.count(mark) % 2 else mark
            continue
        header = _HEADER.fullmatch(text)
        if depth > 0 and header is None:  # a list's item: the field's whose list it is
            depth += text.count("[") - text.count("]")
            continue
        depth = 0
        if header is None:
            found = _KEY.match(text)
            key = found[1] if found else ""  # ("}" after a field's line is not the field's)
            value = text[found.end():].lstrip() if found else ""
            if value[:3] in ('"""', "'''") and value.count(value[:3]) % 2:
                mark = value[:3]
            elif value.startswith("["):
                depth = value.count("[") - value.count("]")
            continue
        name, key = header[2], ""
        for inner in [n for n in counts if n.startswith(f"{name}.")]:
            del counts[inner]  # a new [[answers]]: its [[answers.points]] count from one
        if header[1] == "[[":
            counts[name] = counts.get(name, 0) + 1
            table = f"{name} (the {_ordinal(counts[name])})"
        else:
            table = name
    return ": ".join(part for part in (table, key) if part)
