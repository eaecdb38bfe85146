"""The open room's panel (#18): its link, QR code and short code, and how many have joined.

F4 (or Esc) hides it and F4 shows it again; the room stays open meanwhile. Dismissed with
"hide", "close" (close the room) or "confidence" (ask the confidence check now).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Literal

if TYPE_CHECKING:
    from reflect.room import Room


QUIET = 2
"""Modules of light margin around the QR code."""


def joined(n: int) -> str:
    return f"{n} participant{'' if n == 1 else 's'} joined so far"


class RoomPanelScreen(ReflectModal[str | None]):
    BINDINGS = [Binding("f4,escape", "hide", "Hide (the room stays open)")]

    def __init__(self, room: Room, secure_note: str) -> None:
        super().__init__()
        self.room = room
        self.secure_note = secure_note

    def compose(self) -> ComposeResult:
        from reflect.room import qr_text

        with VerticalScroll(classes="dialog", id="room-panel"), Horizontal(id="room-columns"):
            # A quiet zone of two modules (not four) keeps the code inside 80x24; phones
            # read it.
            yield Static(qr_text(self.room.url, border=QUIET), markup=False, id="room-qr")
            with Vertical(id="room-facts"):
                yield Literal("The room is open", "bold")
                yield Literal(f"Room code: {self.room.code}", "bold", id="room-code")
                yield Literal(f"Link: {self.room.url}", id="room-url")
                yield Literal(joined(self.room.participants), id="room-joined")
                yield Literal(self.secure_note, "dim")
                yield Literal("Points wait beside each question: F2 goes there; a accepts, e "
                              "edits, d declines, A accepts all. F3 shows accepted points to "
                              "the room.",
                              "dim")
                yield Button("Hide (F4)", variant="primary", id="room-hide", compact=True)
                yield Button("Confidence check", id="room-ask", compact=True)
                yield Button("Close the room", variant="error", id="room-close", compact=True)

    def on_mount(self) -> None:
        self.set_interval(1.0, self.count)
        self.query_one("#room-hide", Button).focus()

    def count(self) -> None:
        self.query_one("#room-joined", Literal).show(joined(self.room.participants))

    @on(Button.Pressed, "#room-hide")
    def action_hide(self) -> None:
        self.dismiss("hide")

    @on(Button.Pressed, "#room-ask")
    def _ask(self) -> None:
        self.dismiss("confidence")

    @on(Button.Pressed, "#room-close")
    def _close(self) -> None:
        self.dismiss("close")
