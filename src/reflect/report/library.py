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
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reflect.report.lines import LibraryReview
from reflect.store.cache import Records, cache_file, read_records, stamp, write_records

if TYPE_CHECKING:
    from pathlib import Path

    from reflect.model.review import Review
    from reflect.store.catalogue import Catalogue

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
    names = {r.path.name for r in catalogue.reviews}
    records: Records = {name: r for name, r in known.items() if name in names}
    out: dict[str, LibraryReview] = {}
    for rid in dict.fromkeys(ids):
        found = catalogue.get(rid)
        if found is None:
            continue
        try:
            st = os.stat(found.path)
            now: list[int] | None = stamp(st)
        except OSError:
            now = None  # gone since the library was listed: reading it says why
        record = records.get(found.path.name)
        kept = _from_record(record, now) if now is not None else None
        if kept is None:
            review = _read(catalogue, rid)
            if now is not None:
                records[found.path.name] = _record(review, now)
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
