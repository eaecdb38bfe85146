"""How many lines a list held to the room under its form (`ItemPanel._row_into_view`) is given:
its whole options or rows only, up to the one to show. Held to the room in the presentation
view, a question's points showed a leftover line of a point wrapped at the top (a room trial);
and at 80x24 the actions' table, its rows wrapped, showed row 1's last lines over row 2 just
added (a new user's trial)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.widget import Widget
from textual.widgets import DataTable, OptionList


def whole_items(heights: Sequence[int], room: int, index: int) -> int:
    """Of `room` lines, those that show the items of `heights` up to `index` whole, from the
    nearest to it back; where every item up to it fits, from the first, the items after it
    too, while each fits whole. `room` where not even item `index` fits (it shows from its
    top, the rest of it scrolled to)."""
    taken, first = 0, index + 1
    for n in range(index, -1, -1):
        if taken + heights[n] > room:
            break
        taken, first = taken + heights[n], n
    for n in range(index + 1, len(heights)) if first == 0 else ():
        if taken + heights[n] > room:
            break
        taken += heights[n]
    return taken or room


def first_whole(heights: Sequence[int], room: int, index: int) -> int:
    """The first of the items `whole_items` shows in `room` lines up to `index` (`index`
    where not even it fits): those before it are out of view above."""
    taken, first = 0, index
    for n in range(index, -1, -1):
        if taken + heights[n] > room:
            break
        taken, first = taken + heights[n], n
    return first


def whole_rows(table: DataTable[Any], room: int) -> tuple[int, int]:
    """Of `room` lines, those that show `table`'s header and its rows up to the highlighted
    one whole (`whole_lines`), and how many rows that leaves out of view above it."""
    header = table.header_height if table.show_header else 0
    rows = [row.height for row in table.ordered_rows]
    index = table.cursor_row
    if not 0 <= index < len(rows) or room <= header:
        return room, 0
    return header + whole_items(rows, room - header, index), \
        first_whole(rows, room - header, index)


def out_of_view(above: int, below: int) -> str:
    """What the line over a table held to whole rows says of its rows out of view: those above
    (and the key that shows them), then those below the highlighted row, where any are. Held
    with rows above, only the scroll bar said actions were below it too (a trial)."""
    said = f"↑ {above} more above (↑ shows {'it' if above == 1 else 'them'})"
    return f"{said} · ↓ {below} more below" if below > 0 else said


def whole_lines(listing: Widget, room: int, index: int) -> int:
    """Of `room` lines, those that show a list's options, or a table's rows under its header,
    up to `index` whole (`whole_items`). Point 1 put back (Ctrl+Z) at 60x20 held the list to
    its one line, and point 2, below it, seemed gone (a facilitator's fresh-eyes trial)."""
    if isinstance(listing, OptionList):
        heights = [listing._heights.get(n, 1) for n in range(listing.option_count)]
        return whole_items(heights, room, index) if index < len(heights) else room
    if isinstance(listing, DataTable):
        header = listing.header_height if listing.show_header else 0
        rows = [row.height for row in listing.ordered_rows]
        if index >= len(rows) or room <= header:
            return room
        return header + whole_items(rows, room - header, index)
    return room


def held_to(listing: Widget, room: int) -> bool:
    """Hold `listing` to `room` lines where it is taller, or let it take them where held to
    fewer before and more of it is scrolled away (held to row 2's 5 lines, row 3 added under
    it was shown with row 2 cut: a test); True where its height changes (lay it out again
    before scrolling to its item). Let go only while it scrolls (`max_scroll_y`), so a table
    at its own height is never asked again."""
    height = listing.outer_size.height
    if room < height or (room > height and listing.styles.max_height is not None
                         and listing.max_scroll_y > 0):
        listing.styles.max_height = room
        return True
    return False
