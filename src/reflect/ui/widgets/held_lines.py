"""How many lines a list held to the room under its form (`ItemPanel._row_into_view`) is given:
an option list's whole options only, up to the one to show. Held to the room in the
presentation view, a question's points showed a leftover line of a point wrapped at the top
(a room trial)."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import OptionList


def whole_lines(listing: Widget, room: int, index: int) -> int:
    """Of `room` lines, those that show options up to `index` whole (`room` for a table, whose
    rows are a line each, and where not even option `index` fits); where every option up to
    it fits, from the first, the options after it too, while each fits whole. Point 1 put back
    (Ctrl+Z) at 60x20 held the list to its one line, and point 2, below it, seemed gone (a
    facilitator's fresh-eyes trial)."""
    if not isinstance(listing, OptionList):
        return room
    heights, taken, first = listing._heights, 0, index + 1
    for n in range(index, -1, -1):
        if taken + heights.get(n, 1) > room:
            break
        taken, first = taken + heights.get(n, 1), n
    for n in range(index + 1, listing.option_count) if first == 0 else ():
        if taken + heights.get(n, 1) > room:
            break
        taken += heights.get(n, 1)
    return taken or room
