"""KeepsSession: a screen that keeps one session on disk while it is open for editing.

It takes the session's file lock (or opens it read-only when another window has it), marks
the session changed after each edit, writes snapshots in a worker once a second, saves on
Ctrl+S and flushes on the way out; the status line says where the saving stands.
"""

from __future__ import annotations

from textual import events, work

from reflect.answered import Answered
from reflect.model.review import Review
from reflect.model.reworded import under_earlier_wording
from reflect.model.session import Session
from reflect.store.autosave import CAME_BACK, SessionKeeper
from reflect.store.errors import SessionError
from reflect.store.locks import IN_USE, SessionLock
from reflect.store.sessions import session_path
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.answer_editor import MAX_CHARS
from reflect.ui.widgets.literal import Literal

NOT_YET = ("Nothing is typed here yet: this reflection is saved once you type something "
           "(left before then, it leaves nothing behind).")


def status_lines(n: Answered, earlier: int, state: str, brief: str | None) -> list[str]:
    """The status line under a session, longest first: the first that fits is shown.

    The review's questions, and the answers kept from those it no longer asks said with them
    ("7 of 6", a review replaced since: reflect/answered.py); shorter where the line would not
    fit (at 60 columns the file's name was cut, a trial), the kept ones going before the
    file's name (opening the session said them too). Answers given under earlier words than
    the review's now (`under_earlier_wording`) are said too, the last to go: kept under the
    new words, nothing else on the screen said so (a trial). To say them where the line is
    narrow, `brief` (the state without the file's name, or a failed save without its path)
    stands for `state`."""
    short = f"{n.answered}/{n.total} answered"
    last = [f"{short} · {state}"] + ([f"{short} · {brief}"] if brief is not None else [])
    if not earlier:
        return ([f"Answered {n.of_questions()} · {n.kept_said()}  ·  {state}",
                 f"{short} · {n.kept_said()} · {state}"] if n.kept else
                [f"Answered {n.of_questions()}  ·  {state}"]) + last
    said = f"{earlier} answered under earlier wording"
    lines = [f"Answered {n.of_questions()} · {n.kept_said()} · {said}  ·  {state}",
             f"{short} · {n.kept_said()} · {said} · {state}"] if n.kept else []
    lines += [f"Answered {n.of_questions()} · {said}  ·  {state}", f"{short} · {said} · {state}",
              f"{short} · {earlier} under earlier wording · {state}"]
    if brief is not None:
        lines += [f"{short} · {said} · {brief}", f"{short} · {earlier} under earlier wording · "
                  f"{brief}"]
    return lines + last


