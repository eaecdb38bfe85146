"""A line at the foot of a scrolling form saying there is more of it below, while there is.

A fresh-eyes trial at 80x24: the new-session form's meeting length and its Start button were
below the fold, and nothing said the form went on (its scroll bar's thumb hardly showed).
Then a second: the line said `More below, down to Start session` with the Start button on
screen (only the blank line under it was below), and the export dialog pointed to a tick
"below" under its options with nothing saying the options went on past its buttons."""

from __future__ import annotations

from textual.widget import Widget

from reflect.ui.widgets.literal import Literal


class MoreBelow(Literal):
    """Docked at the foot of the scrolling container it is put in (its parent), shown while
    some of what that container holds is below what it shows, and saying `words`; over the
    container's own docked foot (`over`, a selector: the export dialog's buttons) where it
    has one."""

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

    def __init__(self, words: str, over: str | None = None, **kwargs: object) -> None:
        super().__init__(words, "italic", **kwargs)
        self.over = over
        """The container's docked foot this line sits on (None: its very foot)."""

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
        """Shown while the lowest of what the container holds ends below its view (the view
        as it is without this line: shown, the line takes a line from it). A blank line
        under the last of it (a margin) is nothing more: shown for one, the line said the
        Start button was below while it was on screen."""
        box = self.parent
        if not self.is_attached or not isinstance(box, Widget):
            return
        self._sit_on_foot()
        held = [w for w in box.children if w.display and w.styles.dock == "none"]
        if not held:
            return
        gutter = held[0].dock_gutter  # (what docked lines take from the view)
        view = box.scrollable_content_region.height - gutter.top - gutter.bottom
        if self.display:
            view += self.outer_size.height - self.styles.margin.bottom
        end = max(w.virtual_region.bottom for w in held)  # (each without its margin)
        more = end > round(box.scroll_y) + gutter.top + view
        if self.display != more:
            self.display = more

    def _sit_on_foot(self) -> None:
        """Over the container's docked foot (`over`), as high as that is now (its buttons
        take a line each under 30 rows, two rows of them at 60 columns)."""
        feet = self.parent.query_children(self.over) if self.over and self.parent else None
        lift = feet.first().outer_size.height if feet and feet.first().display else 0
        if self.styles.margin.bottom != lift:
            self.styles.margin = (0, 0, lift, 0)
