"""Import a briefing from the app: choose the file, preview what was found, move any unplaced
block into a section, then save (import_saving.py) or cancel.

Reading the file and parsing it run in a worker (a PDF can take a moment); the screen only
shows the result. Every text from the file is shown literally.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Input, OptionList, Select
from textual.worker import Worker, WorkerState

from reflect.importer.briefing import MOVABLE
from reflect.importer.found import read_as, recommendations_said
from reflect.importer.parse import (
    ALL_BUT_EDGES,
    ALL_PLACED,
    EDGES_SAID,
    NOT_A_BRIEFING,
    count_said,
    edge_label,
)
from reflect.importer.set_aside import CHOICES, REVIEW_TYPE
from reflect.paths import file_in_the_way, missing_library
from reflect.store.review_file import ReviewFile
from reflect.text import SLUG, one_line, plural, slug_said
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens.help import IMPORTING
from reflect.ui.screens.import_boxes import NOTE, boxes
from reflect.ui.screens.import_loaded import Loaded
from reflect.ui.screens.import_moves import MOVE_TO, Moved, unquoted
from reflect.ui.screens.import_path import NotRead, PathBox, not_read
from reflect.ui.screens.import_review_file import ReviewFileAdding
from reflect.ui.widgets.fitting_scroll import DialogTitle
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal, literal
from reflect.ui.widgets.marked_rows import MarkedList, MarkedSelect
from reflect.ui.widgets.more_below import MoreBelow
from reflect.ui.widgets.scroll_dialog import ScrollDialog

ID_EXAMPLE = "e.g. child-v (left empty: from the briefing)"
"""The Review id box's grey text until a briefing is read, and after a file that could not
be: plainly an example. "child-v (leave empty to take it from 'Child V')" read, after a
broken file, as if found in it (a trial)."""
MORE_BELOW = "More below, down to the buttons"
"""Said at the dialog's foot while more is below: after a preview at 80x24 the findings and
the buttons were, with nothing in it saying so (a trial). The keys follow: `way_down`."""


class ImportScreen(ReviewFileAdding):
    """Dismisses with the review file written, or None."""

    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)
    help_first = IMPORTING
    """F1's keys given first here: the help listed none of them (a docs helper's trial)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("ctrl+s", "save", "Save to the library", priority=True),
                Binding("ctrl+s", "nothing_to_save", show=False, priority=True)]

    def __init__(self, content_dir: Path, sessions_dir: Path | None = None) -> None:
        super().__init__()
        self.content_dir = content_dir
        self.sessions_dir = sessions_dir
        """Where the sessions are that a replaced review's question names: counted."""
        self.save_when_read = None
        self.loaded: Loaded | None = None
        self.moves: dict[int, str] = {}
        """Line number -> the section (`MOVABLE`), the type or left out (`CHOICES`)."""
        self.found: dict[str, str] = {}
        self.guessed: dict[str, str] = {}
        self.below: list[str] = []
        self.moved: list[Moved] = []
        self.told = 0
        self.target: Path | None = None

    def compose(self) -> ComposeResult:
        with ScrollDialog(classes="dialog", id="import-dialog"):
            yield DialogTitle("Import a briefing", id="import-heading")  # (docked at its top)
            yield Literal("Give the path of the briefing: a PDF, Word document, saved web page, "
                          "Markdown or text file (or a review file, .toml, to check and add "
                          "as it is). Enter shows what will be imported.")
            path = PathBox(placeholder="e.g. ~/Downloads/child-v-briefing.pdf",
                           id="import-path")  # (→ takes a file offered: import_path.py)
            path.border_title = "Briefing file"
            yield path
            # What is wrong with the file read, under its path, in view as it is read: a
            # party invitation's "not a briefing" was four boxes down (a trial).
            yield Literal("", id="import-warning")
            review_id = InOrderInput(placeholder=ID_EXAMPLE, id="import-id")
            review_id.border_title = "Review id (optional)"
            yield review_id
            yield from boxes()  # Title, Partnership, Review type: once a briefing is read
            yield Literal("", id="import-preview")
            blocks = MarkedList(id="import-blocks")
            blocks.border_title = "Not placed: choose a block to move"
            blocks.display = False
            yield blocks
            with Horizontal(classes="buttons", id="import-move-row") as row:
                row.display = False
                section = MarkedSelect([(label, key) for key, label in MOVE_TO.items()],
                                       prompt="Move it into…", id="import-section")
                section.in_sight = blocks  # (the block being moved, seen as it is moved)
                yield section
                yield Button("Move", id="import-move")
            with Horizontal(classes="buttons"):
                yield Button("Preview", id="import-preview-button", variant="primary")
                yield Button("Save to the library", id="import-save", disabled=True)
                yield Button("Cancel", id="import-cancel")
            yield MoreBelow(MORE_BELOW, id="import-more")  # (at its foot, while there is)

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No briefing read (none given yet, or a file that could not be read: a folder) and a
        file already imported (`show_already`) offer no Save in the footer, and Ctrl+S says
        why (`action_nothing_to_save`). The footer offered `^s Save to the library` there,
        and Ctrl+S on a folder's message did nothing to be seen (trials)."""
        nothing = (self.loaded is None or bool(self.loaded.already)) and \
            not self.adds_review_file()
        if action == "save" and nothing or action == "nothing_to_save" and not nothing:
            return False
        return super().check_action(action, parameters)

    # ------------------------------------------------------------ reading, in a worker

    @on(Input.Submitted)
    @on(Button.Pressed, "#import-preview-button")
    def preview(self, event: Input.Submitted | Button.Pressed) -> None:
        """Enter in the path, id or partnership box on the file previewed parses its text again
        under the id (and partnership, `partnership_typed`) in the boxes, the Moves kept (the
        lines moved are the same); another file, or Preview,
        reads the file again, dropping them, so asks first as Esc does (`lost_by_reading`). A
        new id and Enter, as the preview suggests, dropped the Moves unasked (a trial)."""
        if isinstance(event, Input.Submitted) and event.input.id not in (
                "import-path", "import-id", "import-partnership"):
            return  # (Enter in the title or type box: taken as typed when saved)
        path = Path(unquoted(self.query_one("#import-path", Input).value)).expanduser()
        if isinstance(event, Input.Submitted) and self.loaded and self.loaded.path == path:
            self.parse_again(self.loaded)
            return
        self.ask_to_discard(self.lost_by_reading(path), then=lambda: self.read_anew(path))

    def read_anew(self, path: Path) -> None:
        self.moves, self.moved, self.told, self.save_when_read = {}, [], 0, None
        if self.loaded is None or self.loaded.path != path:  # another file: its own type
            self.forget_boxes()
        self.loaded = None
        self.refresh_bindings()
        self._start(path)

    def parse_again(self, loaded: Loaded,
                    then: Callable[[Loaded], None] | None = None) -> bool:
        """The text read, parsed again under the id in the box, with the Moves, then `then`
        (Save's); an id that is not one is said, and the preview stays as it was."""
        review_id = self.id_typed()
        if review_id and not SLUG.match(review_id):
            nothing = " Nothing saved." if then else ""
            self.say(f"Review id: {slug_said(review_id, 'child-v')}{nothing}", severity="error",
                     timeout=8)
            return False
        self._start(loaded.path)
        self.save_when_read = then
        return True

    def _start(self, path: Path) -> None:
        self.query_one("#import-save", Button).disabled = True
        if self.loaded is None or self.loaded.path != path:  # (another file: not its words)
            self.query_one("#import-warning", Literal).display = False
        self.query_one("#import-preview", Literal).show("Reading…", "dim")
        self.query_one(PathBox).offer(None)  # (offered again if this read finds it not there)
        self.reading, self.review_file = True, None
        self.read_id = self.id_typed()
        box = self.query_one("#import-id", Input)
        if SLUG.match(self.read_id) and box.value != self.read_id:
            box.value = self.read_id  # (`CHILD-Q` shown as it is taken: child-q)
        review_id, self.read_partnership = self.read_id or None, self.partnership_typed()
        read = self.loaded if self.loaded and self.loaded.path == path else None
        self.read(path, review_id, dict(self.moves), read, self.read_partnership)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", name="read")
    def read(self, path: Path, review_id: str | None, moves: dict[int, str],
             read: Loaded | None, partnership: str = "") -> Loaded | NotRead | ReviewFile | str:
        """Read and parse; returns what was found, or the message for a user mistake. A review
        file (reflect's TOML) is checked instead (import_review_file.py)."""
        from reflect.importer import BriefingError, import_briefing
        from reflect.importer.alike import held
        from reflect.importer.facts import already_imported, already_said
        from reflect.importer.set_aside import set_aside
        from reflect.importer.sources import SourceError, read_source
        from reflect.store.library import load_library
        from reflect.store.replacing import free_id, in_the_way
        from reflect.store.review_file import check_review_file, is_review_file
        from reflect.ui.screens.import_progress import progress_shown

        sessions = self.sessions_dir
        if read is None and is_review_file(path):
            return check_review_file(path, self.content_dir,
                                     (lambda: sessions) if sessions else None)
        if read is not None:  # read already: moving a block parses its text again
            text, sha256, furniture, kind = read.text, read.sha256, read.furniture, read.kind
            rows = read.rows
        else:
            try:
                source = read_source(path, progress_shown(self.query_one("#import-preview",
                                                                         Literal)))
            except SourceError as e:
                return not_read(e, path)
            text, sha256, furniture, kind = (source.text, source.sha256, source.furniture,
                                             source.kind)
            rows = source.rows
        if review_id is not None and not SLUG.match(review_id):
            return f"Review id: {slug_said(review_id, 'child-v')}"
        try:
            report = import_briefing(text, review_id, name_hint=path.stem, furniture=furniture,
                                     moves={n: s for n, s in moves.items() if s in MOVABLE},
                                     kind=kind, rows=rows, partnership_typed=partnership)
        except BriefingError as e:
            return f"{path}: {e}"
        left_out = tuple(set_aside(report, {n: s for n, s in moves.items() if s in CHOICES}))
        library = load_library(self.content_dir)
        earlier = already_imported(library.reviews, sha256)
        already = already_said(earlier, library.paths.get(earlier.id)) if earlier else None
        taken = in_the_way(library, report.review["id"], (lambda: sessions) if sessions else None)
        return Loaded(path, text, sha256, furniture, kind, report, already,
                      earlier.id if earlier else "", taken,
                      free_id(library, report.review["id"]) if taken else "",
                      creates_folder=not self.content_dir.is_dir(), left_out=left_out,
                      rows=rows, held=held(library.reviews, library.paths))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "import":
            return
        if worker.state == WorkerState.ERROR:
            error = worker.error
            what = f"Could not write {self.target}" if worker.name == "write" else \
                "Could not import"
            reason = getattr(error, "strerror", None) or error
            self.query_one("#import-preview", Literal).show(f"{what}: {reason}", "bold")
            self.problem, self.reading = True, False
            self.save_when_read = None
            self.query_one("#import-save", Button).disabled = self.loaded is None
        elif worker.state == WorkerState.SUCCESS:
            result = worker.result
            if isinstance(result, Loaded):
                self.show_loaded(result)
            elif isinstance(result, ReviewFile):
                self.show_review_file(result)
            elif isinstance(result, str):
                self.show_problem(result)
            elif isinstance(result, NotRead):
                self.show_problem(result.said)
                self.query_one(PathBox).offer(result.near)
            elif worker.name == "write":
                self.dismiss(self.target)

    # ------------------------------------------------------------ showing

    def show_problem(self, message: str) -> None:
        self.loaded, self.save_when_read, self.moving = None, None, False
        self.review_file = None
        self.problem, self.reading = True, False
        self.withdraw_nothing_to_save()
        self.refresh_bindings()
        self.query_one("#import-save", Button).display = True  # (dimmed: nothing read)
        self.show_boxes(False)
        self.show_warning()
        self.query_one("#import-id", Input).placeholder = ID_EXAMPLE  # (not the last file's)
        self.query_one("#import-preview", Literal).show(message, "bold")
        self.query_one("#import-blocks", OptionList).display = False
        self.query_one("#import-move-row").display = False

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded, self.problem, self.reading = loaded, False, False
        self.review_file = None
        self.refresh_bindings()  # (Ctrl+S: Save, or why there is none)
        self.query_one("#import-save", Button).display = not loaded.already
        report, review = loaded.report, loaded.report.review
        self.target = loaded.taken.path if loaded.taken else (
            self.content_dir / f"{review['id']}.toml")
        self.withdraw_nothing_to_save()
        if loaded.already:
            self.show_id_hint(loaded)
            self.save_when_read = None
            self.show_already(loaded)
            self.show_warning()
            return
        self.fill_boxes(review)
        self.show_id_hint(loaded)  # (after the boxes: a title typed is kept in its box)
        self.show_boxes(True)
        self.show_warning()
        saving = f"Will be saved as {self.target}"
        if loaded.taken:
            saving = (f"The library already has {loaded.taken.said()}. Saving asks before "
                      f"replacing it, or keeps both, saving this one as {loaded.other_id} "
                      "(or type another review id above and press Enter).")
        if loaded.creates_folder and file_in_the_way(self.content_dir) is not None:
            saving = f"{missing_library(self.content_dir)} Nothing can be saved there."
        elif loaded.creates_folder:
            saving = (f"{missing_library(self.content_dir)} Saving creates it: cancel (Esc) "
                      f"if the library should be elsewhere.\n{saving}")
        self.query_one("#import-save", Button).label = (
            "Create the folder and save" if loaded.creates_folder else "Save to the library")
        # (the title, partnership, type and summary read: in the boxes above, not lines)
        found = "; ".join(count_said(k, n) for k, n in report.counts.items() if n)
        lines = [*read_as(loaded.path.name, loaded.kind), saving,  # (a .pdf read as Word)
                 f"Found: {found or 'nothing reflect recognises'}"]
        recommendations = recommendations_said(review)
        lines += ["Recommendations:", *(f"  {line}" for line in recommendations)] \
            if recommendations else []
        lines += self.moved_lines(report)
        lines += [f"{NOTE}{w}" for w in report.warnings if w != NOT_A_BRIEFING]  # (above)
        if report.unplaced:
            still = "Still not placed" if self.moved else "Not placed"
            lines.append(f"{still}: {plural(len(report.unplaced), 'line')} in "
                         f"{plural(len(report.blocks), 'block')} (kept as a comment in the "
                         "file; move a block below, or by hand later):")
            lines += [f"  line {n}: {one_line(t, 100)}" for n, t in report.unplaced]
        if report.furniture:  # (a PDF's point taken for a header was lost unsaid: a trial)
            lines.append(EDGES_SAID)
            lines += [f"  {edge_label(n)}: {one_line(t, 100)}" for n, t in report.furniture]
        if not report.unplaced:
            lines.append((ALL_BUT_EDGES if report.furniture else ALL_PLACED)
                         if not loaded.left_out else
                         f"Every line of the briefing was placed but the "
                         f"{plural(len(loaded.left_out), 'line')} left out (kept as a comment "
                         "at the end of the file)" + (", and the pages' headers and footers."
                                                      if report.furniture else "."))
        self.below = lines
        self.show_preview()
        blocks = self.query_one("#import-blocks", MarkedList)
        # each resource too, to move or leave out (a footer filed as one could be neither)
        resource = {b.start for b, _ in report.resource_blocks}
        blocks.list_rows([(literal(f"line {b.start}: {one_line(b.label, 60)} " + (
            "(a resource)" if b.start in resource else f"({plural(len(b.lines), 'line')})")),
            str(b.start)) for b in report.movable])
        blocks.border_title = (
            "Not placed: choose a block to move" if not report.resource_blocks else
            "Choose a block or resource to move" if report.blocks else
            "Resources: choose one to move or leave out")
        movable = report.movable
        blocks.display = bool(movable)
        self.query_one("#import-move-row").display = bool(movable)
        if movable:
            blocks.highlighted = 0
        self.query_one("#import-save", Button).disabled = False
        self.focus_kept(bool(movable))
        if self.save_when_read:  # Save (or Keep both) read it again under the id: now saved
            then, self.save_when_read = self.save_when_read, None
            then(loaded)

    # ------------------------------------------------------------ moving a block

    @on(Button.Pressed, "#import-move")
    def move_block(self) -> None:
        if self.loaded is None or self.loaded.already:
            return
        blocks = self.query_one("#import-blocks", OptionList)
        choice = self.query_one("#import-section", Select)
        section = choice.value
        if blocks.highlighted is None or (section not in MOVABLE and section not in CHOICES):
            self.say("Choose a block and the section to move it into.", severity="warning")
            return
        block = self.loaded.report.movable[blocks.highlighted]
        if section == REVIEW_TYPE and not self.type_taken(" ".join(t for _, t in block.lines)):
            return
        self.moves.update({n: str(section) for n, _ in block.lines})
        self.moved.append(Moved(block.start, block.label, len(block.lines), str(section)))
        choice.clear()  # (the next block's section is chosen afresh: `after_a_move`)
        self.moving = True
        self._start(self.loaded.path)

    @on(Button.Pressed, "#import-cancel")
    def action_cancel(self) -> None:
        """Esc or Cancel: asks first when the preview holds changes (`ask_to_discard`)."""
        self.ask_to_discard()