class KeepsSession(ReflectScreen[None]):
    review: Review | None = None
    """The review the session is walked through (set by the walkthrough)."""

    def __init__(self, session: Session, read_only: str | None = None) -> None:
        super().__init__()
        self.full_session = session
        """The session as read: exports use it (`session` may be shortened, see below)."""
        session, cut = session.shortened(MAX_CHARS)
        if cut and read_only is None:  # too big to edit at a usable speed: read-only
            read_only = (f"too long to edit here: {', '.join(cut)} "
                         f"{'is' if len(cut) == 1 else 'are'} over {MAX_CHARS:,} characters, "
                         "so shown shortened. The file on disk is unchanged")
        self.session = session
        self.read_only = read_only
        """Why this session cannot be edited here, or None when it can."""
        self.keeper: SessionKeeper | None = None
        """Writes the session; None while read-only."""
        self.session_lock: SessionLock | None = None
        """This session's file lock while it is open for editing here."""
        self.taken_lock: SessionLock | None = None
        """The lock, when it was taken as the session was read, off the UI thread
        (`store.locks.lock_for_editing`); else `open_for_editing` takes it."""
        self.unsaved_seconds = 0
        """Seconds ticked onto the time spent since the last save of it."""
        self.fresh = False
        """Just started and never written (a reflection after a team session): written only
        once something is typed into it, as plain mode keeps a fresh session."""

    def open_for_editing(self) -> None:
        """Keep the session with its lock (taken as it was read, or now), or fall back to
        read-only when another reflect has it."""
        if self.read_only is not None:
            return
        lock, self.taken_lock = self.taken_lock, None
        if lock is None:
            lock = SessionLock(session_path(self.reflect_app.sessions_dir, self.session.id))
            if not lock.acquire():
                self.read_only = IN_USE
                return
        self.session_lock = lock
        self.keeper = SessionKeeper(self.reflect_app.sessions_dir, self.session, lock.read_as,
                                    fresh=self.fresh)
        self.reflect_app.keepers.add(self.keeper)

    def on_unmount(self) -> None:
        self.leave_keeper(must_go=True)

    def leave_keeper(self, must_go: bool = False) -> bool:
        """Save and let go of the session. False, keeping it open, when it could not be saved
        (unless `must_go`: then ReflectApp writes an emergency copy elsewhere)."""
        never_written = False
        if self.keeper is not None:
            if self.unsaved_seconds and not self.keeper.copied:  # (a copy has the time too)
                self.keeper.changed()
                self.unsaved_seconds = 0
            if not self.reflect_app.save_keeper(self.keeper, must_go=must_go):
                self.show_status()
                return False
            never_written = self.keeper.held_back
            came_back = self.keeper.came_back()
            if came_back and not self.reflect_app.ending:  # (ending: said on the terminal)
                self.reflect_app.notify_path(CAME_BACK, self.keeper.path, severity="warning")
            self.reflect_app.left(self.keeper, came_back)  # said on the terminal once the app ends
            self.reflect_app.keepers.discard(self.keeper)
            self.keeper = None
        if self.session_lock is not None:
            self.session_lock.release()
            if never_written:  # nothing typed: no lock file left behind either
                self.session_lock.path.unlink(missing_ok=True)
            self.session_lock = None
        return True

    def mark_changed(self) -> None:
        if self.keeper is not None:
            self.unsaved_seconds = 0
            self.keeper.changed()
            self.show_status()

    def autosave(self) -> None:
        if self.keeper is None:
            return
        snapshot = self.keeper.pending()
        if snapshot is not None:
            self.write_snapshot(self.keeper, *snapshot)

    @work(thread=True, group="autosave", exit_on_error=False)
    def write_snapshot(self, keeper: SessionKeeper, seq: int, data: dict[str, object],
                       asked: bool = False) -> None:
        """Write a snapshot; `asked` (Ctrl+S): say where it went, and say every failure."""
        said = keeper.last_error
        try:
            keeper.write(seq, data)
        except (OSError, SessionError):
            if asked or keeper.last_error != said:  # once per problem, not every two seconds
                self.app.call_from_thread(self.notify, keeper.last_error or "Could not save",
                                          severity="error")
        else:
            if keeper.came_back():  # deleted, moved or renamed while open: said once
                self.app.call_from_thread(self.reflect_app.notify_path, CAME_BACK,
                                          keeper.path, severity="warning")
            elif asked:
                self.app.call_from_thread(self.reflect_app.notify_path, "Saved to",
                                          keeper.path)
        self.app.call_from_thread(self.show_status)

    def action_save(self) -> None:
        """Ctrl+S: the snapshot taken here, written in a worker (the UI never waits for a
        disk); said when it has landed."""
        if self.keeper is None:
            self.notify("This session is read-only; nothing to save.", severity="warning")
            return
        if self.keeper.held_back:
            self.notify(NOT_YET, severity="warning")
            return
        if self.keeper.on_disk.gone():  # deleted, moved or renamed: written again now
            self.keeper.changed()
        snapshot = self.keeper.pending()
        if snapshot is None:  # every edit is on disk already
            self.show_status()
            self.reflect_app.notify_path("Saved to", self.keeper.path)
            return
        self.write_snapshot(self.keeper, *snapshot, asked=True)

    def show_status(self) -> None:
        if self.keeper is None:
            state = "read-only"
        else:
            state = "saving…" if self.keeper.dirty else f"saved ✓ {self.keeper.path.name}"
            if self.keeper.held_back:
                state = "saved once you type something"
            state = self.keeper.last_error or state
            if self.keeper.elsewhere is not None:  # (its error is a paragraph: a toast says it)
                state = f"file changed outside reflect: kept in {self.keeper.elsewhere}"
        brief = "saved ✓" if state.startswith("saved ✓ ") else None
        if self.keeper is not None and self.keeper.elsewhere is None \
                and state.startswith(f"{self.keeper.path}: "):  # a save failed
            # Where the line is narrow, the failure without the file's path, which its
            # message says: the path came first and the line was cut before "could not
            # save" at 60 and at 80 columns, so the session looked saved (a trial).
            brief = state.removeprefix(f"{self.keeper.path}: ")
        lines = status_lines(self.session.counted(self.review),
                             under_earlier_wording(self.session, self.review), state, brief)
        line = next((x for x in lines if len(x) + 2 <= self.size.width), lines[-1])
        self.query_one("#status", Literal).show(line)

    def on_resize(self, event: events.Resize) -> None:  # (and ReflectScreen's, after it)
        if self.query("#status"):  # (composed: a resize can come first)
            self.show_status()

