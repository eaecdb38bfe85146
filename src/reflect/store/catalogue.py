"""The review library as the start screen needs it: a summary of each review, fast.

Summaries are cached per machine (in the user's cache folder) and used only while a file's size
and modification time are unchanged, so a large library appears at once; a file that changed
is read and validated again, and its problems are reported exactly as `load_library` would.
The full review is read, and validated, only when a session is started or resumed on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.text import matches_query, naming_words, search_text, search_words

if TYPE_CHECKING:
    from reflect.model.review import Review

T = TypeVar("T")

@dataclass(frozen=True)
class ReviewSummary:
    id: str
    title: str
    summary: str
    review_type: str
    themes: tuple[str, ...]
    questions: int
    path: Path
    unfinished: tuple[str, ...] = ()
    """Messages for fields still holding an importer's placeholder (see `load_library`)."""
    asks: tuple[str, ...] = ()
    """The briefing's own questions as a themed session tells them apart (`themes.normalised`):
    what the theme picker counts, a question several reviews ask once."""
    question_ids: tuple[str, ...] = ()
    """The ids of the questions it asks now: a saved session's answers are counted against
    them (`Catalogue.asked`), never against questions a replaced review no longer asks."""

    def search_text(self) -> str:
        return search_text(self.id, self.title, self.summary, self.review_type, *self.themes)


