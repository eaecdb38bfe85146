"""One reader per file format, each turning a file's bytes into the Markdown-like briefing
text of `reflect.importer.sources` (`## ` headings, `- ` items, a paragraph per line).

Pure: no Textual, no files (bytes in, text out). A reader raises `Unreadable` with a message
for the user that does not name the file; `read_source` adds the file's name.
"""

from __future__ import annotations

import re

BULLETS = "•·▪■●○◦▸►➢➤✓✔–-*"
"""Characters that mark a list item when they start a line and are followed by a space."""

GLYPH_BULLET = r"\(cid:\d+\)|[\uf000-\uf8ff]"
"""A bullet drawn from a symbol font: a glyph with no Unicode (pdfminer writes "(cid:N)") or
one in the private-use area (Word's Symbol-font bullets)."""

_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|{GLYPH_BULLET})\s+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


class Unreadable(ValueError):
    """The bytes cannot be read as this format; the message says why (without the file)."""


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
