"""Carried actions written back: a change to last time's action (status, progress note, new
due date) is recorded in the session that agreed it, at once or once typing pauses, one write
at a time, and before the screen lets go of its session."""

from __future__ import annotations

import threading

from textual import work
from textual.timer import Timer

from reflect.model.review import Review
from reflect.model.session import CarriedAction, EarlierHeld, Session
from reflect.ui.messages import SessionChanged
from reflect.ui.screens.room_host import HostsRoom

WRITE_BACK_LOCK = threading.Lock()
"""Write-backs to earlier sessions run one at a time (they take that session's file lock)."""
WRITE_BACK_PAUSE = 1.0
"""Seconds after the last key typed into a carried action's note or date before it is
written back to the earlier session."""


class WritesBack(HostsRoom):
    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, review, read_only)
        self._write_back_timers: dict[int, tuple[Timer, CarriedAction]] = {}
        """Write-backs waiting for typing to pause, by carried action (its id())."""
        self._held: dict[int, EarlierHeld] = {}
        """What each earlier session's action held after this screen's last write-back to it,
        by carried action (its id()), read and set under WRITE_BACK_LOCK: a second write that
        follows at once compares against it, before SessionEdits has kept it in the session
        on the UI thread."""

    def write_back_soon(self, carried: CarriedAction, typing: bool) -> None:
        """Write back at once, or (while a note or date is being typed) once typing pauses,
        so the earlier session is not rewritten on every key."""
        waiting = self._write_back_timers.pop(id(carried), None)
        if waiting is not None:
            waiting[0].stop()
        if not typing:
            self.write_back(carried)
            return

        def now() -> None:
            self._write_back_timers.pop(id(carried), None)
            self.write_back(carried)

        self._write_back_timers[id(carried)] = (self.set_timer(WRITE_BACK_PAUSE, now), carried)

    def leave_keeper(self, must_go: bool = False) -> bool:
        """Leaving: what was waiting for typing to pause is written back first, here and now,
        so this session is saved knowing it was."""
        for timer, carried in list(self._write_back_timers.values()):
            timer.stop()
            with WRITE_BACK_LOCK:
                problem, held = self._write(carried)
            if problem is None and self.edits.carried_written_back(carried, held) is not None \
                    and self.keeper is not None:
                self.keeper.changed()
        self._write_back_timers.clear()
        return super().leave_keeper(must_go)

    @work(thread=True, group="carry", exit_on_error=False)
    def write_back(self, carried: CarriedAction) -> None:
        """Record a carried action's new status, note and due date in the session that
        agreed it."""
        from reflect.store.write_back import Clash, wanted

        with WRITE_BACK_LOCK:  # one at a time, so a quick second change never looks "in use"
            values = wanted(carried)  # the newest, whichever write runs last
            problem, held = self._write(carried)

        def done() -> None:
            if wanted(carried) != values:  # changed again meanwhile: that write follows,
                # against what this one left there (kept, should that one fail)
                change = self.edits.carried_written_back(carried, held, done=False)
                if change is not None:
                    self.post_message(SessionChanged(change))
                return
            if problem is None:
                change = self.edits.carried_written_back(carried, held)
                if change is not None:
                    self.post_message(SessionChanged(change))  # the screen saves it
            elif isinstance(problem, Clash):
                self.notify(f"Not changed in “{carried.session_label}”: {problem}. Both sessions "
                            "are left as they are: change it here or there so they agree.",
                            severity="warning", timeout=15)
            else:
                self.notify(f"Saved here, but not yet in “{carried.session_label}”: {problem}. "
                            "reflect tries again when this session is next opened.",
                            severity="warning", timeout=10)
            from reflect.ui.widgets.carried_panel import CarriedPanel  # (not needed to open)

            for panel in self.query(CarriedPanel):
                panel.written(carried)
                panel.show_carried()

        self.app.call_from_thread(done)

    def _write(self, carried: CarriedAction) -> tuple[str | None, EarlierHeld | None]:
        """One write-back (under WRITE_BACK_LOCK), against what this screen's last one left."""
        from reflect.model.moved import meeting
        from reflect.store.write_back import write_back

        problem, held = write_back(self.reflect_app.sessions_dir, carried,
                                   self._held.get(id(carried)), meeting(self.session),
                                   self.session)
        if held is not None:
            self._held[id(carried)] = held
        return problem, held