@dataclass
class Catalogue:
    folder: Path
    reviews: list[ReviewSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Review files that cannot be read, each with why."""
    missing: bool = False
    """The folder does not exist (`paths.missing_library` says so): no file needs correcting."""

    def get(self, review_id: str) -> ReviewSummary | None:
        return next((r for r in self.reviews if r.id == review_id), None)

    @property
    def unfinished(self) -> list[str]:
        """What to edit in reviews still carrying an importer's placeholder."""
        return [m for r in self.reviews for m in r.unfinished]

    def search(self, text: str) -> list[ReviewSummary]:
        if not text.strip():
            return list(self.reviews)  # a search of nothing finds everything, at once
        if not search_words(text):
            return []  # symbols alone ("[", "*") are no word of any review: `matches_query`
        named = naming_words(text, (r.search_text() for r in self.reviews))
        return [r for r in self.reviews if matches_query(text, r.search_text(), named)]

    def themes(self) -> dict[str, list[ReviewSummary]]:
        """Each theme any review is tagged with, and those reviews (for themed sessions)."""
        out: dict[str, list[ReviewSummary]] = {}
        for r in self.reviews:
            for theme in r.themes:
                out.setdefault(theme, []).append(r)
        return dict(sorted(out.items()))

    def asked(self, review_id: str) -> tuple[str, ...] | None:
        """The ids of the questions the review `review_id` asks now, for counting a saved
        session's answers (reflect/answered.py); None where the library has no such review (a
        review removed, and a themed session's, which is built from several only when it is
        opened: counted against the questions the session holds)."""
        found = self.get(review_id)
        return None if found is None else found.question_ids

    def load(self, review_id: str) -> Review:
        """The whole review, read and validated now; raises ValueError with a clear message.

        `theme-<theme>` (when no review has that id) is the themed session on that theme, built
        from every review tagged with it."""
        from reflect.model.themes import PREFIX, themed_review
        from reflect.store.library import ReviewError, read_review

        found = self.get(review_id)
        if found is None and review_id.startswith(PREFIX):
            theme = review_id.removeprefix(PREFIX)
            tagged = self.themes().get(theme, [])
            if not tagged:
                raise ValueError(f"no review in {self.folder} is tagged {theme!r} any more")
            return themed_review(theme, [self.load(r.id) for r in tagged])
        if found is None:
            raise ValueError(f"no review {review_id!r} in {self.folder}")
        try:
            return read_review(found.path)
        except ReviewError as e:
            raise ValueError(str(e)) from e


def _summarise(review: Review, path: Path) -> ReviewSummary:
    from reflect.model.themes import normalised
    from reflect.store.library import describe_unfinished

    return ReviewSummary(review.id, review.title, review.summary, review.review_type,
                         tuple(review.themes), len(review.questions), path,
                         tuple(describe_unfinished(path, review)),
                         tuple(normalised(q.text) for q in review.questions
                               if q.origin == "briefing"),
                         tuple(q.id for q in review.questions))


def load_catalogue(folder: Path, cache: Path | None = None) -> Catalogue:
    """Every review in `folder`, summarised; problems reported as `load_library` reports them."""
    out = Catalogue(folder)
    if not folder.is_dir():
        out.missing = True
        return out
    cache = cache_file("library", folder, cache)
    known = read_records(cache)
    files: Records = {}
    for name in _toml_names(folder):
        path = folder / name
        try:
            st = os.stat(path)
        except OSError:
            continue
        now = stamp(st.st_size, st.st_mtime_ns)
        cached = known.get(path.name)
        record: dict[str, object] = cached if isinstance(cached, dict) else {}
        summary = _from_record(record, path) if record.get("stamp") == now else None
        if summary is None and (record.get("stamp") != now or "problems" not in record):
            record = _read(path, now)  # changed, new, or a damaged cache entry
            summary = _from_record(record, path)
        files[path.name] = record
        if summary is None:
            problems = record.get("problems", [])
            out.problems += [str(p) for p in problems] if isinstance(problems, list) else []
            continue
        out.reviews.append(summary)
    out.reviews, twice = one_per_id([(r.path, r.id, r) for r in out.reviews])
    out.problems += twice
    out.reviews.sort(key=lambda r: r.title.lower())
    if files != known:
        write_records(cache, files)
    return out


def one_per_id(found: list[tuple[Path, str, T]]) -> tuple[list[T], list[str]]:
    """Of files (in name order) holding one id, the one named after it (`child-zz.toml`) is
    the review and the others problems (by name order alone, `a-copy.toml` displaced the
    original); the library and the start screen's summaries both keep reviews so."""
    kept: list[T] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path, review_id, item in sorted(found, key=lambda f: f[0].stem != f[1]):  # stable
        if review_id in seen:
            problems.append(f"{path}: id: {review_id!r} is already used by {seen[review_id]}")
            continue
        seen[review_id] = path
        kept.append(item)
    return kept, problems


def _toml_names(folder: Path) -> list[str]:
    """The names `sorted(folder.glob("*.toml"))` gives, in the same order, without making and
    comparing a Path for each (a third of the time for a 1,000-review library)."""
    try:
        with os.scandir(folder) as entries:
            return sorted(e.name for e in entries if e.name.endswith(".toml"))
    except OSError:
        return []


def _from_record(record: dict[str, object], path: Path) -> ReviewSummary | None:
    """The summary a cache record holds, or None (a problem record, or a damaged one)."""
    try:
        s = record["summary"]
        return ReviewSummary(s["id"], s["title"], s["summary"], s["review_type"],  # type: ignore[index]
                             tuple(s["themes"]), int(s["questions"]), path,  # type: ignore[index]
                             tuple(str(m) for m in s["unfinished"]),  # type: ignore[index]
                             tuple(str(q) for q in s["asks"]),  # type: ignore[index]
                             tuple(str(q) for q in s["question_ids"]))  # type: ignore[index]
        # (A record from before `asks` or `question_ids` has none: KeyError, and the file is
        # read again.)
    except (KeyError, TypeError, ValueError):
        return None


def _read(path: Path, stamp: object) -> dict[str, object]:
    from reflect.store.library import ReviewError, read_review

    try:
        review = read_review(path)
    except ReviewError as e:
        return {"stamp": stamp, "problems": e.messages}
    s = _summarise(review, path)
    return {"stamp": stamp, "summary": {"id": s.id, "title": s.title, "summary": s.summary,
                                        "review_type": s.review_type, "themes": list(s.themes),
                                        "questions": s.questions,
                                        "unfinished": list(s.unfinished),
                                        "asks": list(s.asks),
                                        "question_ids": list(s.question_ids)}}

