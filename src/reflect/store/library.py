"""Loading the review library: every `*.toml` in the content folder, validated.

A file that cannot be read or validated is reported and skipped; every other review still loads.
A review still carrying a placeholder the importer wrote for a person to fill loads too, and
is listed in `unfinished` with what to write.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from reflect.model.placeholders import unfinished
from reflect.model.review import Review
from reflect.store.catalogue import one_per_id
from reflect.store.kinds import toml_text
from reflect.store.problems import describe
from reflect.text import printable


@dataclass
class Library:
    folder: Path
    reviews: list[Review] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unfinished: dict[str, list[str]] = field(default_factory=dict)
    """Review id -> messages for each field still holding an importer's placeholder (the
    review loads and can be used; `reflect validate` refuses it)."""
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


def load_review(path: Path) -> Review:
    """Parse and validate one content file; raises OSError, UnicodeDecodeError,
    TOMLDecodeError, ValidationError. Read as every reflect file is (`kinds.toml_text`: a
    byte-order mark left by a Windows editor is dropped)."""
    data = tomllib.loads(toml_text(path.read_bytes()))
    return Review.model_validate(data)


def read_review(path: Path) -> Review:
    """Like load_review, but every failure is a ReviewError with clear messages."""
    try:
        return load_review(path)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError, ValidationError) as e:
        raise ReviewError(describe(path, e)) from e


def describe_unfinished(path: Path, review: Review) -> list[str]:
    """"FILE: FIELD: still the importer's placeholder — what to write", one per field."""
    return [printable(f"{path}: {name}: {what}") for name, what in unfinished(review)]


def load_library(folder: Path) -> Library:
    lib = Library(folder)
    if not folder.is_dir():
        lib.problems.append(f"{folder}: content folder not found")
        return lib
    read: list[tuple[Path, Review]] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            read.append((path, read_review(path)))
        except ReviewError as e:
            lib.problems += e.messages
    kept, twice = one_per_id([(path, review.id, (path, review)) for path, review in read])
    lib.problems += twice
    for path, review in kept:
        lib.paths[review.id] = path
        lib.reviews.append(review)
        todo = describe_unfinished(path, review)
        if todo:
            lib.unfinished[review.id] = todo
    lib.reviews.sort(key=lambda r: r.title.lower())
    return lib
