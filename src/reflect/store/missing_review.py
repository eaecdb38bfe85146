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

import os
from typing import TYPE_CHECKING

from reflect.text import one_line

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from reflect.model.session import Session
    from reflect.store.catalogue import Catalogue, ReviewSummary
    from reflect.store.index import SessionSummary


def _unreadable(catalogue: Catalogue, review_id: str) -> tuple[str, str] | None:
    """The file named after the review (`child-zq.toml`) and its first problem, if it is one
    the library could not read; None otherwise."""
    file = str(catalogue.folder / f"{review_id}.toml")
    problem = next((p.splitlines()[0] for p in catalogue.problems
                    if p.startswith(f"{file}: ")), "")
    return (file, problem[len(file) + 2:].rstrip(".")) if problem else None


def unreadable_said(catalogue: Catalogue, review_id: str, whose: str = "",
                    after: str = ": the session opens again") -> str:
    """One sentence that leads with the file of the review `review_id` the library could not
    read and its mistake, then what to do: "" where that file reads (or is not there).
    `whose`: what follows "the file of the review 'child-zq'" (" that session … is on");
    `after`: what follows "Correct the file and save it".
    The commands said "no review 'child-zq' in DIR. Its file could not be read: …", a review
    said not there, then there (a trial's learning lead)."""
    found = _unreadable(catalogue, review_id)
    if found is None:
        return ""
    file, mistake = found
    return (f"{file}, the file of the review {review_id!r}{whose}, could not be read: "
            f"{mistake}. Correct the file and save it{after}.")


def review_missing(catalogue: Catalogue) -> Callable[[str], str]:
    """Why a saved session on a review the library does not have (`Catalogue.asked` gave
    None) will not open, by the review's id, for the lists of saved sessions to mark it:
    "file" where the file named after it could not be read, "missing" where no review has
    its id (changed by hand, or the file deleted), "" where it opens all the same (a themed
    session whose theme some review is still tagged with; a review removed, its file kept in
    the library's `removed` folder under its name: it opens read-only). Each id is looked at
    once, in memory, but for one look at the names in `removed` (a session on a missing
    review, none else, costs it)."""
    said: dict[str, str] = {}
    kept: list[set[str]] = []  # (each looked at once, the first time it is needed)
    themes: list[set[str]] = []

    def removed(review_id: str) -> bool:
        if not kept:
            from reflect.store.removing import removed_folder

            try:
                kept.append({e.name.removesuffix(".toml") for e in
                             os.scandir(removed_folder(catalogue.folder))})
            except OSError:
                kept.append(set())
        return any(n == review_id or (n.startswith(f"{review_id}-")
                                      and n[len(review_id) + 1:].isdigit()) for n in kept[0])

    def not_there(review_id: str) -> str:
        from reflect.model.theme_ids import PREFIX  # (a model's only here: a start screen
        # whose sessions' reviews are all there imports none)

        if review_id.startswith(PREFIX):
            if not themes:
                themes.append(set(catalogue.themes()))
            return "" if review_id.removeprefix(PREFIX) in themes[0] else "missing"
        if _unreadable(catalogue, review_id) is not None:
            return "file"
        return "" if removed(review_id) else "missing"

    def why(review_id: str) -> str:
        if review_id not in said:
            said[review_id] = "" if catalogue.missing or catalogue.get(review_id) is not None \
                else not_there(review_id)
        return said[review_id]

    return why


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
    said = unreadable_said(catalogue, review_id, after=f", {then}: the session opens again"
                           if then else ": the session opens again")
    if said:
        return said
    then = f", {then}" if then else ""
    found = renamed(catalogue, review_id, title, question_ids)
    if found is None:
        return ""
    return (f"The review {found.id} ({one_line(found.title, 60)}, {found.path}) looks like "
            f"it, its id changed: a session finds its review by the id, so write "
            f"id = \"{review_id}\" in that file again and save it{then}: the session opens "
            "again.")


