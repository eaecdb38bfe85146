"""The review library as the start screen needs it: a summary of each review, fast.

Summaries are cached per machine (in the user's cache folder) and used only while a file's size
and modification time are unchanged, so a large library appears at once; a file that changed
is read and validated again, and its problems are reported exactly as `load_library` would.
The full review is read, and validated, only when a session is started or resumed on it.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from reflect.store.cache import Records, cache_file, read_records, stamp, write_records
from reflect.text import matches_query, naming_words, search_text, search_words

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.store.review_words import ReviewText, Texts

T = TypeVar("T")

class ReviewSummary(NamedTuple):
    """One review as the start screen lists it. (A NamedTuple, as `TextMatch`: a frozen
    dataclass took 0.5 ms to build and 1 ms more to make 1,000 of, on the start screen's way
    to its first frame.)"""

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


class TextMatch(NamedTuple):
    """A review found by words of its text that its title, summary and themes lack."""

    review: ReviewSummary
    why: str
    """Where: `Mentions “school” in Good practice`."""


TEXT_WORD = 3
"""Letters a word typed needs before it is looked for in the reviews' text: fewer ("s", "sc")
start a word in nearly every review, and listed them all on the way to "school"."""


def same_title(title: str) -> str:
    """A review's title as two are compared: case and spacing aside."""
    return " ".join(title.split()).casefold()


@dataclass
class Catalogue:
    folder: Path
    reviews: list[ReviewSummary] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """Review files that cannot be read, each with why."""
    missing: bool = False
    """The folder does not exist (`paths.missing_library` says so): no file needs correcting."""
    cache: Path | None = None
    """The cache folder given (None: the per-user one), for the reviews' words too."""
    _texts: Texts | None = field(default=None, repr=False)
    _texts_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _matches: dict[tuple[str, tuple[str, ...]], TextMatch] = field(default_factory=dict,
                                                                   repr=False)
    _rows: dict[tuple[str, str], TextMatch] = field(default_factory=dict, repr=False)

    def get(self, review_id: str) -> ReviewSummary | None:
        return next((r for r in self.reviews if r.id == review_id), None)

    @property
    def twins(self) -> frozenset[str]:
        """Titles (as `same_title` compares them) more than one review here has: "Keep both"
        on importing a briefing again makes two (a trial could tell them apart only by one
        word of their summaries); the library shows each one's id beside its title."""
        titles = Counter(same_title(r.title) for r in self.reviews)
        return frozenset(title for title, count in titles.items() if count > 1)

    @property
    def unfinished(self) -> list[str]:
        """What to edit in reviews still carrying an importer's placeholder."""
        return [m for r in self.reviews for m in r.unfinished]

    @cached_property
    def theme_slips(self) -> list[str]:
        """Each theme likely a slip for another review's, said with its file and field
        (store/theme_slips.py): the review is used as it is."""
        from reflect.store.theme_slips import slips_said

        return [said for _, said in slips_said([(r.path, r.themes) for r in self.reviews])]

    def search(self, text: str) -> list[ReviewSummary]:
        return self._search(text)[0]

    def _search(self, text: str) -> tuple[list[ReviewSummary], frozenset[str]]:
        """What `search` finds, and the query's short words that name a review here."""
        if not text.strip():
            return list(self.reviews), frozenset()  # a search of nothing finds everything
        if not search_words(text):
            return [], frozenset()  # symbols alone ("[", "*") are no word: `matches_query`
        named = naming_words(text, (r.search_text() for r in self.reviews))
        return [r for r in self.reviews if matches_query(text, r.search_text(), named)], named

    def texts(self) -> Texts:
        """Each review's words (`store.review_words`), read once, whichever thread asks first
        (the start screen reads them in the background; a search before then waits)."""
        with self._texts_lock:
            if self._texts is None:
                from reflect.store.review_words import load_texts

                self._texts = load_texts(self.folder, {r.id: r.path for r in self.reviews},
                                         self.cache)
            return self._texts

    def found(self, text: str) -> list[ReviewSummary | TextMatch]:
        """What `search` finds, then the reviews found only by their text: each word of three
        letters or more (`TEXT_WORD`) may start a word of the review's text instead, the
        others finding the review as `search` finds it; each saying where."""
        by_name, named = self._search(text)
        words = search_words(text)
        longer = [w for w in dict.fromkeys(words) if len(w) >= TEXT_WORD]
        if not longer:
            return list(by_name)
        shown = {r.id for r in by_name}
        texts = self.texts()
        holding = {w: set(texts.holding(w)) for w in longer}
        out: list[ReviewSummary | TextMatch] = list(by_name)
        for r in self.reviews:
            in_text = [w for w in longer if r.id in holding[w]]
            if not in_text or r.id in shown:
                continue
            rest = [w for w in words if w not in in_text]
            if not rest or matches_query(" ".join(rest), r.search_text(), named):
                out.append(self._match(r, texts[r.id], in_text))
        return out

    def _match(self, review: ReviewSummary, text: ReviewText, words: list[str]) -> TextMatch:
        """The words not in the review's title, summary or themes, each where it is first
        met; the same object for the same review and words (a list showing the same rows is
        not drawn again: `start_rows.fill`), worked out once."""
        key = (review.id, tuple(words))
        if (made := self._matches.get(key)) is not None:
            return made
        own = review.search_text().split()
        said = [w for w in words if not any(o.startswith(w) for o in own)] or words
        places: dict[str, list[str]] = {}
        for w in said:
            if (where := text.where(w)) is not None:
                places.setdefault(where[0], []).append(f"“{where[1]}”")
        why = "Mentions " + "; ".join(f"{', '.join(found)} in {label}"
                                      for label, found in places.items())
        # ("scho" after "sch": both “school”, the row already listed.)
        made = self._matches[key] = self._rows.setdefault((review.id, why),
                                                          TextMatch(review, why))
        return made

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
            from reflect.store.removing import removed_review

            if (kept := removed_review(self.folder, review_id)) is not None:
                raise ValueError(f"it was removed from the library (its file is kept in "
                                 f"{kept[1]}; move it back into {self.folder} to use it)")
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
    out = Catalogue(folder, cache=cache)
    if not folder.is_dir():
        out.missing = True
        return out
    cache = cache_file("library", folder, cache)
    known = read_records(cache)
    files: Records = {}
    for name, st in _toml_files(folder):
        path = folder / name
        now = stamp(st)
        cached = known.get(name)
        record: dict[str, object] = cached if isinstance(cached, dict) else {}
        summary = _from_record(record, path) if record.get("stamp") == now else None
        if summary is None and (record.get("stamp") != now or "problems" not in record):
            record = _read(path, now)  # changed, new, or a damaged cache entry
            summary = _from_record(record, path)
        files[name] = record
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


def _toml_files(folder: Path) -> list[tuple[str, os.stat_result]]:
    """The names `sorted(folder.glob("*.toml"))` gives, in the same order, each with its
    `os.stat` (a file gone meanwhile left out), without making and comparing a Path for each
    (a third of the time for a 1,000-review library), and statted as the folder is listed:
    `os.stat` of a Path made its string first (for 1,000 reviews, 0.7 ms of the 14 their
    first reading takes in the start screen's thread, beside Textual's import)."""
    found: list[tuple[str, os.stat_result]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith(".toml"):
                    try:
                        found.append((entry.name, entry.stat()))
                    except OSError:
                        continue
    except OSError:
        return []
    found.sort(key=_name)
    return found


def _name(file: tuple[str, os.stat_result]) -> str:
    return file[0]


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

