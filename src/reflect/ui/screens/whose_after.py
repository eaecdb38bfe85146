"""Whose a reflection after a team session is, asked as `a` starts it: the name *My CPD so far*
remembers, shown and all selected, so that another name typed replaces it and Enter starts.

`a` took the remembered name without showing it anywhere, and on a shared laptop another
practitioner's reflection was counted in the remembered person's CPD (a fresh-eyes trial).
Plain mode asks for it at a terminal (walk/whose.py); the new-session form shows it as *Your
name*. The dialog gives the name typed back (tidied, `text.tidy_name`; "" for none), or None
when cancelled: nothing is started then.
"""

from __future__ import annotations

import math

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input

from reflect.text import one_line, tidy_name
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.form_input import OfferedName, field
from reflect.ui.widgets.literal import Literal

WHOSE_LINE = ("Whose reflection is this? My CPD so far counts it as the reflection of the name "
              "below. Not you? Type your own name.")
"""What the dialog asks, over the name."""


class WhoseAfterScreen(ReflectModal[str | None]):
    """Your name for a reflection after the team session `label`, `name` offered."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    key_descriptions = {"cancel": "Cancel"}

    def __init__(self, label: str, name: str) -> None:
        super().__init__()
        self.label, self.name_offered = label, name
        self.enter_from = math.inf
        """Keys wait (ui/key_order.py) until the name is selected (`on_mount`): typed in one
        burst after `a`, the first letter reached the box before, went after the name, and
        was lost with it ("Sam Sample" recorded as "Am Sample", once in a whole run)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm", id="whose-after"):
            yield Literal(f"My own reflection after “{one_line(self.label)}”", "bold")
            yield Literal(WHOSE_LINE)
            box = field("Your name", self.name_offered, OfferedName, id="whose-name",
                        placeholder="e.g. Pat Example")
            box.border_subtitle = "Enter starts it"
            yield box
            with Horizontal(classes="buttons"):
                yield Button("Start my reflection", variant="primary", id="whose-start")
                yield Button("Cancel", id="whose-cancel")

    def on_mount(self) -> None:
        """The name all selected, as the new-session form's *Your name* is when Tab reaches
        it: a name typed replaces it, Enter keeps it."""
        box = self.query_one("#whose-name", Input)
        box.focus()
        box.select_all()
        self.enter_from = 0.0  # every key typed since takes its turn now, Enter too

    @on(Input.Submitted, "#whose-name")
    @on(Button.Pressed, "#whose-start")
    def _start(self) -> None:
        self.dismiss(tidy_name(self.query_one("#whose-name", Input).value))

    @on(Button.Pressed, "#whose-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
