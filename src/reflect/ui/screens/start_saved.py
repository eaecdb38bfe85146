"""The start screen's way into a saved session (`SavedOpening`, the base of `OpeningScreen`):
Enter opens the chosen one, `v` only to view it, read with its review in a worker (one on a
review removed from the library read-only on the copy kept, a newer emergency copy offered
first), and a session's screen pushed, new or saved.

Keys typed while a review or session is read wait, in order (key_order: the screen's
`enter_from` is infinite while it reads), for the screen that opens."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import OptionList
from textual.worker import Worker, WorkerState

from reflect.commands import command
from reflect.store.index import SessionSummary
from reflect.ui.screens.start_lists import LibraryScreen

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.copies import FoundCopy
    from reflect.store.locks import SessionLock
    from reflect.ui.screens.walkthrough import WalkthroughScreen

OPENING = "open"
"""The worker group that reads what a screen opens on; keys wait for it (`enter_from`)."""
CREATING = "create"
"""The worker group that writes a new session's file; keys wait for it too."""


class SavedOpening(LibraryScreen):
    """Opens the chosen saved session; holds the keys typed while any session is read."""

    enter_from = 0.0
    """Infinite while a review or session is read for the screen to open: keys typed meanwhile
    wait for that screen (key_order)."""

    def hold_keys(self) -> None:
        self.enter_from = math.inf

    def release_keys(self) -> None:
        self.enter_from = 0.0

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)  # a failure goes up to the app's handler
        if event.worker.group in (OPENING, CREATING) and event.state in (
                WorkerState.ERROR, WorkerState.CANCELLED):
            self.release_keys()

    def full_review(self, review_id: str, entry: SessionSummary | None = None) -> Review | str:
        """The whole review, read now (in a worker), or what to say when it cannot be."""
        assert self.reflect_app.library is not None
        try:
            return self.reflect_app.library.load(review_id)
        except ValueError as e:
            kept = (f". Nothing is lost: its answers are in {entry.path}, and "
                    f"`{command(f'export {entry.id}')}` writes its notes."
                    if entry is not None else "")
            return f"This review cannot be opened: {str(e).rstrip('.')}{kept}"

    def not_opened(self, message: str, severity: SeverityLevel = "error") -> None:
        """Say why nothing opened (on the UI thread); the keys typed meanwhile go on here."""
        self.release_keys()
        self.notify(message, severity=severity, timeout=12)

    @on(OptionList.OptionSelected, "#sessions")
    def _session_chosen(self, event: OptionList.OptionSelected) -> None:
        entry = next((e for e in self.sessions.entries if str(e.path) == event.option.id), None)
        if entry is not None:
            self.open_saved(entry)

    def action_view_session(self) -> None:
        """v: the chosen saved session, to read only (`store.locks.VIEWING`)."""
        entry = self.selected_session()
        if entry is not None:
            self.open_saved(entry, view=True)

    def open_saved(self, entry: SessionSummary, view: bool = False) -> None:
        """Open a saved session to carry on with it (Enter: its time counted, its changes
        saved), or, `view`, only to read it: nothing written, no time counted."""
        from reflect.model.themes import is_theme_id

        library = self.reflect_app.library
        if library is None:
            return
        self.hold_keys()  # until the session is on view
        # (a review not in the library is looked for among those removed, in the worker)
        self.load_saved(entry, known=library.get(entry.review_id) is not None
                        or is_theme_id(entry.review_id), view=view)

    def not_in_library(self, entry: SessionSummary, view: bool = False) -> str:
        from reflect.store.missing_review import missing_said, put_back_said

        library = self.reflect_app.library
        then = f"then press r {'on the start screen' if view else 'here'} to read the library again"
        why = "" if library is None else missing_said(
            library, entry.review_id, entry.review_title, entry.question_ids, then=then)
        back = "" if library is None else f"{put_back_said(library, entry.review_id, then)} "
        return (f"This session is on the review {entry.review_id!r}, which is not in the "
                + (f"library now. {why} " if why else "library now (removed, or its file could "
                   f"not be read: see any problems listed on this screen). {back}")
                + f"Nothing is lost: its answers are in {entry.path}, and "
                f"`{command(f'export {entry.id}')}` writes its notes"
                + (":" if view else "; v on it reads them here."))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def load_saved(self, entry: SessionSummary, known: bool = True, view: bool = False) -> None:
        """Read the session and its review (a themed session's: every review tagged with its
        theme; one removed from the library: its copy kept, read-only) off the UI thread,
        then open it there; `view`: read-only, its lock not taken (`VIEWING`)."""
        from reflect.store.atomic import file_stamp
        from reflect.store.carry import relabel
        from reflect.store.copies import copy_to_offer
        from reflect.store.errors import SessionError
        from reflect.store.locks import VIEWING, lock_for_editing
        from reflect.store.removing import removed_review, removed_said
        from reflect.store.sessions import read_session

        content, removed = self.reflect_app.content_dir, None
        kept = None if known else removed_review(content, entry.review_id)
        if kept is not None:
            review: Review | str = kept[0]
            removed = removed_said(content, entry.review_id, kept[1])
        elif not known:
            if view:  # what it holds can be read all the same, as its notes
                self._read_without_review(entry)
            else:
                self.app.call_from_thread(self.not_opened, self.not_in_library(entry),
                                          "warning")
            return
        else:
            review = self.full_review(entry.review_id, entry)
        if isinstance(review, str):
            self.app.call_from_thread(self.not_opened, review)
            return
        read_as = file_stamp(entry.path)  # before reading: a change meanwhile is caught
        try:
            session, read_only = read_session(entry.path)
            relabel(self.reflect_app.sessions_dir, session)  # an earlier session renamed
        except SessionError as e:
            self.app.call_from_thread(self._unreadable, str(e))
            return
        lock, read_only = lock_for_editing(
            entry.path, read_only or removed or (VIEWING if view else None), read_as)
        copy = copy_to_offer(entry.path, self.reflect_app.sessions_dir, session.id, read_only)
        self.app.call_from_thread(self._saved_loaded, session, review, read_only, lock, copy)

    def _read_without_review(self, entry: SessionSummary) -> None:
        """(In the worker.) `v` on a session whose review is not in the library: its notes,
        read only (`SessionReadScreen`); nothing locked or written."""
        from reflect.store.errors import SessionError
        from reflect.store.exports import render_bytes
        from reflect.store.sessions import read_session

        try:
            notes = render_bytes(read_session(entry.path)[0], "txt").decode("utf-8")
        except SessionError as e:
            self.app.call_from_thread(self._unreadable, str(e))
            return
        lead = self.not_in_library(entry, view=True)
        self.app.call_from_thread(self.release_keys)
        self.app.call_from_thread(self._show_read, lead, notes)

    def _show_read(self, lead: str, notes: str) -> None:
        """The notes read, shown (a screen made on the UI thread, not the worker's)."""
        from reflect.ui.screens.session_read import SessionReadScreen

        self.app.push_screen(SessionReadScreen(lead, notes))

    def _unreadable(self, message: str) -> None:
        self.not_opened(message)
        self.load()  # the list as the folder is now

    def _saved_loaded(self, session: Session, review: Review, read_only: str | None,
                      lock: SessionLock | None, copy: FoundCopy | None = None) -> None:
        if copy is not None:  # a newer emergency copy: carry on from it, or open this one?
            from reflect.ui.screens.copy_found import offer_copy

            self.release_keys()  # (for the question)
            offer_copy(self, copy, self.reflect_app.sessions_dir, lock, session,
                       lambda chosen: self._saved_loaded(chosen, review, read_only, lock),
                       self.load)  # back: the list as the folder is now
            return
        self.open_session(session, review, read_only, lock)  # holds keys until it is built
        self.release_keys()  # for when the session is left

    def open_session(self, session: Session, review: Review, read_only: str | None = None,
                     lock: SessionLock | None = None, fresh: bool = False) -> WalkthroughScreen:
        from reflect.model.themes import as_started
        from reflect.ui.screens.walkthrough import WalkthroughScreen

        review = as_started(review, session.left_out)  # a theme's items as it was started
        self.follow = str(self.reflect_app.sessions_dir / f"{session.id}.toml")  # when left
        screen = WalkthroughScreen(session, review, read_only)
        screen.taken_lock = lock
        screen.fresh = fresh
        self.app.push_screen(screen)
        self.opened()
        return screen

    def opened(self) -> None:
        """A session's screen is on its way: what waited for one (ManagingScreen's `a`)."""
