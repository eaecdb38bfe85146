"""What a report takes from the library about each review discussed (`LibraryReview`: its
recommendations as actions name them, the progress the briefing itself reports, the questions
it asks, and the recommendations it says are complete), through a per-machine cache.

The cache (store/cache.py: one JSON file per library folder in the user's cache folder) keeps,
for each review file, its size, modification and change time and what the report took from it, or
that it could not be read. An entry is used only while the file is unchanged; any other review
is read and validated again, as before. So a report with nothing changed reads no review and
loads no model (the models' import alone was a tenth of its time). A missing or damaged cache
only costs time: the report is the same with or without it.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reflect.model.theme_ids import theme_id
from reflect.report.lines import LibraryReview
from reflect.store.cache import Records, cache_file, read_records, stamp, write_records

if TYPE_CHECKING:
    from pathlib import Path

    from reflect.model.review import Review
    from reflect.store.catalogue import Catalogue, ReviewSummary

KIND = "report-library-v1"
"""The cache's name: give it a new one when what it keeps, or how it is worked out, changes."""


def recommendation_labels(review: Review) -> list[str]:
    """Each recommendation as an action refers to it (the review's full words, on one line,
    as the actions form offers it), in the review's order."""
    from reflect.model.links import recommendation_words

    return recommendation_words(review)


def library_reviews(catalogue: Catalogue, ids: Iterable[str], use_cache: bool = True,
                    cache: Path | None = None) -> dict[str, LibraryReview]:
    """What the library says of each review in `ids` that it holds and can read, by id (a
    review it cannot read is left out: its actions still show by their links). `cache` is
    the cache folder (default: the user's); with `use_cache` False every review is read and
    no cache is read or written."""
    target = cache_file(KIND, catalogue.folder, cache) if use_cache else None
    known = read_records(target) if target else {}
    themes = {theme_id(t): (t, tagged) for t, tagged in catalogue.themes().items()}
    names = {r.path.name for r in catalogue.reviews} | set(themes)
    records: Records = {name: r for name, r in known.items() if name in names}
    out: dict[str, LibraryReview] = {}
    for rid in dict.fromkeys(ids):
        found = catalogue.get(rid)
        if found is None and rid not in themes:
            continue
        # A themed session's: kept under its id, while every review tagged is unchanged
        files = [found.path] if found is not None else [r.path for r in themes[rid][1]]
        name = found.path.name if found is not None else rid
        try:
            now: list[int] | None = [n for f in files for n in stamp(os.stat(f))]
        except OSError:
            now = None  # gone since the library was listed: reading it says why
        if now is not None and found is None:  # which files, as well as each one's stamp
            now.append(zlib.crc32("\n".join(f.name for f in files).encode()))
        record = records.get(name)
        kept = _from_record(record, now) if now is not None else None
        if kept is None:
            review = _read(catalogue, rid) if found is not None else \
                _read_theme(catalogue, *themes[rid])
            if now is not None:
                records[name] = _record(review, now)
            kept = (review,)
        if kept[0] is not None:
            out[rid] = kept[0]
    if target and records != known:
        write_records(target, records)
    return out


def _read(catalogue: Catalogue, rid: str) -> LibraryReview | None:
    """The review read and validated now, as the report takes it; None when it cannot be."""
    from reflect.model.links import briefing_says_complete, published_updates

    try:
        review = catalogue.load(rid)
    except ValueError:
        return None
    return LibraryReview(recommendation_labels(review), published_updates(review),
                         tuple(q.id for q in review.questions),
                         frozenset(briefing_says_complete(review)))


def _read_theme(catalogue: Catalogue, theme: str, tagged: list[ReviewSummary]
                ) -> LibraryReview | None:
    """A themed session's review as the report takes it: the recommendations of every review
    tagged, each naming its review as the session's actions link to them, with the progress
    and completion each briefing reports (each by its own note on its updates); None where
    one of them cannot be read. A report under a theme listed none of them, where a report
    on one review lists each, "No action yet" where nothing answers it (a trial). Its
    questions are left to the sessions, as before: a themed session may leave some out."""
    from reflect.model.links import briefing_says_complete, published_updates
    from reflect.model.themes import themed_review

    try:
        reviews = [catalogue.load(r.id) for r in tagged]
    except ValueError:
        return None
    themed = themed_review(theme, reviews)  # as the session walks it, and links its actions
    own = [r.model_copy(update={"recommendations": [
        x.model_copy(update={"source": r.title}) for x in r.recommendations]}) for r in reviews]
    updates: dict[str, str] = {}
    for r in own:
        for words, update in published_updates(r).items():
            updates.setdefault(words, update)
    return LibraryReview(recommendation_labels(themed), updates, (),
                         frozenset(w for r in own for w in briefing_says_complete(r)))


def _record(review: LibraryReview | None, now: list[int]) -> dict[str, object]:
    if review is None:
        return {"stamp": now, "unreadable": True}
    return {"stamp": now, "recommendations": list(review.recommendations),
            "updates": dict(review.updates), "questions": list(review.questions),
            "complete": sorted(review.complete)}


def _from_record(record: object, now: list[int]) -> tuple[LibraryReview | None] | None:
    """What a cache record says of an unchanged review (a 1-tuple: None inside for one that
    cannot be read), or None when it is for another version of the file, or damaged."""
    if not isinstance(record, dict) or record.get("stamp") != now:
        return None
    if record.get("unreadable") is True and len(record) == 2:
        return (None,)
    recs, updates = record.get("recommendations"), record.get("updates")
    questions, complete = record.get("questions"), record.get("complete")
    if not (_texts(recs) and _texts(questions) and _texts(complete)
            and type(updates) is dict and _texts(list(updates)) and _texts(list(updates.values()))):
        return None
    return (LibraryReview(list(recs), dict(updates), tuple(questions),  # type: ignore[arg-type]
                          frozenset(complete)),)  # type: ignore[arg-type]


def _texts(value: object) -> bool:
    return type(value) is list and all(type(v) is str for v in value)
