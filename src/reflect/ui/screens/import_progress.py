"""What the import dialog says while a long PDF is read: "Reading page 40 of 250…" in place of
"Reading…", which stood for 10 to 17 seconds over a 250-page PDF with nothing moving (a
trial). The file is read in the dialog's worker (import_review.py); each page read is said on
the UI thread, at most five times a second (`importer.pages_said.every`, which `reflect
import` says them by too), and never once that read has been given up for another.
"""

from __future__ import annotations

from reflect.importer.pages_said import every, page_said
from reflect.importer.readers import Progress
from reflect.ui.widgets.literal import Literal


def progress_shown(preview: Literal) -> Progress:
    """Told each page read, in the worker: said in `preview` (dim, as "Reading…" is)."""
    from textual.worker import get_current_worker

    worker = get_current_worker()

    def shown(page: int, pages: int | None) -> None:
        if worker.is_cancelled:
            return
        try:
            preview.app.call_from_thread(preview.show, page_said(page, pages), "dim")
        except RuntimeError:  # (the app closing as the file is read: nothing to say it in)
            pass

    return every(shown)
