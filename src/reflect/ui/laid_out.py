"""Whether a screen has a layout or a scroll still to bring up to date (`unsettled`), and
whether a widget is laid out with what it holds now, so that its region can be scrolled to.

A callback run after a refresh (`call_after_refresh`) can still find a list's new rows not
laid out: a DataTable measures the rows added to it only once its own queue is empty, and
the screen lays it out at that height a frame later. Where the screen's frame came first, the
eighth action added at 100x30 was scrolled to as the table was, a row shorter, and its row
stayed a line under the foot of the view (a flaky test, 2 runs in 1,650).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import chain
from typing import TYPE_CHECKING, Any

from textual.css.scalar import Unit
from textual.screen import Screen
from textual.widget import Widget

if TYPE_CHECKING:
    from reflect.ui.widgets.tables import RowTable

_WAITING = "_reflect_waiting"
"""The attribute holding what a widget waits to run once its screen, under a dialog, is laid
out (`after_layout`)."""
_FOLLOWING = "_reflect_following"
"""The attribute holding what a widget runs after every layout of its screen
(`after_each_layout`).

Both are held by the widget itself, and go with it. (They were held in module-wide weak-keyed
dictionaries, whose values, the widget's own bound methods, kept every widget that had ever
followed its width alive, with all it held, for as long as reflect ran: a meeting's panes,
tables and answer boxes, every session opened since start; the test suite's processes grew by
some 3,000 objects a test, and each of Python's collections walked them all.)"""


def _held(widget: Widget, name: str) -> list[Callable[[], object]]:
    """The widget's own list `name` (`_WAITING`, `_FOLLOWING`), made empty if it has none."""
    held: list[Callable[[], object]] | None = widget.__dict__.get(name)
    if held is None:
        held = widget.__dict__[name] = []
    return held


def unsettled(node: Widget, *, layout: bool = True, scroll: bool = True,
              widgets: Iterable[Widget] | None = None) -> bool:
    """Whether a layout (`layout`) or a scroll (`scroll`) is still to be brought up to date
    on `node`'s screen: one `node` (the screen, as a rule) has been told of, or one of
    `widgets` (None: every widget inside `node`) has still to tell it of. Textual's own flags
    (`_layout_required`, `_scroll_required`, 8.x; a widget's set until it is next idle): no
    public property says so, and nothing else here asks them (`Literal.refresh` keeps
    Textual's count of layouts by its own, `OrderedAsShown.lay_out_if_pending` clears the
    screen's as it lays it out)."""
    nodes = chain((node,), node.walk_children(Widget) if widgets is None else widgets)
    return any((layout and each._layout_required) or (scroll and each._scroll_required)
               for each in nodes)


def laid_out(widget: Widget) -> bool:
    """Whether `widget` and its screen have no layout waiting, and a DataTable has measured
    the rows it holds and been laid out at their height (or held shorter: `max-height`)."""
    from textual.widgets import DataTable  # (here: importing it took 2 ms of the start
    # screen's first frame, which has no table; the session's tables have it imported)

    # A screen that is not on view lays nothing out until it is again: it is not waited for.
    screen = widget.screen
    if unsettled(widget, scroll=False, widgets=[screen] if screen.is_current else []):
        return False
    if not isinstance(widget, DataTable) or not widget.display:
        return True
    # (the flags alone missed it now and then: the table measured, its screen not yet told)
    lines = widget._total_row_height + (widget.header_height if widget.show_header else 0)
    cap = widget.styles.max_height
    held = cap is not None and cap.unit == Unit.CELLS and widget.outer_size.height >= cap.value
    shown = widget.size.height
    return (not widget._require_update_dimensions and widget.virtual_size.height == lines
            and (shown == lines or (held and shown < lines)))


def after_layout(widget: Widget, callback: Callable[[], object]) -> None:
    """Run `callback` once `widget`'s screen has been laid out again: after the next refresh
    where the screen is on top (`call_after_refresh`); where a dialog is over it, once the
    screen itself is laid out (Textual's layout signal), which it is as it comes back on top.
    Textual hands a callback asked after a refresh to the screen on top, whatever screen the
    widget is on: the dialog, with nothing to draw, ran it at once, and a callback asking
    again until its own screen was laid out (the people table's Selected line brought into
    view: `RowTable.show_line_under`) went round without a pause while the dialog showed,
    7,000 times in one test, a core kept busy. (The widget's own subscriptions to that signal
    end with the wait: none has one.)"""
    screen = widget.screen
    if screen.is_active:
        widget.call_after_refresh(callback)
        return
    waiting = _held(widget, _WAITING)
    waiting.append(callback)
    if len(waiting) > 1:
        return
    signal = screen.screen_layout_refresh_signal

    def laid_out_now(_: Screen[Any]) -> None:
        signal.unsubscribe(widget)  # (every subscription of the widget's: those kept, again)
        for each in _held(widget, _FOLLOWING):
            _subscribe_each(widget, each)
        waited = widget.__dict__.pop(_WAITING, [])
        for each in waited:
            each()

    signal.subscribe(widget, laid_out_now)


def after_each_layout(widget: Widget, callback: Callable[[], object]) -> None:
    """Run `callback` in `widget`'s own queue after each layout of its screen, for a widget
    that must follow its width though Textual may not tell it. Textual sends a widget its
    Resize as a layout finds it new or resized against the layout before; where a scroll has
    laid out only what is in view meanwhile, and something has asked where a widget is, that
    layout is worked out again with the widgets mounted since, in their places, and one
    mounted out of view is then neither new nor resized: its Resize is never sent (Textual
    8.2, `Compositor.reflow` after `reflow_visible` and `full_map`). The report's table of
    reviews, made again by Update below the fold at 80x24, stayed unfilled so, its key
    never shown (1 run in 160 under load). Call once, from its `on_mount`; `after_layout`
    on the same widget keeps it (a panel that lays itself out by its width and brings a row
    into view once laid out). Keep `callback` cheap: it runs at every layout, a scroll's
    too; check that the width changed before working anything out from it."""
    _held(widget, _FOLLOWING).append(callback)
    _subscribe_each(widget, callback)


def _subscribe_each(widget: Widget, callback: Callable[[], object]) -> None:
    widget.screen.screen_layout_refresh_signal.subscribe(
        widget, lambda _: widget.call_later(callback))


class FollowsWidth(Widget):
    """A panel whose table is filled by the panel's width (the people, the actions, last
    time's actions): filled again, after the refresh, wherever the width it has now does not
    fit it, at a Resize and after each layout of its screen, which may send none
    (`after_each_layout`). Call `follow_width` once, from `on_mount`, and say how its table
    is filled (`fill_to_width`). Put it last among the panel's bases: Textual takes a
    widget's CSS type names and DEFAULT_CSS along each class's first base alone, and a panel
    with it first was no longer found as an `ItemPanel` (`query(ItemPanel)`)."""

    def follow_width(self) -> None:
        after_each_layout(self, self.width_changed)  # (Textual may never send its Resize)

    def on_resize(self) -> None:
        self.width_changed()

    def width_changed(self) -> None:
        """The table filled again where it does not fit the width now (a panel with more
        laid out by its width adds that, then calls this)."""
        if self.size.width and not self.width_table().fits(self.size.width):
            self.call_after_refresh(self.fill_to_width)

    def width_table(self) -> RowTable:
        """The table filled by the panel's width."""
        from reflect.ui.widgets.tables import RowTable  # (it imports this module, by focus_view)

        return self.query_one(RowTable)

    def fill_to_width(self) -> None:
        """Fill the table (`width_table`) at the panel's width."""
        raise NotImplementedError
