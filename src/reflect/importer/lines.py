"""A briefing's physical lines as logical ones: lines wrapped by a PDF (or a paste from one)
joined back into their sentence, and a word hyphenated at a line end joined again."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from reflect.importer import headings as H
from reflect.importer.parse import _MARKER

Group = list[tuple[int, str]]
"""The physical lines (number, as written) of one logical line."""

# a line ending a sentence, or in a web address, an e-mail address or a number, is whole
_SENTENCE_END = re.compile(r"(?:[.!?:;]\W*|\S+\.[a-z]{2,}/?|\S*[/@]\S*|\d)$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
# A word broken after one of these keeps its hyphen when joined ("multi-agency").
_PREFIXES = {"multi", "co", "non", "pre", "post", "inter", "self", "well", "sub", "anti",
             "cross", "ex", "semi", "under", "over", "out", "step", "half", "long", "short",
             "child", "family", "face", "so", "follow", "young", "low", "high", "front"}


def is_heading(s: str) -> bool:
    return H.match_heading(s) is not None or H.looks_like_heading(s)


def heading_like(paragraph: str) -> bool:
    """A paragraph that reads as a heading ("The family story"): never a review's summary."""
    return H.sentence_shaped(paragraph) or H.title_shaped(paragraph)


def join_text(parts: list[str]) -> str:
    """One logical line from wrapped physical lines; a word hyphenated at a line end is
    joined again (keeping the hyphen after a prefix such as "multi-")."""
    out = parts[0].strip()
    for part in parts[1:]:
        nxt = part.strip()
        m = _HYPHEN_END.search(out)
        if m and m.group(1).casefold() not in _PREFIXES:
            out = out[:-1] + nxt
        elif m:
            out += nxt
        else:
            out += " " + nxt
    return out


def logical_lines(lines: list[str], apart: Collection[int] = ()) -> list[Group]:
    """The non-blank lines grouped into logical lines: a line that does not end a sentence and
    is followed by a line starting in lower case (not a bullet, not a heading) continues into
    it, as text pasted from a PDF does. A line numbered in `apart` (the partnership's, such
    as a footer) is one on its own, and continues into none."""
    groups: list[Group] = []
    open_ = False
    for n, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s or n in apart:
            groups += [[(n, raw)]] if s else []
            open_ = False
            continue
        if open_ and s[0].islower() and not _MARKER.match(s) and H.match_heading(s) is None:
            groups[-1].append((n, raw))
        else:
            groups.append([(n, raw)])
            if is_heading(s):
                open_ = False
                continue
        open_ = not _SENTENCE_END.search(s)
    return groups


def by_move(group: Group, moves: Mapping[int, str]) -> list[Group]:
    """A logical line cut where the section the user moved its lines into changes: a moved
    line joined to one that is not (a title under it, set aside) goes where it was moved."""
    runs: list[Group] = []
    for line in group:
        if runs and moves.get(runs[-1][-1][0]) == moves.get(line[0]):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs
