"""Making a report as the command line and the app do: the sessions folders, the library's
review titles and recommendations, and the partnership's agency abbreviations, together."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.report.build import build_report
from reflect.report.gather import Filters, gather
from reflect.report.lines import LibraryReview, Report

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.store.catalogue import Catalogue


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused while a report is made: reading ten thousand sessions
    makes millions of objects that all live on, and the collector would walk them again and
    again for nothing (two thirds of the time a cached report takes). Restored after, even on
    an error; left off if it was off."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def recommendation_labels(review: Review) -> list[str]:
    """Each recommendation as an action refers to it (the review's full words, on one line,
    as the actions form offers it), in the review's order."""
    from reflect.model.links import recommendation_words

    return recommendation_words(review)


def make_report(folders: list[Path], filters: Filters, catalogue: Catalogue | None,
                settings: Path | None, today: date | None = None, *,
                use_cache: bool = True, cache: Path | None = None,
                share_reading: bool = False) -> tuple[Report, list[str]]:
    """The report on `folders`, and any problem with the settings' agency aliases (to show
    as a warning: the report is made without the entries concerned). `share_reading`: a big
    folder may be read by several processes; only where no other thread runs and the
    terminal is the process's own (the command line), never inside the app."""
    from reflect.store.settings import agency_aliases

    aliases, problems = agency_aliases(settings) if settings else ({}, [])
    with paused_gc():
        return _make(folders, filters, catalogue, today, use_cache, cache, aliases,
                     share_reading), problems


def _make(folders: list[Path], filters: Filters, catalogue: Catalogue | None,
          today: date | None, use_cache: bool, cache: Path | None,
          aliases: dict[str, str], share_reading: bool) -> Report:
    g = gather(folders, filters, today, use_cache=use_cache, cache=cache,
               share_reading=share_reading)
    from reflect.model.links import briefing_says_complete, published_updates

    library: dict[str, LibraryReview] = {}
    if catalogue is not None:
        for rid in dict.fromkeys(s.review_id for _, s, _ in g.sessions):
            if catalogue.get(rid) is None:
                continue
            try:
                review = catalogue.load(rid)
            except ValueError:
                continue  # a review that cannot be read: its actions still show by their links
            library[rid] = LibraryReview(recommendation_labels(review),
                                         published_updates(review),
                                         tuple(q.id for q in review.questions),
                                         frozenset(briefing_says_complete(review)))
    reviews = catalogue.reviews if catalogue else []
    return build_report(g, {r.id: r.title for r in reviews}, today, library=library,
                        asks={r.id: r.questions for r in reviews}, agency_aliases=aliases)
