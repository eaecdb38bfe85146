"""Why a saved session's review is not in the library, in words that lead to the file.

A session finds its review by the review's id. A learning lead who corrected a review by hand
and changed its `id` too (`child-zq` to `child-zq-2026`), or whose edit left the file
unreadable, was told only that the review was "not in the library now (removed, or its file
could not be read)", or, by `reflect open` and `reflect walk`, "no review 'child-zq'": the
session looked lost though the review was there under another id (a trial's learning lead).
`missing_said` names the file that could not be read, or the review that looks like the one
the session was on, and what to write for the session to open again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reflect.text import one_line

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reflect.model.session import Session
    from reflect.store.catalogue import Catalogue, ReviewSummary


def _unreadable(catalogue: Catalogue, review_id: str) -> str:
    """The first problem with the file named after the review (`child-zq.toml`), if it is one
    the library could not read; "" otherwise."""
    named = f"{catalogue.folder / f'{review_id}.toml'}: "
    return next((p.splitlines()[0] for p in catalogue.problems if p.startswith(named)), "")


def renamed(catalogue: Catalogue, review_id: str, title: str = "",
            question_ids: Iterable[str] = ()) -> ReviewSummary | None:
    """The review in the library that looks like the one `review_id` was, its id since
    changed: one in the file named after the old id, else one with the session's review
    title, else the one that asks most of the session's questions (by their ids, at least
    half of them). None where none does, or where the library has `review_id` itself."""
    from reflect.store.catalogue import same_title

    if catalogue.get(review_id) is not None:
        return None
    reviews = catalogue.reviews
    by_file = next((r for r in reviews if r.path.stem == review_id), None)
    if by_file is not None:
        return by_file
    if title.strip():
        by_title = [r for r in reviews if same_title(r.title) == same_title(title)]
        if len(by_title) == 1:
            return by_title[0]
    asked = set(question_ids)
    if not asked:
        return None
    shared = sorted(((len(asked & set(r.question_ids)), r.id, r) for r in reviews),
                    key=lambda s: (-s[0], s[1]))
    if shared and 2 * shared[0][0] >= len(asked) and shared[0][0] > 0 \
            and (len(shared) == 1 or shared[1][0] < shared[0][0]):
        return shared[0][2]
    return None


def missing_said(catalogue: Catalogue, review_id: str, title: str = "",
                 question_ids: Iterable[str] = (), then: str = "") -> str:
    """Why the review `review_id` is not in the library, as a sentence to follow "This
    session is on the review 'child-zq', which …": "" where nothing better than the
    caller's own words is known (removed by hand, with nothing like it left). `then`: what
    to do after saving the file, where more than opening the session again (the start
    screen's "press r to read the library again")."""
    then = f", {then}" if then else ""
    problem = _unreadable(catalogue, review_id)
    if problem:
        return (f"Its file could not be read: {problem.rstrip('.')}. Correct it and save "
                f"it{then}: the session opens again.")
    found = renamed(catalogue, review_id, title, question_ids)
    if found is None:
        return ""
    return (f"The review {found.id} ({one_line(found.title, 60)}, {found.path}) looks like "
            f"it, its id changed: a session finds its review by the id, so write "
            f"id = \"{review_id}\" in that file again and save it{then}: the session opens "
            "again.")


def session_review_said(catalogue: Catalogue, session: Session) -> str:
    """`missing_said` for the saved `session`, after a space ("" where it says nothing), for
    `reflect open` and `reflect walk --resume` to add to "which cannot be opened: …"."""
    if catalogue.missing:
        return ""
    why = missing_said(catalogue, session.review_id, session.review_title,
                       (a.question_id for a in session.answers))
    return f" {why}" if why else ""
