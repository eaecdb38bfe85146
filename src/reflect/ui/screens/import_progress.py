"""What the import dialog says while a long PDF is read: "Reading page 40 of 250…" in place of
"Reading…", which stood for 10 to 17 seconds over a 250-page PDF with nothing moving (a
trial). The file is read in the dialog's worker (import_review.py); each page read is said on
the UI thread, at most five times a second, and never once that read has been given up for
another.
"""

from __future__ import annotations

import time

from reflect.importer.readers import Progress
from reflect.ui.widgets.literal import Literal

EVERY = 0.2
"""Seconds between two pages said (the last is always said)."""


def page_said(page: int, pages: int | None) -> str:
    """"Reading page 40 of 250…" (where the file does not say how many: "Reading page 40…")."""
    return f"Reading page {page:,} of {pages:,}…" if pages else f"Reading page {page:,}…"


def progress_shown(preview: Literal) -> Progress:
    """Told each page read, in the worker: said in `preview` (dim, as "Reading…" is)."""
    from textual.worker import get_current_worker

    worker = get_current_worker()
    last = -EVERY

    def shown(page: int, pages: int | None) -> None:
        nonlocal last
        now = time.monotonic()
        if (now - last < EVERY and page != pages) or worker.is_cancelled:
            return
        last = now
        try:
            preview.app.call_from_thread(preview.show, page_said(page, pages), "dim")
        except RuntimeError:  # (the app closing as the file is read: nothing to say it in)
            pass

    return shown
