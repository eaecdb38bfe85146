"""The import dialog given a review file (reflect's own TOML) in place of a briefing: checked as
`reflect validate` checks one (store/review_file.py, in the dialog's worker), its problems
listed, each naming the file and the field, or Save (Ctrl+S) adding it to the library as it
is, asking first before replacing a review with its id. No Moves, no boxes: the file says
what it holds."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.widgets import Button, Input, OptionList

from reflect.store.review_file import ReviewFile
from reflect.ui.screens.import_moves import unquoted
from reflect.ui.screens.import_saving import PreviewSaving
from reflect.ui.widgets.literal import Literal

NOT_USED = ("The Review id box is not used for a review file: it keeps its own id ({}). To "
            "add it under another, change the id in the file.")
"""Said under a review file's check where an id was typed (it is not read under one)."""


class ReviewFileAdding(PreviewSaving):
    """The import dialog's check of a review file, and its Save."""

    review_file: ReviewFile | None = None
    """The review file checked and shown (None: a briefing, or nothing, is)."""

    def adds_review_file(self) -> bool:
        """Whether Save would add the review file shown (it validates, and is not in the
        library folder already)."""
        return self.review_file is not None and self.review_file.addable

    def show_review_file(self, checked: ReviewFile) -> None:
        self.loaded, self.save_when_read, self.moving = None, None, False
        self.review_file, self.problem, self.reading = checked, False, False
        self.target = checked.target
        self.withdraw_nothing_to_save()
        self.refresh_bindings()  # (Ctrl+S: Save, or why there is none)
        self.show_boxes(False)
        self.show_warning()
        self.query_one("#import-blocks", OptionList).display = False
        self.query_one("#import-move-row").display = False
        save = self.query_one("#import-save", Button)
        save.display, save.disabled = True, not checked.addable
        save.label = "Save to the library"
        lines = checked.lines()
        if checked.review is not None and self.id_typed():
            lines.append(NOT_USED.format(checked.review.id))
        self.query_one("#import-preview", Literal).show(
            "\n".join(lines), "bold" if checked.problems else "")

    def add_review_file(self) -> bool:
        """Save (Ctrl+S) with a review file shown: added where it validates, asking first
        where a review has its id; else why not, said. False where no review file is shown
        (a briefing's Save, `PreviewSaving.action_save`)."""
        checked = self.review_file
        if checked is None:
            return False
        typed = unquoted(self.query_one("#import-path", Input).value)
        if not typed or Path(typed).expanduser() != checked.path:
            why = (f"Nothing saved: the check is of {checked.path}, and the Briefing file box "
                   "names another file. Press Enter there to check or preview it.")
        elif checked.in_library:
            why = "Nothing to save: this review file is in the library folder already."
        elif checked.no_review:
            why = ("Nothing saved: the file given is not a review (the dialog says what it is). "
                   "Give a briefing's file, or a review file, and press Enter.")
        elif checked.problems:
            why = ("Nothing saved: the review file does not validate (its problems are listed "
                   "in the dialog). Correct it, then press Enter in the box above to check it "
                   "again.")
        else:
            why = ""
        if why:
            self.nothing_to_save = why
            self.say(why, severity="warning", timeout=10)
        elif checked.taken is not None:
            self.ask_to_replace_with_file(checked)
        else:
            self.add_file(checked, replacing=False)
        return True

    def ask_to_replace_with_file(self, checked: ReviewFile) -> None:
        """Replace the review with the file's id (the sessions on it said), or save nothing."""
        from reflect.ui.screens.confirm import ConfirmScreen

        taken = checked.taken
        assert taken is not None and checked.review is not None
        new_ids = [q.id for q in checked.review.questions]
        question = (f"It holds {taken.named()}. Replace it with this review file? "
                    + (f"{said} " if (said := taken.sessions_said(new_ids)) else "")
                    + "Anything changed in its file since would be lost.")

        def answered(replace: bool | None) -> None:
            if replace:
                self.add_file(checked, replacing=True)
            else:
                self.notify("Nothing saved.", timeout=4)

        self.app.push_screen(ConfirmScreen(question, yes="Replace", no="Don't save",
                                           yes_by_letter=False,
                                           path=("The library already has a review in",
                                                 taken.path)), answered)

    def add_file(self, checked: ReviewFile, replacing: bool) -> None:
        self.target = checked.target
        self.query_one("#import-save", Button).disabled = True
        self.write_file(checked, replacing)

    @work(thread=True, exclusive=True, exit_on_error=False, group="import", name="write")
    def write_file(self, checked: ReviewFile, replacing: bool) -> str | None:
        """The bytes checked, written into the library; a message instead where the file was
        changed since it was checked, or one appeared where it goes (replaced only when
        asked): `store/review_file.add_review_file`, as `reflect import FILE` writes it."""
        from reflect.store.review_file import add_review_file

        why = add_review_file(checked, replacing)
        return None if why is None else f"{why} Press Enter in the box above to check it again."
