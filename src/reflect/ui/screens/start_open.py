"""The start screen's way into a session: a new one on the chosen review or on a theme (its
details asked, its file written in a worker), or a saved one opened.

Reviews and saved sessions are read in thread workers. Keys typed meanwhile wait, in order
(key_order: the screen's `enter_from` is infinite while it reads), for the screen that opens:
the new-session form once it is ready, or the session."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable
from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import OptionList
from textual.worker import Worker, WorkerState

from reflect.commands import command
from reflect.store.index import SessionSummary
from reflect.ui.key_order import SETTLE_LIMIT, caught_up
from reflect.ui.screens.start_lists import LibraryScreen

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.copies import FoundCopy
    from reflect.store.form_drafts import DraftKeeper, DraftsFound
    from reflect.store.locks import SessionLock
    from reflect.ui.name_now import NameRead
    from reflect.ui.screens.walkthrough import WalkthroughScreen

OPENING = "open"
"""The worker group that reads what a screen opens on; keys wait for it (`enter_from`)."""
CREATING = "create"
"""The worker group that writes a new session's file; keys wait for it too."""


class OpeningScreen(LibraryScreen):
    """Starts a new session from the library, or opens the chosen saved one."""

    @on(OptionList.OptionSelected, "#reviews")
    def _review_chosen(self) -> None:
        self.action_new_session()

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

    def action_new_session(self) -> None:
        chosen = self.selected_review()
        if chosen is None:
            self.notify("Choose a review in the library first.", severity="warning")
            return
        self.hold_keys()
        self.load_review(chosen.id)

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def load_review(self, review_id: str) -> None:
        """Read the whole review, and the name remembered now (`read_name`), off the UI
        thread; then ask for the details."""
        from reflect.ui.name_now import read_name

        review = self.full_review(review_id)
        if isinstance(review, str):
            self.app.call_from_thread(self.not_opened, review)
            return
        # call_from_thread awaits a coroutine function; its stub says only "a callable".
        self.app.call_from_thread(self.ask_details_held, review,  # type: ignore[arg-type]
                                  read_name(self.reflect_app), drafts=self.drafts_for(review))

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def name_then_details(self, review: Review, **extra: object) -> None:
        """Read the name remembered now (`read_name`), then ask for the details (a themed
        session's, once what it leaves out is chosen)."""
        from reflect.ui.name_now import read_name

        self.app.call_from_thread(self.ask_details_held, review,  # type: ignore[arg-type]
                                  read_name(self.reflect_app), from_library=False,
                                  drafts=self.drafts_for(review), **extra)

    def drafts_for(self, review: Review) -> DraftsFound:
        """The drafts of new-session forms kept beside the settings file, for `review`'s."""
        from reflect.store.form_drafts import drafts_folder, find_drafts

        return find_drafts(review.id, drafts_folder(self.reflect_app.settings_file))

    async def ask_details_held(self, review: Review, remembered: NameRead, *,
                               from_library: bool = True, drafts: DraftsFound | None = None,
                               **extra: object) -> None:
        """`ask_details`, the keys typed since Enter held until the form is ready for them
        (mounted, its focus set): pushed from a worker's callback, the form was on top before
        it was built, and a Tab typed at once went nowhere."""
        mounted = self.ask_details(review, remembered, from_library=from_library,
                                   drafts=drafts, **extra)
        form = self.app.screen
        form.enter_from = math.inf  # type: ignore[attr-defined]  # read by key_order
        try:
            await mounted
            await caught_up(form, asyncio.get_running_loop().time() + SETTLE_LIMIT)
        finally:
            form.enter_from = 0.0  # type: ignore[attr-defined]

    def ask_details(self, review: Review, remembered: NameRead, *, from_library: bool = True,
                    drafts: DraftsFound | None = None, **extra: object) -> Awaitable[object]:
        """The new-session form for `review`, *Your name* filled in with the name the settings
        file holds as `remembered` read it (`name_now`: not the one read at start-up, nor when
        My CPD so far was last opened); `extra` fields go into the session as they are.
        Returns what completes once the form is mounted. The form cancelled, the review
        chosen `from_library` has focus again, in its list: after `n` on a saved session (or
        the palette's New session), focus went back to the saved sessions, so Tab went on to
        the search box, not from the review. `drafts`: those found for the review, the form
        filled in with the newest (new_session_draft.py), removed once its session is saved."""
        from reflect.store.catalogue import same_title
        from reflect.store.settings import MY_NAME, SESSION_KIND, name_to_remember, session_kind
        from reflect.ui.name_now import name_now
        from reflect.ui.screens.new_session import NewSessionScreen

        def start(details: dict[str, object] | None) -> None:
            if details is not None:
                if details.get("mode") == "individual":  # *Your name*, as plain mode's
                    name = name_to_remember(str(details.get("facilitator", "")),
                                            self.reflect_app.settings)
                    if name:  # (submitted with the form only: a cancelled one never)
                        self.reflect_app.remember(MY_NAME, name, "your name")
                kind = str(details.get("mode"))  # the next form starts on it
                if kind != session_kind(self.reflect_app.settings):
                    self.reflect_app.remember(SESSION_KIND, kind, "the kind of session")
                self.create_session(review, {**details, **extra}, keeper=form.keeper)
                return
            self.release_keys()
            if from_library:
                self.query_one("#reviews", OptionList).focus()

        # Keys typed once the form is gone wait for the session it starts (or, the form
        # cancelled, come here): typed after Ctrl+S, they went to the library behind it while
        # the session's file was written, and started a search there (a trial).
        self.hold_keys()
        library = self.reflect_app.library
        twin = library is not None and same_title(review.title) in library.twins
        form = NewSessionScreen(review, self.reflect_app.sessions_dir,
                                name_now(self.reflect_app, remembered), twin, drafts,
                                session_kind(self.reflect_app.settings))
        return self.app.push_screen(form, start)

    def action_themed_session(self) -> None:
        from reflect.ui.screens.themes import ThemeScreen

        library = self.reflect_app.library
        if library is None:
            self.notify("The library is still being read: try again in a moment.",
                        severity="warning")
            return

        def chosen(theme: str | None) -> None:
            if theme:
                self.load_themed(theme)

        self.app.push_screen(ThemeScreen(library.themes()), chosen)

    @work(thread=True, exclusive=True, group="themed", exit_on_error=False)
    def load_themed(self, theme: str) -> None:
        """Read every review tagged `theme` (off the UI thread), then ask for the details."""
        from reflect.model.themes import theme_id

        assert self.reflect_app.library is not None
        try:
            review = self.reflect_app.library.load(theme_id(theme))
        except ValueError as e:
            self.app.call_from_thread(self.notify, f"This theme cannot be opened: {e}",
                                      severity="error", timeout=12)
            return
        self.app.call_from_thread(self.choose_theme_items, review, theme)

    def choose_theme_items(self, review: Review, theme: str) -> None:
        """Let the facilitator leave out what does not fit, then ask for the details."""
        from reflect.model.themes import leave_out
        from reflect.ui.screens.themes import ThemeItemsScreen

        def chosen(left_out: list[str] | None) -> None:
            if left_out is not None:
                self.hold_keys()  # for the form, once the name is read
                self.name_then_details(leave_out(review, left_out), theme=theme,
                                       left_out=left_out or None)

        self.app.push_screen(ThemeItemsScreen(review), chosen)

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

    def create_session(self, review: Review, details: dict[str, object],
                       fresh: bool = False, keeper: DraftKeeper | None = None) -> None:
        """Start a session on `review`; the file is written, and for a team the team's open
        actions from earlier sessions are gathered, in a worker. A `fresh` one (nothing typed
        for it, as a reflection after a team session) is written only once something is typed
        into it (`KeepsSession.fresh`). `keeper`'s draft of the form is removed once the
        session's file is written."""
        from reflect.model.session import Session
        from reflect.store.sessions import new_session_id

        session = Session.start(review, new_session_id(review.id), **details)
        self.save_new_session(session, review, fresh, keeper)

    @work(thread=True, group=CREATING, exit_on_error=False)
    def save_new_session(self, session: Session, review: Review, fresh: bool = False,
                         keeper: DraftKeeper | None = None) -> None:
        from reflect.store.carry import no_team, open_actions_for_team, team_as_before
        from reflect.store.errors import SessionError
        from reflect.store.locks import lock_for_editing
        from reflect.store.sessions import save_session, session_path
        from reflect.store.unread_team import unread_note

        if fresh:  # its lock alone, for now
            lock, read_only = lock_for_editing(
                session_path(self.reflect_app.sessions_dir, session.id), None)
            self.app.call_from_thread(self._created, session, review, read_only, lock, fresh)
            return
        typed = session.team
        try:
            session.team = team_as_before(self.reflect_app.sessions_dir, typed)
        except (OSError, SessionError, ValueError):
            pass  # the name as typed: starting matters more
        said = [f"Saved under the team name “{session.team}”, as its earlier sessions "
                "are."] if session.team != typed else no_team(session.mode, session.team)
        if session.mode == "team" and session.team.strip():
            said += unread_note(self.reflect_app.sessions_dir, session.team)  # (a file unread)
            try:
                session.carried = open_actions_for_team(self.reflect_app.sessions_dir, session.team,
                                                        exclude_id=session.id)
            except (OSError, SessionError, ValueError) as e:  # starting matters more
                self.log.warning(f"could not gather earlier actions: {e}")
        try:
            path = save_session(self.reflect_app.sessions_dir, session)
        except (OSError, SessionError) as e:
            why = f"{getattr(e, 'strerror', None) or e}"
            kept = ""
            if keeper is not None:  # (offered again saying so, not as closed before Ctrl+S)
                keeper.start_failed(f"its file could not be written in "
                                    f"{self.reflect_app.sessions_dir}: {why}")
                kept = "" if keeper.error else (f" What you typed is kept: n on "
                                                f"{review.title} offers it again.")
            self.app.call_from_thread(
                self.not_opened, f"Could not create the session file in "
                f"{self.reflect_app.sessions_dir}: {why}.{kept}")
            return
        if keeper is not None:  # (its session now holds all it did)
            keeper.discard()
            if keeper.error:
                said.append(f"The draft of its form is still kept: {keeper.error}.")
        lock, read_only = lock_for_editing(path, None)
        self.app.call_from_thread(self._created, session, review, read_only, lock, False, said)

    def _created(self, session: Session, review: Review, read_only: str | None,
                 lock: SessionLock | None, fresh: bool = False, said: list[str] | None = None
                 ) -> None:
        screen = self.open_session(session, review, read_only, lock, fresh)  # holds keys
        self.release_keys()  # for when the session is left
        if n := len(session.carried):
            said = [*(said or []), f"{n} open action{'s' if n != 1 else ''} from this team's "
                    f"earlier sessions {'are' if n != 1 else 'is'} at the start, to update."]
        for message in said or []:  # about its start: they go with the first step, where they
            self.notify(message)  # covered last time's actions and its Selected line (a trial)
            screen.said_on_step(message)

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

    def not_in_library(self, entry: SessionSummary) -> str:
        from reflect.store.missing_review import missing_said

        library = self.reflect_app.library
        why = "" if library is None else missing_said(
            library, entry.review_id, entry.review_title, entry.question_ids,
            then="then press r here to read the library again")
        return (f"This session is on the review {entry.review_id!r}, which is not in the "
                + (f"library now. {why} " if why else "library now (removed, or its file could "
                   "not be read: see any problems listed on this screen). ")
                + f"Nothing is lost: its answers are in {entry.path}, and "
                f"`{command(f'export {entry.id}')}` writes its notes.")

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
            self.app.call_from_thread(self.not_opened, self.not_in_library(entry), "warning")
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
