"""What the import dialog (`import_review.ImportScreen`) read: kept between a preview and Save,
and between a Move and the reading again it starts. No widgets (its Moves: import_moves.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reflect.importer import ImportReport
from reflect.importer.alike import Held
from reflect.store.replacing import InTheWay


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
    already_id: str = ""
    """That review's id (`already`): the Review id box's grey text names it, as it is the id
    importing the file again (the command the preview gives) keeps."""
    taken: InTheWay | None = None
    """The review (or file) saving would replace, with the sessions on it (looked at here, in
    the worker: the preview looked on the UI thread); Save asks before replacing it."""
    other_id: str = ""
    """A free id to keep both under, when `taken`."""
    creates_folder: bool = False
    """Whether the library folder does not exist, so saving would create it (a mistyped
    folder was created without a word: a trial)."""
    left_out: tuple[tuple[int, str], ...] = ()
    """The lines of the blocks left out (`set_aside`), kept as a comment of their own."""
    rows: frozenset[int] = frozenset()
    """`Source.rows`: the lines that are a table's rows, read again after a Move."""
    held: tuple[Held, ...] = ()
    """The library's reviews, as a briefing already there under another id is found
    (importer/alike.py): compared again with what the Title, Partnership and Review type boxes
    say (`PreviewBoxes.alike_now`)."""
