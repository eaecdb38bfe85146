"""Prose fitted to a terminal's width: wrapped at words, a path kept whole.

The one rule for every line of prose reflect prints at a terminal: the command line's messages
(`console.echo`) and plain mode's dialogue (`reflect walk`, `Dialogue.say`). The terminal folds
a line wider than itself wherever it ends: mid-word, and mid-path (`reflect export: will not
write …/exports/20261204-child-i-7a` / `bc2a99.md: it already exists` at 60 columns: a trial),
and a path so folded can be neither read off the screen nor copied.

So a line wider than the width is broken at spaces only: a word (a path most often) that does
not fit on the rest of a line starts the next, whole; one wider than a whole line is on a line
of its own, broken only after a "/" (or a Windows "\\"), its folders, then the file's name
(`path_pieces`). A path holding spaces ("Application Support") is kept together as one word
when it is named (`whole`). A line with a tab is data (columns), never re-wrapped. A bullet's
or an indented line's continuation lines are indented to match. Pure: no Textual.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.cells import cell_len

NARROWEST = 20
"""Lines are never fitted narrower than this: below it, a word a line reads worse than the
terminal's own folding."""

PATH_PARTS = re.compile(r"[^/\\]*[/\\]|[^/\\]+$")
"""A path's parts, each with the "/" (or a Windows "\\") that ends it: where it may break."""

_LEAD = re.compile(r"\s*(?:(?:[•*-]|\d+[.)])\s+)?")
"""A line's indent, with its bullet or number when it has one."""

_JOIN = "\ue000"
"""Stands for a space inside a path kept whole while a line is wrapped: one column wide, as the
space is (a character of Unicode's private use area; not done where the text holds it)."""


def path_pieces(path: str, width: int) -> list[str]:
    """`path` in lines of at most `width` cells, broken after a "/" where a line is full; a
    part still wider than `width` folded there, as nothing else can be. Never cut."""
    width = max(width, 1)
    lines: list[str] = []
    line = ""
    for part in PATH_PARTS.findall(path):
        if line and cell_len(line + part) > width:
            lines.append(line)
            line = ""
        line += part
        while cell_len(line) > width:
            lines.append(line[:width])
            line = line[width:]
    return lines + ([line] if line else [])


def fitted(text: str, width: int, whole: Iterable[str] = ()) -> list[str]:
    """`text`'s lines, each wider than `width` cells wrapped at its words (see the module);
    the paths in `whole` kept together where they hold spaces. Line breaks in `text` stay."""
    width = max(width, NARROWEST)
    joined = [p for p in whole if " " in p and p in text] if _JOIN not in text else []
    for path in joined:
        text = text.replace(path, path.replace(" ", _JOIN))
    out: list[str] = []
    for line in text.split("\n"):
        line = line if "\t" in line else line.rstrip()
        if "\t" in line or cell_len(line) <= width:
            out.append(line)
        else:
            out += _wrapped(line, width)
    return [line.replace(_JOIN, " ") for line in out] if joined else out


def wrap_words(text: str, width: int, whole: Iterable[str] = ()) -> str:
    """`text` fitted to `width` (`fitted`), as one string."""
    return "\n".join(fitted(text, width, whole))


def _wrapped(line: str, width: int) -> list[str]:
    lead = _LEAD.match(line)
    start = lead.end() if lead else 0
    indent = " " * cell_len(line[:start])
    lines: list[str] = []
    current = line[:start]  # the line being filled: its lead, then words
    filled = False  # whether it holds a word yet
    for word in line[start:].split():
        joined = f"{current} {word}" if filled else current + word
        if cell_len(joined) <= width:
            current, filled = joined, True
            continue
        if filled:
            lines.append(current)
            current = indent
        if cell_len(current + word) <= width or not any(c in word for c in "/\\"):
            current, filled = current + word, True  # a word wider than a line stays whole
            continue
        *full, last = path_pieces(word, width - cell_len(current))  # (two or more)
        lines += [(current if i == 0 else indent) + p for i, p in enumerate(full)]
        current, filled = (indent if full else current) + last, True
    return lines + ([current] if filled else [])
