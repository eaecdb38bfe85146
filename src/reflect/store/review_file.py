"""A review file (reflect's own TOML, written or edited by hand) given to the import dialog or
to `reflect import FILE`: checked as `reflect validate FILE` checks it (`library.read_checked`),
and added to the library as it is, byte for byte, where it validates (`add_review_file`: both
write through it).

The dialog took only briefings (a PDF, Word, a web page, text): a learning lead with a review
written by hand was told to copy it into the library folder and run `reflect validate` there.
A file given by mistake (a saved session, a TOML file that is no review, a broken one) is said
in one line naming the file and what is wrong; a review that does not validate, one line for
each problem, `FILE: FIELD: what`. No Textual.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reflect.commands import command
from reflect.model.review import Review
from reflect.store.kinds import data_kind, reflect_file_kind, toml_text
from reflect.store.library import ReviewError, load_library, read_checked
from reflect.store.replacing import InTheWay, in_the_way
from reflect.text import one_line, plural, printable

FORMAT_PAGE = "docs/content-format.md"
"""Where reflect's content format is written up."""


@dataclass(frozen=True)
class ReviewFile:
    """A review file checked: what it holds, what is wrong with it, and where it would go."""

    path: Path
    data: bytes
    """The bytes checked: the ones added (an edit made since is checked again first)."""
    review: Review | None
    """The review it holds, where it reads as one (with `problems` or without)."""
    problems: tuple[str, ...]
    """Why it is not added, each naming the file: `FILE: FIELD: what`."""
    target: Path
    """Where adding it writes: the file of the review with its id, else one named after it."""
    taken: InTheWay | None = None
    """The review (or file) adding it would replace, with the sessions on it."""
    in_library: bool = False
    """Whether it is in the library folder already: nothing to add."""
    no_review: bool = False
    """Whether it is no review at all (a saved session, a TOML file of another kind): its one
    problem says what it is (`not_a_review`)."""

    @property
    def addable(self) -> bool:
        return self.review is not None and not self.problems and not self.in_library

    def validates(self) -> str:
        """What it holds, where it validates: "Review file: child-q “Child Q” (…), 3 questions:
        it validates." (`printable`: a file's text, shown literally)."""
        review = self.review
        assert review is not None
        return printable(f"Review file: {review.id} “{one_line(review.title, 80)}” "
                         f"({one_line(review.partnership, 80)}), "
                         f"{plural(len(review.questions), 'question')}: it validates.")

    def lines(self) -> list[str]:
        """What the dialog shows of it (`printable`: a file's text, shown literally)."""
        if self.no_review:
            return [*self.problems, "Nothing added: give a briefing's file, or a review file, "
                                    "above."]
        if self.problems:
            one = len(self.problems) == 1
            return [f"Not added to the library: {plural(len(self.problems), 'problem')} in "
                    f"this review file, as `{command('validate')}` finds "
                    f"{'it' if one else 'them'}:",
                    *(f"  {p}" for p in self.problems),
                    "Correct the file, then press Enter in the box above to check it again."]
        said = [self.validates()]
        if self.in_library:
            return [*said, f"It is in the library folder already ({self.path.parent}): "
                           "nothing to add."]
        if self.taken is not None:
            return [*said, f"The library already has {self.taken.said()}. Saving asks before "
                           "replacing it; to keep both, give this file another id and check "
                           "it again."]
        return [*said, f"Will be added to the library, as it is, as {self.target}"]


def is_review_file(path: Path) -> bool:
    """Whether `path` is a file the dialog checks as a review: any `.toml` file (a session or
    a broken one is said to be so), or one holding a review whatever its name."""
    if not path.is_file():
        return False
    return path.suffix.lower() == ".toml" or reflect_file_kind(path) == "review"


def not_a_review(path: Path, data: bytes) -> str | None:
    """Why `data` (`path`'s bytes) is no review file at all, in one line naming the file, or
    None (a review, with problems or none, or a TOML file that cannot be read: those are
    said by the checking itself)."""
    try:
        parsed = tomllib.loads(toml_text(data))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    if data_kind(parsed) == "session":
        return printable(f"{path}: a saved session, not a review: `{command('open FILE')}` "
                         "opens it")
    if parsed and not parsed.keys() & Review.model_fields.keys():
        return printable(f"{path}: a TOML file, but not a review: it has none of a review's "
                         "fields (id, title, questions, …). A review file is reflect's "
                         f"content format ({FORMAT_PAGE}); a briefing to import is a PDF, "
                         "Word document, web page, Markdown or text file")
    return None


def check_review_file(path: Path, content_dir: Path,
                      sessions_dir: Callable[[], Path] | None = None) -> ReviewFile:
    """`path` checked as `reflect validate` checks a review file, and where adding it to the
    library in `content_dir` would write (with the sessions on a review it replaces counted in
    `sessions_dir()`)."""
    target = content_dir / f"{path.stem}.toml"
    try:
        data = path.read_bytes()
    except OSError as e:
        return ReviewFile(path, b"", None, (printable(f"{path}: cannot read: "
                                                      f"{e.strerror or e}"),), target)
    refused = not_a_review(path, data)
    if refused is not None:
        return ReviewFile(path, data, None, (refused,), target, no_review=True)
    try:
        review, todo = read_checked(path, data)
    except ReviewError as e:
        return ReviewFile(path, data, None, tuple(e.messages), target)
    in_library = content_dir.is_dir() and path.resolve().parent == content_dir.resolve()
    library = load_library(content_dir)
    taken = None if in_library else in_the_way(library, review.id, sessions_dir)
    target = taken.path if taken else content_dir / f"{review.id}.toml"
    return ReviewFile(path, data, review, tuple(todo), target, taken, in_library)


def add_review_file(checked: ReviewFile, replacing: bool) -> str | None:
    """The bytes checked written into the library, at `checked.target` (0644, atomically); or
    why nothing was written, naming the file: it was changed since it was checked or cannot be
    read again, or a file appeared where it goes (replaced only when `replacing`). OSError
    where the library cannot be written."""
    from reflect.store.atomic import write_atomic

    try:
        changed = checked.path.read_bytes() != checked.data
    except OSError as e:
        return f"{checked.path}: cannot read: {e.strerror or e}; nothing saved."
    if changed:
        return f"{checked.path} was changed since it was checked: nothing saved."
    try:
        write_atomic(checked.target, checked.data, mode=0o644, replace=replacing)
    except FileExistsError:
        return f"{checked.target} was made since the check: nothing saved."
    return None
