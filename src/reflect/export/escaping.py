"""Text made safe in each format the exports and reports write, and nothing else: Markdown
(`escape`, `line`, `cell`), a CSV cell (`safe_cell`), an HTML page's head (`page_head`, with
its Content-Security-Policy) and typed text in HTML kept in its order beside English where it
is Arabic or Hebrew (`AUTO`, `isolated`), and in SVG, which has no `dir="auto"`
(`direction`, `svg_text`). Kept apart from the notes' exports
(export/markdown.py, csv_export.py, html.py, which say them again) so that a report, which
needs only these, does not load the session and review models (a tenth of the time a report
with nothing changed took).

Markdown: user text is escaped so that nothing a team typed can change the document's
structure: a line starting `#`, `>`, `~~~`, a list marker or `---` stays a line of text, `|`
never makes a table, `<` never makes HTML, and an indented line never becomes a code block.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

from reflect.text import on_one_line, one_line, printable

# Escaped anywhere: a backslash, code spans, HTML, links, entities and table pipes. At the start
# of a line, every character that can open a block: headings, quotes, fences, list markers
# (bullets and "1." / "1)"), thematic and setext lines. Emphasis typed by the team is left to
# render as they meant it (it cannot change the structure).
_INLINE = re.compile(r"([\\`<\[|*_~]|&(?=#?\w+;))")  # "&" only where it could start an entity
_LINE_START = re.compile(r"^([ \t]*)(?:([#>+*~=_-])|([0-9]{1,9})([.)])(?=[ \t]|$))")
# (a number opens an ordered list only before a space: "1.5 hours" read "1\.5" as plain text)
_INDENT = re.compile(r"^(?: {4}| {0,3}\t)[ \t]*")  # four columns: an indented code block

REDACTED = "[redacted]"
"""What a personal detail is replaced by in a redacted export (export/identifiers.py). In
Markdown it is written as it reads, never `\\[redacted]`: its bracket starts no link unless a
bracket, a parenthesis or a colon follows it (the raw notes showed the escape: a trial)."""
_REDACTED_ESCAPED = re.compile(r"\\\[redacted\](?![\[(:])")


def escape(text: str) -> str:
    """User text as literal Markdown; the writer's line breaks are kept."""
    lines = []
    for line in printable(text).split("\n"):
        line = _INLINE.sub(r"\\\1", _INDENT.sub("", line.rstrip()))
        line = _REDACTED_ESCAPED.sub(REDACTED, line)
        lines.append(_LINE_START.sub(_escape_start, line))
    # A blank line stays a paragraph break; other line breaks become hard breaks (two spaces).
    out = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        out.append(line + ("  " if line and nxt else ""))
    return "\n".join(out).strip("\n")


def _escape_start(m: re.Match[str]) -> str:
    if m.group(2):
        return m.group(1) + "\\" + m.group(2)
    return m.group(1) + m.group(3) + "\\" + m.group(4)


_AS_IT_IS = re.compile("(?![#>+=-]|[0-9]{1,9}[.)](?: |$))"
                       + on_one_line(without="\\`<[|*_~&").pattern)
"""Text `cell` gives as it is: on one line already (`one_line`), with no character `escape`
escapes anywhere (`_INLINE`), nor one that opens a block where it starts (`_LINE_START`)."""


def line(text: str) -> str:
    """User text escaped and folded onto one line (list items, labels)."""
    return cell(text)


def cell(text: str) -> str:
    """User text for a table cell or a heading: one line, pipes escaped (by `escape`). (A line
    break in a heading would end it there and set the rest as a paragraph.)"""
    if _AS_IT_IS.fullmatch(text):  # most of a report's text: said as it is
        return text
    return " ".join(escape(text).split())


