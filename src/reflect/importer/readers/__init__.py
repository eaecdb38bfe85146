"""One reader per file format, each turning a file's bytes into the Markdown-like briefing
text of `reflect.importer.sources` (`## ` headings, `- ` items, a paragraph per line).

Pure: no Textual, no files (bytes in, text out). A reader raises `Unreadable` with a message
for the user that does not name the file; `read_source` adds the file's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

BULLETS = "•·▪■●○◦▸►➢➤✓✔–-*"
"""Characters that mark a list item when they start a line and are followed by a space."""

GLYPH_BULLET = r"\(cid:\d+\)|[\uf000-\uf8ff]"
"""A bullet drawn from a symbol font: a glyph with no Unicode (pdfminer writes "(cid:N)") or
one in the private-use area (Word's Symbol-font bullets)."""

_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|{GLYPH_BULLET})\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


Progress = Callable[[int, int | None], None]
"""Told each page as it is read: (pages read, pages in all where the file says, else None)."""


class Unreadable(ValueError):
    """The bytes cannot be read as this format; the message says why (without the file)."""


class TooLong(Unreadable):
    """The file's text runs over the most read as a briefing: reading stopped there. `chars`
    counted by page `page` of `pages` (None where the file does not say)."""

    def __init__(self, chars: int, page: int, pages: int | None) -> None:
        super().__init__(f"over {chars:,} characters of text by page {page}")
        self.chars, self.page, self.pages = chars, page, pages


EMPTY = "the briefing is empty: the file holds no text"
"""Said of an empty file, whatever its name ends in (an empty .pdf was "not a PDF", a trial),
and of a text holding no words."""

SAVE_AS_UTF8 = ("save it again as UTF-8 text (most editors offer it under Save As, as the "
                "encoding) and import that")


def from_utf16(data: bytes) -> str:
    """Text that starts with UTF-16's byte-order mark. Raises Unreadable for bytes that are
    not UTF-16 text: UTF-8 text behind an FF FE came in as a line of CJK characters, silently
    (a trial); decoded so, it holds no space or line break."""
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        text = None
    if text is None or (len(text) > 20 and not any(c in text for c in " \t\r\n\x00")):
        raise Unreadable("it starts with the mark of UTF-16 text (bytes "
                         f"{data[:2].hex(' ').upper()}), but what follows is not UTF-16: "
                         + SAVE_AS_UTF8)
    return text


def squash(text: str) -> str:
    """Runs of spaces (and non-breaking or zero-width spaces) as one space, ends stripped."""
    return _SPACES.sub(" ", text.replace("\u00ad", "")).strip()


def as_item(text: str) -> str:
    """A line starting with a bullet character, as a `- ` item; others unchanged."""
    m = _BULLET.match(text)
    return f"- {text[m.end():]}" if m and m.end() < len(text) else text


def starts_item(text: str) -> bool:
    """Whether the line starts with a bullet character and a space."""
    return bool(_BULLET.match(text))


_WORD = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")


def bold_lead(lead: str, rest: str) -> str | None:
    """A paragraph that opens in bold and goes on in regular type, written as Markdown writes
    it ("**Neglect that builds slowly:** the team ..."), so that one rule (`parse.split_title`)
    reads a bold lead-in alike in every format; None where the bold part or what follows it
    has no words. Until 5 December 2026 the PDF, Word and web readers dropped the bold, and
    the same lead-in was a title in a Markdown file only."""
    lead, rest = squash(lead), squash(rest)
    if len(_LETTER.findall(lead)) < 2 or not _WORD.search(rest) or "*" in lead:
        return None  # (a number or letter in bold, "1." or "a)", is the item's marker)
    return f"**{lead}** {rest}"
