"""The start screen's lists, read in a thread started before Textual is imported.

`reflect` spends its first tenth of a second importing Textual; reading the library's summaries
and the saved sessions (from their per-machine caches, statting each file) meanwhile means the
start screen can show them in its very first frame, with no second layout. If the reading is not
done when the screen is mounted, or fails, the screen reads them in a worker as before (which
says what went wrong); the UI thread never waits for it.

Imports no Textual and no models: it is imported before either is needed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.store.catalogue import Catalogue
    from reflect.store.index import SummaryList


class Preload:
    """The library and the saved sessions, read once in a background thread."""

    def __init__(self, content_dir: Path, sessions_dir: Path) -> None:
        self.content_dir, self.sessions_dir = content_dir, sessions_dir
        self._done = threading.Event()
        self._result: tuple[Catalogue, SummaryList] | None = None
        self._thread = threading.Thread(target=self._read, name="reflect-preload", daemon=True)
        self.seen: object = None
        """The two folders' stamps as they were read (`atomic.folder_stamps`)."""

    def start(self) -> Preload:
        self._thread.start()
        return self

    def _read(self) -> None:
        from reflect.store.atomic import folder_stamps

        self.seen = folder_stamps(self.content_dir, self.sessions_dir)  # before reading them
        try:
            self._result = read_lists(self.content_dir, self.sessions_dir)
        except Exception:  # noqa: BLE001 - the start screen's worker reads again and says why
            self._result = None
        finally:
            self._done.set()

    def ready(self) -> tuple[Catalogue, SummaryList] | None:
        """What was read, if the reading is done and worked; never waits."""
        return self._result if self._done.is_set() else None

    def wait(self) -> tuple[Catalogue, SummaryList] | None:
        """What was read, once the reading is done (for a worker, never the UI thread)."""
        self._done.wait()
        return self._result


def read_lists(content_dir: Path, sessions_dir: Path) -> tuple[Catalogue, SummaryList]:
    """The library and the saved sessions, each session counted against its review's
    questions now and marked where its review will not open (`SummaryList.in_library`, which
    may look in the library's `removed` folder): read off the UI thread, by the preload and by
    the start screen's worker. The marking was done as the lists were shown, on it."""
    from reflect.store.catalogue import load_catalogue
    from reflect.store.index import list_summaries

    library = load_catalogue(content_dir)
    library.theme_slips  # noqa: B018  (worked out here, off the UI thread: its problems area)
    return library, list_summaries(sessions_dir).in_library(library)


def start_preload(content_dir: Path, sessions_dir: Path) -> Preload:
    return Preload(content_dir, sessions_dir).start()
