"""Removing a review from the library: its file moved into a `removed` folder inside the
library folder, never deleted, and the saved sessions on it named first.

A trial's learning lead, having imported the wrong file, had to delete it from the library
folder by hand. `reflect remove` and the start screen's key both come here: they refuse while
saved sessions are on the review (unless told to go on), and a session on a removed review
still opens, read-only, on the copy kept here (`removed_review`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reflect.text import one_line, plural

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.store.catalogue import Catalogue
    from reflect.store.index import SessionSummary

REMOVED = "removed"
"""The folder, inside the library folder, that removed reviews' files are moved into (the
library reads only the `*.toml` files in its own folder, never those in one inside it)."""
NAMED = 5
"""Sessions named in a refusal; more are counted."""


@dataclass(frozen=True)
class Removal:
    """A review file to remove, what it holds and the sessions on it."""

    path: Path
    review_id: str | None
    """None for a file that holds no review reflect can read."""
    title: str
    sessions: tuple[SessionSummary, ...]

    def named(self) -> str:
        """"review child-zz “Child ZZ” (/…/child-zz.toml)", or the file alone."""
        if self.review_id is None:
            return f"{self.path} (a file that holds no review reflect can read)"
        return f"review {self.review_id} “{one_line(self.title, 80)}” ({self.path})"

    def sessions_said(self) -> str:
        """"2 saved sessions are on it: “Team meeting” (2026…-ab12cd34), …"; "" for none."""
        if not self.sessions:
            return ""
        return (f"{plural(len(self.sessions), 'saved session')} "
                f"{'is' if len(self.sessions) == 1 else 'are'} on it: "
                + sessions_named(self.sessions))

    def what_follows(self) -> str:
        """What removing it does to the sessions on it."""
        they = "that session opens" if len(self.sessions) == 1 else "they open"
        return (f"{self.sessions_said()}. Once removed, the review is no longer in the "
                f"library, and {they} read-only, on its file kept in "
                f"{removed_folder(self.path.parent)}.")


def sessions_named(sessions: Sequence[SessionSummary]) -> str:
    """"“Team meeting” (2026…-ab12cd34), “…” (…) and 3 more": the first `NAMED` of `sessions`
    by label and id, the rest counted (`reflect remove`, and `reflect import` of a review file
    replacing a review, say so which sessions are on it)."""
    names = [f"“{one_line(s.label, 60)}” ({s.id})" for s in sessions[:NAMED]]
    more = len(sessions) - NAMED
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def removed_folder(library: Path) -> Path:
    return library / REMOVED


def removal(path: Path, review_id: str | None, title: str, sessions_dir: Path | None
            ) -> Removal:
    """What removing the file `path` (holding the review `review_id`, if it is one) would
    touch: the sessions saved in `sessions_dir` on it."""
    from reflect.store.index import list_summaries

    on_it: tuple[SessionSummary, ...] = ()
    if review_id is not None and sessions_dir is not None:
        on_it = tuple(s for s in list_summaries(sessions_dir).entries if s.review_id == review_id)
    return Removal(path, review_id, title, on_it)


def remove_review_file(path: Path) -> Path:
    """Move the review file `path` into the `removed` folder beside it, under its own name (or
    `child-zz-2.toml`, … when a file removed before has it); returns where it is now. Never
    writes over a file."""
    folder = removed_folder(path.parent)
    folder.mkdir(exist_ok=True)
    n = 1
    while True:
        target = folder / (path.name if n == 1 else f"{path.stem}-{n}{path.suffix}")
        n += 1
        try:
            os.link(path, target)  # fails if the name is taken: nothing written over
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            if target.exists():
                continue
            path.rename(target)
            return target
        path.unlink()
        return target


def removed_review(library: Path, review_id: str) -> tuple[Review, Path] | None:
    """The review `review_id` as removed from `library` (the latest removed, if several), and
    its file; None when none was (or none can be read)."""
    from reflect.store.library import ReviewError, read_review

    folder = removed_folder(library)
    try:
        files = sorted(folder.glob("*.toml"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for path in files:
        try:
            review = read_review(path)
        except ReviewError:
            continue
        if review.id == review_id:
            return review, path
    return None


def removed_said(library: Path, review_id: str, path: Path) -> str:
    """Why a session on a removed review opens read-only (`READ-ONLY: this session is …`)."""
    return (f"on the review {review_id}, removed from the library (its file is kept in "
            f"{path}): move that file back into {library} to carry on with it")


def review_or_removed(catalogue: Catalogue, review_id: str, read_only: str | None = None
                      ) -> tuple[Review, str | None]:
    """The review `review_id` read in full, and why a session on it opens read-only
    (`read_only`, as it was read); or, where the library no longer has it as it was removed,
    the copy kept, and that reason if there was none (until 4 December 2026 such a session
    did not open). Raises ValueError as `Catalogue.load` does."""
    if catalogue.get(review_id) is None and not catalogue.missing:
        kept = removed_review(catalogue.folder, review_id)
        if kept is not None:
            return kept[0], read_only or removed_said(catalogue.folder, review_id, kept[1])
    return catalogue.load(review_id), read_only
