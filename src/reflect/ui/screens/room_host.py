"""HostsRoom: the walkthrough's side of the room (#18), where participants add their own points.

F4 opens the room (a team session only): the address, optionally the confidence check, then
the room starts on Textual's loop; F4 then shows or hides its panel (link, QR code, code). It
follows the facilitator: each step shown is the question the page shows (or a wait). Points
sent in wait beside their question until the facilitator decides (`TakesRoomPoints`, which
this is built on). F3 shows the question's points to the room, or hides them. The
room is stopped when it is closed, when the session is left, and when the app quits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import events, on
from textual.app import SystemCommand

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import QUESTION_PREFIX, Step
from reflect.store.settings import ROOM_PORT, room_port, room_tls
from reflect.ui.screens import room_waiting as words
from reflect.ui.screens.room_points import TakesRoomPoints
from reflect.ui.widgets.room_link import RoomLine

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reflect.room import ConfidenceCounts, Room, RoomQuestion
    from reflect.ui.screens.confirm import ConfirmScreen
    from reflect.ui.screens.room_open import OpenedRoom

WAITING_HEADING = "Waiting for the facilitator"
ROOM_ADDRESS = "room_address"
"""The settings' entry for the address the room was last opened on, offered first next time
(if this computer still has it)."""
ROOM_LAST = "room_last"
"""The settings' entry for the session whose room was last opened and its port (`session`,
`port`): opened again after reflect is started again, it has that port where it is free, and
participants' pages there still hold what they had not sent (`Room.last_port`)."""


