"""The open room's panel (#18): its link, QR code and short code, and how many have joined
(people who sent a point or answered: page loads are not people).

F4 (or Esc) hides it and F4 shows it again; the room stays open meanwhile. Dismissed with
"hide", "close" (close the room: the walkthrough asks first when points wait) or "confidence"
(ask the confidence check now).

The link is never cut: on one line where it fits, else whole over a few lines broken where it
is read best, said to be one link (`widgets.room_link.link_lines`). It was cut at the panel's
edge with nothing to show it at 60x20, and a participant copied a wrong address off the shared
screen (a trial). The address to type with the room code, much shorter, is under the code.

Opened again in the same run, the panel says so under the address (the same code; whether the
link is new). A message said it for ten seconds, over the panel: at 60x20, with the messages
of the decline and the closing still showing, it covered the room code and the address as
people tried to read them (a trial).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.geometry import Region
from textual.widgets import Button, Static

from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens.base import ReflectModal
from reflect.ui.screens.room_waiting import JOINING_PAUSED, JOINING_PAUSED_NO_QR
from reflect.ui.toast_place import regions
from reflect.ui.widgets.fitting_scroll import FittingScroll
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.room_link import LINK, address, link_lines

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reflect.room import Room


QUIET = 2
"""Modules of light margin around the QR code."""


LINK_SPLIT_NOTE = ("The link is shown on {n} lines to fit this window: type it as one. Easier: "
                   "scan the QR code, or go to the address above and type the room code.")
LINK_SPLIT_NO_QR = ("The link is shown on {n} lines to fit this window: type it as one. "
                    "Easier: go to the address above and type the room code.")
"""Said with no QR code (this computer only): it said "scan the QR code" under the line
saying there is none (a trial)."""


NO_QR = ("No QR code: the room is on this computer only ({host}), which no phone or other "
         "computer can open. To let people join, close the room and open it again on this "
         "computer's network address.")
"""Said where the QR code would be: a phone scanning one for 127.0.0.1 opens its own self,
and nothing loads (a trial drew the code anyway)."""


def this_computer_only(host: str) -> bool:
    """Whether `host` is this computer's own loopback (127.0.0.1, ::1): nothing else reaches it."""
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def joined(n: int) -> str:
    """Counted once they send a point or answer: loading the page (a link-preview bot, a
    browser refusing cookies) is no one joining."""
    return (f"{n} participant{'' if n == 1 else 's'} joined so far (counted when they send a "
            "point or answer)")


