"""The start screen's two lists: the review library and the saved sessions, read off the UI
thread, filtered by the one search box (its keys in start_search.py), with any files that could
not be read listed below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, OptionList

from reflect.store.catalogue import Catalogue, ReviewSummary, TextMatch
from reflect.store.folder_access import where_folders
from reflect.store.index import SessionSummary, SummaryList
from reflect.text import matches_query, naming_words, search_text
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens import keys_said as said
from reflect.ui.screens.start_problems import no_reviews_said, no_sessions_said
from reflect.ui.screens.start_problems_area import ProblemsArea
from reflect.ui.screens.start_rows import (
    MAX_LISTED,
    ListedOptionList,
    SessionList,
    at_top,
    capped,
    fill,
    review_option,
    session_option,
)
from reflect.ui.screens.start_search import ListsSearched
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.literal import Literal, Together
from reflect.ui.widgets.search_box import (
    SearchBox,
)
from reflect.ui.widgets.sessions_filter import SessionsHeading

if TYPE_CHECKING:  # (types only: the copies are read after the first frame)
    from reflect.store.copies import FoundCopy

INTRO = ("reflect walks your team, or you alone, through a published safeguarding practice review: "
         "its context, its learning, then its questions — and keeps what you say.")
INTRO_HOW = ("Enter on a review starts a session;", "Enter on a saved session resumes it,",
             "v only views it.", "i imports a briefing,", "m shows My CPD.", "F1: every key.")
"""Kept on a short screen, INTRO left out; it names `i` and `m` (a learning lead at 60x20 found
no word of importing, nor what `m` was: a fresh-eyes trial); lines break between keys only."""
INTRO_HOW_NARROW = ("Enter starts a session on a review, resumes a saved one;",
                    "i imports a briefing,", "m shows My CPD.", "F1: every key.")
"""INTRO_HOW under 80 columns, in two lines at 60 (`v` is in the footer on a saved session)."""

LIBRARY_TITLE = "Review library · v reads one whole"
"""The library's heading, naming `v` (`ReviewReadScreen`): a row's summary is cut at 80
columns, and the footer has no room for `v View` on the library (one line at 60 columns)."""

WATCH_SECONDS = 2.0
"""How often the library's and the sessions' folders are looked at for a change."""
FIRST_LISTED = 20
"""Rows of each list in the start screen's first frame (more than the tallest terminal shows:
a review takes three lines). The rest, up to MAX_LISTED, follow straight after: Textual
measures every row of a list before drawing it, and a hundred reviews' rows were a tenth of
the first frame's time with a big library."""


