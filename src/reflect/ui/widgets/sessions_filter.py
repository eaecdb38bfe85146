"""What the saved sessions' heading says while the search box filters them: how many of all
the saved sessions are shown, what they match, and that Esc clears the search.

The search box filters both lists, but it stands over the library alone: after `/sleep` to
find a review and back from it, *Saved sessions* listed one session, the staff meeting seemed
gone, and nothing beside the list said it was filtered (a fresh-eyes trial). The heading says
so in the words that fit the pane (60x20 gives it some 22 columns), cutting the search's words
before the count or the way to clear it."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Vertical

from reflect.text import printable
from reflect.ui.widgets.literal import Fitted

TITLE = "Saved sessions"


def _first_fitting(width: int, candidates: list[str]) -> str:
    return next((c for c in candidates if cell_len(c) <= width), candidates[-1])


def _cut(words: str, room: int) -> str:
    """`words` cut to `room` cells, with … for what is left out."""
    if cell_len(words) <= room:
        return words
    while words and cell_len(words) + 1 > room:
        words = words[:-1]
    return words.rstrip() + "…" if words.strip() else ""


def filter_heading(shown: int, total: int, query: str, width: int,
                   clears: bool = True) -> tuple[str, str]:
    """The saved sessions' heading and the line under it, fitted to `width` cells: ("Saved
    sessions", "") with nothing in the search box; else "Saved sessions: 2 of 5 shown" and
    "matching “sleep” · Esc clears" (`clears`: Esc clears the search from where the focus
    is; in the box it goes to the lists, and the line leaves it out)."""
    words = " ".join(printable(query).split())
    if not words:
        return TITLE, ""
    count = f"{shown} of {total}"
    title = _first_fitting(width, [f"{TITLE}: {count} shown", f"{TITLE}: {count}",
                                   f"Sessions: {count} shown", f"Sessions: {count}",
                                   f"{count} shown", count])
    then = " · Esc clears" if clears else ""
    for lead in ("matching ", ""):
        room = width - cell_len(f"{lead}“”{then}")
        cut = _cut(words, room) if room >= 2 else ""
        if cut and (cut == words or len(cut) >= min(len(words), 4)):
            return title, f"{lead}“{cut}”{then}"
    return title, _first_fitting(width, ["Esc clears the search", "Esc clears"]) if clears \
        else ""


class SessionsHeading(Vertical):
    """The saved sessions' heading, and while the search filters them, the line under it
    (`filter_heading`), each fitted again as the pane's width changes."""

    DEFAULT_CSS = """
    SessionsHeading {
        height: auto;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.counts: tuple[int, int, str] = (0, 0, "")
        """The sessions shown, all the saved sessions, and the search."""
        self.clears = True
        """Whether Esc clears the search from where the focus is."""

    def compose(self) -> ComposeResult:
        title = Fitted(id="sessions-title", classes="pane-title")
        title.fit(lambda width: [self._lines(width)[0]], "bold")
        yield title
        yield Fitted(id="sessions-filter")

    def say(self, shown: int, total: int, query: str) -> None:
        if (shown, total, query) != self.counts:
            self.counts = (shown, total, query)
            self._refit()

    def focus_moved(self, clears: bool) -> None:
        if clears != self.clears:
            self.clears = clears
            self._refit()

    def _lines(self, width: int) -> tuple[str, str]:
        shown, total, query = self.counts
        return filter_heading(shown, total, query, width, self.clears)

    def _refit(self) -> None:
        self.query_one("#sessions-title", Fitted).fit(lambda w: [self._lines(w)[0]], "bold")
        note = self.query_one("#sessions-filter", Fitted)
        filtered = bool(self.counts[2].strip())
        note.fit((lambda w: [self._lines(w)[1]]) if filtered else None)
        note.display = filtered
