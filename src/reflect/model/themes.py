"""Themed sessions: the learning and questions of every review tagged with one theme.

A themed session is built as a review of its own (id `theme-<theme>`), so the walkthrough,
the notes and the reports treat it like any other. Every point, recommendation and question
keeps the words of the briefing it comes from, with that briefing's title as its `source`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from reflect.model.review import Question, Review

PREFIX = "theme-"
SOURCES_SEP = "; "
"""Between the titles of the reviews a merged question comes from, in its `source`."""


def theme_label(theme: str) -> str:
    """`information-sharing` → `information sharing`."""
    return theme.replace("-", " ")


def theme_id(theme: str) -> str:
    return (PREFIX + theme)[:64]


def is_theme_id(review_id: str) -> bool:
    return review_id.startswith(PREFIX)


def source_count(review: Review) -> int:
    """How many reviews `review` gathers: a themed session's sources, else 1."""
    if not is_theme_id(review.id):
        return 1
    items = [*review.good_practice, *review.development, *review.recommendations,
             *review.questions]
    return max(1, len({s for item in items for s in (item.source or "").split(SOURCES_SEP)
                       if s}))


def _question_id(review: Review, question: Question) -> str:
    """Stable and unique across the reviews: the review's id and the question's."""
    qid = f"{review.id}--{question.id}"
    if len(qid) <= 64:
        return qid
    digest = hashlib.sha1(qid.encode()).hexdigest()[:10]
    return f"{review.id[:40]}--{digest}"


def themed_review(theme: str, reviews: Iterable[Review]) -> Review:
    """The review a themed session walks through; `reviews` are those tagged with `theme`."""
    chosen = [r for r in reviews if theme in r.themes]
    if not chosen:
        raise ValueError(f"no review in the library is tagged {theme!r}")
    label = theme_label(theme)
    intro = [f"This themed session brings together the learning on {label} from "
             f"{len(chosen)} review{'s' if len(chosen) != 1 else ''}. Each point and question "
             "is shown with the review it comes from, in that review's own words."]
    intro += [f"{r.title} ({r.review_type}, {r.partnership}): {r.summary}" for r in chosen]
    partnerships = list(dict.fromkeys(r.partnership for r in chosen))
    return Review(
        id=theme_id(theme),
        title=f"Theme: {label}",
        partnership="; ".join(partnerships),
        review_type="Themed session",
        summary=f"The learning and questions on {label} from " + ", ".join(r.title for r in chosen),
        themes=[theme],
        introduction=intro,
        good_practice=[p.model_copy(update={"source": r.title})
                       for r in chosen for p in r.good_practice],
        development=[p.model_copy(update={"source": r.title})
                     for r in chosen for p in r.development],
        recommendations=[x.model_copy(update={"source": r.title})
                         for r in chosen for x in r.recommendations],
        questions=[Question(id=_question_id(r, q), text=q.text, source=r.title)
                   for r in chosen for q in r.questions if q.origin == "briefing"]
        # reflect's standard questions (briefings with none of their own) are asked once
        + list({q.text: q for r in chosen for q in r.questions if q.origin == "reflect"}.values()),
        what_to_do_now=list(dict.fromkeys(w for r in chosen for w in r.what_to_do_now)),
        resources=list({res.title: res for r in chosen for res in r.resources}.values()),
    )
