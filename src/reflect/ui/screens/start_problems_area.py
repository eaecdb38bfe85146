"""The start screen's problems area, under the lists: one summary line (`problems_summary`)
until it is Tabbed to or clicked, then the whole text (`problems_text`) and the button that
deletes the copies holding nothing new (start_copies.py).

Shown whole all the time, it took six rows of 80x24 with an unfinished review and an emergency
copy, and the library showed one review and a half (a trial). Its paths are wrapped after a "/"
(`wrapping.fitted`): the terminal broke one mid-name (`….tom`, then `l`); where a copy's name
is wider than a line (60 columns), the copies are named short under their folder
(`start_problems.problems_lines`).

The button is made only once there are copies for it to delete: made with the screen, it was
the only Button of the start screen, and Textual read Button's own styles (its every variant)
for it before the first frame, some 4 ms of its CPU, for a button that almost never shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Button

from reflect.store.catalogue import Catalogue
from reflect.ui.screens.start_problems import (
    delete_label,
    problems_lines,
    problems_summary,
    problems_text,
    way_in,
)
from reflect.ui.widgets.literal import Fitted, Literal

if TYPE_CHECKING:  # (types only: the copies are read after the first frame)
    from reflect.store.copies import FoundCopy


class ProblemsArea(VerticalScroll):
    """Folded to its summary line unless the focus is in it (app.tcss: `:focus-within`)."""

    said = ""
    """The whole text, as it is before it is wrapped (for tests)."""

    def compose(self) -> ComposeResult:
        yield Literal("", "bold", id="problems-summary")
        yield Fitted(id="problems-text")

    def show(self, library: Catalogue, sessions: list[str], copies: list[FoundCopy],
             inside: Sequence[str] = ()) -> bool:
        """Says what there is; False: nothing (the area hidden, and the screen told so).
        `inside`: the folders of sessions not listed (`SummaryList.inside`)."""
        self.said = problems_text(library, sessions, copies, inside=inside)
        if not self.said and self.is_attached and self.has_focus_within:
            # (its files mended and read again, `r`: the focus, hidden with it, was on nothing,
            # and Enter on the library did nothing until Tab: a trial)
            self.screen.query_one("#reviews").focus()
        self.display = bool(self.said)
        self._summary = partial(problems_summary, library, sessions, copies, inside=inside)
        self.say_way_in()
        self.query_one("#problems-text", Fitted).fit(
            partial(problems_lines, library, sessions, copies, inside=inside)
            if self.said else None)
        same = any(c.state == "same" for c in copies)
        made = self.query("#delete-same-copies").results(Button)
        button = next(made, None)
        if button is None and same:  # (start_copies)
            button = Button("", id="delete-same-copies", compact=True)
            self.mount(button)
        if button is not None:
            button.set_class(not same, "-none")
            button.label = delete_label(copies)
        return bool(self.said)

    _summary: Callable[[str], str] = staticmethod(lambda way: "")
    """The first line, given how it is reached (`problems_summary`, for what is there)."""

    def say_way_in(self) -> None:
        """The first line, saying how many Tabs (or Shift+Tabs) reach the area from the focus
        now (`way_in`): said again as the focus moves (the screen's `_focus_moved`)."""
        chain = self.screen.focus_chain if self.is_attached else []
        focused = self.screen.focused if self.is_attached else None
        if self in chain and self.display:
            at = chain.index(focused) if focused in chain else -1
            tabs = (chain.index(self) - at) % len(chain) if at >= 0 else chain.index(self) + 1
            way = way_in(0 if self.has_focus_within else tabs, len(chain) - tabs)
        else:
            way = way_in(1, 1)
        self.query_one("#problems-summary", Literal).show(self._summary(way))
