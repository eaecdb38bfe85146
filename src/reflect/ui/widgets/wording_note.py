"""The note above answers given when their question read otherwise than the review has it now
(model/reworded.py), with a button saying the answers stand under the new words.

Pressed, the answers are kept under the new words through the session's one writer
(`SessionEdits.keep_under_new_wording`, posted as `SessionChanged`, so autosave writes it); the
note says what was done and the button puts it back (`take_back`: typing since is kept). Until
4 December 2026 the note could not be answered: a question reworded to ask the same thing
carried it at every opening, and the notes kept the answers under the old words, with no way
to say they stand under the new.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button

from reflect.model.changes import WordingKept
from reflect.model.edits import SessionEdits
from reflect.model.review import Question
from reflect.model.reworded import answered_when
from reflect.ui.messages import SessionChanged
from reflect.ui.widgets.literal import Literal

KEEP = "Keep these answers under the new wording"
PUT_BACK = "Undo: back to the words they were given under"


def kept_note(before: str) -> str:
    """What the note says once the answers stand under the new words."""
    return (f"These answers now stand under the new wording. They were given when the "
            f"question read “{' '.join(before.split())}”; the notes say so.")


class WordingNote(Vertical):
    """The words the answers were given under, and the button that keeps them under the
    question's words now (or, pressed again, puts the note back)."""

    def __init__(self, edits: SessionEdits, question: Question, before: str) -> None:
        super().__init__(classes="wording-note")
        self.edits, self.question, self.before = edits, question, before
        self.kept = False
        """The answers stand under the new words (pressed here)."""

    def compose(self) -> ComposeResult:
        yield Literal(answered_when(self.before), classes="answered-when")
        yield Button(KEEP, compact=True, classes="keep-wording")

    @on(Button.Pressed, ".keep-wording")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if self.kept:
            change = self.edits.take_back(WordingKept(self.question.id))
        else:
            change = self.edits.keep_under_new_wording(self.question)
        if change is None:  # undo: long gone (the log keeps 200); keep: the answers emptied
            self.notify("That was too many changes ago to undo here: these answers stay "
                        "under the new wording." if self.kept else "Nothing is answered here "
                        "now: the question takes the review's words as they are.",
                        severity="warning")
            return
        self.kept = not self.kept
        self.post_message(SessionChanged(change))
        note = self.query_one(Literal)
        note.show(kept_note(self.before) if self.kept else answered_when(self.before))
        note.set_class(not self.kept, "answered-when")
        note.set_class(self.kept, "wording-kept")
        self.set_class(self.kept, "-kept")
        event.button.label = PUT_BACK if self.kept else KEEP

    def make_read_only(self) -> None:
        """Nothing is kept in a read-only session: no button to press."""
        self.query_one(Button).display = False
