"""The start screen's search box, whose Enter goes where the search leads and says so.

Typed into and Enter pressed, it took the top match at once: a new session's form on the
first review found, or the first saved session found opened, which the person may not have
looked at (three reviews found, the first one's form came up; a trial). Now Enter goes to the
results, the first highlighted, for a second Enter or the arrow keys to choose; only a search
that finds one thing alone, a review or a saved session, takes it, since there is nothing else
it could mean. The footer says which (`enter_does`), as the point box's `⏎ Add` does.
"""

from __future__ import annotations

from textual.binding import Binding

from reflect.ui.widgets.in_order import InOrderInput


def enter_does(typed: str, reviews: int, sessions: int) -> str:
    """What Enter in the search box does, in the footer's words: `reviews` and `sessions`
    found for what is `typed`."""
    if not typed.strip():
        return "To the reviews"
    if reviews + sessions == 0:
        return "No match"
    if reviews + sessions == 1:
        return "New session" if reviews else "Resume session"
    return "To the results"


class SearchBox(InOrderInput):
    """The search box: Enter in the footer, in words that say what it does here."""

    BINDINGS = [Binding("enter", "submit", "To the reviews")]

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
