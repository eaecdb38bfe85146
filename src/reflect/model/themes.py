"""Themed sessions: the learning and questions of every review tagged with one theme.

A themed session is built as a review of its own (id `theme-<theme>`), so the walkthrough,
the notes and the reports treat it like any other. Every point, recommendation and question
keeps the words of the briefing it comes from, with that briefing's title as its `source`, and
so does each line of What to do now; a question (or a line of advice) two briefings give in
the same words is asked (or shown) once, naming both. The facilitator may
leave items out before starting (`theme_items`, `leave_out`): the session keeps their keys in
`Session.left_out`, so it opens again as it was started (`as_started`).

The content note for a session on several reviews is `reflect.model.care.content_note(mode,
source_count(review))`.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reflect.model.review import Advice, Point, Question, Recommendation, Review
from reflect.model.theme_ids import PREFIX as PREFIX
from reflect.model.theme_ids import SOURCES_SEP as SOURCES_SEP
from reflect.model.theme_ids import is_theme_id as is_theme_id
from reflect.model.theme_ids import theme_id as theme_id
from reflect.model.theme_ids import theme_label as theme_label


def source_count(review: Review) -> int:
    """How many reviews `review` gathers: a themed session's sources, else 1."""
    if not is_theme_id(review.id):
        return 1
    sources = [item.source for item in theme_items(review)]
    return max(1, len({s for source in sources for s in source.split(SOURCES_SEP) if s}))


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
             "is shown with the review it comes from, in that review's own words; a question "
             "more than one review asks is asked once, naming each of them."]
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
        learning=[p.model_copy(update={"source": r.title})
                  for r in chosen for p in r.learning],
        good_practice=[p.model_copy(update={"source": r.title})
                       for r in chosen for p in r.good_practice],
        development=[p.model_copy(update={"source": r.title})
                     for r in chosen for p in r.development],
        recommendations=[x.model_copy(update={"source": r.title})
                         for r in chosen for x in r.recommendations],
        questions=_merged_questions(chosen)
        # reflect's standard questions (briefings with none of their own) are asked once
        + list({q.text: q for r in chosen for q in r.questions if q.origin == "reflect"}.values()),
        what_to_do_now=_merged_advice(chosen),
        resources=list({res.title: res for r in chosen for res in r.resources}.values()),
    )


def normalised(text: str) -> str:
    """What two questions are compared by: case, spacing, curly or straight quotes and the
    closing punctuation do not matter; every word does."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(_QUOTES)
    return " ".join(text.split()).rstrip(" .?!:;")


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _merged_questions(chosen: list[Review]) -> list[Question]:
    """The briefings' own questions, each asked once: identical ones (by `normalised` text)
    become one question, in the first review's words, whose `source` names every review."""
    merged: dict[str, Question] = {}
    for r in chosen:
        for q in r.questions:
            if q.origin != "briefing":
                continue
            key = normalised(q.text)
            found = merged.get(key)
            if found is None:
                merged[key] = Question(id=_question_id(r, q), text=q.text, source=r.title)
            elif r.title not in (found.source or "").split(SOURCES_SEP):
                merged[key] = found.model_copy(
                    update={"source": f"{found.source}{SOURCES_SEP}{r.title}"})
    return list(merged.values())


def _merged_advice(chosen: list[Review]) -> list[Advice]:
    """Each review's "What to do now", each line once: the same words from several reviews
    are one line whose `source` names every review (as a question's does)."""
    merged: dict[str, Advice] = {}
    for r in chosen:
        for advice in r.what_to_do_now:
            found = merged.get(advice.text)
            if found is None:
                merged[advice.text] = advice.model_copy(update={"source": r.title})
            elif r.title not in (found.source or "").split(SOURCES_SEP):
                merged[advice.text] = found.model_copy(
                    update={"source": f"{found.source}{SOURCES_SEP}{r.title}"})
    return list(merged.values())


@dataclass(frozen=True)
class ThemeItem:
    """One item of a themed review the facilitator may leave out."""

    key: str
    """`question:<id>`, or for a point or recommendation its section and a digest of its
    source and words (`development:3f2a...`): stable while the library gains reviews."""
    section: str
    text: str
    source: str


_SECTIONS = (("learning", "Key learning"), ("good_practice", "Good practice"),
             ("development", "Area for development"), ("recommendations", "Recommendation"))


def theme_items(review: Review) -> list[ThemeItem]:
    """The points, recommendations and questions of `review`, in the order they are shown."""
    out = []
    for field, section in _SECTIONS:
        for item in getattr(review, field):
            text = f"{item.title}: {item.text}" if item.title else item.text
            out.append(ThemeItem(_item_key(field, item), section, text, item.source or ""))
    out += [ThemeItem(f"question:{q.id}", "Question", q.text, q.source or "")
            for q in review.questions]
    return out


def _item_key(field: str, item: Point | Recommendation) -> str:
    words = f"{item.source or ''}\n{item.title or ''}\n{item.text}"
    return f"{field}:{hashlib.sha1(words.encode()).hexdigest()[:12]}"


def leave_out(review: Review, keys: Iterable[str]) -> Review:
    """`review` without the items whose keys are given (keys it does not have are ignored)."""
    gone = set(keys)
    if not gone:
        return review
    update: dict[str, object] = {
        field: [x for x in getattr(review, field) if _item_key(field, x) not in gone]
        for field, _ in _SECTIONS}
    update["questions"] = [q for q in review.questions if f"question:{q.id}" not in gone]
    return review.model_copy(update=update)


def as_started(review: Review, left_out: list[str] | None) -> Review:
    """The review a session walks through: a themed one without the items left out."""
    return leave_out(review, left_out or []) if is_theme_id(review.id) else review
