"""A briefing's physical lines as logical ones: lines wrapped by a PDF (or a paste from one)
joined back into their sentence, a Markdown paragraph's lines joined into it, a text wrapped at
a width joined where a line was filled, and a word hyphenated at a line end joined again; and
the short lines that read as headings by their place (`stand_alone_headings`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from reflect.importer import headings as H
from reflect.importer.numbered import learning_heading
from reflect.importer.parse import _MARKER
from reflect.importer.recommendations import own_line

Group = list[tuple[int, str]]
"""The physical lines (number, as written) of one logical line."""

# a line ending a sentence, or in a web address, an e-mail address or a number, is whole
_SENTENCE_END = re.compile(r"(?:[.!?:;]\W*|\S+\.[a-z]{2,}/?|\S*[/@]\S*|\d)$")
_HYPHEN_END = re.compile(r"([^\W\d_]+)-$")
# A word broken after one of these keeps its hyphen when joined ("multi-agency").
_PREFIXES = {"multi", "co", "non", "pre", "post", "inter", "self", "well", "sub", "anti",
             "cross", "ex", "semi", "under", "over", "out", "step", "half", "long", "short",
             "child", "family", "face", "so", "follow", "young", "low", "high", "front"}


_ENDS_SENTENCE = re.compile(r"[.!?:;]\W*$")
_ITEM_START = re.compile(r"^\s*(?:[-*•·‣▪◦●–]\s|\d{1,3}[.)]\s|\([a-z0-9]{1,3}\)\s)")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
"""A Markdown line ending in two spaces or a backslash: the paragraph breaks its line there."""
_ADDRESS_END = re.compile(r"(?:\S+\.[a-z]{2,}(?:/\S*)?|\S+@\S+)$")
_OWN_BLOCK = re.compile(r"^(?:\||>|```|~~~)")
"""A Markdown line that is a table row, a quotation or a code fence: never a paragraph's."""


def is_heading(s: str) -> bool:
    return H.match_heading(s) is not None or H.looks_like_heading(s) \
        or learning_heading(s) is not None


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


def text_width(lines: list[str]) -> int:
    """The width a text is wrapped at, if it is: the length of its lines of four words or
    more, the longest tenth aside (0 for a text with none)."""
    lengths = sorted(len(s.strip()) for s in lines if len(s.split()) >= 4)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def wrapped_at(lines: list[str]) -> int | None:
    """The width a plain text is wrapped at (as a text pasted from a PDF, or written in an
    editor that wraps, is), or None for a text of a paragraph a line: at most 100 characters,
    no line much longer, and at least half its lines of four words or more that another line
    of text follows (not an item) filled to within a sixth of it."""
    width = text_width(lines)
    if not 20 <= width <= 100 or max(len(s.strip()) for s in lines) > width * 1.2:
        return None
    inside = [len(s.strip()) for s, after in zip(lines, lines[1:], strict=False)
              if len(s.split()) >= 4 and after.strip() and not _MARKER.match(after.strip())]
    filled = sum(n >= width * 5 / 6 for n in inside)
    return width if filled >= 2 and filled * 2 >= len(inside) else None


def _stands_apart(s: str, n: int, apart: Collection[int], placed: Collection[int]) -> bool:
    """Line `n` (`s`, stripped) is a line of its own, which nothing continues: a heading (by
    its shape, numbered, or by its place, `placed`), the partnership's, a table row, a
    quotation or a code fence, or a "Status: ..." or "Lead agency: ..." line (a
    recommendation's). A list item is continued."""
    return (n in apart or n in placed or is_heading(s) or H.numbered_heading_shaped(s)
            or bool(_OWN_BLOCK.match(s)) or own_line(s) is not None)


