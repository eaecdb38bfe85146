"""A list or table that draws no scroll bar of its own while the pane it scrolls in shows one.

A regression trial: the question step showed two bars side by side (`▃▃ ▆▆`: the points
list's, inside the step's own), and at 60x20 the step's column had two thumbs, one for the
step and one for the participants' table in it. Two bars for one place read as two things
to scroll, and the inner one took two columns from a narrow list. The list still scrolls
(its arrows, PgUp/PgDn, the wheel) and follows its highlight; only its bar gives way, and
comes back when the pane no longer shows one (a short step on a tall screen)."""

from __future__ import annotations

from textual import events, on
from textual.widget import Widget


def outer_scroller(widget: Widget) -> Widget | None:
    """The nearest widget above `widget` that scrolls up and down (a step's pane, a
    dialog's scrolling body, the screen)."""
    return next((a for a in widget.ancestors if isinstance(a, Widget)
                 and a.styles.overflow_y in ("auto", "scroll")), None)


class OneBar(Widget):
    """Mixed in after a scrolling widget (an option list, a table: first, for Textual takes
    its styles and component classes from the first base)."""

    @on(events.Mount)
    def _follow_the_outer_bar(self) -> None:
        outer = outer_scroller(self)
        if outer is not None:
            self.watch(outer, "show_vertical_scrollbar", self._outer_bar, init=True)

    def _outer_bar(self, shown: bool) -> None:
        if shown:
            self.styles.scrollbar_size_vertical = 0
        else:
            self.styles.clear_rule("scrollbar_size_vertical")
