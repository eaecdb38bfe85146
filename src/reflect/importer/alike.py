"""A briefing the library seems to hold already, under another id: the same review, imported
before from another file (its PDF, then its text).

Only a byte-identical file was caught (`facts.already_imported`): a learning lead who imported
a briefing's PDF (`child-q1-briefing`) and then its .txt got `child-q1` saved beside it, with
no word said (a fresh-eyes trial). A review in the library is taken for the same briefing when

- its title names the same child or family ("Child Q1", "Child Q1 (Moorvale)":
  `review_title.child`'s rule), or, naming none, its title is the same, case, spacing and
  punctuation aside;
- its partnership is not another (either left a placeholder, or one the other's name holds,
  "Moorvale Safeguarding Children Partnership (MSCP)" and "Moorvale Safeguarding Children
  Partnership", is no difference): two partnerships' Child Q are two reviews;
- and its type is not another ("Learning briefing", what the importer says where a briefing
  names none, is no type named): a Rapid Review and a later LCSPR on one child are two.

An untitled review (the placeholder) is like none. Being alike is said, never decided: the
learning lead saves it beside the other anyway, asked (the app) or with `--force` (`reflect
import`). Pure: no IO.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reflect.model import placeholders
from reflect.text import search_words

if TYPE_CHECKING:
    from reflect.model.review import Review


@dataclass(frozen=True)
class Held:
    """A review in the library, as a briefing is compared with it."""

    id: str
    title: str
    partnership: str
    review_type: str
    said: str
    """Which review it is, its file and where it was imported from (`facts.already_said`)."""


def held(reviews: Iterable[Review], paths: Mapping[str, Path]) -> tuple[Held, ...]:
    """The library's reviews (`Library.reviews`, their files `Library.paths`) as compared."""
    from reflect.importer.facts import already_said

    return tuple(Held(r.id, r.title, r.partnership, r.review_type,
                      already_said(r, paths.get(r.id))) for r in reviews)


def _who(title: str) -> tuple[str, ...]:
    """Whom a title names: the child or family ("child q1"), else its words; () for none."""
    from reflect.importer.review_title import child

    if not title.strip() or _same(title, placeholders.TITLE):
        return ()
    named = child([title], 1)
    return tuple(search_words(named.group(1) + " " + named.group(2))) if named else (
        tuple(search_words(title)))


def _same(a: str, b: str) -> bool:
    return search_words(a) == search_words(b)


def _others(a: str, b: str, unknown: str) -> bool:
    """Whether `a` and `b` name two different things: both given (not `unknown`), and neither
    one's words inside the other's."""
    if not _given(a, unknown) or not _given(b, unknown):
        return False
    x, y = " ".join(search_words(a)), " ".join(search_words(b))
    return f" {x} " not in f" {y} " and f" {y} " not in f" {x} "


def same_briefing(review: Mapping[str, Any], library: Iterable[Held],
                  skip: str = "") -> list[Held]:
    """The reviews in `library` the imported `review` data seems to be (see the module's
    docstring), but `skip` (the id it would be saved under: a review there is in its way,
    and asked about as such)."""
    from reflect.importer.facts import DEFAULT_REVIEW_TYPE

    who = _who(str(review.get("title", "")))
    if not who:
        return []
    partnership, kind = str(review.get("partnership", "")), str(review.get("review_type", ""))
    return [h for h in library if h.id != skip and _who(h.title) == who
            and not _others(h.partnership, partnership, placeholders.PARTNERSHIP)
            and not _others(h.review_type, kind, DEFAULT_REVIEW_TYPE)]


def alike_said(found: list[Held], review: Mapping[str, Any]) -> str:
    """`found` (`same_briefing`) said, each with what it shares with `review`: "review
    child-q1-briefing (Child Q1), …/child-q1-briefing.toml, imported from child-q1.pdf on
    6 Dec 2026, of the same title, partnership and type"."""
    from reflect.importer.facts import DEFAULT_REVIEW_TYPE

    title, partnership = str(review.get("title", "")), str(review.get("partnership", ""))
    kind = str(review.get("review_type", ""))

    def shared(h: Held) -> str:
        what = ["the same title" if _same(h.title, title) else "the same child"]
        if _given(h.partnership, placeholders.PARTNERSHIP) and \
                _given(partnership, placeholders.PARTNERSHIP):
            what.append("partnership")
        if _given(h.review_type, DEFAULT_REVIEW_TYPE) and _given(kind, DEFAULT_REVIEW_TYPE):
            what.append("type")
        return f"{h.said}, of {', '.join(what[:-1])} and {what[-1]}" if len(what) > 1 else \
            f"{h.said}, of {what[0]}"

    return "; ".join(shared(h) for h in found)


def _given(text: str, unknown: str) -> bool:
    return bool(search_words(text)) and not _same(text, unknown)
