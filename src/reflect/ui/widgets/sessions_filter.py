"""What the saved sessions' heading says while the search box filters them: how many of all
the saved sessions are shown, what they match, and that Esc clears the search; and, while a
session listed is marked ✎ (something typed into it and not added), what the mark means.

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
from reflect.typed_mark import NOT_ADDED, TYPED_MARK
from reflect.ui.widgets.literal import Fitted

TITLE = "Saved sessions"
LEGENDS = (f"{TYPED_MARK}: {NOT_ADDED}", f"{TYPED_MARK}: not added")
"""What ✎ before a session's title means, said beside the heading (after it where it fits,
else on a line under it), the longest that fits first."""


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
    is; in the box it goes to the lists, and the line leaves it out). With no saved session
    at all there is nothing to filter: the plain heading (it said "0 of 0 shown" and
    "matching “bruising”" over *No saved sessions yet*, a fresh-eyes trial)."""
    words = " ".join(printable(query).split())
    if not words or not total:
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


def heading_lines(title: str, width: int, marked: bool = False) -> list[str]:
    """The heading's lines: `title`, and, while a session listed is `marked`, what ✎ means,
    after it where it fits there ("Saved sessions · ✎: typed, not added"), else on a line of
    its own under it."""
    if not marked:
        return [title]
    leads = (title, "Sessions") if title == TITLE else (title,)
    for legend in LEGENDS:  # (its words whole before the heading's)
        for lead in leads:
            if cell_len(f"{lead} · {legend}") <= width:
                return [f"{lead} · {legend}"]
    return [title, _first_fitting(width, list(LEGENDS))]


class SessionsHeading(Vertical):
    """The saved sessions' heading, with what ✎ means while a session listed has it
    (`heading_lines`), and while the search filters them, the line under it
    (`filter_heading`), each fitted again as the pane's width changes."""

    DEFAULT_CSS = """
    SessionsHeading {
        height: auto;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.counts: tuple[int, int, str, bool] = (0, 0, "", False)
        """The sessions shown, all the saved sessions, the search, and whether a session
        listed is marked ✎."""
        self.clears = True
        """Whether Esc clears the search from where the focus is."""

    def compose(self) -> ComposeResult:
        title = Fitted(id="sessions-title", classes="pane-title")
        title.fit(self._title, "bold")
        yield title
        yield Fitted(id="sessions-filter")

    def say(self, shown: int, total: int, query: str, marked: bool = False) -> None:
        if (shown, total, query, marked) != self.counts:
            self.counts = (shown, total, query, marked)
            self._refit()

    def focus_moved(self, clears: bool) -> None:
        if clears != self.clears:
            self.clears = clears
            self._refit()

    def _lines(self, width: int) -> tuple[str, str]:
        shown, total, query, _ = self.counts
        return filter_heading(shown, total, query, width, self.clears)

    def _title(self, width: int) -> list[str]:
        return heading_lines(self._lines(width)[0], width, self.counts[3])

    def _refit(self) -> None:
        self.query_one("#sessions-title", Fitted).fit(self._title, "bold")
        note = self.query_one("#sessions-filter", Fitted)
        filtered = bool(self.counts[2].strip()) and self.counts[1] > 0  # (none: no filter)
        note.fit((lambda w: [self._lines(w)[1]]) if filtered else None)
        note.display = filtered
