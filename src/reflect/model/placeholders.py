"""The placeholders the importer writes for a person to fill in, and finding them in a review.

`reflect import` cannot always find a review's partnership or title in the briefing; it then
writes a placeholder that says so. A review still carrying one loads (a session can be run on
it) but is not finished: `reflect validate` refuses it and the library marks it, naming the
field and what to write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reflect.model.review import Review

PARTNERSHIP = "Unknown partnership — please edit"
TITLE = "Untitled review — please edit"

PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "title": (TITLE, "write the review's title, e.g. Child ZZ"),
    "partnership": (PARTNERSHIP, "write the partnership's name"),
}
"""field -> (the importer's placeholder, what the person should do)."""


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def unfinished(review: Review) -> list[tuple[str, str]]:
    """(field, what is wrong and what to do) for each field still holding its placeholder."""
    out = []
    for name, (placeholder, advice) in PLACEHOLDERS.items():
        value = getattr(review, name)
        if isinstance(value, str) and _same(value, placeholder):
            out.append((name, f"still the importer's placeholder — {advice}"))
    return out
