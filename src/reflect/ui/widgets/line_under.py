"""A table and the line under it giving its highlighted row in full (`Selected: …`), scrolled
into view together (`RowTable.show_line_under`), and where the view's top then lands.

The lines over the table (its hint) show with it where they leave it a row; as the step
opens, the step from its top, where that leaves it a row: the table is held shorter, to
scroll within itself, for either. And the view's top never cuts a box in two: Who is here,
at 80x24 with five people, opened with its Title box scrolled off the top, only its lower
border showing, for the one line the table needed (a trial); at 60x20 the Facilitator box,
likewise. A box cut so goes up into view whole where what must show still fits, else out of
view above.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual.geometry import Region
from textual.widget import Widget

from reflect.ui.laid_out import after_layout, unsettled
from reflect.ui.widgets.held_lines import first_whole, out_of_view, whole_rows

if TYPE_CHECKING:
    from reflect.ui.widgets.tables import RowTable

MIN_WITH_LINE = 2
"""The fewest lines a table is held to so that the line under it shows whole with it (its
header and the highlighted row: at 60x20 an action's Selected line, with the recommendation
it answers, can take ten)."""


def within_pane(widget: Widget, pane: Widget) -> Region:
    """Where `widget` is in the whole of `pane` that scrolls, whatever part shows."""
    region = widget.virtual_region
    node = widget.parent
    while isinstance(node, Widget) and node is not pane:
        region = region.translate(node.virtual_region.offset - node.scroll_offset)
        node = node.parent
    return region


def shown_in(widget: Widget, pane: Widget) -> bool:
    """Whether `widget`, and each container it is in up to `pane`, is displayed."""
    node: object = widget
    while isinstance(node, Widget) and node is not pane:
        if not node.display:
            return False
        node = node.parent
    return True


def step_top(pane: Widget) -> Widget | None:
    """The first thing the step shows at its top (what scrolls, not a docked question)."""
    return next((w for w in pane.children if w.display and w.styles.dock == "none"), None)


def box_edge(pane: Widget, at: int, top: int, bottom: int, window: int) -> int:
    """Where the view's top goes rather than `at` (in `pane`'s whole height), so that no box
    is cut there: up to the top of those `at` cuts, where `bottom` still shows; else down,
    past them, where that does not pass `top` (the first line that must show); else `at`."""
    cut = [r for r in (within_pane(w, pane) for w in pane.query("*")
                       if not w.children and shown_in(w, pane)) if r.y < at < r.bottom]
    if not cut:
        return at
    up, down = min(r.y for r in cut), max(r.bottom for r in cut)
    if bottom - up <= window:
        return up
    return down if down <= top else at


_waits: WeakKeyDictionary[Widget, int] = WeakKeyDictionary()
"""How many layouts a table has waited for its line under it to be laid out (`show_with_line`)."""


def show_with_line(table: RowTable, from_top: bool = False) -> None:
    """`RowTable.show_line_under`: the table, its highlighted row and the line under it in
    view, from the step's top (`from_top`: as it opens) or the first of the lines over it
    shown, where they leave it a row; held shorter where they do not fit whole."""
    line = table.line_under
    pane = next((w for w in table.ancestors if isinstance(w, Widget)
                 and w.allow_vertical_scroll), None)
    if line is None or pane is None or table.screen.focused is not table:
        return
    if not line.region:  # (shown as the table took the focus, not yet laid out: once it is,
        waited = _waits.get(table, 0)  # at most a few layouts; it was left out of view until
        if line.display and waited < 8:  # the next key, once in a whole run: test_selected_line)
            _waits[table] = waited + 1
            after_layout(table, partial(table.show_line_under, from_top))
        return
    _waits.pop(table, None)
    if table.styles.max_height is None and say_above(table, 0):  # (held no more)
        after_layout(table, partial(table.show_line_under, from_top))
        return
    if unsettled(table.screen, scroll=False, widgets=[line]):  # (its new words not laid
        after_layout(table, partial(table.show_line_under, from_top))  # out: a row behind)
        return
    if table.app.animator.is_being_animated(pane, "scroll_y"):  # (the focus's own scroll)
        table.app.animator.force_stop_animation(pane, "scroll_y")
    table.row_into_view()  # (in the height it now has)
    if table.above is not None and table.above.display:
        _first_at_top(table)
    child = next(w for w in table.ancestors_with_self
                 if isinstance(w, Widget) and w.parent is pane)
    docked = child.dock_gutter  # (a question kept at the step's top)
    window = pane.scrollable_content_region.shrink(docked).height
    # Where they are in the pane's whole height, not on the screen: a step just opened is
    # scrolled (`reveal`) before it is drawn there.
    where, under = within_pane(table, pane), within_pane(line, pane)
    top, room = where.y, window - under.height
    row = table._get_row_region(table.cursor_row)
    first = step_top(pane) if from_top else None  # (where the highlighted row shows whole)
    over = next((w for w in table.lines_over if w.display), None)  # (the first shown)
    whole = (table.header_height if table.show_header else 0) + row.height - 1
    kept: Widget | None = None  # (the step's top, or the first line over it, shown with it)
    for least, w in ((whole, first), (MIN_WITH_LINE, over)):
        above = where.y - within_pane(w, pane).y if w is not None else 0
        if w is not None and room - above > least:  # (a header and a row of two lines)
            top, room, kept = where.y - above, room - above, w
            break
    if kept is None and table.above is not None and table.above.display:  # (said with it)
        above = where.y - within_pane(table.above, pane).y
        top, room = where.y - above, room - above
    hold = under.bottom - top > window and MIN_WITH_LINE <= room < where.height
    held_at = table.styles.max_height  # (set here before: `release` lets it go)
    anew = (table.above is not None and held_at is not None and not table.held_for_top
            and MIN_WITH_LINE <= room)  # (held for the step's top: until a move, as it is)
    if hold or anew:  # (one held, saying rows above, is held anew as its row moves)
        # A table with a line to say rows are above it is held to whole rows where some are
        # (`say_above`); else to the room, a row cut at its foot showing its first words.
        held, hidden = whole_rows(table, room) if table.above is not None else (room, 0)
        if say_above(table, hidden):  # (its line shown or gone: measured again first)
            after_layout(table, partial(table.show_line_under, from_top))
            return
        height = held if hidden else room
        if hold or held_at is None or held_at.value != height:
            table.styles.max_height = height  # (until the pane's size changes: `release`)
            table.held_for_top = kept is not None and kept is first  # (until a move: `moved`)
            after_layout(table, partial(table.show_line_under, from_top))  # at that height
            return
    if under.bottom - top > window:  # from the row down
        gutter = table.content_region.y - table.region.y
        top = max(where.y, min(where.y + gutter + row.y - round(table.scroll_y),
                               where.bottom - row.height))
    # Scrolled no further than they need (their top, if not all), the view's top clear of
    # any box cut in two.
    at = docked.top + round(pane.scroll_y)
    at = top if under.bottom - top > window else max(under.bottom - window, min(at, top))
    at = box_edge(pane, at, top, under.bottom, window)
    pane.scroll_to(y=at - docked.top, animate=False, immediate=True)


def say_above(table: RowTable, hidden: int) -> bool:
    """Say over `table` (its `above` line, where it has one) that `hidden` rows are out of view
    above it, held to whole rows under its hint (`whole_rows`), and how many are below the
    highlighted one (`out_of_view`), or nothing where none are above;
    True where the line is shown or gone now (the step to be laid out again). Coming back to
    last time's actions at 80x24, the table, held short under its hint, began with the last
    line of the action before the one highlighted (`invented team`), a row cut at its top;
    held to whole rows alone, nothing said the actions before it were there (a facilitator's
    trial)."""
    above = table.above
    if above is None:
        return False
    if hidden:
        from reflect.ui.widgets.literal import Literal

        if isinstance(above, Literal):
            # (held so, the rows it shows end with the highlighted one: `whole_items`)
            below = len(table.ordered_rows) - 1 - table.cursor_row
            above.show(out_of_view(hidden, below), "dim")
    if above.display == bool(hidden):
        return False
    above.display = bool(hidden)
    return True


def _first_at_top(table: RowTable) -> None:
    """Scroll `table`, held to whole rows with rows out of view above (`say_above`), so that
    the first it shows whole is at its top: scrolled only as far as the highlighted row, it
    could show that row from the top and cut the last one at the foot."""
    header = table.header_height if table.show_header else 0
    rows = [row.height for row in table.ordered_rows]
    if 0 <= table.cursor_row < len(rows):
        first = first_whole(rows, table.scrollable_content_region.height - header,
                            table.cursor_row)
        table.scroll_to(y=sum(rows[:first]), animate=False, immediate=True)