def _goes_on(group: Group, s: str, n: int, apart: Collection[int], placed: Collection[int],
             width: int | None) -> bool:
    """Whether line `n` (`s`) continues `group`, whose last line is just above it: in a
    Markdown paragraph (`width` 0) always, unless either stands apart, the line above breaks
    its line, asks a question (a question a line, as briefings write them) or ends in a web or
    e-mail address (an address, a line each), or one is a heading in Title Case (a line of its
    own, or after a sentence); in a text wrapped at `width`, where the line above does not end
    a sentence and the next word would not have fitted on it."""
    before = group[-1][1]
    b = before.strip()
    if width is None or _MARKER.match(s) or _stands_apart(s, n, apart, placed) or \
            _stands_apart(b, n - 1, apart, placed):
        return False  # a list item starts a line of its own; one above it goes on
    if width == 0:
        return not (_HARD_BREAK.search(before) or b.endswith("?") or _ADDRESS_END.search(b)
                    or (len(group) == 1 and H.title_shaped(b))
                    or (H.title_shaped(s) and _ENDS_SENTENCE.search(b)))
    return not _SENTENCE_END.search(b) and len(b) + 1 + len(s.split()[0]) > width


def logical_lines(lines: list[str], apart: Collection[int] = (), placed: Collection[int] = (),
                  width: int | None = None) -> list[Group]:
    """The non-blank lines grouped into logical lines: a line that does not end a sentence and
    is followed by a line starting in lower case (or a bracket and lower case; not a bullet,
    not a heading) continues into it, as text pasted from a PDF does. `width` 0: the text is
    Markdown, whose lines with no blank line between are one paragraph (`_goes_on`); a
    number: a plain text wrapped at that width (`wrapped_at`), whose filled lines go on; None:
    neither (a paragraph a line, as the readers of PDF, Word and web pages give). A line
    numbered in `apart` (the partnership's, such as a footer) is one on its own, and continues
    into none; so does one in `placed` (a heading by its place, `stand_alone_headings`)."""
    groups: list[Group] = []
    open_ = False
    for n, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s or n in apart:
            groups += [[(n, raw)]] if s else []
            open_ = False
            continue
        follows = bool(groups) and groups[-1][-1][0] == n - 1
        if (open_ and s.lstrip("([“‘\"'")[:1].islower() and not _MARKER.match(s)
                and H.match_heading(s) is None) or (
                follows and _goes_on(groups[-1], s, n, apart, placed, width)):
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


def stand_alone_headings(lines: list[str]) -> set[int]:
    """Numbers (from 1) of the lines that read as headings by their place: `sentence_shaped`,
    after a line that ends a sentence (or a heading, an item or a blank line), and
    followed by a paragraph (not an item, not a heading, a sentence longer than the line),
    and broken on purpose: when the text is wrapped at a width, the next line's first word
    would have fitted after it. A short last line of a paragraph, a wrapped line, a one-line
    quotation and "Yes." are not headings."""
    filled = [(n, s.strip()) for n, s in enumerate(lines, 1) if s.strip()]
    width = text_width(lines)
    out: set[int] = set()
    for i in range(1, len(filled) - 1):
        n, s = filled[i]
        before, after = filled[i - 1][1], filled[i + 1][1]
        if not H.sentence_shaped(s) or _ITEM_START.match(s) or is_heading(s):
            continue
        if not (_ENDS_SENTENCE.search(before) or is_heading(before)
                or _ITEM_START.match(before) or filled[i - 1][0] < n - 1):
            continue
        if _ITEM_START.match(after) or is_heading(after) or H.sentence_shaped(after):
            continue
        more = len(after.split()) - len(s.split())
        if more < 1 or not (re.search(r"[.!?]\W*$", after) or more > 3):
            continue
        if len(s) + 1 + len(after.split()[0]) > width:
            continue  # the next word would not have fitted: a line wrapped at the width
        out.add(n)
    return out


def before_tables(lines: list[str], rows: Collection[int]) -> tuple[set[int], set[int]]:
    """(heads, before): of each table (a run of `rows`, `Source.rows`), the number of the
    heading that is its header (a table of one column's "## Recommendations",
    `tables.one_column`) and of the line just before it, past that heading. A sentence there
    leads into the table's rows (`recommendations.sentence_lead_in`), and its header heading
    goes on with the section, ending no lead-in."""
    heads: set[int] = set()
    before: set[int] = set()
    for start in sorted(n for n in rows if n - 1 not in rows):
        n = start - 1
        while n >= 1 and not lines[n - 1].strip():
            n -= 1
        if n >= 1 and lines[n - 1].startswith("## ") and n not in rows:
            heads.add(n)
            n -= 1
            while n >= 1 and not lines[n - 1].strip():
                n -= 1
        if n >= 1 and n not in rows:
            before.add(n)
    return heads, before
