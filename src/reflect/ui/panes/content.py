"""The pane of a briefing section (introduction and context, key learning, good practice,
areas for development, recommendations): the section's text and the team's notes on it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Button

from reflect.model.care import content_note
from reflect.model.changes import NotesKey
from reflect.model.sections import section_blocks
from reflect.model.themes import source_count
from reflect.ui.panes.base import StepPane
from reflect.ui.widgets.answer_editor import AnswerEditor
from reflect.ui.widgets.literal import BlocksView, Literal


class NotesHolder(StepPane):
    """A pane with notes on its step (`notes.<step key>` in the session)."""


    def notes_box(self) -> AnswerEditor:
        return self.query_one(f"#notes-{self.index}", AnswerEditor)

    def go_to_field(self, field: str) -> None:
        """The notes: their box, in view (a section opens at the top of its text)."""
        if field.startswith("cpd."):  # (the summary's CPD record)
            super().go_to_field(field)
            return
        notes = self.notes_box()
        if notes.display:
            self.screen.set_focus(notes, scroll_visible=False)
            self.keep_in_view(notes)


class ContentPane(NotesHolder):
    PANE_CLASS = "content-pane"

    def compose(self) -> ComposeResult:
        if self.step.key == "intro":
            note = content_note(self.session.mode, source_count(self.review))
            yield Literal(note, "italic", id="content-note")
            yield Button("Skip to the learning (Ctrl+L)", id="skip-to-learning")
        yield BlocksView(section_blocks(self.review, self.step.key), classes="blocks")
        yield Literal("Notes on this section (saved with the session)",
                      classes="label notes-label")
        notes = self.editor(f"notes-{self.index}", NotesKey(self.step.key), "notes")
        notes.past_edge = self.read_on
        yield notes

    def read_on(self, direction: int) -> None:
        """↑ on the notes box's first line, ↓ on its last: the text scrolls instead (the box
        has the focus from the start, so that typing goes into it)."""
        if direction < 0:
            self.scroll_up(animate=False, immediate=True)
        else:
            self.scroll_down(animate=False, immediate=True)

    def reveal(self, target: Widget) -> None:
        """A section is read from its top (the content note first): the notes box below it is
        brought into view once something is typed into it, not before."""
        self.scroll_home(animate=False, immediate=True)

    def focus_target(self) -> Widget:
        # The notes box, unless it is hidden (presentation view): then the text, to scroll.
        notes = self.notes_box()
        return notes if notes.display else self
