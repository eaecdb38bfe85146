"""The pane of the summary: an overall note, export, where to find support, and the notes
so far as plain text."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button, TextArea

from reflect.export.plain import to_text
from reflect.model.changes import NotesKey
from reflect.store.settings import support_message
from reflect.ui.panes.content import NotesHolder
from reflect.ui.widgets.literal import Fitted, Literal
from reflect.wrapping import fitted


class SummaryPane(NotesHolder):
    PANE_CLASS = "summary-pane"
    OFFERS_CPD_RECORD = True

    def compose(self) -> ComposeResult:
        yield Literal("Overall summary of the session (saved with it, and in the notes)",
                      classes="notes-label")
        yield self.editor(f"notes-{self.index}", NotesKey(self.step.key), "notes")
        with Horizontal(classes="buttons", id="summary-buttons"):
            yield Button(export_label(self.session.mode), variant="primary", id="export")
            yield Button(self.CPD_CHOICES_BUTTON, id="cpd-record")
        yield Fitted(id="export-result")
        yield Literal(support_message(self.ctx.settings_file, self.ctx.settings), "bold",
                      id="support")
        yield Literal("", id="summary-text")


    def on_mount(self) -> None:
        if self.ctx.sessions_dir is not None:
            self.read_earlier(self.ctx.sessions_dir)

    @work(thread=True, group="earlier-exports", exit_on_error=False)
    def read_earlier(self, sessions_dir: Path) -> None:
        """The files exported for this session before, read off the UI thread."""
        from reflect.store.exported_records import exports_of, said_before
        from reflect.store.exports import exports_dir

        sid = self.session.id
        said = said_before(str(exports_dir(sessions_dir)), sid, exports_of(sessions_dir, [sid]))
        if said:
            self.app.call_from_thread(self.said_earlier, said, str(exports_dir(sessions_dir)))

    def said_earlier(self, said: str, folder: str) -> None:
        """Under the export buttons, where nothing was exported in this run yet: the files
        exported before (notes and records), the folder kept whole where it holds a space."""
        result = self.query_one("#export-result", Fitted)
        if result.fitted:
            return
        result.add_class(EARLIER)  # (taken off as an export is said: `export_written`)
        result.fit(lambda width: fitted(said, width, whole=(folder,)))

    @on(Button.Pressed, "#cpd-record")
    def _cpd_button(self) -> None:
        self.cpd_record()

    def focus_target(self) -> Widget:
        return self.query_one(TextArea)

    def reveal(self, target: Widget) -> None:
        """From the top, as every step; then, once notes were exported, on to where they were
        written: the path is what the person needs (at 60x20, back on the summary, or on it
        after exporting from the step before, it was below the fold)."""
        super().reveal(target)
        result = self.query_one("#export-result", Fitted)
        if result.fitted and not result.has_class(EARLIER):
            result.bring_into_view()

    def shown(self) -> None:
        self.query_one("#summary-text", Literal).show(
            to_text(self.session, self.review))


EARLIER = "-earlier"
"""The class of `#export-result` while it says the files exported before, not one written
in this run: not scrolled to as the step is shown (`reveal`), as a file just written is."""


def export_label(mode: str) -> str:
    """The summary's export button: "Export notes…" on a reflection, whose dialog opens on
    a CPD record, beside "CPD record…", made the second read as the way to export the record
    (a health visitor's trial); a team's opens on its notes. Short enough for both buttons
    side by side at 80x24."""
    return "Export… (Ctrl+O)" if mode == "individual" else "Export notes… (Ctrl+O)"
