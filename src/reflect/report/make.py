"""Making a report as the command line and the app do: the sessions folders, the library's
review titles and recommendations (report/library.py), and the partnership's agency
abbreviations, together."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.report.build import build_report
from reflect.report.gather import Filters, gather
from reflect.report.library import library_reviews
from reflect.report.library import recommendation_labels as recommendation_labels
from reflect.report.lines import Report

if TYPE_CHECKING:
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
    ids = [s.review_id for _, s, _ in g.sessions]
    if g.themed and filters.review:  # its recommendations, which their actions may answer
        ids.append(filters.review)
    library = library_reviews(catalogue, ids, use_cache, cache) if catalogue is not None else {}
    reviews = catalogue.reviews if catalogue else []
    return build_report(g, {r.id: r.title for r in reviews}, today, library=library,
                        asks={r.id: r.questions for r in reviews}, agency_aliases=aliases,
                        themes={r.id: r.themes for r in reviews})
