"""Ask for one line of text (e.g. a session's new title)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal


class PromptScreen(ReflectModal[str | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, value: str = "", ok: str = "OK") -> None:
        super().__init__()
        self.question, self.value, self.ok = question, value, ok

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm"):
            yield Literal(self.question)
            yield InOrderInput(self.value, id="prompt-input")
            with Horizontal(classes="buttons"):
                yield Button(self.ok, variant="primary", id="prompt-ok")
                yield Button("Cancel", id="prompt-cancel")

    @on(Input.Submitted)
    @on(Button.Pressed, "#prompt-ok")
    def _ok(self) -> None:
        self.dismiss(self.query_one("#prompt-input", Input).value)

    @on(Button.Pressed, "#prompt-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