class HostsRoom(TakesRoomPoints):
    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, review, read_only)
        self.confidence_prompt = next((c.prompt for c in self.session.confidence or []), None)
        """The confidence check's question when asked for (or asked before: a trial)."""
        self.confidence_offered: set[str] = set()
        self._joining_paused = False
        self._was_at: str | None = None
        """The link of this session's room, closed earlier in this run, being opened again."""
        self._closed_said: str | None = None
        """The message said as the room closed ("F4 opens it again…"), taken away as it opens
        again: it stayed over the panel of the room open again (a trial at 60x20)."""

    # --- opening, the panel, closing -------------------------------------------------------

    def action_room(self, again: str = "") -> None:
        """F4: open the room; once open, show or hide its panel (`again`: said in it, as the
        room opens again)."""
        from reflect.ui.screens.room_panel import RoomPanelScreen

        if self.room is not None:
            if not isinstance(self.app.screen, RoomPanelScreen):
                self.app.push_screen(RoomPanelScreen(self.room, self.security_note(), again),
                                     self._panel_closed)
            return
        if self.session.mode != "team":
            self.notify(words.NO_ROOM_ALONE, severity="warning")
            return
        if self.keeper is None:
            self.notify("This session is read-only: points from a room could not be saved.",
                        severity="warning")
            return
        from reflect.room import address_choices
        from reflect.ui.screens.room_open import OpenRoomScreen

        cert, _, problems = self.room_files()
        port, port_problems = self.room_port()
        where = f"{ROOM_PORT} in {self.reflect_app.settings_file}"
        # The check and its question as chosen when the room was last opened (forgotten, they
        # had to be chosen again on every reopening).
        prompt = self.confidence_prompt
        self.app.push_screen(OpenRoomScreen(
            address_choices(), self._make_room,
            prompt or words.default_prompt(self.review, self.session.theme),
            str(cert) if cert else None, settings_mended_how(
                [*problems, *port_problems], self.reflect_app.settings_file),
            confidence=prompt is not None, chosen=self.last_host(),
            port=None if port is None else (port, where),
            settings_file=str(self.reflect_app.settings_file)), self._opened)

    def last_host(self) -> str:
        """The address the room was last opened on: this session's room in this run, else
        the one remembered in the settings (`room_address`). The dialog came back on "This
        computer only" every time, after quitting and resuming too (a trial)."""
        kept = self.reflect_app.rooms.get(self.session.id)
        saved = self.reflect_app.settings.get(ROOM_ADDRESS)
        return kept.host if kept is not None else saved if isinstance(saved, str) else ""

    def room_files(self) -> tuple[Path | None, Path | None, list[str]]:
        """The certificate and key the settings name (`room_certificate`, `room_key`, as the
        app read them at start: `store.settings.room_tls`), and what is wrong with them."""
        app = self.reflect_app
        return room_tls(app.settings_file, app.settings)

    def room_port(self) -> tuple[int | None, list[str]]:
        """The port the settings choose for the room (`room_port`, as the app read them at
        start), and what is wrong with the entry: a link printed before a meeting led nowhere,
        the port chosen afresh each run (a school's lead)."""
        app = self.reflect_app
        return room_port(app.settings_file, app.settings)

    def security_note(self) -> str:
        from reflect.ui.screens.room_panel import this_computer_only

        if self.room is not None and self.room.url.startswith("https:"):
            return "Encrypted with your certificate."
        if self.room is not None and this_computer_only(self.room.host):
            return "On this computer only: nothing on the network can reach it."
        return "Unencrypted on the local network: use it only on a network you trust."

    def _make_room(self, host: str) -> Room:
        """The room to open on `host`: this session's, closed earlier in this run of the app
        (its code and link again, and participants' pages carry on with their own points),
        else a new one. Reopened, it was a new room: a new code, port and link, everyone had
        to join again and their lists of their own points were empty (a trial)."""
        from reflect.room import Room

        kept = self.reflect_app.rooms.get(self.session.id)
        if kept is not None and not kept.listening:
            self._was_at = kept.url
            kept.host = host
            kept.on_point, kept.on_confidence = self._point_arrived, self._confidence_arrived
            return kept
        self._was_at = None
        cert, key, _ = self.room_files()
        return Room(host=host, port=self.room_port()[0] or 0, on_point=self._point_arrived,
                    on_confidence=self._confidence_arrived, certificate=cert, key=key,
                    last_port=self._last_port(), page_key=page_key(self.session.id))

    def _last_port(self) -> int:
        """The port this session's room had when reflect last opened it (`room_last`), else 0:
        started again mid-meeting, reflect opened it on another, and participants' pages on
        the new link had lost what they had typed (a facilitator's trial)."""
        last = self.reflect_app.settings.get(ROOM_LAST)
        if not isinstance(last, dict) or last.get("session") != self.session.id:
            return 0
        port = last.get("port")
        return port if isinstance(port, int) and 1024 <= port <= 65535 else 0

    def _opened(self, opened: OpenedRoom | None) -> None:
        if opened is None:
            return
        if not self.is_attached or self.keeper is None:  # left meanwhile: never left open
            self.app.run_worker(opened.room.stop(), group="room", exit_on_error=False)
            return
        self.room = opened.room
        self.reflect_app.rooms[self.session.id] = opened.room
        if self._closed_said is not None:  # no longer true
            self.reflect_app.withdraw(self._closed_said)
            self._closed_said = None
        if self.reflect_app.settings.get(ROOM_ADDRESS) != opened.room.host:
            self.reflect_app.remember(ROOM_ADDRESS, opened.room.host, "the room's address")
        last = {"session": self.session.id, "port": opened.room.bound_port}
        if self.room_port()[0] is None and self.reflect_app.settings.get(ROOM_LAST) != last:
            self.reflect_app.remember(ROOM_LAST, last, "the room's port")
        self.confidence_prompt = opened.confidence
        # The panel first, the confidence check once it is hidden (`_panel_closed`): people
        # need the link to answer, and with the panel over the check the time line behind
        # both was not redrawn (Textual draws one dialog's background, not two: a trial saw
        # "1:19 left" for 25 seconds).
        self.follow_room(ask=False)
        for key in {step for step, _, _ in self.accepted.values()}:
            self.follow_points(key)  # (changed while it was closed)
        self.show_room_line()
        # The panel: people need the link to join. Opened again, the panel says so under the
        # address: a message said it, over the room code at 60x20 for ten seconds (a trial).
        from reflect.ui.screens.room_panel import this_computer_only

        room = opened.room
        self.action_room(words.reopened(self._was_at, room.url, room.moved_from,
                                        qr=not this_computer_only(room.host))
                         if self._was_at is not None else "")

    def watch_joining(self) -> None:
        """Each second: say once when wrong codes have paused joining by code. Not while the
        room's panel shows, which says so itself: the message over it, eight lines at 60x20,
        had no place clear of its buttons' lines. Said once it is hidden, if it still lasts."""
        room = self.room
        paused = room is not None and room.joining_paused
        if room is not None and paused and not self._joining_paused:
            from reflect.ui.screens.room_panel import RoomPanelScreen, this_computer_only

            if isinstance(self.app.screen, RoomPanelScreen):
                return  # (not marked said)
            self.notify(words.JOINING_PAUSED_NO_QR if this_computer_only(room.host)
                        else words.JOINING_PAUSED, severity="warning", timeout=10)
        self._joining_paused = paused

    def _panel_closed(self, choice: str | None) -> None:
        if choice == "close":
            self.close_room()
        elif choice == "confidence":
            self.ask_confidence(force=True)
        else:
            self.ask_confidence()

    def room_leaving_question(self) -> str:
        """What leaving the session would do to the open room, to confirm first."""
        assert self.room is not None
        return words.leaving_question(self.room.joined, self.waiting, self.steps,
                                      typed=self.typed_points())

    def quit_question(self) -> ConfirmScreen | None:
        """Asked by Ctrl+Q (`ReflectApp.action_quit`) while the room is open, as Esc asks: it
        quit at once, dropping the points still waiting (a trial). Answered as Esc's is
        (`closing_the_room`): its `y` quit at once too (a trial)."""
        if self.room is None:
            return None
        from reflect.ui.screens.confirm import closing_the_room

        return closing_the_room(
            words.leaving_question(self.room.joined, self.waiting, self.steps, quitting=True,
                                   typed=self.typed_points()), yes="Quit", no="Stay")

    async def stop_room(self, leaving: bool = False) -> None:
        """Close the room: nothing listens any more; points still waiting are dropped."""
        room, self.room = self.room, None
        if room is None:
            return
        dropped = sum(len(w) for w in self.waiting.values())
        forgotten = int(self.last_declined is not None)
        self.waiting.clear()
        self.last_declined = None  # (no room to bring it back to)
        self.shared.clear()
        if leaving:  # (else followed again in the room opened again: `_opened`)
            self.accepted.clear()
        try:
            await room.stop()
        except Exception as e:  # noqa: BLE001 - leaving or quitting goes on; said otherwise
            self.log.error(f"the room did not stop cleanly: {e!r}")
            if not leaving:
                raise  # a worker's failure: the app says so
        if not leaving:
            self._stale.update(s.key for s in self.steps)
            self._refresh_waiting()
            self.show_room_line()
            if self.room is None:  # (not opened again meanwhile)
                self._closed_said = words.closed(dropped, forgotten)
                self.notify(self._closed_said)

    @on(events.Unmount)
    async def _stop_room_on_leaving(self) -> None:
        await self.stop_room(leaving=True)

    def show_room_line(self) -> None:
        """The room's code and link under a presented step (F5)."""
        self.query_one("#room-line", RoomLine).show_room(
            None if self.room is None else (self.room.code, self.room.url))

    # --- following the facilitator ---------------------------------------------------------

    def room_question(self, step: Step) -> RoomQuestion:
        from reflect.room import RoomQuestion

        title = self.review.title
        question = self.review.question(step.key.removeprefix(QUESTION_PREFIX)) \
            if step.kind == "question" else None
        if question is None:
            return RoomQuestion("", title, WAITING_HEADING, "")
        ids = [q.id for q in self.review.questions]
        return RoomQuestion(step.key, title,
                            f"Question {ids.index(question.id) + 1} of {len(ids)}",
                            question.text)

    def follow_room(self, ask: bool = True) -> None:
        """Show the room the current step's question (or a wait); fill its queue; `ask` the
        confidence check where it is due."""
        step = self.steps[self.index]
        if self.room is not None:
            self.room.show(self.room_question(step))
        self._stale.add(step.key)
        self._refresh_waiting()
        if ask:
            self.ask_confidence()

    def action_share(self) -> None:
        """F3: show the current question's points to the room (as the notes hold them, who
        said them left out), or hide them."""
        key = self.steps[self.index].key
        if self.room is None or self.steps[self.index].kind != "question":
            self.notify("Open the room (F4) and go to a question to show its points there."
                        if self.session.mode == "team" else words.NO_ROOM_ALONE,
                        severity="warning")
            return
        if key in self.shared:
            self.shared.discard(key)
            self.room.share(key, None)
            self.notify("The room no longer sees this question's points.")
        else:
            self.shared.add(key)
            texts = self.room_texts(key)
            self.room.share(key, texts)
            self.notify(words.sharing(len(texts)), timeout=8)

    # --- the confidence check ---------------------------------------------------------------

    def confidence_phase(self) -> Literal["start", "end"] | None:
        if self.index == 0:
            return "start"
        return "end" if self.steps[self.index].kind == "summary" else None

    def ask_confidence(self, force: bool = False) -> None:
        """At the first step and at the summary, once each: ask the room's confidence."""
        phase = self.confidence_phase()
        if force and phase is None:
            phase = "end" if self.index > len(self.steps) // 2 else "start"
        room = self.room
        if room is None or phase is None or self.app.screen is not self:
            return  # (asked on every step shown: the screen is imported only with a room)
        from reflect.ui.screens.room_confidence import ConfidenceScreen

        if not force and (self.confidence_prompt is None or phase in self.confidence_offered
                          or self.session.confidence_at(phase) is not None):
            return
        self.confidence_offered.add(phase)
        prompt = self.confidence_prompt or words.default_prompt(self.review, self.session.theme)

        def answered(result: tuple[str, list[int]] | None) -> None:
            if result is not None and phase is not None:
                self.apply(self.edits.set_confidence(phase, *result))

        self.app.push_screen(ConfidenceScreen(room, phase, prompt), answered)

    def _confidence_arrived(self, counts: ConfidenceCounts) -> None:
        from reflect.ui.screens.room_confidence import ConfidenceScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ConfidenceScreen):
                screen.show_counts(counts)

    def room_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("The room (F4)", "Participants add points from a phone or laptop: "
                            "open it, or show its link and QR code", self.action_room)
        if self.room is not None:
            yield SystemCommand("Close the room", "Stop taking points; nothing listens any more",
                                self.close_room)
            yield SystemCommand("Points from the room (F2)",
                                "Go to those waiting on this question", self.action_room_points)
            yield SystemCommand("Show this question's points to the room (F3)",
                                "All of them, as in the notes, without who said them; or hide "
                                "them again", self.action_share)
            yield SystemCommand("Confidence check", "Ask the room how confident they feel",
                                lambda: self.ask_confidence(force=True))

    def close_room(self) -> None:
        """Close the room (the palette, the panel's button), asking first when points wait:
        closing drops them, and it closed at once (a trial)."""
        question = words.closing_question(self.waiting, self.steps, self.typed_points())
        if question is None:
            self._close_confirmed(True)
            return
        from reflect.ui.screens.confirm import closing_the_room

        self.app.push_screen(closing_the_room(question, yes="Close the room", no="Keep it open"),
                             self._close_confirmed)

    def _close_confirmed(self, close: bool | None) -> None:
        if close and self.room is not None:
            self.run_worker(self.stop_room(), group="room", exit_on_error=False)


def settings_mended_how(problems: list[str], settings_file: Path) -> list[str]:
    """What is wrong with the room's settings, and, where anything is, how a mended entry is
    taken: reflect reads its settings as it starts. A facilitator who mended `room_port` and
    pressed F4 again was told the same again, the room opened on any port (a trial)."""
    if not problems:
        return problems
    return [*problems, f"reflect read {settings_file.name} as it started: after mending it, "
                       "quit reflect and start it again."]


def page_key(session_id: str) -> str:
    """What participants' pages keep their words under for this session's room
    (`Room.page_key`): the same from one run of reflect to the next, and naming nothing of the
    session (its id holds the review's)."""
    import hashlib

    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:16]
