"""The start screen: the review library (with search) and the saved sessions, its keys and its
commands. The lists live in start_lists (their search in start_search), starting sessions in
start_open, opening saved ones in start_saved, keeping saved sessions in start_manage."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import SystemCommand
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, OptionList

from reflect.ui.screens import keys_said as said
from reflect.ui.screens.start_copies import CopiesScreen
from reflect.ui.screens.start_problems_area import ProblemsArea
from reflect.ui.widgets.search_box import SearchBox
from reflect.ui.widgets.sessions_filter import SessionsHeading

if TYPE_CHECKING:
    from reflect.store.catalogue import Catalogue, ReviewSummary
    from reflect.store.index import SummaryList


class StartScreen(CopiesScreen):
    BINDINGS = [
        Binding("n", "new_session", "New session"),
        Binding("t", "themed_session", "Themed session"),
        Binding("slash", "search", "Search", show=False),  # the search box is in plain view
        Binding("escape,down", "leave_search", "To the lists"),  # only in the search box,
        # whose letters are typed, not the screen's keys (a learning lead found no way out of
        # it); ↓ too, which did nothing there (a facilitator's trial, Tabbed in from a list)
        Binding("escape", "clear_search", "Clear search", show=False),  # on the lists: the
        # saved sessions' heading says it (widgets/sessions_filter.py)
        Binding("r", "reload", "Reload", show=False),
        Binding("ctrl+r", "reports", "Reports"),
        Binding("f9,m", "my_cpd", "My CPD", show=False),  # F1 and the palette list it
        Binding("i", "import", "Import"),
        Binding("v", "view_session", "View"),  # read only: nothing saved, no time counted
        Binding("v", "view_review", "View"),  # on a review: its summary and themes whole
        Binding("f2", "rename_session", "Rename"),
        Binding("f2", "rename_where", show=False),  # elsewhere: says where (it said nothing)
        Binding("c", "duplicate_session", "Duplicate"),
        Binding("a", "reflect_after", "After"),  # my reflection after (F1 says more)
        Binding("a", "after_hint", show=False),  # where "After" steps aside: says where it is
        Binding("delete", "delete_session", "Delete"),
        Binding("delete", "remove_review", "Remove"),  # on a review: out of the library
        Binding("q", "quit_hint", show=False),  # a newcomer's q did nothing, silently (a trial)
    ]

    keys_first = frozenset({"import", "reports"})
    """Given room in the footer first (`footer.KEYS_FIRST`): at 60 columns `i Import` was left
    out, and a learning lead saw no way to import (a fresh-eyes trial); `t Themed session`
    steps aside there instead (F1, the palette and the line above the lists name it)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """View, rename, duplicate and delete show (and work) only on a chosen saved session;
        the library's own keys, and Reports, step aside meanwhile (Ctrl+R still works there:
        `SessionList`), so the footer fits 80 columns."""
        on_sessions = self.focused is not None and self.focused.id == "sessions"
        if action in ("view_session", "rename_session", "duplicate_session", "delete_session"):
            return on_sessions and self.selected_session() is not None
        if action == "reflect_after":
            entry = self.selected_session()
            return on_sessions and entry is not None and entry.mode == "team"
        if action == "rename_where":
            return not self.check_action("rename_session", parameters)
        if action == "after_hint":
            return not self.check_action("reflect_after", parameters)
        if action in ("new_session", "themed_session", "import", "reports"):
            return not on_sessions
        if action in ("remove_review", "view_review"):
            return (self.focused is not None and self.focused.id == "reviews"
                    and self.selected_review() is not None)
        if action == "leave_search":
            return self.focused is not None and self.focused.id == "search"
        if action == "clear_search":
            return self._esc_clears()
        return True

    def _esc_clears(self) -> bool:
        """Esc clears the search: something is in the box, and the focus is on a list."""
        return (self.focused is not None and self.focused.id in ("reviews", "sessions")
                and bool(self.query_one("#search", SearchBox).value.strip()))

    def action_clear_search(self) -> None:
        """Esc on the lists while the search filters them: every review and saved session
        listed again, the highlight kept on the one it was on (the search hid saved
        sessions, and nothing by them said so: a trial)."""
        search = self.query_one("#search", SearchBox)
        self.letters_wait = False
        with search.prevent(Input.Changed):  # (which would put the highlights at the top)
            search.value = ""
        self.show_reviews()
        self.show_sessions()
        for name in ("#reviews", "#sessions"):  # each whole at the top, not cut mid-entry
            self.call_after_refresh(self.query_one(name, OptionList).scroll_to_highlight, True)

    @on(events.DescendantFocus)
    def _focus_moved(self) -> None:
        """The saved sessions' heading says Esc clears the search only where it does; the
        problems area's first line, how many Tabs reach it from here."""
        self.query_one(SessionsHeading).focus_moved(
            self.focused is not None and self.focused.id in ("reviews", "sessions"))
        self.query_one(ProblemsArea).say_way_in()

    @on(events.Key)
    def _letter_starts_a_search(self, event: events.Key) -> None:
        """A letter typed on either list that is none of its keys there starts a new search
        with it, the rest typed on in the box: "child i" typed on the library, as its search
        box's words invite, lost "ch" in silence and opened Import with its i, the rest going
        into Import's path (a trial). The lists' own letter keys (n, t, i, c, a, ...) act as
        before; so do letters typed straight after Enter in the search box (`letters_wait`)."""
        focused = self.focused
        character = event.character
        if focused is None or focused.id not in ("reviews", "sessions") or self.letters_wait \
                or character is None or not character.isprintable() or character in " /":
            return
        bound = self.active_bindings.get(event.key)
        if bound is not None and bound.enabled:
            return
        event.stop()
        event.prevent_default()
        search = self.query_one("#search", SearchBox)
        search.value = ""
        search.take_letter(character)

    def action_rename_where(self) -> None:
        self.notify(said.RENAME_WHERE[0 if self.sessions_shown else
                                      2 if self.sessions.entries else 1])

    def action_quit_hint(self) -> None:
        hint = "To quit reflect, press Ctrl+Q (q is a letter: in a box it is typed)."
        self.notify(hint, title="Do you want to quit?")
        self.said_here(hint)  # (not over a dialog opened next)

    def action_import(self) -> None:
        from reflect.ui.screens.import_review import ImportScreen

        self.focus_before_import = self.focused

        def imported(path: Path | None) -> None:
            if path is not None:
                self.reflect_app.notify_path("Imported into the library:", path)
                self.imported = path
                self.load()

        self.app.push_screen(ImportScreen(self.reflect_app.content_dir,
                                            self.reflect_app.sessions_dir), imported)

    imported: Path | None = None
    """The review file just saved by Import: selected, in view, once the lists are read."""
    focus_before_import: Widget | None = None
    """What had the focus as Import opened: the review imported takes it from that alone."""

    def show_loaded(self, library: Catalogue, sessions: SummaryList) -> None:
        path, self.imported = self.imported, None
        review = next((r for r in library.reviews if path is not None
                       and r.path.name == path.name), None)
        if review is not None:  # listed wherever it sorts (`capped`)
            self.also_listed = review.id
        super().show_loaded(library, sessions)
        if review is not None:
            self._select_imported(review)

    def _select_imported(self, review: ReviewSummary) -> None:
        """The review just imported highlighted on the library's list, in view and focused,
        the search emptied if it hid it: back from Import, the highlight stayed where it was
        and the learning lead had to find the new review in the list (a trial). (Found by
        its file's name: the library is one folder.)"""
        options = self.query_one("#reviews", OptionList)
        if review.id not in (ids := [o.id for o in options.options]) \
                and self.query_one("#search", SearchBox).value.strip():
            self.action_clear_search()
            ids = [o.id for o in options.options]
        if review.id in ids:
            if self.focused in (None, self.focus_before_import):  # (moved since: left there;
                options.focus()  # Enter on a session went to the review, a test under load)
            options.highlighted = ids.index(review.id)
            self.call_after_refresh(options.scroll_to_highlight)

    def action_view_review(self) -> None:
        """v on a review: its title, kind, summary and themes whole (`ReviewReadScreen`);
        Enter there starts a session on it."""
        from reflect.ui.screens.review_read import ReviewReadScreen

        review = self.selected_review()
        if review is not None:
            self.app.push_screen(ReviewReadScreen(review),
                                 lambda start: self.action_new_session() if start else None)

    def action_my_cpd(self) -> None:
        from reflect.ui.screens.my_cpd import MyCpdScreen

        self.app.push_screen(MyCpdScreen())

    def action_reports(self) -> None:
        from reflect.ui.screens.reports import ReportsScreen

        self.app.push_screen(ReportsScreen())

    def commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("New session", "Start a session on the selected review",
                            self.action_new_session)
        yield SystemCommand("Themed session", "The learning and questions on one theme (say, "
                            "information sharing) from every review tagged with it",
                            self.action_themed_session)
        yield SystemCommand("Search the library", "Filter reviews as you type", self.action_search)
        yield SystemCommand("Reload", "Read the library and sessions again", self.action_reload)
        yield SystemCommand("View review (v)", "Read the chosen review's summary and themes "
                            "whole before choosing it", self.action_view_review)
        yield SystemCommand("View session (v)", "Read the chosen saved session only: nothing "
                            "in it is changed and no time is counted; its notes can be "
                            "exported", self.action_view_session)
        yield SystemCommand("Rename session", "Give the chosen saved session a new title",
                            self.action_rename_session)
        yield SystemCommand("Duplicate session", "A new session for the same team and review "
                            "(a recurring meeting)", self.action_duplicate_session)
        yield SystemCommand("Delete session", "Delete the chosen saved session (asks first)",
                            self.action_delete_session)
        yield SystemCommand("My reflection after a team session", "Your own reflection after "
                            "the chosen saved team session, its points shown as you answer",
                            self.action_reflect_after)
        yield SystemCommand("My CPD so far", "Your sessions as CPD by year (time, "
                            "participatory, standards, Code themes); save as CSV",
                            self.action_my_cpd)
        yield SystemCommand("Import a briefing", "Turn a published briefing's text into a "
                            "review in the library", self.action_import)
        yield SystemCommand("Remove a review", "Take the chosen review out of the library "
                            "(asks first; its file is kept in the library's removed folder)",
                            self.action_remove_review)
        yield SystemCommand("Reports", "Which reviews were discussed, by which teams, and what "
                            "was agreed", self.action_reports)

