"""The Reports screen's reading place, kept across a resize (`ReadingPlace`).

Under 24 rows the filters and the report scroll as one page (#report-page); taller, the report
scrolls on its own below them (`ReportView`). A trial at 60x20: a resize put the page back at
its top (through 24 rows and back, the report's own scroll and the page's each at their top),
and at a new width (the report's paragraphs and tables laid out again, of other heights) the
same scroll showed another part of it. So the part of the report at the top of what scrolls it
is noted as the resize comes, with how far into it the view was, and brought back to the top
each time the screen is laid out, until the reader scrolls (or a new report is shown)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget


@dataclass(frozen=True)
class Place:
    """A part of the report (`part`, one of the report's widgets), and how many of its lines
    (`into`, of the `height` it had) were above the top of the view (less than none: how many
    blank lines between the top and the part)."""

    part: Widget
    into: int
    height: int

    def line_now(self) -> int:
        """The line of `part` to bring to the view's top now, its height perhaps changed (a
        paragraph wrapped at another width): as far into it as before, in proportion."""
        height = self.part.region.height
        if self.into <= 0 or not height or not self.height:
            return self.into
        return min(self.into * height // self.height, height - 1)


class ReadingPlace:
    """The reader's place on `screen`, noted at a resize (`note`) and kept (`keep`, called as
    the screen is laid out) until `drop`: the reader scrolled since, or another report is
    shown. `scroller()` is what scrolls the report now (the page, or the report alone) and
    `report` the report's widget."""

    def __init__(self, screen: Screen[Any], report: Widget, page: VerticalScroll) -> None:
        self.screen, self.report, self.page = screen, report, page
        self.place: Place | None = None
        self.kept: tuple[Widget, float, float] | None = None
        """What scrolled, the line it was asked to scroll to and the one it reached (the
        report may have been shorter then), when the place was last kept: scrolled
        elsewhere since, the reader scrolled (the place is dropped)."""

    def scroller(self) -> VerticalScroll:
        if self.screen.has_class("-page-scrolls"):
            return self.page
        assert isinstance(self.report, VerticalScroll)
        return self.report

    def note(self) -> None:
        """As a resize comes, before the screen is laid out at its new size: the part of the
        report at the top of the view (none where the view is at the report's top, or above
        it, on the filters: the view stays at its top). A place noted and not yet kept stays
        (a second resize before the screen is laid out again reads the same)."""
        if self.place is not None:
            return
        scroller = self.scroller()
        top = scroller.content_region.y
        if scroller.scroll_y == 0 or self.report.region.y > top:
            return  # (at the top, or the page on the filters above the report)
        first = next((w for w in self.report.children
                      if w.display and w.region and w.region.bottom > top), None)
        if first is not None:
            self.place = Place(first, top - first.region.y, first.region.height)
            self.kept = None

    def keep(self) -> None:
        """The place noted brought back to the top of the view (as far as the report
        allows), unless the reader has scrolled since it was last kept."""
        place = self.place
        if place is None:
            return
        if not place.part.is_attached or not place.part.region:
            self.drop()
            return
        scroller = self.scroller()
        if self.kept is not None:
            was, asked, reached = self.kept
            if was is scroller and scroller.scroll_y not in (
                    reached, min(asked, scroller.max_scroll_y)):
                self.drop()  # moved by the reader since (not by the report's height)
                return
        virtual = place.part.region.y - scroller.content_region.y + scroller.scroll_y
        y = virtual + place.line_now()
        if scroller.scroll_y != y:
            scroller.scroll_to(y=y, animate=False, immediate=True)
        self.kept = (scroller, y, scroller.scroll_y)

    def drop(self) -> None:
        self.place, self.kept = None, None
