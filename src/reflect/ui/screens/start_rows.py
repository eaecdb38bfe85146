"""The start screen's rows: how a review and a saved session look in their lists, the saved
sessions' list (which lets the library's keys through), and the files that could not be read."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rich.cells import cell_len
from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reflect.store.catalogue import ReviewSummary, TextMatch, same_title
from reflect.store.index import SessionSummary
from reflect.text import one_line
from reflect.typed_mark import TYPED_MARK
from reflect.ui.widgets.literal import literal

if TYPE_CHECKING:  # (types only: the copies are read after the first frame)
    from reflect.store.copies import FoundCopy

T = TypeVar("T")

MAX_LISTED = 100
"""Reviews listed at once; a larger library is reached through the search box."""


def capped(matches: list[ReviewSummary | TextMatch], limit: int,
           keep: set[str | None]) -> list[ReviewSummary | TextMatch]:
    """The first `limit` of the reviews found, and after them any further one whose id is
    in `keep` (the review just imported, the one highlighted): a new review whose title
    sorted past the first hundred of a big library was not listed, so not selected, and the
    learning lead had to search for it (a trial)."""
    def id_of(found: ReviewSummary | TextMatch) -> str:
        return found.review.id if isinstance(found, TextMatch) else found.id

    return matches[:limit] + [r for r in matches[limit:] if id_of(r) in keep]


def review_option(found: ReviewSummary | TextMatch, width: int = 0,
                  twins: frozenset[str] = frozenset()) -> Option:
    """A review's row: its title and type, summary and themes; found by words of its text,
    where they are (`Mentions “school” in Good practice`) under its title, in lines of
    `width` columns at most (a line a field is cut where the list is narrow: this one says
    why the review is listed at all). A title in `twins` (`Catalogue.twins`: another review
    has it too) is followed by the review's id, which tells them apart."""
    review = found.review if isinstance(found, TextMatch) else found
    mark = literal("⚠ Not finished  ", "bold") if review.unfinished else literal("")
    twin = literal(f"  ·  id {review.id}", "bold") if same_title(review.title) in twins \
        else literal("")
    lines = [
        mark + literal(review.title, "bold") + twin
        + literal(f"  ·  {review.review_type}", "italic"),
        *([note_prompt(found.why, width or len(found.why), "italic")]
          if isinstance(found, TextMatch) else []),
        literal(one_line(review.summary)),
        literal("Themes: " + ", ".join(review.themes[:4])
                + (f" +{len(review.themes) - 4} more" if len(review.themes) > 4 else ""), "dim"),
    ]
    if review.unfinished:
        fields = [m.removeprefix(f"{review.path}: ").split(": ", 1)[0]
                  for m in review.unfinished]
        lines.append(literal(f"⚠ Edit {', '.join(fields)} in the file: still the importer's "
                             "placeholder", "bold"))
    return Option(Content("\n").join(lines), id=review.id)


