"""How many lines a list held to the room under its form (`ItemPanel._row_into_view`) is given:
an option list's whole options only, up to the one to show. Held to the room in the
presentation view, a question's points showed a leftover line of a point wrapped at the top
(a room trial)."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import OptionList


def whole_lines(listing: Widget, room: int, index: int) -> int:
    """Of `room` lines, those that show options up to `index` whole (`room` for a table, whose
    rows are a line each, and where not even option `index` fits)."""
    if not isinstance(listing, OptionList):
        return room
    heights, taken = listing._heights, 0
    for n in range(index, -1, -1):
        if taken + heights.get(n, 1) > room:
            break
        taken += heights.get(n, 1)
    return taken or room
