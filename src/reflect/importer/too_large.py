"""A file far larger than any briefing, refused before it is parsed: a learning lead's trial
gave `reflect import` a 15 MB text file, read for some 18 seconds with nothing said, then
offered as a review of "context: 199999 paragraphs" (the app's preview the same).

A briefing's text is some 5,000 to 60,000 characters (a 7-minute briefing, a few pages); a
review's whole report a few hundred thousand. `read_source` refuses a file over MAX_BYTES
before reading it, and text over MAX_TEXT characters once read (a text file is decoded in
well under a second; the parse is what takes the time), naming the file, its size and what a
briefing's is. A PDF's characters are counted first, page by page, and reading stops at the
page where they pass MAX_TEXT (`readers.pdf_pages.over_chars`): a PDF under 50 MB whose text
ran over 1,000,000 characters was read whole, pdfminer's places and layout taking minutes,
before it was refused. There is no going on anyway: a review of thousands of paragraphs is no
use to a meeting, and the briefing's own pages can be imported instead.

Pure: no files, no Textual.
"""

from __future__ import annotations

MAX_BYTES = 50 * 1000 * 1000
"""The largest file read at all: a briefing's PDF, with its pictures, is some 0.1 to 10 MB."""
MAX_TEXT = 1_000_000
"""The most characters of text read as a briefing."""
EXPECTED = ("a briefing's text is some 5,000 to 60,000 characters, a review's whole report a "
            f"few hundred thousand; reflect reads up to {MAX_TEXT:,}")
WHAT_TO_DO = ("is it the briefing you meant? Import the briefing alone, not several in one "
              "file or a file of something else")


def size_said(n: int) -> str:
    """`n` bytes as a person reads a file's size: "14.3 MB", "820 KB", "512 bytes"."""
    if n >= 1000 * 1000:
        return f"{n / 1e6:.1f}".removesuffix(".0") + " MB"
    return f"{round(n / 1000)} KB" if n >= 1000 else f"{n} bytes"


def file_too_large(size: int) -> str | None:
    """Why a file of `size` bytes is not read, or None: one over MAX_BYTES."""
    if size <= MAX_BYTES:
        return None
    return (f"the file is {size_said(size)}, far larger than any briefing (a briefing's PDF or "
            f"Word file is some 0.1 to 10 MB; reflect reads files of up to "
            f"{size_said(MAX_BYTES)}): {WHAT_TO_DO}")


def text_too_long(text: str, size: int) -> str | None:
    """Why the text read from a file of `size` bytes is not parsed, or None: over MAX_TEXT
    characters."""
    return chars_too_many(len(text), size) if len(text) > MAX_TEXT else None


def chars_too_many(chars: int, size: int) -> str:
    """Why a file of `size` bytes holding `chars` characters of text (over MAX_TEXT) is not
    parsed: the text read, or counted before it is (`text_count`)."""
    return (f"the file is {size_said(size)} and holds {chars:,} characters of text, far "
            f"more than any briefing ({EXPECTED}): {WHAT_TO_DO}")


def pages_too_long(chars: int, page: int, pages: int | None, size: int) -> str:
    """Why a PDF of `size` bytes whose pages drew `chars` characters by page `page` (of
    `pages`, where the file says) is not read on: over MAX_TEXT."""
    of = f" of {pages:,}" if pages is not None and pages > page else ""
    return (f"the file is {size_said(size)} and its pages hold more than {MAX_TEXT:,} "
            f"characters of text ({chars:,} by page {page:,}{of}, where reading stopped), far "
            f"more than any briefing ({EXPECTED}): {WHAT_TO_DO}")
