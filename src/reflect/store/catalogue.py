"""The review library as the start screen needs it: a summary of each review, fast.

Summaries are cached per machine (in the user's cache folder) and used only while a file's size
and modification time are unchanged, so a large library appears at once; a file that changed
is read and validated again, and its problems are reported exactly as `load_library` would.
The full review is read, and validated, only when a session is started or resumed on it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.store.atomic import write_atomic
from reflect.text import search_text

if TYPE_CHECKING:
    from reflect.model.review import Review

CACHE_VERSION = 1


@dataclass(frozen=True)
class ReviewSummary:
    id: str
    title: str
    summary: str
    review_type: str
    themes: tuple[str, ...]
    questions: int
    path: Path

    def search_text(self) -> str:
        return search_text(self.id, self.title, self.summary, self.review_type, *self.themes)


@dataclass
class Catalogue:
    folder: Path
    reviews: list[ReviewSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, review_id: str) -> ReviewSummary | None:
        return next((r for r in self.reviews if r.id == review_id), None)

    def search(self, text: str) -> list[ReviewSummary]:
        words = text.lower().split()
        return [r for r in self.reviews if all(w in r.search_text() for w in words)]

    def load(self, review_id: str) -> Review:
        """The whole review, read and validated now; raises ValueError with a clear message."""
        from reflect.store.library import ReviewError, read_review

        found = self.get(review_id)
        if found is None:
            raise ValueError(f"no review {review_id!r} in {self.folder}")
        try:
            return read_review(found.path)
        except ReviewError as e:
            raise ValueError(str(e)) from e


def _summarise(review: Review, path: Path) -> ReviewSummary:
    return ReviewSummary(review.id, review.title, review.summary, review.review_type,
                         tuple(review.themes), len(review.questions), path)


def _cache_file(folder: Path, cache: Path) -> Path:
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache / f"library-{key}.json"


def load_catalogue(folder: Path, cache: Path | None = None) -> Catalogue:
    """Every review in `folder`, summarised; problems reported as `load_library` reports them."""
    from reflect.store.index import cache_dir

    out = Catalogue(folder)
    if not folder.is_dir():
        out.problems.append(f"{folder}: content folder not found")
        return out
    cache_file = _cache_file(folder, cache or cache_dir())
    try:
        old = json.loads(cache_file.read_text(encoding="utf-8"))
        known = old["files"] if old.get("version") == CACHE_VERSION else {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        known = {}
    files: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            st = path.stat()
        except OSError:
            continue
        stamp = [st.st_size, st.st_mtime_ns]
        record = known.get(path.name)
        if not (isinstance(record, dict) and record.get("stamp") == stamp):
            record = _read(path, stamp)
        files[path.name] = record
    seen: dict[str, str] = {}
    for name, record in files.items():
        try:
            if "problems" in record:
                out.problems += [str(p) for p in record["problems"]]  # type: ignore[union-attr]
                continue
            s = record["summary"]
            summary = ReviewSummary(s["id"], s["title"], s["summary"], s["review_type"],  # type: ignore[index]
                                    tuple(s["themes"]), int(s["questions"]), folder / name)  # type: ignore[index]
        except (KeyError, TypeError, ValueError):
            files[name] = record = _read(folder / name, record.get("stamp"))  # type: ignore[union-attr]
            if "problems" in record:
                out.problems += [str(p) for p in record["problems"]]  # type: ignore[union-attr]
                continue
            s = record["summary"]
            summary = ReviewSummary(s["id"], s["title"], s["summary"], s["review_type"],  # type: ignore[index]
                                    tuple(s["themes"]), int(s["questions"]), folder / name)  # type: ignore[index]
        if summary.id in seen:
            out.problems.append(f"{folder / name}: id: {summary.id!r} is already used by "
                                f"{folder / seen[summary.id]}")
            continue
        seen[summary.id] = name
        out.reviews.append(summary)
    out.reviews.sort(key=lambda r: r.title.lower())
    if files != known:
        try:
            write_atomic(cache_file, json.dumps({"version": CACHE_VERSION, "files": files})
                         .encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time
    return out


def _read(path: Path, stamp: object) -> dict[str, object]:
    from reflect.store.library import ReviewError, read_review

    try:
        review = read_review(path)
    except ReviewError as e:
        return {"stamp": stamp, "problems": e.messages}
    s = _summarise(review, path)
    return {"stamp": stamp, "summary": {"id": s.id, "title": s.title, "summary": s.summary,
                                        "review_type": s.review_type, "themes": list(s.themes),
                                        "questions": s.questions}}

