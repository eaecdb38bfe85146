"""Opening the room (#18): where participants can reach it, and whether to ask the confidence
check; then the room is started on Textual's own loop.

The addresses are the room's `address_choices()`, "This computer only" first; the one the room
was last opened on is chosen (if this computer still has it), else that; never every
interface at once. A room that cannot open says why (`RoomError`, shown as it is) and the
dialog stays, so another address can be tried. A port taken by another program (`PortTaken`:
the settings' `room_port`, or the room's own port as it opens again) is said, and never swapped
for another unasked (the link printed or sent would lead nowhere): *Open on a free port*
offers the way on. Dismissed with the started room, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Button, Input, RadioSet
from textual.worker import Worker, WorkerState

from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.messages import WorkerFailed
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox
from reflect.ui.widgets.fitting_scroll import DialogTitle, FittingScroll
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.more_below import MoreBelow

if TYPE_CHECKING:
    from reflect.room import Room

UNENCRYPTED = ("No certificate (room_certificate, room_key in the settings): the room is "
               "unencrypted on the local network. Choose a network address only on a network "
               "you trust.")
ENCRYPTED = "The room uses your certificate ({}): its link starts https://."
UNUSABLE = ("The settings name a certificate ({}) for an https:// link, but the room cannot "
            "use it (below): it is not open.")
"""In place of `ENCRYPTED` once the files are found unusable as the room opens: it went on
saying the room used the certificate, above the error saying it could not be read (a
facilitator's trial)."""
MEND_CERTIFICATE = ("room_certificate and room_key are set in {settings}: mend them, or take "
                    "both out for a room without encryption (only on a network you trust), "
                    "then quit reflect and start it again: it reads its settings as it starts.")
"""Said under the error: it named the file alone, not the entry, the settings file or a way on,
and the room could not be opened at all."""
FIXED_PORT = ("Port {port}, as the settings choose ({where}): the address to type the code at "
              "stays the same from one meeting to the next.")
PORT_TAKEN = ("An address with :{port} in it, printed or sent before, does not reach the room "
              "while that program has the port. Close it and press Open the room again, or open on "
              "a free port: the link is then new, so show people {show} on the shared screen.")


def port_taken(port: int, host: str) -> str:
    """`PORT_TAKEN` for a room on `host`: "the QR code or the link", or "the link" alone on
    this computer only, which has no QR code (it named one there: a room trial)."""
    from reflect.ui.screens.room_panel import this_computer_only

    show = "the link" if this_computer_only(host) else "the QR code or the link"
    return PORT_TAKEN.format(port=port, show=show)


MORE_BELOW = "More below, down to Open the room"
"""Said at the dialog's foot while more of it is below (its buttons were, at 60x20)."""


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
                 chosen: str = "", port: tuple[int, str] | None = None,
                 settings_file: str = "the settings file") -> None:
        super().__init__()
        self.settings_file = settings_file
        """Where `room_certificate` and `room_key` are set, for `MEND_CERTIFICATE`."""
        self.port = port
        """The port the settings choose (`room_port`), and where it is set ("room_port in
        FILE"); None: any free one."""
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
        with FittingScroll(classes="dialog", id="room-dialog"):
            yield DialogTitle("Open the room · Ctrl+S opens it, Esc or F4 cancels")
            yield Literal("Participants add points from a phone or laptop; you decide what "
                          "goes in.")
            yield Literal("Where can participants reach it?", classes="label")
            with ChoiceSet(id="room-address"):
                for n, (label, _) in enumerate(self.addresses):
                    yield ChoiceButton(Content(label), value=n == self.chosen)
            yield Literal(ENCRYPTED.format(self.certificate) if self.certificate
                          else UNENCRYPTED, "dim", id="room-security")
            if self.port is not None:
                yield Literal(FIXED_PORT.format(port=self.port[0], where=self.port[1]), "dim",
                              id="room-port")
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
                yield Button("Open on a free port", id="room-free-port", compact=True)
                yield Button("Cancel", id="room-cancel", compact=True)
            yield MoreBelow(MORE_BELOW, id="room-more")  # (at its foot, while there is)

    def on_mount(self) -> None:
        self.query_one("#room-confidence-prompt").display = self.confidence
        self.query_one("#room-error").display = False
        self.query_one("#room-free-port").display = False
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

    @on(Button.Pressed, "#room-free-port")
    def open_on_a_free_port(self) -> None:
        """After `PortTaken`, asked: open on any free port (a new link, said in the panel)."""
        button = self.query_one("#room-open", Button)
        if button.disabled:
            return
        button.disabled = True
        room = self.make_room(self.host)
        room.port = 0  # (opened before, it tries its own port first, then says it moved)
        self.start_room(room)

    @work(group="room", exclusive=True, exit_on_error=False)
    async def start_room(self, room: Room) -> None:
        from reflect.room import CertificateUnusable, PortTaken, RoomError

        try:
            await room.start()
        except RoomError as e:
            said = str(e)
            if isinstance(e, CertificateUnusable):
                said += "\n" + MEND_CERTIFICATE.format(settings=self.settings_file)
                self.query_one("#room-security", Literal).show(
                    UNUSABLE.format(self.certificate), "dim")
            taken = e.port if isinstance(e, PortTaken) else None
            if taken is not None:
                if self.port is not None and taken == self.port[0]:
                    said = (f"The room cannot open on port {taken}, the one {self.port[1]} "
                            "chooses: another program on this computer is using it.")
                said += "\n" + port_taken(taken, room.host)
            error = self.query_one("#room-error", Literal)
            error.show(said, "bold")
            error.display = True
            self.query_one("#room-open", Button).disabled = False
            free = self.query_one("#room-free-port", Button)
            free.display = taken is not None
            if taken is not None:
                free.focus()  # (brought into view under the error, as a focused box is)
            else:
                self.call_after_refresh(self._error_in_view)
            return
        asked = self.query_one("#room-confidence", TickBox).value
        prompt = self.query_one("#room-confidence-prompt", Input).value.strip()
        self.dismiss(OpenedRoom(room, (prompt or self.confidence_prompt) if asked else None))

    def _error_in_view(self) -> None:
        """Why the room did not open, brought into view: at 60x20 it was said below the
        fold, and Ctrl+S seemed to do nothing (a certificate the room could not use: the
        line in view said only "(below)"; a facilitator's trial on a shared screen)."""
        error = self.query_one("#room-error")
        if error.display:
            self.query_one("#room-dialog", FittingScroll).scroll_to_widget(
                error, animate=False, top=False, immediate=True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.query_one("#room-open", Button).disabled = False
            self.post_message(WorkerFailed(event.worker))

    @on(Button.Pressed, "#room-cancel")
    def action_cancel(self) -> None:
        if not self.query_one("#room-open", Button).disabled:  # never while a room starts
            self.dismiss(None)
