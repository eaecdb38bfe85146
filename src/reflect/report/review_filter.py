"""The Review filter of a report, as a learning lead types it: a review's id or its title (case
and spacing do not matter), or a part of one title. The library lists reviews by title, never
by id, so a title typed there must find its review, and a filter that finds nothing must say so
rather than give a report of noughts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reflect.commands import command
from reflect.store.catalogue import Catalogue, ReviewSummary


@dataclass(frozen=True)
class ReviewChoice:
    review_id: str | None
    """The id to filter on (None: no filter, or `problem` says why there is none)."""
    problem: str | None = None
    """Why the text names no one review (several match), for the user."""
    in_library: bool = True
    """False when the text is kept as an id the library does not have: a review since removed
    may still have sessions; with none, `unknown` says so."""

    def unknown(self, text: str) -> str:
        return (f"no review {text!r} in the library and no session on one: type a review's id "
                f"or its title (`{command('list reviews')}` shows both)")


def review_filter(text: str, catalogue: Catalogue | None) -> ReviewChoice:
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return ReviewChoice(None)
    reviews = catalogue.reviews if catalogue is not None else []
    rules: list[Callable[[ReviewSummary], bool]] = [
        lambda r: r.id.casefold() == wanted,
        lambda r: " ".join(r.title.split()).casefold() == wanted,
        lambda r: wanted in " ".join(r.title.split()).casefold(),
    ]
    for rule in rules:
        found = [r for r in reviews if rule(r)]
        if len(found) == 1:
            return ReviewChoice(found[0].id)
        if found:
            named = "; ".join(f"{r.title} ({r.id})" for r in found[:4])
            more = f" and {len(found) - 4} more" if len(found) > 4 else ""
            return ReviewChoice(None, f"{text.strip()!r} matches {len(found)} reviews: "
                                      f"{named}{more}. Type the id of the one you mean")
    return ReviewChoice(text.strip(), in_library=False)
