"""The dialog shown when a session cannot be saved on the way out (its folder turned
read-only, the disk is full): the session stays open, and a copy can be saved elsewhere."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from reflect.store.autosave import SessionKeeper
from reflect.store.rescue import default_copy_path
from reflect.ui.widgets.literal import Literal


class SaveFailedScreen(ModalScreen[str | None]):
    """Dismisses with "copied" once a copy is saved elsewhere, "retry" to try the sessions
    folder again, or None to stay in the session."""

    BINDINGS = [Binding("escape", "stay", "Stay in the session")]

    def __init__(self, keeper: SessionKeeper, going: str) -> None:
        super().__init__()
        self.keeper = keeper
        self.going = going
        """What was stopped: "leave the session" or "quit"."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Literal(f"Could not save: {self.keeper.last_error or self.keeper.path}\n\n"
                          f"Nothing is lost: reflect did not {self.going}, and the session "
                          "stays open. Free some space or fix the folder and try again, or "
                          "save a copy of the session somewhere else:", id="save-failed")
            box = Input(str(default_copy_path(self.keeper.session.id)), id="copy-path")
            box.border_title = "Save a copy to"
            yield box
            yield Literal("", "bold", id="copy-problem")
            with Horizontal(classes="buttons"):
                yield Button("Save a copy", variant="primary", id="copy")
                yield Button("Try again", id="retry")
                yield Button("Stay (Esc)", id="stay")

    def on_mount(self) -> None:
        self.query_one("#copy-path", Input).focus()

    @on(Input.Submitted, "#copy-path")
    @on(Button.Pressed, "#copy")
    def save_copy(self) -> None:
        typed = self.query_one("#copy-path", Input).value.strip()
        if not typed:
            self.query_one("#copy-problem", Literal).show("Type where to save the copy.")
            return
        try:
            where = self.keeper.copy_to(Path(typed))
        except FileExistsError:
            self.query_one("#copy-problem", Literal).show(
                f"{typed} already exists: choose another name (nothing is replaced).")
            return
        except Exception as e:  # noqa: BLE001 - any failure is shown; the session stays open
            self.query_one("#copy-problem", Literal).show(
                f"Could not save a copy to {typed}: {getattr(e, 'strerror', None) or e}")
            return
        self.app.notify(f"Saved a copy of the session to {where} (readable only by you).",
                        timeout=15)
        self.dismiss("copied")

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        self.dismiss("retry")

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        self.dismiss(None)
