"""FollowsFile: a session open read-only says so, and why, and one open read-only because
another reflect is editing it, or opened to view only, keeps track of that file.

A trial opened one session in two windows: the second, read-only, still showed the notes as
they were when it opened, 8 seconds after the first had saved a new point, and its export
(Ctrl+O) left the point out without saying of when its notes were. Now the file is looked at
every `FOLLOW_SECONDS` (a stat, in a worker; read only when that changed); once what it holds
has changed (the time spent, which the other window saves every few seconds, and the step it
is on aside), the READ-ONLY line says so and when, and an export reads the file as it is on
disk first (checked for personal details as read) and says the time it was saved.

What is on screen is not replaced as the file changes: the window editing it saves about
every second while someone types, and a view rebuilt each time would lose the reader's step,
place and focus every few seconds (on a shared screen too). Esc, then Enter on the session,
shows it as it is now (v, viewed only).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from textual import work

from reflect.model.session import Session
from reflect.store.atomic import Stamp, file_stamp
from reflect.store.locks import IN_USE, VIEWING
from reflect.store.sessions import session_path
from reflect.ui.screens.putting_back import PutsBack
from reflect.ui.widgets.literal import Literal

FOLLOW_SECONDS = 2.0
"""How often a read-only window looks whether the session's file has changed (as the start
screen looks at its folders)."""
NOT_NOTES: dict[str, object] = {
    "updated": True, "current_step": True, "timing": {"spent"},
    "carried": {"__all__": {"session_label", "noted_in", "progress_noted_in", "due_noted_in",
                               "owner_noted_in"}}}
"""What the other window changes without a word typed: when it saved, the step it is on, the
time spent (saved every few seconds): a change to these alone is not said. (And the titles
last time's actions name their sessions by, which this window read as titled now:
`store.carry.relabel`.)"""


VIEW_ONLY = ("READ-ONLY: opened to view only. Nothing here is saved and no time is counted; "
             "Ctrl+O exports the notes. To carry on with it: Esc, then Enter on it.")
"""The line over a session opened to view only (`VIEWING`): what it does not do, and how to
open it to carry on (Esc lands on the start screen with it highlighted)."""


def read_only_line(reason: str) -> str:
    """The line over a read-only session: why it is read-only, and what can be done."""
    if reason == VIEWING:
        return VIEW_ONLY
    return (f"READ-ONLY: this session is {reason}. You can read and export it; changes are "
            "not saved.")


def notes_of(session: Session) -> dict[str, object]:
    return session.model_dump(exclude=NOT_NOTES)  # type: ignore[arg-type]


class FollowsFile(PutsBack):
    following: Path | None = None
    """The session's file, while this window shows it read-only because another reflect has
    it open (`store.locks.IN_USE`) or to view it only (`VIEWING`: another may carry it on
    meanwhile); None otherwise."""
    _seen: Stamp | None = None
    """The file's stamp when it was last looked at."""
    _as_read: dict[str, object] | None = None
    """What the session held as this window read it (`notes_of`)."""
    changed_at: datetime | None = None
    """When the file was last saved, once it has changed since this window read it."""
    exported_as_saved: datetime | None = None
    """When the file an export is being made of was saved (`export_written` says it)."""

    def make_read_only(self, reason: str) -> None:
        """Say the session is read-only, and why (`read_only_line`); its panes take no typing."""
        banner = self.query_one("#read-only", Literal)
        banner.show(read_only_line(reason), "bold reverse")
        banner.display = True
        for pane in self.panes.values():
            pane.make_read_only()

    def follow_file(self) -> None:
        """From the screen's mount: follow the file while open read-only for another reflect,
        or to view it only."""
        if self.read_only not in (IN_USE, VIEWING):
            return
        self.following = session_path(self.reflect_app.sessions_dir, self.session.id)
        self._seen = file_stamp(self.following)
        self._as_read = notes_of(self.full_session)
        self.set_interval(FOLLOW_SECONDS, self._look)

    @work(thread=True, exclusive=True, group="follow", exit_on_error=False)
    def _look(self) -> None:
        path = self.following
        stamp = file_stamp(path) if path is not None else None
        if path is None or stamp is None or stamp == self._seen:
            return
        from reflect.store.errors import SessionError
        from reflect.store.sessions import read_session

        try:
            changed = notes_of(read_session(path)[0]) != self._as_read
        except (SessionError, OSError):
            changed = False  # said by an export, or as the session is next opened
        self._seen = stamp  # (once judged)
        if changed:
            self.app.call_from_thread(self._changed, datetime.fromtimestamp(stamp[2] / 1e9))

    def _changed(self, when: datetime) -> None:
        self.changed_at = when
        said = (f"READ-ONLY: opened to view only. Changed at {when:%H:%M:%S}, since this window "
                "read it: Esc, then v on it, shows it as now; Ctrl+O exports it as saved."
                if self.read_only == VIEWING else
                f"READ-ONLY: this session is {self.read_only}. Changed there at "
                f"{when:%H:%M:%S}, since this window read it: Esc, then Enter on it, shows it "
                "as now; Ctrl+O exports it as saved.")
        self.query_one("#read-only", Literal).show(said, "bold reverse")

    def action_export(self, fmt: str | None = None) -> None:
        """Ctrl+O: while following, of the file as it is on disk (read first, in a worker)."""
        if self.following is None:
            super().action_export(fmt)
            return
        self._read_to_export(self.following, fmt)

    @work(thread=True, exclusive=True, group="follow-export", exit_on_error=False)
    def _read_to_export(self, path: Path, fmt: str | None) -> None:
        from reflect.store.carry import relabel
        from reflect.store.errors import SessionError
        from reflect.store.sessions import read_session

        stamp = file_stamp(path)  # before reading: the time said is never newer than the notes
        try:
            session, _ = read_session(path)
            relabel(self.reflect_app.sessions_dir, session)
        except (SessionError, OSError) as e:
            self.app.call_from_thread(self.notify, f"The session's file could not be read "
                                      f"again ({e}): what is shown here is exported.",
                                      severity="warning", timeout=10)
            self.app.call_from_thread(self._export_read, self.full_session, None, fmt)
            return
        when = datetime.fromtimestamp(stamp[2] / 1e9) if stamp is not None else None
        self.app.call_from_thread(self._export_read, session, when, fmt)

    def _export_read(self, session: Session, when: datetime | None, fmt: str | None) -> None:
        self.full_session = session  # what the check and the export take (nothing saves it)
        self.exported_as_saved = when
        super().action_export(fmt)

    def export_written(self, fmt: str, path: Path, redacted: bool = False,
                       replaced: bool = False, note: str = "") -> None:
        if self.exported_as_saved is not None:
            where = ("" if self.read_only == VIEWING else " (it is open in another window)")
            note = " ".join(part for part in (
                f"Of the session's file as saved at {self.exported_as_saved:%H:%M:%S}{where}.",
                note) if part)
        super().export_written(fmt, path, redacted, replaced, note)
