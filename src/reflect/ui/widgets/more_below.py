"""A line at the foot of a scrolling form saying there is more of it below, while there is.

A fresh-eyes trial at 80x24: the new-session form's meeting length and its Start button were
below the fold, and nothing said the form went on (its scroll bar's thumb hardly showed)."""

from __future__ import annotations

from textual.widget import Widget

from reflect.ui.widgets.literal import Literal


class MoreBelow(Literal):
    """Docked at the foot of the scrolling container it is put in (its parent), shown while
    some of that container is below what it shows, and saying `words`."""

    DEFAULT_CSS = """
    MoreBelow {
        dock: bottom;
        height: 1;
        display: none;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        background: $surface;
    }
    """

    def __init__(self, words: str, **kwargs: object) -> None:
        super().__init__(words, "italic", **kwargs)

    def on_mount(self) -> None:
        box = self.parent
        if isinstance(box, Widget):
            self.watch(box, "scroll_y", self._check_later, init=False)
        self.screen.screen_layout_refresh_signal.subscribe(self, self._laid_out)
        self._check_later()

    def _laid_out(self, _: object) -> None:
        self._check()  # (called once the layout is done: the regions are the new ones)

    def _check_later(self) -> None:
        self.call_after_refresh(self._check)

    def _check(self) -> None:
        """Shown while the container can scroll further down. (Shown, it takes a line from
        the view, and the container can scroll one line further: it is hidden only once the
        container is scrolled to its very end, and stays so.)"""
        box = self.parent
        if self.is_attached and isinstance(box, Widget):
            more = box.max_scroll_y > round(box.scroll_y)
            if self.display != more:
                self.display = more
