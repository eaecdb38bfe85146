"""Textual's parsed stylesheet rules, kept in the per-machine cache between runs.

Each start parses CSS before anything is drawn: app.tcss's start-screen rules and every
widget's DEFAULT_CSS, some 10 ms of the start screen's first frame and 27 ms of `reflect open`'s
(measured in a real terminal: docs/performance.md). The rules parsed from one text, with one set
of variables (a theme's colours), by one Textual version, are the same in every run, and
Textual only reads them. So `reflect` and `reflect open` keep them, each apart, in one file of
the cache folder (`store.cache.cache_dir`); a later run unpickles only those it needs, parses
what is new, and adds it to the file once its first frame is drawn, and again as it ends.

A missing, damaged or other version's file only costs the parsing: it reads as empty. It holds
no session's words, only the app's and Textual's styles. It is a pickle, which runs what it
names, so it is read only while it and its folder are the user's own and no one else can write
to them (the folder is made owner-only as it is written), as the user's own compiled modules
are. Textual's parsing is reached through its private `Stylesheet._parse_rules` (Textual is
pinned below 9, and the file is kept per Textual version); `tests/functional/
test_parsed_styles.py` checks that every widget is styled alike from the file.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from textual import __version__ as textual_version
from textual.css.stylesheet import Stylesheet

FILE_NAME = "styles.pickle"
VERSION = (1, textual_version)
"""What a file must have been written with to be read: this format, this Textual's rules."""
MOST_KEPT = 3000
"""Entries past which a save keeps only this run's: edited CSS or many themes leave old ones."""

Rules = list[Any]


class ParsedStyles:
    """The parsed rules read from `path` (by key), and those parsed since (to be added)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._kept: dict[str, bytes] = {}
        self._new: dict[str, bytes] = {}
        self._used: set[str] = set()
        self._lock = threading.Lock()
        try:
            data = pickle.loads(_own_bytes(path))
            if isinstance(data, tuple) and len(data) == 2 and data[0] == VERSION \
                    and isinstance(data[1], dict):
                self._kept = data[1]
        except Exception:  # noqa: BLE001 - missing, damaged or another version: parsed again
            self._kept = {}

    def rules(self, key: str) -> Rules | None:
        """The rules kept under `key`, or None (never parsed, or its entry is damaged)."""
        blob = self._kept.get(key)
        if blob is None:
            return None
        try:
            rules = pickle.loads(blob)
        except Exception:  # noqa: BLE001 - a damaged entry: parsed again
            return None
        if not isinstance(rules, list):
            return None
        self._used.add(key)
        return rules

    def add(self, key: str, rules: Rules) -> None:
        try:
            blob = pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - rules that cannot be kept are parsed each time
            return
        with self._lock:
            self._new[key] = blob
            self._used.add(key)

    def save(self) -> None:
        """Add to the file what was parsed since it was read (nothing if nothing was)."""
        from reflect.store.atomic import make_private, write_atomic

        with self._lock:
            if not self._new:
                return
            kept = {**self._kept, **self._new}
            if len(kept) > MOST_KEPT:
                kept = {k: v for k, v in kept.items() if k in self._used}
            self._kept, self._new = kept, {}
            data = pickle.dumps((VERSION, kept), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            make_private(self.path.parent)
            write_atomic(self.path, data)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _own_bytes(path: Path) -> bytes:
    """`path`'s bytes, if it and its folder are the user's own and no one else can write to
    them (a pickle runs what it names: one left by another user is never read)."""
    with path.open("rb") as file:
        for st in (os.fstat(file.fileno()), path.parent.stat()):
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                raise PermissionError(f"{path} is not the user's own")
        return file.read()


def key(css: str, read_from: object, is_default_rules: bool, tie_breaker: int, scope: str,
        variables: dict[str, str]) -> str:
    """All that the rules parsed from `css` depend on (Textual's version is the file's)."""
    text = repr((css, read_from, is_default_rules, tie_breaker, scope,
                 sorted(variables.items())))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_kept: ParsedStyles | None = None
"""Where stylesheets read parsed rules from while an app runs (`keeping_styles`)."""
_parse: Callable[..., Rules] | None = getattr(Stylesheet, "_parse_rules", None)
"""Textual's own parsing (as it was when this module was imported); None in a Textual without
it, where nothing is kept."""


def _parse_or_read(self: Stylesheet, css: str, read_from: Any, is_default_rules: bool = False,
                   tie_breaker: int = 0, scope: str = "") -> Rules:
    kept = _kept
    assert _parse is not None  # (only put in its place where it is there)
    if kept is None:
        return _parse(self, css, read_from, is_default_rules, tie_breaker, scope)
    at = key(css, read_from, is_default_rules, tie_breaker, scope, self._variables)
    rules = kept.rules(at)
    if rules is None:
        rules = _parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        kept.add(at, rules)
    return rules


@contextmanager
def keeping_styles(app: Any, cache_folder: Path | None = None) -> Iterator[ParsedStyles]:
    """While `app` (a `ReflectApp`) runs in this block, its parsed rules are kept in
    `cache_folder` (default: the cache folder): those parsed anew are added once its first
    frame is drawn (its `styles_kept`), and again as the block ends."""
    global _kept
    from reflect.store.cache import cache_dir

    if _parse is not None:
        Stylesheet._parse_rules = _parse_or_read  # type: ignore[method-assign]
    app.styles_kept = _kept = kept = ParsedStyles((cache_folder or cache_dir()) / FILE_NAME)
    try:
        yield kept
    finally:
        _kept = None
        kept.save()
