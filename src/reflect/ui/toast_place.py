"""Where a screen's messages (Textual's toasts) are drawn: over neither the box being typed in
nor a title, on the screens and over the dialogs.

A fresh-eyes trial: at 80x24 two Ctrl+C reminders, stacked at the foot of the step, covered
the So what? box, whose text showed only "It m" for some five seconds; at 60x20 "Esc again
goes to the library" covered the action's What box; over the quit dialog a message sat over
the window's title. So each time the screen is laid out, the focus moves or (while messages
show) a moment passes, the rack of messages is placed at the first of these that fits:

1. the screen's main area (`TOASTS_OVER`, or all but the title and keys lines), as low as it
   fits (a dialog: as high), clear of the titles, of the box with the focus (a box typed in,
   or a button) and of the two lines above it (its label), and of every row shown of the
   lists on view (`lists`: the agreed actions, a question's points);
2. the same, the label given up;
3. and 4. the same again, clear of the lists' row just added (`fresh_row`: its highlighted
   row, else its last) only, their other rows given up; where none of 1 to 4 has room for
   the messages with the line above the first (its margin, not drawn), those four again
   without it, before anything over the time, status and keys lines: a fresh-eyes trial at
   80x24 had "“@Sample” could be Sam Sample or Chris Sample…", five lines, over the time,
   the status line and the keys for eight seconds, where the five lines under the point
   just added were free (a question of six lines above it);
5. the whole screen under its title, the time, status and keys lines given up (as high as
   it fits: as few of them as it can, the keys last);
6. the same, clear of the line the cursor is on (and the row just added) only;
7. the same, clear of the line the cursor is on only;
8. where none of those has room for the messages with the line above the first (its margin,
   not drawn), those places again without it;
9. the whole screen under its title, clear of the titles only;
10. the same, clear of the titles and the lists' rows just added (`fresh_row`), their other
   rows given up (those the presentation view counts as titles, below);
11. the same, clear of the rows just added only;

else at the foot of the main area, as before. Titles are given up only for the rows just added
(11). In the presentation view every row shown of the step's lists (a question's points)
counts as a title (`WalkthroughBase.toast_titles`): the room reads them, and at 60x20 a message
covered the first three (a trial); with eight points there, a message goes over the box typed
in (9). Where even that has no room (60x20 with the room open: its three lines under the keys,
and a message of five lines), the older points are given up, never the newest (10), then the
lines under the step (11, as low as it fits: the time, the hint and the room's lines): a
message fitting nowhere went to the foot of the step, which is where the newest point is, and
covered it for seconds (a trial).

A regression trial at 60x20: "“@Sample” matches 2 people …" (six lines) covered the point just
added, the status line and the keys; at 80x24 two messages stacked over the Summary box being
typed in. A facilitator on a shared screen wants the room to see what was just typed, and
the message read; the status line can wait a few seconds. So where the messages fit only by
giving up some of what was just typed (6 and on, or nowhere), fewer show at once: the older
ones are set aside (on this screen: a dialog still shows them) when the newest alone fits
better (`place_rack`); and whatever is left over the time, status and keys lines (5 and on)
stays at most `COVERING_STAY` seconds more. (Only while a box typed in has the focus: a
dialog's messages, over its button, all stay their time, to be read as the dialog is.)

A message of keys alone (the Ctrl+C reminder: `notices.about_keys`) goes first where it covers
no box typed in at all, the focused one or another: the main area, else the whole screen under
its title (as high as it fits, over as few of the time, status and keys lines as it can;
`clear_of_boxes`); then as any other. At 60x20 it covered the right end of the box for the time
to log for CPD, under the answer being typed, where the keys line it speaks of was free to
cover (a trial).

A fresh-eyes trial at 80x24: on What to do now, "Added. Its due date is not a date…" and "Type
what will be done first." covered the What and Due of the rows above the one just added,
while the owner's and due boxes below the box typed in, empty and not being typed in, were
free: the lists' rows come first (1 and 2), where the messages fit without them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, cast

from textual.geometry import Offset, Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button
from textual.widgets._toast import Toast, ToastHolder

COVERING_STAY = 8.0
"""Seconds, at most, a message stays once it covers the time, status or keys lines (place
5 and on, or nowhere fitting): long enough to read a message of six lines, and no longer
than most messages stay anyway."""
LABEL_LINES = 2
"""The lines above the box with the focus kept clear first: its label ("So what? …")."""


class Band(NamedTuple):
    """Rows the messages may take (`top` to `bottom`, not included), and what they must not
    cover there. (A NamedTuple: a frozen dataclass took 0.4 ms to build, in the start
    screen's first frame.)"""

    top: int
    bottom: int
    avoid: tuple[Region, ...]


def place(height: int, left: int, right: int, bands: Sequence[Band],
          from_top: bool = False) -> int | None:
    """The row under the messages (`placed`'s), or None."""
    found = placed(height, left, right, bands, from_top)
    return None if found is None else found[0]


def placed(height: int, left: int, right: int, bands: Sequence[Band],
           from_top: bool = False) -> tuple[int, int] | None:
    """The row under the messages (`height` rows, columns `left` to `right`), and which
    band, at the first place in the first band where they cover nothing it avoids: as low in
    the band as it fits, or `from_top` as high; None where no band has one."""
    for which, band in enumerate(bands):
        bottoms = range(band.top + height, band.bottom + 1)
        for bottom in bottoms if from_top else reversed(bottoms):
            rack = Region(left, bottom - height, right - left, height)
            if not any(rack.overlaps(region) for region in band.avoid):
                return bottom, which
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


def fresh_row(widget: Widget) -> Region:
    """Where a list (an option list or a table) shows the row just added to it, or chosen:
    its highlighted row, else its last; nothing for a list of neither kind, or empty. (By
    name, as `KEPT_CLEAR`: the start screen never imports a table.)"""
    names = {cls.__name__ for cls in type(widget).__mro__}
    seen, listed = widget.content_region, cast(Any, widget)
    row = Region()
    if "OptionList" in names and listed.option_count:
        index = listed.option_count - 1 if listed.highlighted is None else listed.highlighted
        line, height = listed._index_to_line.get(index), listed._heights.get(index)
        if line is not None and height:
            row = Region(seen.x, seen.y + line - round(widget.scroll_y), seen.width, height)
    elif "DataTable" in names and listed.row_count:
        chosen: int = listed.cursor_row
        at = listed._get_row_region(chosen if 0 <= chosen < listed.row_count
                                    else listed.row_count - 1)
        row = Region(seen.x, seen.y + at.y - round(widget.scroll_y), seen.width, at.height)
    return row.intersection(seen) if row else row


def bands(screen: Screen[Any], area: Region, titles: list[Region],
          fresh: Sequence[Region] = (), lists: Sequence[Region] = ()) -> list[Band]:
    """The places to try, in order (see the module); `fresh`: the rows just added to lists;
    `lists`: the lists themselves, as much of each as is shown."""
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
    new = tuple(r for r in fresh if r)
    rows = tuple(r for r in lists if r)
    return [Band(area.y, area.bottom, (*keep, label, *rows)),
            Band(area.y, area.bottom, (*keep, focus, *rows)),
            Band(area.y, area.bottom, (*keep, label, *new)),
            Band(area.y, area.bottom, (*keep, focus, *new)),
            Band(*whole, (*keep, focus, *new)),
            Band(*whole, (*keep, cursor, *new)),
            Band(*whole, (*keep, cursor))]


COVERING = 4
"""The first of the `bands` that gives up the time, status and keys lines; those after it
give up some of what was just typed (the box, less its cursor line; the row just added)."""


def rack_height(toasts: Sequence[Toast]) -> int:
    # (The rack itself is not drawn, and Textual gives it no region: its messages' say how
    # tall it is, their margins with them.)
    return max(t.region.bottom + t.styles.margin.bottom for t in toasts) - min(
        t.region.y - t.styles.margin.top for t in toasts)


def place_rack(screen: Screen[Any], rack: Widget, area: Region, titles: list[Region],
               from_top: bool = False, fresh: Sequence[Region] = (),
               lists: Sequence[Region] = ()) -> None:
    """Give the rack (docked at the screen's foot) the margin under it that puts its messages
    at the first place `bands` has for them; at the foot of `area` where none fits. Where
    they would cover some of what was just typed (a box typed in has the focus: a button's
    or a list's messages all stay), the newest alone where it fits better
    (the others go); what covers the status lines goes within `COVERING_STAY` seconds (see
    the module)."""
    toasts = [t for t in rack.query(Toast) if t.region]
    if not toasts or not area:
        return
    left = min(t.region.x for t in toasts)
    tried = bands(screen, area, titles, fresh, lists)
    keys_alone = clear_of_boxes(screen, toasts, left, tried[0], from_top)
    if keys_alone is not None:  # (over no box at all)
        rack.styles.margin = (0, 0, max(screen.size.height - keys_alone, 0), 0)
        return
    found = first_place(rack_height(toasts), toasts[0].styles.margin.top, left,
                        screen.size.width, tried, from_top)
    if found is None:  # 8. to 11. (see the module)
        rows = (tried[-1].top, tried[-1].bottom)  # the whole screen under its title
        new = tuple(r for r in fresh if r)
        kept = tuple(t for t in titles if t not in lists)  # (the presentation view's lists)
        last = (*tried, Band(*rows, tuple(titles)), Band(*rows, (*kept, *new)),
                *([Band(*rows, new)] if new else []))
        found = placed(rack_height(toasts) - toasts[0].styles.margin.top, left,
                       screen.size.width, last, from_top)
    typing = typed_in(screen.focused) is not None and not isinstance(screen.focused, Button)
    if typing and len(toasts) > 1 and (found is None or found[1] > COVERING):
        newest = toasts[-1:]
        alone = first_place(rack_height(newest), newest[0].styles.margin.top, left,
                            screen.size.width, tried, from_top)
        if alone is not None and (found is None or alone[1] < found[1]):
            for toast in toasts[:-1]:
                set_aside(toast)
            toasts, found = newest, alone
    if typing and (found is None or found[1] >= COVERING):
        for toast in toasts:
            shorten(toast, COVERING_STAY)
    bottom = None if found is None else found[0]
    under = max(screen.size.height - (area.bottom if bottom is None else bottom), 0)
    if rack.styles.margin.bottom != under:
        rack.styles.margin = (0, 0, under, 0)


def clear_of_boxes(screen: Screen[Any], toasts: Sequence[Toast], left: int, first: Band,
                   from_top: bool = False) -> int | None:
    """Where messages of keys alone (`notices.about_keys`, every one shown) go, the row under
    them: clear of what `first` (the first of `bands`) keeps clear and of every box typed in
    on view, in the main area, then the whole screen under its title, as high as it fits;
    the line above the first (its margin) with them where it fits. None for other messages,
    or where no such place has room. (A box counts as far as it shows in the main area: one
    scrolled half under the time line leaves that line free.)"""
    from reflect.ui.notices import about_keys

    if not all(about_keys(t._notification) for t in toasts):
        return None
    shown = Region(0, first.top, screen.size.width, first.bottom - first.top)  # (the area)
    boxes = [w.region.intersection(shown) for w in screen.query("Input, TextArea") if w.region]
    avoid = (*first.avoid, *boxes)
    titled = min((r.bottom for r in first.avoid if r.y == 0 and r.height), default=0)
    height, margin = rack_height(toasts), toasts[0].styles.margin.top
    for band, high in ((Band(first.top, first.bottom, avoid), from_top),
                       (Band(titled, screen.size.height, avoid), True)):
        for rows in (height, height - margin):
            found = place(rows, left, screen.size.width, [band], high)
            if found is not None:
                return found
    return None


def first_place(height: int, margin: int, left: int, right: int, tried: Sequence[Band],
                from_top: bool = False) -> tuple[int, int] | None:
    """Where `placed` puts messages `height` rows high (the `margin` above the first among
    them), and which of `tried` (`bands`) has room, in the module's order to 7.: the main
    area's places (1 to 4) with the line above the first, then without it; then 5., as high
    as it fits (over as few of the time, status and keys lines as it can, the keys last);
    then 6. and 7."""
    tries = ((height, 0, COVERING, from_top), (height - margin, 0, COVERING, from_top),
             (height, COVERING, COVERING + 1, True),
             (height, COVERING + 1, len(tried), from_top))
    for rows, first, last, high in tries:
        found = placed(rows, left, right, tried[first:last], high)
        if found is not None:
            return found[0], found[1] + first
    return None


def place_or_wait(screen: Screen[Any], rack: Widget, area: Region, titles: list[Region],
                  lists: Sequence[Region] = ()) -> list[Toast]:
    """For a dialog read before anything else (`MessagesWait`): the rack placed as high as
    its messages cover none of `titles` (its parts: `bands`, clear of `lists` first); where
    they do not all fit, the newest that do, the others set aside and returned, to wait.
    Nothing is given up here, the box with the focus or what is being typed included: a
    message that covers none of the dialog's parts is shown, else it waits. (The line above
    the first, its margin, is not drawn and may lie over anything: at 60x20 a message of one
    line fits on one empty line of the dialog.)"""
    toasts = [t for t in rack.query(Toast) if t.region]
    if not toasts or not area:
        return []
    tried = bands(screen, area, titles, lists=lists)
    for first in range(len(toasts)):
        shown = toasts[first:]
        left = min(t.region.x for t in shown)
        height = max(t.region.bottom for t in shown) - min(t.region.y for t in shown)
        bottom = place(height, left, screen.size.width, tried, from_top=True)
        if bottom is not None:
            under = max(screen.size.height - bottom, 0)
            if rack.styles.margin.bottom != under:
                rack.styles.margin = (0, 0, under, 0)
            break
    else:
        first = len(toasts)
    for toast in toasts[:first]:
        set_aside(toast)
    return toasts[:first]


def set_aside(toast: Toast) -> None:
    """The message no longer drawn on this screen, though still said: another screen (a
    dialog) draws it for the rest of its time, as before."""
    holder = toast.parent if isinstance(toast.parent, ToastHolder) else toast
    if holder is not None:
        holder.display = False


def shorten(toast: Toast, seconds: float) -> None:
    """The message gone within `seconds` (sooner if its time was to end sooner)."""
    notification = toast._notification
    if notification.time_left > seconds:
        notification.timeout -= notification.time_left - seconds
        toast.set_timer(seconds, toast._expire)
