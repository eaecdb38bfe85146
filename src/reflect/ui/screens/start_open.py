"""The start screen's way into a new session: on the chosen review or on a theme, its details
asked, its file written in a worker (a saved one opened: start_saved.py, its base).

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

from reflect.ui.key_order import SETTLE_LIMIT, caught_up
from reflect.ui.screens.start_saved import CREATING, SavedOpening

if TYPE_CHECKING:
    from reflect.model.review import Review
    from reflect.model.session import Session
    from reflect.store.form_drafts import DraftKeeper, DraftsFound
    from reflect.store.locks import SessionLock
    from reflect.ui.name_now import NameRead


class OpeningScreen(SavedOpening):
    """Starts a new session from the library (a saved one opened: `SavedOpening`)."""

    @on(OptionList.OptionSelected, "#reviews")
    def _review_chosen(self) -> None:
        self.action_new_session()

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
