"""The words of each review's own text, for the start screen's search: what happened, the
learning, good practice, areas for development, the recommendations, the questions and what
to do now. A review whose title, summary and themes lack a word typed is still found by its
text, listed after those that have it, saying where (`Catalogue.found`).

They are kept in a per-machine cache of their own (`library-words-….json`, beside the
library's summaries, keyed like them by each file's size, modification and change time) and
read only when a search first needs them, or in the background once the start screen is
shown: the start screen's first frame reads the summaries alone. A file whose entry is missing
or stale is read with tomllib (no pydantic, no models: the start screen imports neither); the
library has validated it already (a file it could not read has no summary, so is never asked
for).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.text import search_words

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Introduction and context", ("introduction", "context", "notes")),
    ("Key learning", ("learning",)),
    ("Good practice", ("good_practice",)),
    ("Areas for development", ("development",)),
    ("Recommendations", ("recommendations_note", "recommendations", "action_plan")),
    ("Questions", ("questions",)),
    ("What to do now", ("what_to_do_now",)),
)
"""Each part of a review searched, as its step is labelled, and the review file's fields it
holds (the purpose, the contacts and the key dates are the same in many reviews: not
searched)."""

NOT_TEXT = frozenset({"id", "source", "origin", "url", "status"})
"""Fields of a review's items that are no words of its text (a question's id, a themed
session's source)."""


@dataclass(frozen=True)
class ReviewText:
    """A review's words by part: `SECTIONS`' labels, each with its distinct words."""

    parts: tuple[tuple[str, str], ...]
    """(label, " word word …": each word once, after a space), for the parts with words."""
    every: str
    """Every part's words, each after a space: one `in` finds a word starting with letters
    (" sch" in " school staff")."""

    def where(self, word: str) -> tuple[str, str] | None:
        """The first part holding a word that starts with `word`, and that word."""
        for label, words in self.parts:
            at = words.find(f" {word}")
            if at >= 0:
                end = words.find(" ", at + 1)
                return label, words[at + 1:end if end >= 0 else len(words)]
        return None


class Texts(dict[str, ReviewText]):
    """Each review's text by its id; which reviews hold a word, remembered for the letters
    typed next: "schoo" is looked for only in the reviews "scho" was found in."""

    def __init__(self, texts: dict[str, ReviewText]) -> None:
        super().__init__(texts)
        self._holding: dict[str, list[str]] = {}

    def holding(self, word: str) -> list[str]:
        """The ids of the reviews with a word of their text starting with `word`."""
        if (known := self._holding.get(word)) is not None:
            return known
        before = next((self._holding[word[:n]] for n in range(len(word) - 1, 0, -1)
                       if word[:n] in self._holding), None)
        needle = f" {word}"
        found = [i for i in (self if before is None else before) if needle in self[i].every]
        if len(self._holding) > 256:
            self._holding.clear()
        self._holding[word] = found
        return found


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from _strings(item)


def words_of(data: dict[str, object]) -> dict[str, str]:
    """A review file's fields (as tomllib reads them) as each part's distinct words, in the
    order they are first met, space-separated ("" parts left out)."""
    out: dict[str, str] = {}
    for label, fields in SECTIONS:
        seen = dict.fromkeys(w for f in fields for text in _strings(data.get(f))
                             for w in search_words(text))
        if seen:
            out[label] = " ".join(seen)
    return out


def _text(parts: dict[str, str]) -> ReviewText:
    ordered = tuple((label, f" {parts[label]}") for label, _ in SECTIONS if parts.get(label))
    return ReviewText(ordered, "".join(words for _, words in ordered))


def _read(path: Path) -> dict[str, str]:
    try:
        with path.open("rb") as f:
            return words_of(tomllib.load(f))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return {}  # changed since the library read it: found again once it is read again


def load_texts(folder: Path, files: dict[str, Path], cache: Path | None = None) -> Texts:
    """The text of each review `files` names (review id -> its file in `folder`), from the
    cache where the file is unchanged, else read now (and the cache written again)."""
    cache = cache_file("library-words", folder, cache)
    known = _records(cache)
    kept: Records = {}
    out: dict[str, ReviewText] = {}
    for review_id, path in files.items():
        try:
            st = os.stat(path)
        except OSError:
            continue
        now = stamp(st)
        cached = known.get(path.name)
        parts = cached.get("words") if isinstance(cached, dict) and \
            cached.get("stamp") == now else None
        if isinstance(parts, dict) and all(isinstance(v, str) for v in parts.values()):
            kept[path.name] = known[path.name]
        else:  # changed, new, or a damaged entry
            parts = _read(path)
            kept[path.name] = {"stamp": now, "words": parts}
        out[review_id] = _text(parts)
    if kept != known:
        write_records(cache, kept)
        _last.clear()
    return Texts(out)


_last: dict[Path, tuple[object, Records]] = {}
"""The cache file last read, as it was then and what it held: the start screen reads the
library again each time it is shown, and a cache of some megabytes is parsed again only when
it has changed."""


def _records(cache: Path) -> Records:
    try:
        st = os.stat(cache)
        now: object = (st.st_size, st.st_mtime_ns, st.st_ino)
    except OSError:
        now = None
    last = _last.get(cache)
    if now is not None and last is not None and last[0] == now:
        return last[1]
    records = read_records(cache)
    _last.clear()
    if now is not None:
        _last[cache] = (now, records)
    return records