class ListedOptionList(OptionList):
    """An option list that remembers what it lists, so that showing the same again (a search
    box's next key that finds the same first hundred) costs nothing; on its last row, the
    note under it ("…and 50 more: type in the search box") is scrolled into view too (the
    note cannot be highlighted, so the keys never reached it)."""

    listed: tuple[list[object], int, str] | None = None
    notes: dict[int, tuple[str, str]] = {}
    """The notes listed (the option's index -> its words and style): each broken into lines
    as wide as the list (`note_width`), again when that changes."""

    def watch_show_vertical_scrollbar(self) -> None:
        """Rows are measured again when the scroll bar comes or goes. Textual measures each
        row's height as it is added, at the width of that moment: a list emptied and filled
        again (after F2, c or Delete) had no bar while it was empty, so its rows were measured
        two columns wider than they are drawn, and a row that wrapped once more lost its last
        line (a session's answered count) with nothing to say so, until the app restarted."""
        self._clear_caches()  # Textual's own reset, as on a resize; rows re-measure when drawn

    @property
    def found(self) -> int:
        """How many things the list found: those listed, and those its note says are more."""
        return 0 if self.listed is None else len(self.listed[0]) + self.listed[1]

    refit: Callable[[], None] | None = None
    """Lists its rows again (`fill` them) when the list's width is no longer `fitted_to`."""
    fitted_to = 0
    """The width its rows were made for; 0 when no row's lines depend on it."""

    def on_resize(self) -> None:
        """The notes, and rows made for a width, as wide as the list now is; the highlighted
        row kept whole in view. At 60x20, back from a session left with something typed and
        not added, the heading's "✎: typed, not added" line took a line from the saved
        sessions, and the one with the focus lost its last (a facilitator's trial)."""
        self.notes_fitted()
        if self.refit is not None and self.fitted_to and self.note_width() != self.fitted_to:
            self.listed = None  # the same rows, made again at this width
            self.refit()
        self.call_after_refresh(self.scroll_to_highlight)

    def note_width(self) -> int:
        """The columns a note's line has: the list's, less its border, padding and room for
        a scroll bar whether or not one shows (rows made to fit it were made again as one
        came and went, and again), its gutter and an option's padding; 30 before the list is
        laid out (room at 60 columns)."""
        width = self.outer_size.width - self.styles.gutter.width \
            - self.styles.scrollbar_size_vertical - self._get_left_gutter_width() \
            - self.get_component_styles("option-list--option").padding.width
        return width if self.outer_size.width and width > 0 else 30

    def notes_fitted(self) -> None:
        """Each note broken into lines as wide as the list now is. The review list cuts a
        line it has no room for (`text-wrap: nowrap` below 120 columns or 30 rows, each
        review one line a field): "No review matches your search: empty the se…" (a trial)."""
        for index, (text, style) in self.notes.items():
            if index < self.option_count:
                self.replace_option_prompt_at_index(
                    index, note_prompt(text, self.note_width(), style))

    def action_select(self) -> None:
        """Enter on a list that has only its note ("No review matches your search: …") said
        nothing at all: it says the note."""
        if self.highlighted is None and self.listed is not None and not self.listed[0]:
            self.notify(self.listed[2], severity="warning")  # the note, whatever it says
            return
        super().action_select()

    def scroll_to_highlight(self, top: bool = False) -> None:
        super().scroll_to_highlight(top)
        last = self.option_count - 1
        if self.highlighted is not None and self.highlighted < last and all(
                self.get_option_at_index(i).disabled for i in range(self.highlighted + 1,
                                                                     last + 1)):
            self.scroll_end(animate=False, immediate=False)


def fill(options: ListedOptionList, shown: list[T], option: Callable[[T], Option], more: int,
         more_note: str, empty_note: str) -> None:
    """List `shown` (each made an option by `option`); say how many more there are, or why it
    is empty. Left as it is when it already lists these very objects (read again, they are new
    ones, so a reread list is always drawn afresh)."""
    listed: tuple[list[object], int, str] = (list(shown), more, empty_note)
    if options.listed is not None and options.listed[1:] == listed[1:] and \
            len(options.listed[0]) == len(shown) and \
            all(a is b for a, b in zip(options.listed[0], shown, strict=True)):
        return
    options.listed = listed
    items = [option(item) for item in shown]
    options.notes = {}  # (a scroll bar coming as the rows are added fits the notes)
    options.clear_options()
    options.add_options(items)
    notes = {len(items): (f"…and {more} {more_note}", "italic")} if more > 0 else {
        0: (empty_note, "")} if not items else {}
    width = options.note_width()
    for text, style in notes.values():
        options.add_option(Option(note_prompt(text, width, style), disabled=True))
    options.notes = notes


def note_prompt(text: str, width: int, style: str = "") -> Content:
    """A note under a list, its words broken into lines of `width` columns at most."""
    lines = textwrap.wrap(text, max(width, 10), break_on_hyphens=False) or [""]
    return literal("\n".join(lines), style)


TITLE_LINES = 2
"""The lines a saved session's title takes in its row at most: one of 200 characters took
nine lines of the list at 80x24 (a fresh-eyes trial). Cut, it ends in "…"; the session shows
it whole (its header, and Who is here's Title box or the summary)."""