class RoomPanelScreen(ReflectModal[str | None]):
    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)

    COUNTS_ON_THE_STEP = True  # shown to the group joining: meeting time, as the step's
    BINDINGS = [Binding("f4,escape", "hide", "Hide (the room stays open)")]

    _fitted = False
    """Whether the link has been fitted to the window (`_fit_link`): until then the panel is
    not laid out as it will be, and PgDn (pressed as the first line said it) was undone by
    its opening's own move to the top (a test under load)."""

    def __init__(self, room: Room, secure_note: str, again: str = "") -> None:
        """`again`: said as the room opens again (the same code; whether its link is new),
        in the panel, under the address, not in a message over it."""
        super().__init__()
        self.room = room
        self.secure_note = secure_note
        self.again = again

    def compose(self) -> ComposeResult:
        from reflect.room import qr_text

        with FittingScroll(classes="dialog", id="room-panel"):
            with Horizontal(id="room-columns"):  # one above the other under 80 columns
                with Vertical(id="room-facts"):
                    yield Literal("The room is open", "bold", id="room-title")
                    yield Literal(f"Room code: {self.room.code}", "bold", id="room-code")
                    yield Literal(f"Type it at {address(self.room.url)}", id="room-address")
                    if self.again:
                        yield Literal(self.again, "bold", id="room-again")
                    yield Literal(joined(self.room.joined), id="room-joined")
                    yield Literal("", id="room-paused")
                    yield Literal(self.secure_note, "dim")
                    yield Literal("Points wait beside each question: F2 goes there; a accepts, e "
                                  "edits, d declines, A accepts all, u brings back the last "
                                  "declined. F3 shows the question's points to the room.",
                                  "dim", id="room-keys")
                    yield Button("Hide (F4)", variant="primary", id="room-hide", compact=True)
                    yield Button("Confidence check", id="room-ask", compact=True)
                    yield Button("Close the room", variant="error", id="room-close", compact=True)
                # A quiet zone of two modules (not four) keeps the code inside 80x24; phones
                # read it. After the facts: at 60x20 it pushed the room code out of view.
                if this_computer_only(self.room.host):
                    yield Literal(NO_QR.format(host=self.room.host), "dim", id="room-no-qr")
                else:
                    yield Static(qr_text(self.room.url, border=QUIET), markup=False,
                                 id="room-qr")
            yield Literal(LINK + self.room.url, id="room-url")
            yield Literal("", "dim", id="room-url-note")

    def on_mount(self) -> None:
        self.count()
        self.set_interval(1.0, self.count)
        self.query_one("#room-hide", Button).focus(scroll_visible=False)
        # said again after each layout: the panel grows and shrinks (joining paused, or no
        # longer) as well as the window (`_say_below`)
        self.screen_layout_refresh_signal.subscribe(self, lambda _: self._say_below())
        self.watch(self.query_one("#room-panel"), "scroll_y",
                   lambda y: self._say_below() if y == 0 else None, init=False)
        # From its top, the room code first (at 60x20 it opened scrolled to the QR code's end).
        self.call_after_refresh(self.query_one("#room-panel").scroll_home, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._fit_link)

    def _say_below(self) -> None:
        """The first line says PgDn shows what is below the fold: at 60x20 the QR code and
        the link were there, and nothing said so (a trial); at 100x30, opened again and with
        joining paused, *Close the room* and the link were, and it said nothing either, as it
        was said only as the window's size changed, not the panel's."""
        if not self.query("#room-panel") or not self.query("#room-title") or not self._fitted:
            return  # hidden before it was laid out (or while going), or the link not yet fitted
        scroll = self.query_one("#room-panel", VerticalScroll)
        if scroll.scroll_y != 0:
            # Measured at its top only, where the line shows (again as it comes back there):
            # changed while PgDn scrolled, from where the lines were a moment before, its
            # new layout could stop the scroll (1 run in 3 at 60x20)
            return
        below = scroll.max_scroll_y > 0
        fold = scroll.content_region.bottom
        parts = [("buttons", "#room-close"), ("QR code", "#room-qr"), ("link", "#room-url")]
        what = [name for name, part in parts
                if any(w.region.bottom > fold for w in self.query(part))]
        said = (", ".join(what) if len(what) > 2 else " and ".join(what)) or "more"
        title = self.query_one("#room-title", Literal)
        line = f"The room is open · PgDn: {said} below"
        room = self.query_one("#room-facts").content_region.width  # (beside the QR code: 36)
        if len(line) > min(room, title.content_region.width or room):  # on one line
            line = "The room is open · PgDn: more below"
        title.show(line if below else "The room is open", "bold")

    def _fit_link(self) -> None:
        if not self.query("#room-url"):  # hidden before it was laid out (F4 straight away)
            return
        link = self.query_one("#room-url", Literal)
        lines = link_lines(self.room.url, link.content_region.width)
        link.show("\n".join(lines))
        note = self.query_one("#room-url-note", Literal)
        said = LINK_SPLIT_NO_QR if self.query("#room-no-qr") else LINK_SPLIT_NOTE
        note.show(said.format(n=len(lines) - 1), "dim")
        note.display = len(lines) > 1
        self._fitted = True
        self.call_after_refresh(self._say_below)  # (once the lines above are laid out)

    def toast_titles(self) -> list[Region]:
        """What messages never cover: the title line beneath, the panel's first lines (its
        title, the room code and the address to type it at) and the lines of its buttons.
        A dialog's first line was taken to be its first child, here all the facts and the
        buttons: no place was clear, and messages went to the foot of the window, over
        whatever was there; at 60x20 the closing's message sat on "Close the room" (a
        trial)."""
        dialog = self.query_one("#room-panel").region
        address = self.query_one("#room-address").region  # (off the panel when scrolled)
        head = max(address.bottom, dialog.y + 2) - dialog.y  # the border and a line at least
        return [Region(0, 0, self.size.width, 1), Region(dialog.x, dialog.y, dialog.width, head),
                *(Region(dialog.x, r.y, dialog.width, r.height)
                  for r in regions(self.query(Button)))]

    def commands(self) -> Iterable[SystemCommand]:
        """The palette over the panel (it had none: "Close the room" was missing)."""
        yield SystemCommand("Close the room", "Stop taking points; nothing listens any more",
                            lambda: self.dismiss("close"))
        yield SystemCommand("Hide the room's panel (F4)", "The room stays open",
                            self.action_hide)

    def count(self) -> None:
        self.query_one("#room-joined", Literal).show(joined(self.room.joined))
        paused = self.query_one("#room-paused", Literal)
        said = JOINING_PAUSED_NO_QR if self.query("#room-no-qr") else JOINING_PAUSED
        paused.show(said if self.room.joining_paused else "", "bold")
        paused.display = self.room.joining_paused

    @on(Button.Pressed, "#room-hide")
    def action_hide(self) -> None:
        self.dismiss("hide")

    @on(Button.Pressed, "#room-ask")
    def _ask(self) -> None:
        self.dismiss("confidence")

    @on(Button.Pressed, "#room-close")
    def _close(self) -> None:
        self.dismiss("close")