class LibraryScreen(ListsSearched):
    """The lists and the search box; the screens built on it start, open and manage sessions."""

    AUTO_FOCUS = GIVEN_ON_MOUNT  # the lists (`on_mount`); the search box had it first
    TOASTS_OVER = "#start-panes"
    """Messages at the foot of the lists: over neither the titles nor the folders' line."""
    TOAST_TITLES = "Header, .intro-how, .pane-title"
    read_again_said = False
    """`r` pressed: said once the lists are read (`_loaded`); nothing changed, it said nothing."""
    sessions_shown = 0
    """Saved sessions the list shows now (the search may hide some, or all)."""

    def __init__(self, on_sessions: bool = False) -> None:
        super().__init__()
        self.on_sessions = on_sessions
        """Opens with the saved sessions focused (the session just left is the first), not
        the library: made after `reflect open`'s session is left."""
        self.sessions = SummaryList([], [])
        self._stale = False
        """True while something is shown over this screen: its lists are read again after."""
        self._limit = MAX_LISTED
        """Rows each list shows (FIRST_LISTED in the first frame)."""
        self._seen: object = None
        """The two folders' stamps as the lists were read, or since looked at (None: not
        yet known): a change is read again (`_look_at_folders`)."""
        self.also_listed: str | None = None  # listed past MAX_LISTED: just imported (`capped`)
        self.copies: list[FoundCopy] = []
        """Copies of sessions found outside the sessions folder (store/copies.py)."""
        self.follow: str | None = None
        """The saved session (its file's path) to highlight, and focus from the review list,
        when the list is next shown: the one just left, or made by `c`. Otherwise the
        highlight stays on its session."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Literal(INTRO, id="intro")
        yield Together(INTRO_HOW, id="intro-how", classes="intro-how")
        yield Together(INTRO_HOW_NARROW, id="intro-how-narrow", classes="intro-how")
        with Horizontal(id="start-panes"):
            with Vertical(id="library-pane"):
                yield Literal(LIBRARY_TITLE, "bold", classes="pane-title")
                # Short enough to show whole at 80 columns (the list is half the width).
                yield SearchBox(placeholder="Search (/): title, theme, team…", id="search")
                yield ListedOptionList(id="reviews")
            with Vertical(id="sessions-pane"):
                yield SessionsHeading()  # how many the search shows (Esc clears it)
                yield SessionList(id="sessions")
        yield ProblemsArea(id="problems")
        # (wrapped as text: broken between a path's names, long paths took two rows more of
        # the library at 60x20, leaving two reviews in view)
        yield Literal("", id="where", classes="status")
        yield ReflectFooter()

    def on_mount(self) -> None:
        app = self.reflect_app
        self.query_one("#where", Literal).show(
            where_folders(app.content_dir, app.sessions_dir, app.sessions_open, app.folder_said))
        app.look_at_folder_access()  # (said whole on that line once: then counted as said)
        self.set_focus(self.query_one("#sessions" if self.on_sessions else "#reviews"))
        read = (preload := app.preload) and preload.ready()
        if read and preload is not None:  # read as Textual was imported: shown
            app.preload, self._seen = None, preload.seen  # in the first frame
            self._limit = FIRST_LISTED
            self.show_loaded(*read)
            self.call_after_refresh(self._list_the_rest)
        else:
            self.load()
        app.first_frame_follows()
        self.set_interval(WATCH_SECONDS, self._look_at_folders)

    def _list_the_rest(self) -> None:
        self._limit = MAX_LISTED
        self.show_reviews()
        self.show_sessions()

    def on_screen_suspend(self) -> None:
        self._stale = True

    def on_screen_resume(self) -> None:
        """Back from a session or a dialog: read the lists again, as they may have changed."""
        if self.focused is None:
            self.query_one("#reviews", OptionList).focus()
        if self._stale:
            self._stale = False
            self.load()

    # --- loading (off the UI thread) -------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load(self) -> None:
        from reflect.store.atomic import folder_stamps
        from reflect.ui.preload import read_lists

        preload, self.reflect_app.preload = self.reflect_app.preload, None
        read = preload.wait() if preload is not None else None
        seen = preload.seen if read is not None and preload is not None else folder_stamps(
            self.reflect_app.content_dir, self.reflect_app.sessions_dir)  # before reading
        library, sessions = read if read is not None else read_lists(
            self.reflect_app.content_dir, self.reflect_app.sessions_dir)
        self.app.call_from_thread(self._loaded, library, sessions, seen)

    def _loaded(self, library: Catalogue, sessions: SummaryList, seen: object) -> None:
        self._seen = seen  # the folders as read: a change since is read again
        self.show_loaded(library, sessions)
        if self.read_again_said:
            self.read_again_said = False
            self.notify(said.read_again(len(library.reviews), len(sessions.entries)))

    @work(thread=True, exclusive=True, group="texts", exit_on_error=False)
    def _read_texts(self, library: Catalogue) -> None:
        """The reviews' words, for a search that finds a review by its text, read before the
        first search needs them (off the UI thread; a search before then waits for them)."""
        library.texts()

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _look_at_folders(self) -> None:
        """The library's and the sessions' folders looked at (off the UI thread: a network
        folder can be slow): what another program or reflect saved is listed without `r` (a
        trial), and the sessions folder's access looked at again (`folder_access_again`)."""
        from reflect.store.atomic import folder_stamps

        self.reflect_app.folder_access_again()
        seen = folder_stamps(self.reflect_app.content_dir, self.reflect_app.sessions_dir)
        self.app.call_from_thread(self._folders_seen, seen)

    def _folders_seen(self, seen: object) -> None:
        changed, self._seen = self._seen is not None and seen != self._seen, seen
        if changed and self.is_current:
            self.load()
        elif changed:
            self._stale = True  # read again once back on view

    def show_loaded(self, library: Catalogue, sessions: SummaryList) -> None:
        from reflect.ui.warm import WARM_AFTER, warm_up_later

        warm_up_later(self.app)  # what Enter on a review or a session will need
        self.set_timer(WARM_AFTER, lambda: self._read_texts(library))
        self.reflect_app.library = library
        self.sessions = sessions  # counted and marked as their reviews are now (read_lists)
        self.show_reviews()
        self.show_sessions()
        self.show_problems()
        # Once the lists are drawn: the thread's looking in the home and temp folders took
        # some 3 ms of the CPU before the first frame, beside it.
        self.call_after_refresh(self._read_copies)

    def show_problems(self) -> None:
        """The files that could not be read, and the copies of sessions found (below)."""
        library = self.reflect_app.library
        if library is not None:  # (the intro steps aside for it on a short screen: app.tcss)
            self.set_class(self.query_one("#problems", ProblemsArea).show(
                library, self.sessions.problems, self.copies, self.sessions.inside), "-problems")

    @work(thread=True, exclusive=True, group="copies", exit_on_error=False)
    def _read_copies(self) -> None:
        """Copies of sessions written elsewhere as the folder could not be saved to (found
        in the home and temp folders: off the UI thread, after the lists are on view)."""
        from reflect.store.copies import find_copies

        found = find_copies(self.reflect_app.sessions_dir)
        self.app.call_from_thread(self._copies_read, found)

    def _copies_read(self, found: list[FoundCopy]) -> None:
        if found != self.copies:
            self.copies = found
            self.query_one("#sessions", SessionList).listed = None  # their rows say so
            self.show_sessions()
            self.show_problems()

    def show_reviews(self, from_top: bool = False) -> None:
        """The reviews the search box finds; `from_top` (it changed): the first one, at top."""
        library = self.reflect_app.library
        if library is None:
            return
        query = self.query_one("#search", Input).value
        matches = library.found(query)  # by name and theme, then by words of their text
        self._reviews_named = any(not isinstance(r, TextMatch) for r in matches)
        options = self.query_one("#reviews", ListedOptionList)
        highlighted = options.highlighted_option.id if options.highlighted_option else None
        reviews = capped(matches, self._limit, {highlighted, self.also_listed})
        width = options.note_width()
        # A row saying where its words are is made as wide as the list: again when that changes.
        options.refit = self.show_reviews
        options.fitted_to = width if any(isinstance(r, TextMatch) for r in reviews) else 0
        twins = library.twins  # counted once, not for each row: 20,000 titles for 1,000 reviews
        fill(options, reviews, lambda found: review_option(found, width, twins),
             len(matches) - len(reviews), "more: type in the search box (/) to narrow the list.",
             "No review matches your search: empty the search box (/) to see them all."
             if library.reviews else no_reviews_said(library))
        ids = [r.review.id if isinstance(r, TextMatch) else r.id for r in reviews]
        options.highlighted = ids.index(highlighted) if highlighted in ids else (0 if ids else None)
        if from_top:
            at_top(options)
        self._say_enter()

    def show_sessions(self, from_top: bool = False) -> None:
        """Saved sessions, newest first, filtered by the search box too: by title, review or
        team, each a name (`matches_query`) — and a session on a review the search finds (by
        its theme, say) is found too. `from_top` as `show_reviews`."""
        options = self.query_one("#sessions", SessionList)
        highlighted = options.highlighted
        # The list is newest first: a session left, renamed or duplicated moves, and the row
        # number alone put the highlight on another session (F2, c or Del then acted on it).
        followed, self.follow = self.follow, None
        chosen = followed or (options.highlighted_option.id
                              if options.highlighted_option is not None else None)
        query = self.query_one("#search", Input).value
        found_reviews = {r.id for r in self.reflect_app.library.search(query)} if (
            query.strip() and self.reflect_app.library is not None) else set()
        texts = [search_text(e.label, e.review_title, e.team, e.id, names=3)
                 for e in self.sessions.entries]
        named = naming_words(query, texts)  # (a short word naming no session starts any word)
        matches = [e for e, text in zip(self.sessions.entries, texts, strict=True)
                   if e.review_id in found_reviews or matches_query(query, text, named)]
        shown = matches[:self._limit]
        self.sessions_shown = len(shown)
        self.query_one(SessionsHeading).say(len(matches), len(self.sessions.entries), query,
                                            any(e.typed for e in shown))
        self._titled_at = next((n for n, e in enumerate(shown) if matches_query(
            query, search_text(e.label))), None) if query.strip() else None
        newer = {c.session_id: c for c in self.copies if c.state == "newer"}
        library = self.reflect_app.library
        twins = library.twins if library is not None else frozenset()
        width = options.note_width()  # (a long title cut to fit: made again as that changes)
        options.refit = self.show_sessions
        options.fitted_to = width if any(len(e.label) > width for e in shown) else 0
        fill(options, shown, lambda e: session_option(e, newer.get(e.id), twins, width),
             max(0, len(matches) - MAX_LISTED),
             "older: type in the search box (/) to find them by title, team or review.",
             "No saved session matches your search: empty the search box (/) to see them "
             "all." if self.sessions.entries else
             no_sessions_said(self.sessions.inside, self.sessions.problems))
        if shown:
            ids = [str(e.path) for e in shown]
            options.highlighted = ids.index(chosen) if chosen in ids \
                else min(highlighted or 0, len(shown) - 1)
            if followed in ids and self.focused is self.query_one("#reviews"):
                options.focus()  # back from a session begun in the library: Enter resumes it
        if from_top:
            at_top(options)
        self._say_enter()

    def action_reload(self) -> None:
        self.read_again_said = True
        self.load()

    # --- the chosen rows --------------------------------------------------------------------

    def selected_session(self) -> SessionSummary | None:
        options = self.query_one("#sessions", OptionList)
        opt = options.highlighted_option
        return next((e for e in self.sessions.entries if opt and str(e.path) == opt.id), None)

    def selected_review(self) -> ReviewSummary | None:
        options = self.query_one("#reviews", OptionList)
        opt = options.highlighted_option
        if opt is None or opt.id is None or self.reflect_app.library is None:
            return None
        return self.reflect_app.library.get(opt.id)
