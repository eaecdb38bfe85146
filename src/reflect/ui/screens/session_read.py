"""`v` on a saved session whose review is not in the library: what the session holds (its
questions' wording as saved, the answers, points, actions and people), as its plain-text
notes, to read only. Such a session will not open (its steps come from the review), and `v`
said only what Enter says, so what was written could be read only by exporting it from a
shell (a trial of a review whose id was changed). Nothing is written: the file is read, never
locked or saved. Esc goes back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.scroll_dialog import ScrollDialog


class SessionReadScreen(ReflectModal[None]):
    """The session's notes (`notes`, as `reflect export --format txt` writes them), under
    `lead`: why it does not open, and what to do."""

    DEFAULT_CSS = """
    #session-read Literal { margin-bottom: 1; }
    """

    BINDINGS = [Binding("escape", "back", "Back")]

    def __init__(self, lead: str, notes: str) -> None:
        super().__init__()
        self.lead, self.notes = lead, notes

    def compose(self) -> ComposeResult:
        with ScrollDialog(classes="dialog", id="session-read"):
            yield Literal(self.lead, "italic", id="session-read-lead")
            yield Literal(self.notes, id="session-read-notes")
            yield Literal("Read only: nothing here is saved. Esc goes back.", "dim",
                          id="session-read-keys")

    def on_mount(self) -> None:
        self.query_one("#session-read", ScrollDialog).focus()

    def action_back(self) -> None:
        self.dismiss(None)
