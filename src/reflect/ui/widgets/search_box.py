"""The start screen's search box, whose Enter goes to what the search found and says so.

Typed into and Enter pressed, it took the top match at once: a new session's form on the
first review found, or the first saved session found opened, which the person may not have
looked at (three reviews found, the first one's form came up; a trial). Then Enter went to
the results, unless the search found one thing alone, which it took: `/child l` Enter opened
the form, `/child i` Enter (a saved session on Child I found too) only went to the list, and
the title and Tab typed on, as after `child l`, went to the lists' letter keys, whose `n`
opened a form titled "vented Team second meeting" (a fresh-eyes trial). Now Enter always
goes to the results, the first highlighted, for a second Enter or the arrow keys to choose,
and says so in the footer (`enter_does`); the lists' letter keys wait until one of their own
keys has been pressed there (`waits_for_the_lists`), and letters typed before then are said
not typed. Enter goes to the saved sessions, not the reviews found, when a session's title
holds the whole search and no review's name or theme does: `/meeting one` Enter Enter opened a
new session on a review found only by the word "one" in its text, the session titled
"Invented meeting one" listed beside it (a trial).
"""

from __future__ import annotations

from textual.binding import Binding

from reflect.ui.widgets.in_order import InOrderInput


def enter_does(typed: str, reviews: int, sessions: int, to_sessions: bool = False) -> str:
    """What Enter in the search box does, in the footer's words: `reviews` and `sessions`
    found for what is `typed`. The same for one thing found as for several; `to_sessions`:
    it goes to the saved sessions (`sessions_first`), said where reviews were found too (with
    none found, the results are the saved sessions alone). With nothing typed, it goes back
    to the list left for the box: `to_sessions`, the saved sessions."""
    if not typed.strip():
        return "To the saved sessions" if to_sessions else "To the reviews"
    if to_sessions and reviews:
        return "To the saved sessions"
    return "To the results" if reviews + sessions else "No match"


def sessions_first(reviews_named: bool, sessions_titled: bool) -> bool:
    """Enter in the search box goes to the saved sessions first: a session's title holds the
    whole search (`sessions_titled`) and no review's name or theme does (`reviews_named`),
    the reviews found, if any, found only by words of their text."""
    return sessions_titled and not reviews_named


LIST_KEYS = frozenset({"up", "down", "home", "end", "pageup", "pagedown", "enter"})
"""The lists' own keys: after Enter in the search box, the first of them pressed in a list
gives the lists back their letter keys."""

def letters_wait(on_sessions: bool) -> str:
    """What has the focus, as said of a letter typed straight after Enter in the search box,
    naming a letter key of the list that has it (`n` was named on the saved sessions too,
    whose letter keys are `c` and `a`: a trial)."""
    key = "c" if on_sessions else "n"
    return ("the search's results have the focus (↑↓ choose, Enter opens; the letter keys, "
            f"such as {key}, work once ↑↓ or Enter has been pressed there)")


def waits_for_the_lists(key: str, character: str | None) -> bool | None:
    """After Enter in the search box, a key pressed in the results: True, a letter (or other
    character) that waits, said not typed; False, a list key, after which letters are keys
    again; None, any other key (Tab, Esc, Space, `/`), which changes nothing."""
    if key in LIST_KEYS:
        return False
    if character is None or not character.isprintable() or character in (" ", "/"):
        return None
    return True


class SearchBox(InOrderInput):
    """The search box: Enter in the footer, in words that say what it does here."""

    BINDINGS = [Binding("enter", "submit", "To the reviews")]

    keys_first = frozenset({"submit", "leave_search"})
    """Enter's and Esc's words kept in the footer wherever they fit (`footer.KEYS_FIRST`),
    before the screen's `^r Reports`: at 60 columns `esc To the lists` was left out, and a
    facilitator Tabbed into the box from the saved sessions could not tell what had the focus
    nor how to leave it, ↓ doing nothing (a trial). Ctrl+R still opens the reports there."""

    enter_said = "To the reviews"
    """What Enter does, as the footer says it (set by the screen as its lists change)."""

    @property
    def key_descriptions(self) -> dict[str, str]:
        """Enter's words in the footer (footer.KEY_DESCRIPTIONS)."""
        return {"submit": self.enter_said}

    def say_enter(self, does: str) -> None:
        if does != self.enter_said:
            self.enter_said = does
            self.refresh_bindings()
