"""Per-machine caches of file summaries, keyed by each file's size, modification time and
change time (st_ctime: a chmod, chown or ACL change moves it, never size or mtime).

They live in the user's cache folder, never beside the files (a sessions folder may be shared by
many machines). A missing, old or damaged cache only costs time: it reads as empty.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from reflect.store.atomic import make_private, write_atomic

CACHE_ENV = "REFLECT_CACHE_DIR"
CACHE_VERSION = 9
"""Any other version reads as empty. 2: a session's summary holds the ids of its questions
answered and of every answer, counted against its review's questions now (store/index.py),
where 1 held counts that took in answers to questions a replaced review no longer asks. 3: a
file that is not valid TOML is said in plain words, with its line (`toml_mistakes`), where 2
kept tomllib's words for it. 4: the stamp holds the change time too, so a file made unreadable
(chmod 000, which moves neither size nor mtime) is read again and said, where 3 listed it as
fine from the cache. 5: a session's summary holds the steps with an item typed and not added
(`SessionSummary.typed`), which the saved sessions mark ✎; 4 held none, and read from it every
session would be listed unmarked. 6: those steps take in the one whose box for the time to log
for CPD holds what is not a time ("lots"), which 5 left out: read from it, such a session would
stay unmarked until its file changed. 7: the library's words are kept without their accents
(`text.search_words`), where 6 kept "siobhán", which no word typed now finds. 8: a file's
unknown field is answered with the field meant (`store/unknown_field.py`: "did you mean
summary?"), where 7 kept "check the spelling" alone until the file changed. 9: a required
field missing where an unknown field stands for it is said with it ("did you mean summary?
(summary is required)"), where 8 said it on a line of its own too."""

Records = dict[str, dict[str, object]]
"""File name -> {"stamp": [size, mtime_ns, ctime_ns], ...what the cache keeps about it}."""


def cache_dir() -> Path:
    """$REFLECT_CACHE_DIR, else the per-user cache folder platformdirs gives (~/.cache/reflect
    or under $XDG_CACHE_HOME, ~/Library/Caches/reflect, %LOCALAPPDATA%\\reflect\\Cache)."""
    if env := os.environ.get(CACHE_ENV):
        return Path(env).expanduser()
    from platformdirs import user_cache_path

    from reflect.paths import APP

    return user_cache_path(APP, appauthor=False)


def cache_file(kind: str, folder: Path, cache: Path | None = None) -> Path:
    key = _sha256()(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return (cache or cache_dir()) / f"{kind}-{key}.json"


@cache
def _sha256() -> Callable[[bytes], Any]:
    """SHA-256 from CPython's own small module where it has one, as `random` takes its
    SHA-512: hashlib loads OpenSSL's first, 1.5-2.5 ms of CPU on the way to the start
    screen's first frame (the lists' caches are found by this). The same digest either way."""
    for name in ("_sha2", "_sha256"):  # (Python 3.12 and later; 3.11)
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            pass
    import hashlib

    return hashlib.sha256


def read_records(path: Path) -> Records:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"] if data.get("version") == CACHE_VERSION else {}
        return files if isinstance(files, dict) else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}  # missing, damaged (even nested past Python's limit) or another version


def write_records(path: Path, records: Records) -> None:
    make_private(path.parent)  # the per-user cache: summaries of sessions, never shared
    try:
        write_atomic(path, json.dumps({"version": CACHE_VERSION, "files": records})
                     .encode("utf-8"))
    except OSError:
        pass  # a cache that cannot be written only costs time


def stamp(st: os.stat_result) -> list[int]:
    """What keys a file's cache entry: its size, modification time and change time. The change
    time moves with its permissions, owner and ACLs too: a session made unreadable with chmod
    keeps its size and mtime, and the cache said it was fine until opening it failed."""
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns]
