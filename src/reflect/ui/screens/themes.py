"""Choosing a theme for a themed session: every theme in the library, with its reviews; then
the points, recommendations and questions it gathers, to untick what does not fit."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from reflect.model.review import Review
from reflect.model.theme_ids import near_themes
from reflect.model.themes import ThemeItem, theme_items, theme_label
from reflect.store.catalogue import ReviewSummary
from reflect.text import matches_query, naming_words, one_line, search_text
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.choice import TickList
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal, literal


def theme_option(theme: str, reviews: list[ReviewSummary]) -> Option:
    # As the session will ask them: a question several reviews ask is one (the picker said 23
    # where the session had 19, a trial).
    n, questions = len(reviews), len({q for r in reviews for q in r.asks})
    counts = (f"  ·  {n} review{'s' if n != 1 else ''}, "
              f"{questions} question{'s' if questions != 1 else ''}")
    return Option(Content("\n").join([
        literal(theme_label(theme), "bold") + literal(counts, "dim"),
        literal(one_line("; ".join(r.title for r in reviews))),
    ]), id=theme)


class ThemeSearch(InOrderInput):
    """The picker's search box: → at its end puts the one theme offered for a search that
    finds none (`offered`) in the box, as → takes the team offered on the new-session form
    and the file offered on the import dialog (a key that does nothing else there); Enter then
    takes the theme, as it takes any theme the search finds."""

    offered = ""
    """The theme in words near what is typed ("" for none, or for several)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "right" and self.offered and self.cursor_at_end:
            event.stop()
            event.prevent_default()  # (not Input's own →)
            self.value = self.offered
            self.cursor_position = len(self.value)


def no_theme_said(query: str, themes: list[str]) -> tuple[str, str]:
    """What the list says when the search finds no theme, with the theme(s) likely meant in
    the command line's words ("did you mean domestic abuse?"), and the one → takes."""
    near = [theme_label(t) for t in near_themes(query, themes)]
    if not near:
        return "No theme matches your search.", ""
    said = f"No theme matches your search: did you mean {' or '.join(near)}?"
    if len(near) == 1:
        return f"{said} → at the end of the box puts it there, and Enter takes it.", near[0]
    return f"{said} Type the one you mean.", ""


SOURCE_WIDTH = 24
"""The most of a review's title (or titles) an item's row shows: the rest is on the line
below the list when the item is highlighted."""


