"""The import preview's saving (`import_review.ImportScreen`): Save (Ctrl+S) of what the
boxes say, asking first before saving a file with none of a briefing's parts, and before
replacing a review already in the library (or keeping both, this one read again under a free
id). The review is written in a worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from textual import on, work
from textual.widgets import Button, Input, OptionList

from reflect.commands import command
from reflect.importer import ImportReport
from reflect.store.replacing import InTheWay, question_ids
from reflect.ui.notices import Notices
from reflect.ui.screens.import_loaded import Loaded
from reflect.ui.screens.import_moves import PreviewMoves, unquoted
from reflect.ui.widgets.literal import Literal

NOTHING_YET = ("Nothing to save yet: give the briefing's file above and press Enter to "
               "preview it first.")
NOTHING_READING = "Nothing to save yet: the briefing is still being read for its preview."
NOTHING_READ = ("Nothing saved: no briefing was read from the file given. Give one briefing's "
                "file above and press Enter to preview it first.")
"""Ctrl+S with no briefing read: before any preview (or while one is read), and after a file
that could not be (a folder, say): it did nothing to be seen, the footer offering `^s Save to
the library` (a learning lead's trial)."""


class PreviewSaving(PreviewMoves):
    """The import dialog's Save, and its questions before saving."""

    target: Path | None
    """Where the review previewed would be saved (the file in the way, when one is)."""
    save_when_read: Callable[[Loaded], None] | None
    """What to do once the briefing is read again under the id in the box (Keep both, or Save
    with another id typed): save it; None when nothing waits."""

    def parse_again(self, loaded: Loaded,
                    then: Callable[[Loaded], None] | None = None) -> bool:
        """Parse the text read again under the id in the box, then do `then` with it; False
        (said) for an id that is not one. The screen's (`ImportScreen`)."""
        raise NotImplementedError

    def other_file(self, loaded: Loaded) -> bool:
        """Whether the Briefing file box names another file than the one previewed."""
        typed = unquoted(self.query_one("#import-path", Input).value)
        return not typed or Path(typed).expanduser() != loaded.path

    @on(Button.Pressed, "#import-save")
    def action_save(self) -> None:
        """Save what the boxes say (Ctrl+S, as a new session starts with Ctrl+S): a review id
        typed since the preview, without Enter, is read again under it first (the Moves kept)
        and the preview shows it as it is saved; another file typed is said, and nothing
        saved. Ctrl+S saved under the id last previewed, the box showing another (a trial).
        A review file checked is added as it is (`add_review_file`)."""
        if self.add_review_file():
            return
        loaded = self.loaded
        if loaded is not None and self.other_file(loaded):
            back = "" if loaded.already else " (or put this file's path back to save this one)"
            self.say(f"Nothing saved: the preview is of {loaded.path}, and the Briefing file "
                     f"box names another file. Press Enter there to preview it{back}.",
                     severity="warning", timeout=10)
            return
        if loaded is not None and loaded.already:
            self.nothing_to_save = (f"Nothing to save: this file is already in the library "
                                    f"as {loaded.already}. To import it again, replacing that "
                                    "review, run the command the preview gives.")
            self.say(self.nothing_to_save, severity="warning", timeout=10)
            return
        if loaded is None:
            self.nothing_to_save = (NOTHING_READING if self.reading else
                                    NOTHING_READ if self.problem else NOTHING_YET)
            self.say(self.nothing_to_save, severity="warning", timeout=10)
            return
        if self.query_one("#import-save", Button).disabled or self.target is None:
            return
        if self.id_typed() != self.read_id or self.partnership_typed() != self.read_partnership:
            self.parse_again(loaded, then=self.save_read)  # (its line placed: `preview`)
            return
        self.save_read(loaded)

    def add_review_file(self) -> bool:
        """Save of a review file checked (import_review_file.py); False where none is."""
        return False

    nothing_to_save = ""
    """What Ctrl+S said where there is no Save (`action_nothing_to_save`)."""
    problem = False
    """Whether the preview says why the file given could not be read (`show_problem`)."""
    reading = False
    """Whether a file is being read for the preview (`_start`)."""

    def action_nothing_to_save(self) -> None:
        """Ctrl+S where there is no Save (`check_action`): no briefing read, or a file already
        imported. Why nothing is saved, as Save would say."""
        self.action_save()

    def withdraw_nothing_to_save(self) -> None:
        """Another file previewed, or not read: what Ctrl+S said before ("Nothing to save")
        goes (it stayed over it)."""
        app = self.app
        if self.nothing_to_save and isinstance(app, Notices):
            app.withdraw(self.nothing_to_save)
        self.nothing_to_save = ""

    def save_read(self, loaded: Loaded) -> None:
        """Save the briefing read, asking first if it does not read as one, then if the
        library seems to hold it already."""
        if not loaded.report.parts:
            self.ask_if_a_briefing(loaded)
            return
        self.ask_if_another(loaded)

    def ask_if_another(self, loaded: Loaded) -> None:
        """A briefing the library seems to hold under another id (`alike_now`) is saved beside
        it only when the person chooses to, by its button (no letter, no Ctrl+S): the .txt of
        a briefing imported from its PDF was saved beside it unasked (a learning lead's
        trial)."""
        from reflect.importer.alike import alike_said
        from reflect.ui.screens.confirm import ConfirmScreen

        found = self.alike_now(loaded)
        if not found:
            self.go_on_saving(loaded)
            return
        review = dict(loaded.report.review)
        self.from_boxes(review)

        def answered(anyway: bool | None) -> None:
            if anyway:
                self.go_on_saving(loaded)
            else:
                self.notify("Nothing saved.", timeout=4)

        one = len(found) == 1
        self.app.push_screen(ConfirmScreen(
            f"{loaded.path.name} looks like a briefing already in the library: "
            f"{alike_said(found, review)}. Save it to the library beside "
            f"{'that review' if one else 'them'} anyway, as {review['id']}?",
            yes="Save anyway", no="Don't save", yes_by_letter=False), answered)

    def go_on_saving(self, loaded: Loaded) -> None:
        """Save, once it is known to be a briefing (or to be saved as one anyway): asking
        first where a review is in the way."""
        if loaded.taken is not None:
            self.ask_to_replace(loaded, loaded.taken)
        elif self.target is not None:
            self.save(loaded, self.target, replacing=False)

    def ask_if_a_briefing(self, loaded: Loaded) -> None:
        """A file with none of a briefing's parts is saved only when the person chooses to,
        by its button (no letter, no Ctrl+S): a party invitation was saved by Ctrl+S under a
        note asking "is it the briefing you meant?" (a trial)."""
        from reflect.importer.parse import MISSING
        from reflect.ui.screens.confirm import ConfirmScreen

        def answered(anyway: bool | None) -> None:
            if anyway:
                self.ask_if_another(loaded)
            else:
                self.notify("Nothing saved.", timeout=4)

        self.app.push_screen(ConfirmScreen(
            f"{loaded.path.name} does not read as a learning briefing: none of a briefing's "
            f"parts was found in it ({MISSING}). Save it to the library as a review anyway?",
            yes="Save anyway", no="Don't save", yes_by_letter=False), answered)

    def save(self, loaded: Loaded, target: Path, replacing: bool) -> None:
        from reflect.importer.facts import with_imported_from

        report = loaded.report
        report.review = with_imported_from(report.review, loaded.path.name, loaded.sha256,
                                           date.today())
        self.from_boxes(report.review)
        self.query_one("#import-save", Button).disabled = True
        self.write(target, report, replacing, loaded.left_out)

    def ask_to_replace(self, loaded: Loaded, taken: InTheWay) -> None:
        """Replace the review there, keep both (this one saved under a free id), or save
        nothing (Esc). The preview said "REPLACING the review already there" and Save wrote
        over it, and over the sessions' questions, unasked."""
        from reflect.ui.screens.confirm import ConfirmScreen

        question = (f"It holds {taken.named()}. Replace it with this briefing? "
                    + (f"{said} " if (said := taken.sessions_said(
                        question_ids(loaded.report.review))) else "")
                    + "Anything changed in its file since would be lost. Keep both saves this "
                    f"one as {loaded.other_id}; Esc saves nothing.")

        def answered(replace: bool | None) -> None:
            if replace is None:
                self.notify("Nothing saved.", timeout=4)
            elif replace:
                self.save(loaded, taken.path, replacing=True)
            else:
                self.keep_both(loaded)

        self.app.push_screen(ConfirmScreen(question, yes="Replace",
                                           no=f"Keep both: save as {loaded.other_id}",
                                           yes_by_letter=False, escape_cancels="Save nothing",
                                           path=("The library already has a review in",
                                                 taken.path)), answered)

    def keep_both(self, loaded: Loaded) -> None:
        """Read the briefing again under the free id (its questions' ids follow it), then
        save it."""
        self.query_one("#import-id", Input).value = loaded.other_id
        self.parse_again(loaded, then=self.go_on_saving)  # (asked already if a briefing)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", name="write")
    def write(self, target: Path, report: ImportReport, replacing: bool,
              left_out: tuple[tuple[int, str], ...] = ()) -> str | None:
        """Write the review; a message instead when a file appeared at `target` since the
        preview looked (it is replaced only when asked)."""
        from reflect.importer import to_toml
        from reflect.store.atomic import write_atomic

        if not replacing and target.exists():
            return (f"{target} was made since the preview: nothing saved. Press Enter in the "
                    "file's box to preview it again.")
        write_atomic(target, to_toml(report, left_out).encode("utf-8"), mode=0o644)
        return None

    def show_already(self, loaded: Loaded) -> None:
        """A file already imported (the same bytes): which review it is, and nothing to move
        or save, as the review is in the library already. The preview listed its unplaced
        lines and offered Move, as if it were new (a new user's trial); importing it again
        replaces the review and any edits made to its file since, so it is left to the
        command, asked for by name."""
        import shlex

        self.query_one("#import-preview", Literal).show("\n".join([
            f"Already in the library as {loaded.already}.",
            "Nothing to import or move: this file is that review's briefing, byte for byte; "
            "choose the review in the library to use it. To import it again from scratch, "
            "replacing that review and any edits made to its file since, run:",
            f"  {command(f'import {shlex.quote(str(loaded.path))} --force')}"]))
        self.query_one("#import-blocks", OptionList).display = False
        self.query_one("#import-move-row").display = False
        self.show_boxes(False)
        self.query_one("#import-save", Button).disabled = True  # (and out of sight)