def cut_to_lines(text: str, width: int, lines: int = TITLE_LINES) -> str:
    """`text` on one line (`one_line`), cut with "…" where, broken at words into lines of
    `width` cells as the list breaks it (`Content.wrap`), it takes more than `lines` of them;
    whole where `width` is 0. Counted in characters, a title in wide letters (漢字, emoji)
    took twice the lines it was given (a trial)."""
    flat = one_line(text)
    kept = [line.plain for line in Content(flat).wrap(width)] if width > 1 else []
    if len(kept) <= lines:
        return flat
    last, start = kept[lines - 1], 0  # where `last` starts in `flat` (no space put into a
    for line in kept[:lines - 1]:     # word broken across lines, as " ".join would)
        start = max(flat.find(line, start), start) + len(line)
    start = max(flat.find(last, start), start)
    while last and cell_len(last) > width - 1:
        last = last[:-1]
    return (flat[:start] + last).rstrip() + "…"


_MISSING = {"file": "⚠ Its review's file could not be read: see below",
            "missing": "⚠ Its review is not in the library: Enter says why"}
"""The line of a session whose review will not open (`SessionSummary.review_missing`): the
file is named in the problems below the lists; Enter says which review looks like it."""


def session_option(entry: SessionSummary, copy: FoundCopy | None = None,
                   twins: frozenset[str] = frozenset(), width: int = 0) -> Option:
    """A saved session's row; `copy`: a newer emergency copy of it, said on its last line.
    A review's title in `twins` (another review in the library has it too, as the review's
    own row says) is followed by the review's id: two sessions on two "Child QX" could not
    be told apart (a trial). The session's title takes `TITLE_LINES` lines of `width`
    columns at most (0: as many as it needs), after ✎ where a point, an action or a person
    is typed in it and not added (`SessionSummary.typed`; the heading says what ✎ means)."""
    s = entry
    mode = "team" if s.mode == "team" else "individual"
    held, changed = s.created.astimezone(), s.updated.astimezone()
    # When it was started (a meeting's day), and when last changed if another day.
    when = f"{held:%d %b %Y %H:%M}" + (
        f" · changed {changed:%d %b %Y}" if s.changed_later else "")
    counted = s.counted  # of the questions its review asks now (reflect/answered.py)
    review = s.review_title + (f" (id {s.review_id})" if same_title(s.review_title) in twins
                               else "")
    details = f"{review} · {mode} · {when} · {counted.of()} answered"
    mark = f"{TYPED_MARK} " if s.typed else ""  # (before the title: never cut with it)
    title = cut_to_lines(s.label, max(width - len(mark), 0) if width else 0)
    lines = [literal(mark + title, "bold"), literal(one_line(details))]
    if s.team:  # (cut as the title is: a team of 400 wide letters took 29 lines, a trial)
        lines.insert(1, literal(cut_to_lines(s.team, width)))
    if counted.kept:  # a review replaced since: said, never hidden, nor counted as answered
        lines.append(literal(f"{counted.kept_said()} (in the file and the notes)", "italic"))
    if s.review_missing:  # it will not open: said before Enter is pressed (a trial)
        lines.append(literal(_MISSING[s.review_missing], "bold"))
    if entry.read_only:
        lines.append(literal("read-only: " + entry.read_only, "italic"))
    if copy is not None:  # (typed while it could not be saved: its file lacks it)
        lines.append(literal("⚠ A newer emergency copy (below): " + (
            "open in another reflect; close it there, then Enter here offers the copy"
            if copy.open_elsewhere else "Enter offers it"), "bold"))
    return Option(Content("\n").join(lines), id=str(entry.path))


class SessionList(ListedOptionList):
    """The saved sessions. The library's own keys — n, t, i — and Ctrl+R (Reports) still work
    while a saved session is chosen (a person reaching for Import should never land on
    Duplicate); the footer leaves them out there so that the session keys fit 80 columns."""

    BINDINGS = [
        Binding("n", "library('new_session')", show=False),
        Binding("t", "library('themed_session')", show=False),
        Binding("i", "library('import')", show=False),
        Binding("ctrl+r", "library('reports')", show=False),
    ]

    def action_library(self, action: str) -> None:
        getattr(self.screen, f"action_{action}")()


def at_top(options: ListedOptionList) -> None:
    """A list the search box has just refilled: its first row highlighted and whole at the
    top. The highlight had stayed on the session it was on, and the list scrolled to show it:
    at 60x20 the saved sessions started mid-entry ("Child L · team · …"), the first one's
    title above the top edge, and Home and ↑ (the highlight already at the top) left it so,
    even with the search emptied (a trial)."""
    if options.option_count and not options.get_option_at_index(0).disabled:
        options.highlighted = 0
    options.scroll_home(animate=False, immediate=True)
