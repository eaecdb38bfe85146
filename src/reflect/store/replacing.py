"""An import whose review id the library already has: which file it would write over, what
that file holds, how many saved sessions are on it, and an id that is free, for keeping both.

The command line and the app both ask here, so both refuse (or ask) for the same files: until
3 December 2026 the app's preview said "REPLACING" and saved over the review unasked, and the
command line wrote a second file with the id beside one named otherwise, which took the
review's place (`catalogue.one_per_id`) with no more than a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from reflect.model.review import Review
from reflect.store.free_names import first_free
from reflect.store.library import Library, ReviewError, read_review
from reflect.text import one_line, plural


@dataclass(frozen=True)
class InTheWay:
    """What saving an imported review as `review_id` would replace."""

    review_id: str
    path: Path
    """The file saving would write: the one holding the review with this id (whatever its
    name), else the file named after the id."""
    review: Review | None
    """What that file holds now; None when it is no review reflect can read."""
    sessions: int
    """Saved sessions on the review with this id."""

    def named(self) -> str:
        """"review child-q “Child Q” (Invented Vale …)", or what the file is when it holds
        no review with this id."""
        if self.review is None:
            return "a file that is not a review reflect can read"
        what = (f"review {self.review.id} “{one_line(self.review.title, 80)}” "
                f"({one_line(self.review.partnership, 80)})")
        return what if self.review.id == self.review_id else (
            f"{what}, in a file named after {self.review_id}")

    def said(self) -> str:
        """What it is and its file: "review child-q “Child Q” (Invented Vale …),
        /…/child-q.toml"."""
        if self.review is None:
            return f"{self.path}, {self.named()}"
        return f"{self.named()}, {self.path}"

    def sessions_said(self, new_ids: Collection[str]) -> str:
        """What replacing it by a review asking the questions `new_ids` does to the saved
        sessions on it; "" for none. Answers follow their question by its id: it said "their
        answers to Question 1 under the new Question 1", and the bundled review's ids matched
        none of an imported briefing's, so every answer went to no step (a trial)."""
        if not self.sessions or self.review is None or self.review.id != self.review_id:
            return ""
        one = self.sessions == 1
        old = [q.id for q in self.review.questions]
        kept = sum(1 for qid in old if qid in set(new_ids))
        said = (f"{plural(self.sessions, 'saved session')} {'is' if one else 'are'} on it: "
                f"once it is replaced, {'it' if one else 'they'} will open on the new review, "
                "each answer under the question with its question's id. ")
        if kept == len(old):
            return said + ("This briefing has every one of those ids: an answer given keeps, "
                           "in the notes, the words it was given under, and the session says "
                           "where they differ.")
        lost = (f"answers to {'its' if kept == 0 else 'the other'} "
                f"{plural(len(old) - kept, 'question')} are kept in the session "
                f"{'file' if one else 'files'} and notes but shown on no step, as this "
                "briefing asks no question with their ids")
        if kept == 0:
            return said + f"None of the {plural(len(old), 'question')} matches: {lost}."
        return said + (f"{kept} of its {len(old)} questions match (an answer there keeps, in the "
                       f"notes, the words it was given under); {lost}.")


def in_the_way(library: Library, review_id: str,
               sessions_dir: Callable[[], Path] | None = None) -> InTheWay | None:
    """What saving a review as `review_id` into `library` would replace, or None; with the
    sessions on it counted in `sessions_dir()` (asked for only when there is a review in the
    way: the default sessions folder is made when it is asked for)."""
    path = library.paths.get(review_id)
    review = library.get(review_id) if path is not None else None
    if path is None:
        path = library.folder / f"{review_id}.toml"
        if not path.exists():
            return None
        try:
            review = read_review(path)
        except ReviewError:
            review = None
    held = review is not None and review.id == review_id
    return InTheWay(review_id, path, review,
                    sessions_on(sessions_dir(), review_id) if held and sessions_dir else 0)


def sessions_on(sessions_dir: Path, review_id: str) -> int:
    """How many sessions saved in `sessions_dir` are on the review `review_id`."""
    from reflect.store.index import list_summaries

    return sum(1 for s in list_summaries(sessions_dir).entries if s.review_id == review_id)


def free_id(library: Library, review_id: str) -> str:
    """`review_id` with the first of -2, -3, … that no review and no file has yet (after a
    number it ends with, when it is a copy of a review there: `child-q-2` gives `child-q-3`)."""
    base = re.sub(r"-\d{1,3}$", "", review_id)
    if base == review_id or not _taken(library, base):
        base = review_id
    base = base[:60].rstrip("-")
    return first_free(lambda n: f"{base}-{n}", lambda rid: _taken(library, rid), start=2)


def _taken(library: Library, review_id: str) -> bool:
    return review_id in library.paths or (library.folder / f"{review_id}.toml").exists()


def question_ids(review: Mapping[str, object]) -> list[str]:
    """The ids of the questions a review imported (as a dict, before it is saved) asks."""
    questions = review.get("questions", [])
    return [str(q["id"]) for q in questions if isinstance(q, dict) and "id" in q] \
        if isinstance(questions, list) else []
