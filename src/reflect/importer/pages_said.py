"""What is said while a long PDF is read, the app's import dialog and `reflect import` alike:
"Reading page 40 of 250…", at most five times a second and always for the last page
(`every`). The dialog shows it in its preview (`ui/screens/import_progress.py`); the command
line on standard error at a terminal, one line rewritten (`cli/reading_pages.py`), where it
said nothing for the 10 to 17 seconds a 250-page PDF takes (a learning lead's trial).

Pure: no Textual, no files.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from reflect.importer.readers import Progress

EVERY = 0.2
"""Seconds between two pages said (the last is always said)."""


def page_said(page: int, pages: int | None) -> str:
    """"Reading page 40 of 250…" (where the file does not say how many: "Reading page 40…")."""
    return f"Reading page {page:,} of {pages:,}…" if pages else f"Reading page {page:,}…"


def every(say: Progress, seconds: float = EVERY,
          clock: Callable[[], float] = time.monotonic) -> Progress:
    """`say`, told a page at most once in `seconds` (the first page at once, and the last
    always, where the file says which it is)."""
    last = -float("inf")

    def told(page: int, pages: int | None) -> None:
        nonlocal last
        now = clock()
        if now - last < seconds and page != pages:
            return
        last = now
        say(page, pages)

    return told