def put_back_said(catalogue: Catalogue, review_id: str, then: str = "") -> str:
    """What to do where no review in the library looks like the one `review_id` was (its file
    deleted, or its id and title both changed): put it back, under that id. `then`: what to
    do after, where more than opening the session again. `reflect open` and `reflect walk`
    said only "no review 'child-zq' in DIR", and the start screen "removed, or its file could
    not be read", with nothing to do about it (a trial's learning lead)."""
    then = f", {then}" if then else ""
    return (f"To open it again, put the review's file back in the library folder "
            f"{catalogue.folder} with id = \"{review_id}\" in it (or import its briefing "
            f"again and give it that id){then}.")


def without_review_said(catalogue: Catalogue, session: Session, kept: Path | None = None
                        ) -> str:
    """Why `reflect export` and `reflect check` read the saved `session` without its review,
    and what to do: its notes are whole, from the session file, but the review's own words
    (its recommendations' full text, its kind) are not in them. `kept`: the review's file kept
    in the library's `removed` folder, if it was removed. Both said nothing of it, so a review
    whose id had been changed went unnoticed (a trial)."""
    lead = (f"session {session.id} is on the review {session.review_id!r}, which is not in "
            f"the library now, so this is from the session file alone (each question's "
            f"wording as it was saved).")
    if kept is not None:
        return (f"{lead} That review was removed (its file is kept in {kept}): move that file "
                f"back into {catalogue.folder} to use it again.")
    why = _what_to_do(catalogue, session) or put_back_said(catalogue, session.review_id)
    return f"{lead} {why}"


def _what_to_do(catalogue: Catalogue, session: Session) -> str:
    """The review in the library that looks like `session`'s (`missing_said`), else to put
    it back (`put_back_said`); nothing where the library itself is missing."""
    if catalogue.missing:
        return ""
    return missing_said(catalogue, session.review_id, session.review_title,
                        (a.question_id for a in session.answers)) \
        or put_back_said(catalogue, session.review_id)


def cannot_open_said(catalogue: Catalogue, session: Session, error: str) -> str:
    """Why `reflect open` and `reflect walk --resume` cannot open the saved `session`, whose
    review would not load (`error`, the library's words): its review's file and its mistake,
    where that file could not be read; else "session … is on the review 'child-zq', which
    cannot be opened: …" and `missing_said` after it."""
    if not catalogue.missing:
        said = unreadable_said(catalogue, session.review_id, f" that session {session.id} is on")
        if said:
            return said
    why = _what_to_do(catalogue, session)
    return (f"session {session.id} is on the review {session.review_id!r}, which cannot be "
            f"opened: {error.rstrip('.')}." + (f" {why}" if why else ""))


def renamed_warnings(catalogue: Catalogue, sessions: Path, only: Path | None = None,
                     library: Catalogue | None = None) -> list[str]:
    """A warning for each review id that saved sessions in the folder `sessions` are on, that
    no review in `catalogue` has now but one looks like (`renamed`: its id changed by hand),
    for `reflect validate`; `only`: just those whose look-alike is in that file; `library`:
    the library, where `catalogue` is another folder's (a copy edited in Downloads): an id
    it has is not lost. `reflect
    validate` said "0 problem(s)" of a review whose `id` a learning lead had changed, and its
    sessions were found not to open only at the start screen (a trial)."""
    from reflect.model.theme_ids import PREFIX
    from reflect.store.index import list_summaries
    from reflect.text import plural

    if catalogue.missing or not sessions.is_dir():
        return []
    lost: dict[str, list[SessionSummary]] = {}
    for s in list_summaries(sessions).entries:
        if not s.review_id.startswith(PREFIX) and catalogue.get(s.review_id) is None \
                and (library is None or library.missing or library.get(s.review_id) is None):
            lost.setdefault(s.review_id, []).append(s)
    said = []
    for review_id, on in sorted(lost.items()):
        found = renamed(catalogue, review_id, on[0].review_title,
                        {q for s in on for q in s.question_ids})
        if found is None or (only is not None and found.path.resolve() != only.resolve()):
            continue
        are, them = ("is", "it does") if len(on) == 1 else ("are", "they do")
        said.append(f"{plural(len(on), 'saved session')} {are} on {review_id!r}, which no "
                    f"review in the library has now, so {them} not open: the review "
                    f"{found.id} ({one_line(found.title, 60)}, {found.path}) looks like it, "
                    f"its id changed (a session finds its review by the id): write "
                    f"id = \"{review_id}\" in that file again")
    return said
