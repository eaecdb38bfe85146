"""Opening the room (#18): where participants can reach it, and whether to ask the confidence
check; then the room is started on Textual's own loop.

The addresses are the room's `address_choices()`, "This computer only" first; the one the room
was last opened on is chosen (if this computer still has it), else that; never every
interface at once. A room that cannot open says why (`RoomError`, shown as it is) and the
dialog stays, so another address can be tried. Dismissed with the started room, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Input, RadioSet
from textual.worker import Worker, WorkerState

from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.messages import WorkerFailed
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal

if TYPE_CHECKING:
    from reflect.room import Room

UNENCRYPTED = ("No certificate (room_certificate, room_key in the settings): the room is "
               "unencrypted on the local network. Choose a network address only on a network "
               "you trust.")
ENCRYPTED = "The room uses your certificate ({}): its link starts https://."


@dataclass(frozen=True)
class OpenedRoom:
    room: Room
    confidence: str | None
    """The confidence check's question, when the facilitator chose to ask it; else None."""


class OpenRoomScreen(ReflectModal[OpenedRoom | None]):
    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)

    BINDINGS = [Binding("escape,f4", "cancel", "Cancel", key_display="esc/f4"),
                Binding("ctrl+s", "open", "Open the room", priority=True)]
    """F4, which opened the form, closes it too, as Esc does: it did nothing, and elsewhere
    F4 shows and hides the room (a trial at 60x20). One key on the keys line, "esc/f4
    Cancel", which fits there at 60 columns."""

    def __init__(self, addresses: list[tuple[str, str]], make_room: Callable[[str], Room],
                 confidence_prompt: str, certificate: str | None,
                 problems: Sequence[str] = (), confidence: bool = False,
                 chosen: str = "") -> None:
        super().__init__()
        self.chosen = next((n for n, (_, host) in enumerate(addresses) if host == chosen), 0)
        """The address chosen at first: the one the room was last opened on, if this computer
        still has it, else "This computer only"."""
        self.problems = problems
        """What is wrong with the room's certificate settings: each names the file, the entry
        and what is wrong (`store.settings.room_tls`)."""
        self.addresses = addresses
        self.make_room = make_room
        """Makes the room for a host (the screen gives it its callbacks and settings)."""
        self.confidence_prompt = confidence_prompt
        self.confidence = confidence
        """Ticked at first: the room was opened with the check before in this session."""
        self.certificate = certificate

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="room-dialog"):
            yield Literal("Open the room · Ctrl+S opens it, Esc or F4 cancels", "bold")
            yield Literal("Participants add points from a phone or laptop; you decide what "
                          "goes in.")
            yield Literal("Where can participants reach it?", classes="label")
            with ChoiceSet(id="room-address"):
                for n, (label, _) in enumerate(self.addresses):
                    yield ChoiceButton(Content(label), value=n == self.chosen)
            yield Literal(ENCRYPTED.format(self.certificate) if self.certificate
                          else UNENCRYPTED, "dim", id="room-security")
            if self.problems:
                yield Literal("\n".join(self.problems), "bold", id="room-settings-problems")
            yield TickBox("Ask how confident people feel, at the start and at the end",
                          self.confidence, id="room-confidence")
            yield InOrderInput(self.confidence_prompt, id="room-confidence-prompt",
                        placeholder="The question to ask")
            yield Literal("", "bold", id="room-error")
            with Horizontal(classes="buttons"):
                yield Button("Open the room", variant="primary", id="room-open",
                             compact=True)
                yield Button("Cancel", id="room-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#room-confidence-prompt").display = self.confidence
        self.query_one("#room-error").display = False
        self.query_one(RadioSet).focus()

    @on(TickBox.Changed, "#room-confidence")
    def _confidence_ticked(self, event: TickBox.Changed) -> None:
        self.query_one("#room-confidence-prompt").display = event.value

    @property
    def host(self) -> str:
        chosen = self.query_one(RadioSet).pressed_index
        return self.addresses[max(chosen, 0)][1]

    @on(Button.Pressed, "#room-open")
    @on(Input.Submitted)
    def action_open(self) -> None:
        button = self.query_one("#room-open", Button)
        if button.disabled:  # starting already
            return
        button.disabled = True
        self.start_room(self.make_room(self.host))

    @work(group="room", exclusive=True, exit_on_error=False)
    async def start_room(self, room: Room) -> None:
        from reflect.room import RoomError

        try:
            await room.start()
        except RoomError as e:
            error = self.query_one("#room-error", Literal)
            error.show(str(e), "bold")
            error.display = True
            self.query_one("#room-open", Button).disabled = False
            return
        asked = self.query_one("#room-confidence", TickBox).value
        prompt = self.query_one("#room-confidence-prompt", Input).value.strip()
        self.dismiss(OpenedRoom(room, (prompt or self.confidence_prompt) if asked else None))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one("#room-open", Button).disabled = False
            self.post_message(WorkerFailed(event.worker))

    @on(Button.Pressed, "#room-cancel")
    def action_cancel(self) -> None:
        if not self.query_one("#room-open", Button).disabled:  # never while a room starts
            self.dismiss(None)
