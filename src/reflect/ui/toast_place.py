"""Where a screen's messages (Textual's toasts) are drawn: over neither the box being typed in
nor a title, on the screens and over the dialogs.

A fresh-eyes trial: at 80x24 two Ctrl+C reminders, stacked at the foot of the step, covered
the So what? box, whose text showed only "It m" for some five seconds; at 60x20 "Esc again
goes to the library" covered the action's What box; over the quit dialog a message sat over
the window's title. So each time the screen is laid out, the focus moves or (while messages
show) a moment passes, the rack of messages is placed at the first of these that fits:

1. the screen's main area (`TOASTS_OVER`, or all but the title and keys lines), as low as it
   fits (a dialog: as high), clear of the titles, of the box with the focus (a box typed in,
   or a button) and of the two lines above it (its label);
2. the same, the label given up;
3. the whole screen under its title, the time, status and keys lines given up;
4. the same, clear of the line the cursor is on only;

else at the foot of the main area, as before. Titles are never given up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from textual.geometry import Offset, Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets._toast import Toast

LABEL_LINES = 2
"""The lines above the box with the focus kept clear first: its label ("So what? …")."""


@dataclass(frozen=True)
class Band:
    """Rows the messages may take (`top` to `bottom`, not included), and what they must not
    cover there."""

    top: int
    bottom: int
    avoid: tuple[Region, ...]


def place(height: int, left: int, right: int, bands: Sequence[Band],
          from_top: bool = False) -> int | None:
    """The row under the messages (`height` rows, columns `left` to `right`) at the first
    place in the first band where they cover nothing it avoids: as low in the band as it
    fits, or `from_top` as high; None where no band has one."""
    for band in bands:
        bottoms = range(band.top + height, band.bottom + 1)
        for bottom in bottoms if from_top else reversed(bottoms):
            rack = Region(left, bottom - height, right - left, height)
            if not any(rack.overlaps(region) for region in band.avoid):
                return bottom
    return None


KEPT_CLEAR = frozenset({"Input", "TextArea", "Button"})
"""What messages keep clear of, with the focus: a box typed in, or a button. (By name:
importing TextArea here would bring it to the start screen, which never imports it.)"""


def typed_in(widget: Widget | None) -> Widget | None:
    """`widget`, when it is what messages keep clear of (`KEPT_CLEAR`)."""
    names = {cls.__name__ for cls in type(widget).__mro__} if widget is not None else set()
    return widget if names & KEPT_CLEAR else None


def regions(widgets: Iterable[Widget]) -> list[Region]:
    return [w.region for w in widgets if w.region]


def bands(screen: Screen[Any], area: Region, titles: list[Region]) -> list[Band]:
    """The places to try, in order (see the module)."""
    box = typed_in(screen.focused)
    focus = box.region.intersection(screen.region) if box is not None else Region()
    label = Region(focus.x, focus.y - LABEL_LINES, focus.width,
                   focus.height + LABEL_LINES) if focus else focus
    cursor = Region()
    at = getattr(box, "cursor_screen_offset", None)  # a box typed in: the line typed on
    if isinstance(at, Offset) and focus:
        cursor = Region(focus.x, at.y, focus.width, 1)
    below_title = min((r.bottom for r in titles if r.y == 0), default=0)
    whole = (below_title, screen.size.height)
    keep = tuple(titles)
    return [Band(area.y, area.bottom, (*keep, label)),
            Band(area.y, area.bottom, (*keep, focus)),
            Band(*whole, (*keep, focus)),
            Band(*whole, (*keep, cursor))]


def place_rack(screen: Screen[Any], rack: Widget, area: Region, titles: list[Region],
               from_top: bool = False) -> None:
    """Give the rack (docked at the screen's foot) the margin under it that puts its messages
    at the first place `bands` has for them; at the foot of `area` where none fits."""
    toasts = [t for t in rack.query(Toast) if t.region]
    if not toasts or not area:
        return
    # (The rack itself is not drawn, and Textual gives it no region: its messages' say how
    # tall it is, their margins with them.)
    height = max(t.region.bottom + t.styles.margin.bottom for t in toasts) - min(
        t.region.y - t.styles.margin.top for t in toasts)
    left = min(t.region.x for t in toasts)
    bottom = place(height, left, screen.size.width, bands(screen, area, titles), from_top)
    under = max(screen.size.height - (area.bottom if bottom is None else bottom), 0)
    if rack.styles.margin.bottom != under:
        rack.styles.margin = (0, 0, under, 0)
