"""Saved sessions holding answers to a question their review no longer asks, for `reflect
validate` to warn of, review by review.

A session keeps every answer by its question's id (answered.py). A learning lead who removed
a question from a review, or changed its `id` by hand (`sharing` to `who-to-tell`), was told
nothing by `reflect validate`: the sessions answered under the old id keep those answers,
shown in the notes as from a question no longer asked, and the lead found out only there (a
trial). Read from the session list's cache (`index.list_summaries`, which keeps the ids of
the questions each session answered): no session file is read that the list has read before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from reflect.text import plural


def unasked_warnings(reviews: Iterable[tuple[str, Iterable[str]]], sessions: Path) -> list[str]:
    """A warning for each question id no longer asked by one of `reviews` (its id, and the
    ids of the questions it asks now) that saved sessions in the folder `sessions` hold an
    answer to (an answer with something in it), by review and then by the question's id: []
    where the folder is not there or no session is on those reviews."""
    from reflect.store.index import list_summaries

    asked = {rid: set(ids) for rid, ids in reviews}
    if not asked or not sessions.is_dir():
        return []
    held: dict[str, Counter[str]] = {}
    for s in list_summaries(sessions).entries:
        if s.review_id in asked:
            held.setdefault(s.review_id, Counter()).update(
                set(s.answered_ids) - asked[s.review_id])
    return [_said(rid, qid, n) for rid in asked for qid, n in sorted(held.get(rid, {}).items())]


def _said(review_id: str, question_id: str, n: int) -> str:
    have = "has an answer" if n == 1 else "have answers"
    they = "it keeps it" if n == 1 else "they keep them"
    return (f"{plural(n, 'saved session')} {have} to {question_id!r}, which {review_id} no "
            f"longer asks: {they}, shown as from a question no longer asked (if its id was "
            f"changed, write id = \"{question_id}\" back in the question that had it)")