def with_code(text: str) -> str:
    """reflect's own text as Markdown, what it puts between backticks (a command to type) a
    code span, the rest escaped. Escaped whole, a team session's CPD record showed its
    command with a backslash before each backtick (a fresh-eyes trial). Never for the
    person's words, whose backticks are text."""
    spans = text.split("`")[1::2]
    marks = [f"reflectcodespan{n}x" for n in range(len(spans))]  # (letters: kept by `escape`)
    out = escape("".join(part if n % 2 == 0 else marks[n // 2]
                         for n, part in enumerate(text.split("`"))))
    for mark, span in zip(marks, spans, strict=True):
        out = out.replace(mark, code(span), 1)
    return out


def code(text: str) -> str:
    """`text` as a Markdown code span: fenced by more backticks than any run of them in it,
    spaced inside where it starts or ends with one (CommonMark)."""
    text = " ".join(printable(text).split("\n"))
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# `printable` turns a carriage return into a line feed, so a leading LF counts as well.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(text: str) -> str:
    """`text` as a cell: control characters out, a possible formula made literal."""
    text = printable(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


AUTO = ' dir="auto"'
"""An element holding typed text: its direction from its own first letter, isolated from what
is around it (an answer in Arabic or Hebrew reads right to left, one in English left to right)."""


RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
                           "\U00010800-\U00010fff\U0001e800-\U0001efff]")
"""A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, …): only a line
holding one needs its names isolated (a name in Latin letters reads the same either way)."""


def bdi(escaped: str) -> str:
    """Text already safe inside HTML, isolated in `<bdi>` where it holds right-to-left letters
    (`RIGHT_TO_LEFT`); as it is otherwise: English stays as it was written."""
    return f"<bdi>{escaped}</bdi>" if RIGHT_TO_LEFT.search(escaped) else escaped


_OPENS, _CLOSES = "\u2066\u2067\u2068", "\u2069"  # LRI, RLI, FSI; PDI


def direction(text: str) -> Literal["ltr", "rtl"] | None:
    """The direction `text` reads in, from its first strong character as the Unicode
    Bidirectional Algorithm finds it (UAX #9, P2: a letter of a left-to-right script, or of a
    right-to-left one; what an isolate holds skipped): what `dir="auto"` does in HTML, for
    SVG, which has none. None where there is no letter (`12`, `—`)."""
    inside = 0
    for char in text:
        if char in _OPENS:
            inside += 1
        elif char in _CLOSES:
            inside = max(inside - 1, 0)
        elif not inside:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in ("R", "AL"):
                return "rtl"
    return None


def svg_text(text: str, x_at: Literal["left", "right"]) -> str:
    """The attributes of an SVG `<text>` holding typed `text`, drawn with its `x_at` edge at
    its x. An SVG label is laid out left to right whatever its letters (no `dir="auto"`): a
    Hebrew title holding `Riverside 3` showed its first word at its left, and an Arabic one
    cut short its "…" at its right, where it begins. Right to left, its start is its right
    edge, so `text-anchor` turns too; left to right (or no letter) as before."""
    if direction(text) == "rtl":
        anchor = "start" if x_at == "right" else "end"
        return f' direction="rtl" unicode-bidi="embed" text-anchor="{anchor}"'
    return ' text-anchor="end"' if x_at == "right" else ""


_FOR_HTML = re.compile("[&<>\"']")
"""A character `html.escape` changes: text without one is written as it is (most is)."""


def isolated(text: str, names: Iterable[str]) -> str:
    """`text` on one line, safe inside HTML, each of `names` in it (whole words) isolated in
    `<bdi>` where the line holds right-to-left letters (`RIGHT_TO_LEFT`): a team or a role in
    Arabic or Hebrew followed by a number or a bracket in reflect's sentence (`فريق الشمال 2`)
    was shown with the number on its wrong side. Found with `str.find`, not a pattern made of
    the names: a report calls this for each of its thousands of actions, each with names of
    its own, and compiling a pattern for each took a report's page from 50 ms to 1.7 s."""
    said = one_line(text)
    if not RIGHT_TO_LEFT.search(said):  # (most text: a name in Latin letters needs nothing)
        return html.escape(said) if _FOR_HTML.search(said) else said
    present = {name for n in names if n and (name := one_line(n)) and name in said}
    if not present:
        return html.escape(said)
    spans: list[tuple[int, int]] = []
    for name in sorted(present, key=len, reverse=True):
        at = said.find(name)
        while at >= 0:
            end = at + len(name)
            if (_edge(said, at - 1) and _edge(said, end)
                    and all(end <= first or at >= last for first, last in spans)):
                spans.append((at, end))
            at = said.find(name, end if spans and spans[-1] == (at, end) else at + 1)
    if not spans:
        return html.escape(said)
    out, at = [], 0
    for first, last in sorted(spans):
        out += [html.escape(said[at:first]), f"<bdi>{html.escape(said[first:last])}</bdi>"]
        at = last
    return "".join(out) + html.escape(said[at:])


def _edge(text: str, i: int) -> bool:
    """Whether `text[i]` ends a word there (no letter, digit or `_`; or out of the text)."""
    return not 0 <= i < len(text) or not (text[i].isalnum() or text[i] == "_")


# Defence in depth: even if something slipped through, the page may run no script and load
# nothing from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def page_head(title: str, style: str) -> list[str]:
    """The opening of a self-contained page: no scripts, no outside requests (CSP)."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="reflect">',
        f"<title>{html.escape(printable(title))}</title>",
        f"<style>\n{style}</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