class ThemeScreen(ReflectModal[str | None]):
    """Dismisses with the chosen theme (as tagged, e.g. `information-sharing`), or None."""

    DEFAULT_CSS = """
    ThemeScreen {
        align: center middle;
    }
    ThemeScreen #themes-dialog {
        height: auto;
        max-height: 100%;
    }
    ThemeScreen #theme-list {
        height: auto;
        max-height: 16;
        min-width: 12;  /* (as a row of buttons: at 8 columns its lines had no width left
                           for words, and Rich's chop_cells ended reflect, a trial) */
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("down", "move(1)", "Next theme", show=False),
        Binding("up", "move(-1)", "Previous theme", show=False),
    ]

    def __init__(self, themes: dict[str, list[ReviewSummary]]) -> None:
        super().__init__()
        self.themes = themes

    def compose(self) -> ComposeResult:
        with Vertical(id="themes-dialog", classes="dialog"):
            yield Literal("Themed session: the learning and questions of every review tagged "
                          "with one theme, each shown with the review it comes from.", "bold")
            yield Literal("Type to narrow the list; ↑ ↓ choose, Enter continues, Esc cancels.",
                          "dim")
            yield ThemeSearch(placeholder="Search themes and reviews…", id="theme-search",
                              compact=True)
            yield OptionList(id="theme-list")

    def on_mount(self) -> None:
        self.show_themes()
        self.query_one("#theme-search", Input).focus()

    def show_themes(self) -> None:
        search = self.query_one("#theme-search", ThemeSearch)
        query = search.value
        options = self.query_one("#theme-list", OptionList)
        options.clear_options()
        # The theme and its reviews' titles are the names ("Child L" lists the themes of
        # Child L); a short word is one only where it starts a review's name, as in the library.
        titles = {t: " · ".join(r.title for r in rs) for t, rs in self.themes.items()}
        named = naming_words(query, (search_text(ts) for ts in titles.values()))
        texts = {t: search_text(f"{t} {theme_label(t)}", titles[t]) for t in self.themes}
        shown = [(t, rs) for t, rs in self.themes.items()
                 if matches_query(query, texts[t], named)]
        options.add_options([theme_option(t, rs) for t, rs in shown])
        search.offered = ""
        if not shown:
            said, search.offered = no_theme_said(query, list(self.themes)) if self.themes \
                else ("No review in the library is tagged with a theme yet.", "")
            options.add_option(Option(literal(said), disabled=True))
        options.highlighted = 0 if shown else None

    @on(Input.Changed, "#theme-search")
    def _search_changed(self) -> None:
        self.show_themes()

    def action_move(self, by: int) -> None:
        """Arrows move through the list while the search box has the cursor."""
        options = self.query_one("#theme-list", OptionList)
        if options.highlighted is None:
            return
        options.highlighted = max(0, min(options.option_count - 1, options.highlighted + by))

    @on(Input.Submitted, "#theme-search")
    def _search_submitted(self) -> None:
        options = self.query_one("#theme-list", OptionList)
        opt = options.highlighted_option
        if opt is not None and not opt.disabled and opt.id is not None:
            self.dismiss(opt.id)

    @on(OptionList.OptionSelected, "#theme-list")
    def _theme_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ThemeItemsScreen(ReflectModal[list[str] | None]):
    """Before a themed session starts: every point, recommendation and question, ticked; the
    facilitator unticks what does not fit. Dismisses with the keys left out, or None."""

    DEFAULT_CSS = """
    ThemeItemsScreen {
        align: center middle;
    }
    ThemeItemsScreen #theme-items-dialog {
        height: 100%;
    }
    ThemeItemsScreen #theme-items {
        height: 1fr;
    }
    ThemeItemsScreen #theme-item-detail {
        height: auto;
        max-height: 6;
    }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "go_on", "Continue", priority=True),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review
        self.items = theme_items(review)

    def compose(self) -> ComposeResult:
        with Vertical(id="theme-items-dialog", classes="dialog"):
            yield Literal(f"{self.review.title}: what this session covers", "bold")
            yield Literal("Space unticks what does not fit the theme; Ctrl+S goes on to the "
                          "session's details, Esc cancels.", "dim")
            yield TickList[str](*[Selection(self._prompt(item, True), item.key, True)
                                  for item in self.items], id="theme-items")
            yield Literal("", id="theme-item-detail")
            yield Literal("", id="theme-items-status")

    @staticmethod
    def _prompt(item: ThemeItem, kept: bool) -> Content:
        """One line: kept or left out in words (as the box is ticked or blank), the
        section, the review it comes from (in the words the notes use, "from Child A", cut
        short when long: which child's review shows at 60 columns), the text (cut to fit;
        the highlighted item is shown whole below)."""
        source = literal(f" from {one_line(item.source, SOURCE_WIDTH)}", "italic") \
            if item.source else Content("")
        return (literal(f"{'✓' if kept else '✗ left out'} ")
                + literal(item.section, "bold") + source + literal(" · ")
                + literal(one_line(item.text)))

    @on(SelectionList.SelectedChanged, "#theme-items")
    def _ticked(self, event: SelectionList.SelectedChanged[str]) -> None:
        chooser = event.selection_list
        kept = set(chooser.selected)
        for n, item in enumerate(self.items):
            chooser.replace_option_prompt_at_index(n, self._prompt(item, item.key in kept))
        if any(i.key in kept for i in self.items if i.section == "Question"):
            # Ctrl+S's refusal stayed on after a question was ticked again (a trial)
            self.query_one("#theme-items-status", Literal).show("")

    @on(SelectionList.SelectionHighlighted, "#theme-items")
    def _highlighted(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        item = self.items[event.selection_index]
        source = f"  (from {item.source})" if item.source else ""
        self.query_one("#theme-item-detail", Literal).show(
            f"{item.section}: {item.text}{source}", "dim")

    def on_mount(self) -> None:
        self.query_one("#theme-items", SelectionList).focus()

    def action_go_on(self) -> None:
        kept = set(self.query_one("#theme-items", SelectionList).selected)
        if not any(i.key in kept for i in self.items if i.section == "Question"):
            self.query_one("#theme-items-status", Literal).show(
                "Keep at least one question: a session needs something to discuss.", "bold")
            return
        self.dismiss([i.key for i in self.items if i.key not in kept])

    def action_cancel(self) -> None:
        self.dismiss(None)
