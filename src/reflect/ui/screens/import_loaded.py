"""What the import dialog (`import_review.ImportScreen`) read and what its Moves did: kept
between a preview and Save, and between a Move and the reading again it starts. No widgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.importer import ImportReport
from reflect.store.replacing import InTheWay
from reflect.text import plural

SECTION_LABELS = {"introduction": "Introduction", "context": "Context",
                  "learning": "Key learning", "good_practice": "Good practice",
                  "development": "Areas for development",
                  "recommendations": "Recommendations", "questions": "Questions",
                  "what_to_do_now": "What to do now", "resources": "Resources"}


@dataclass(frozen=True)
class Loaded:
    """What the worker read: the file's text and what the importer made of it."""

    path: Path
    text: str
    sha256: str
    furniture: tuple[str, ...]
    """The pages' header and footer lines (`Source.furniture`)."""
    kind: str
    """`Source.kind`: how its lines make paragraphs (Markdown's, a text's) depends on it."""
    report: ImportReport
    already: str | None
    """The review this file was already imported as, if any: its id and title, its file, and
    the name and day it was imported from (`facts.already_said`)."""
    taken: InTheWay | None = None
    """The review (or file) saving would replace, with the sessions on it (looked at here, in
    the worker: the preview looked on the UI thread); Save asks before replacing it."""
    other_id: str = ""
    """A free id to keep both under, when `taken`."""
    creates_folder: bool = False
    """Whether the library folder does not exist, so saving would create it (a mistyped
    folder was created without a word: a trial)."""


@dataclass(frozen=True)
class Moved:
    """One Move the user made: the block (its first line's number and text), how many lines
    it held, and the section it went into."""

    start: int
    label: str
    lines: int
    section: str

    def said(self) -> str:
        return f"{plural(self.lines, 'line')} to {SECTION_LABELS[self.section]}"


def unquoted(typed: str) -> str:
    """A path as typed or pasted, without the quotes around it that a terminal adds to a file
    dragged in ('/home/me/Child Y.pdf'; "cannot read '…'", a trial)."""
    typed = typed.strip()
    if len(typed) > 1 and typed[0] == typed[-1] and typed[0] in "'\"":
        return typed[1:-1]
    return typed
