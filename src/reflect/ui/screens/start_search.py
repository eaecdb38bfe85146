"""The start screen's search box over its two lists (`ListsSearched`, the base of
`LibraryScreen`): the lists refilled as it changes, Enter to the results however many (the
saved sessions first where a session's title holds the whole search and no review's name or
theme does), letters typed straight after it not taken as the lists' keys (`letters_wait`),
Enter's words in the footer, and Esc (or ↓) back to the list left for it."""

from __future__ import annotations

from textual import events, on
from textual.widgets import Input

from reflect.ui.not_typed import say_not_typed
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.screens.start_rows import ListedOptionList
from reflect.ui.widgets.search_box import (
    SearchBox,
    enter_does,
    letters_wait,
    sessions_first,
    waits_for_the_lists,
)


class ListsSearched(ReflectScreen[None]):
    """The search box's part of the start screen's lists; the lists themselves are drawn by
    `LibraryScreen` (start_lists.py), `show_reviews` and `show_sessions`."""

    _reviews_named = False
    """A review found by its name or theme (not only by words of its text)."""
    _titled_at: int | None = None
    """The row of the first saved session listed whose title holds the whole search."""

    def show_reviews(self, from_top: bool = False) -> None:
        raise NotImplementedError

    def show_sessions(self, from_top: bool = False) -> None:
        raise NotImplementedError

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.show_reviews(from_top=True)
        self.show_sessions(from_top=True)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        """Enter goes to the results, the first highlighted, for a second Enter or the arrow
        keys to choose (widgets/search_box.py): the reviews found, or the saved sessions when
        no review is, or when a session's title holds the whole search and no review's name
        or theme does (the first such session highlighted); however many are found, and
        letters typed straight after it are not the lists' keys (`_letters_wait`). Until 4
        December 2026 Enter took the top match of any number, opening what the person may
        not have looked at (a trial); then, the one thing found alone. With nothing typed, Enter
        only goes to the reviews: it started a session on the first review for someone who
        had Tabbed into the box from their saved sessions (a trial); now, to the list last
        focused (`_list_left`), the saved sessions for someone who came from them."""
        self.letters_wait, self._wait_said = True, False
        if not self.query_one("#search", Input).value.strip():
            self._list_left().focus()
            return
        found = [options for options in (self.query_one("#reviews", ListedOptionList),
                                         self.query_one("#sessions", ListedOptionList))
                 if options.found]
        if not found:
            self.notify("Nothing matches the search: change it, or empty the box to see "
                        "everything.", severity="warning")
            return
        to_sessions = self._to_sessions()
        options = self.query_one("#sessions", ListedOptionList) if to_sessions else found[0]
        options.focus()
        options.highlighted = self._titled_at if to_sessions else 0

    letters_wait = False
    """Enter in the search box went to the results, and no list key (↑↓, Enter, ...) has been
    pressed there since: letters typed are not the lists' keys (`n`, `t`, `i`, ...)."""
    _wait_said = False

    @on(events.Key)
    def _letters_wait(self, event: events.Key) -> None:
        focused = self.focused
        if not self.letters_wait or focused is None or focused.id not in ("reviews", "sessions"):
            return
        waits = waits_for_the_lists(event.key, event.character)
        if waits is False:
            self.letters_wait = False
        elif waits:
            event.stop()
            event.prevent_default()
            if not self._wait_said:
                self._wait_said = True
                say_not_typed(focused, event.character or "",
                              letters_wait(focused.id == "sessions"),
                              then="/ goes back to the search.")

    def _say_enter(self) -> None:
        """The footer's words for Enter in the search box, for the lists as they are now."""
        search = self.query_one("#search", SearchBox)
        to_sessions = self._to_sessions() if search.value.strip() else (
            self._list_left().id == "sessions")
        search.say_enter(enter_does(search.value,
                                    self.query_one("#reviews", ListedOptionList).found,
                                    self.query_one("#sessions", ListedOptionList).found,
                                    to_sessions))

    def _to_sessions(self) -> bool:
        """Enter in the search box goes to the saved sessions, to the first titled with the
        whole search (`sessions_first`)."""
        return sessions_first(self._reviews_named, self._titled_at is not None)

    def action_search(self) -> None:
        self.letters_wait = False  # (Enter there sets it again; Esc, from there, does not)
        self.query_one("#search", Input).focus()

    list_left = "reviews"
    """The id of the list that last had the focus: Esc, ↓ (and Enter with nothing typed) in
    the search box go back to it."""

    @on(events.DescendantFocus)
    def _remember_the_list(self, event: events.DescendantFocus) -> None:
        if event.widget.id in ("reviews", "sessions") and event.widget.id != self.list_left:
            self.list_left = event.widget.id
            self._say_enter()  # (with nothing typed, Enter goes back to it too)

    def _list_left(self) -> ListedOptionList:
        """The list to go back to from the search box: the one last focused where it lists
        something found (with nothing typed, anything: a saved session is found), else the
        other where that does, else the reviews. Tab from the saved sessions reaches the
        search box, and ↓ there went to the reviews, where Enter opened a new session's form
        on the first, for someone who meant their session (a new user's trial)."""
        reviews = self.query_one("#reviews", ListedOptionList)
        sessions = self.query_one("#sessions", ListedOptionList)
        left, other = (sessions, reviews) if self.list_left == "sessions" else (reviews,
                                                                                 sessions)
        return next((options for options in (left, other) if options.found), reviews)

    def action_leave_search(self) -> None:
        """Esc (or ↓) in the search box: back to the list it was left for (`_list_left`), the
        search kept: its letter keys at once. Before the library was read, none listed, it
        is the reviews, as Enter's."""
        self.letters_wait = False
        self._list_left().focus()
