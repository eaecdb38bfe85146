"""Loading the review library: every `*.toml` in the content folder, validated.

A file that cannot be read or validated is reported and skipped; every other review still loads.
A review still carrying a placeholder the importer wrote for a person to fill loads too, and
is listed in `unfinished` with what to write; so does one whose text holds a control
character (model/review_text.py: shown without it, and refused by `reflect validate`).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from reflect.model.placeholders import unfinished
from reflect.model.review import Review
from reflect.model.review_text import unshown
from reflect.store.catalogue import one_per_id
from reflect.store.kinds import toml_text
from reflect.store.problems import describe, field_path
from reflect.text import printable


@dataclass
class Library:
    folder: Path
    reviews: list[Review] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unfinished: dict[str, list[str]] = field(default_factory=dict)
    """Review id -> messages for each field still holding an importer's placeholder, or text
    no screen shows as written (`read_checked`): the review loads and can be used; `reflect
    validate` refuses it."""
    paths: dict[str, Path] = field(default_factory=dict)
    """Review id -> the file it was read from."""

    def get(self, review_id: str) -> Review | None:
        """The review with this id; `theme-<theme>` is the themed session built on that theme."""
        from reflect.model.themes import PREFIX, themed_review

        found = next((r for r in self.reviews if r.id == review_id), None)
        if found is None and review_id.startswith(PREFIX):
            try:
                return themed_review(review_id.removeprefix(PREFIX), self.reviews)
            except ValueError:
                return None
        return found


class ReviewError(Exception):
    """A content file that cannot be used; `messages` name the file, the field and the problem."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _read(path: Path, held: bytes | None = None) -> tuple[Review, dict[str, object]]:
    """One content file parsed and validated (its bytes `held`, where read already), and its
    data as the file holds it; every failure a ReviewError with clear messages. Read as every
    reflect file is (`kinds.toml_text`: a byte-order mark left by a Windows editor is
    dropped)."""
    try:
        data = tomllib.loads(toml_text(path.read_bytes() if held is None else held))
        return Review.model_validate(data), data
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, ValidationError) as e:
        raise ReviewError(describe(path, e, model=Review)) from e


def read_review(path: Path) -> Review:
    """One content file, parsed and validated; every failure a ReviewError with clear
    messages."""
    return _read(path)[0]


def read_checked(path: Path, held: bytes | None = None) -> tuple[Review, list[str]]:
    """The review `read_review` reads (from its bytes `held`, where read already: the import
    dialog adds the bytes it checked), and what `reflect validate` refuses in it though it
    loads: a field still holding the importer's placeholder, and text no screen shows as
    written (a control character: `review_text.unshown`), each `FILE: FIELD: what`."""
    review, data = _read(path, held)
    return review, describe_unfinished(path, review) + [
        printable(f"{path}: {field_path(loc)}: {what}") for loc, what in unshown(data)]


def describe_unfinished(path: Path, review: Review) -> list[str]:
    """"FILE: FIELD: still the importer's placeholder — what to write", one per field."""
    return [printable(f"{path}: {name}: {what}") for name, what in unfinished(review)]


def load_library(folder: Path) -> Library:
    lib = Library(folder)
    if not folder.is_dir():
        lib.problems.append(f"{folder}: content folder not found")
        return lib
    read: list[tuple[Path, Review, list[str]]] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            read.append((path, *read_checked(path)))
        except ReviewError as e:
            lib.problems += e.messages
    kept, twice = one_per_id([(path, review.id, (path, review, todo))
                              for path, review, todo in read])
    lib.problems += twice
    for path, review, todo in kept:
        lib.paths[review.id] = path
        lib.reviews.append(review)
        if todo:
            lib.unfinished[review.id] = todo
    lib.reviews.sort(key=lambda r: r.title.lower())
    return lib
