"""Names no session lists, found by the export's personal-details check (identifiers.py) by
the partnership's report's rule (model/unlisted_names.py): "It reminded me of Jayden in Year
2; I met Kelly Sample" passed the check, and a CPD record, which names nobody, printed it as
typed (a trial). The names of the people the session lists, its writer's and those reflect
knows (`known_names`) are left to the check's own rules: notes that name people may name
them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.unlisted_names import session_known, spans

WORDS = re.compile(r"[^\W\d_]+")
Finder = Callable[[str], list[tuple[int, int]]]


def finder(session: Session, listed: Iterable[re.Pattern[str]]) -> Finder:
    """Where a text of `session`'s holds a name no one listed: not where one of `listed` (the
    patterns of the names of its people, its writer and those reflect knows) matches."""
    patterns = list(listed)
    known = session_known(session)

    def find(text: str) -> list[tuple[int, int]]:
        taken = [m.span() for p in patterns for m in p.finditer(text)]
        return spans(text, known, taken)

    return find


def review_words(review: Review | None) -> frozenset[str]:
    """The words (in lower case) of the review's title, summary, introduction and context: a
    name found among them is the review's own ("Child H (Henry)"), no finding."""
    if review is None:
        return frozenset()
    text = " ".join([review.title, review.summary, *review.introduction, *review.context])
    return frozenset(w.casefold() for w in WORDS.findall(text))
