"""The box with the focus, out of view, brought into view rather than passed by or typed into
unseen. Tab and Shift+Tab, the app's on every screen and dialog (`tab`): where the focused box
is out of view, it is brought into view and keeps the focus; else the focus moves on (and Tab
takes a name suggested in an owner box first). A letter typed into a one-line box brings it
into view as it goes in (`InOrderInput`; a step's text boxes do so as they change). In a
dialog, a box given the focus is brought into view whole, at once (`follow`).

At 80x24 "What to do now" opened with the focus in the action box below the fold; a new user
pressed Tab "to reach the form", the focus went past that box to Owner, and the action was
typed there (a trial). Every focus move the user did not see is one too many."""

from __future__ import annotations

from typing import Any

from textual.geometry import Region
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

GIVEN_ON_MOUNT = ""
"""`AUTO_FOCUS` for a screen that gives the focus itself as it is mounted: nothing is given it
before. Textual gives it first to the first widget that takes it (a dialog's scrolling body, a
session's step list), and moving it on restyled all that widget held (`:focus-within`) twice:
some 200 of the 480 styles worked out as the export dialog opened, 190 of 430 as a session
did."""


def tab(screen: Screen[Any], forward: bool = True) -> None:
    """Tab (`forward`) or Shift+Tab pressed on `screen`."""
    box = screen.focused
    if box is not None and into_view(screen, box):
        return
    if forward and isinstance(box, Input):
        take_suggestion(box)
    if forward:
        screen.focus_next()
    else:
        screen.focus_previous()


def into_view(screen: Screen[Any], box: Widget) -> bool:
    """Where none of `box`'s lines (inside its border) is in view, scroll it into view, whole
    where it fits (else from its top), below anything docked above it; True if it was out of
    view. Not while the view may still be on its way there: a Tab typed straight after
    Enter opened a person below the fold for editing goes on to Role, as it always had."""
    if not box.display or not box.region or _seen(screen, box) or _moving(screen, box):
        return False
    screen.scroll_to_widget(box, animate=False, immediate=True)
    return True


def follow(screen: Screen[Any], box: Widget) -> None:
    """`box`, just given the focus in a dialog, where it is not all in view: scrolled to the
    middle of the view (from its top where taller), in every container it is in, clear of
    anything docked there, at once; and again once the dialog is laid out, if that moved it
    (a theme's How box shown by its tick). Textual's own scroll does the same a moment later,
    animated, and left the box out of view meanwhile (`ReflectModal.set_focus`)."""
    _to_middle(screen, box)
    screen.call_after_refresh(_to_middle, screen, box)


def _to_middle(screen: Screen[Any], box: Widget) -> None:
    if screen.focused is box and box.is_attached and box.display and box.region \
            and cut_off(box) is not None:
        screen.scroll_to_widget(box, animate=False, center=True, immediate=True)


def cut_off(box: Widget) -> tuple[Widget, Region] | None:
    """Where some of `box`, its border too, is outside what a container it is in shows,
    clear of anything docked there (a dialog's buttons kept at its foot): that container
    and the part of it that shows; None where all of `box` is in view."""
    node = box
    while isinstance(node.parent, Widget):
        window = node.parent.scrollable_content_region
        if node.styles.dock == "none":
            window = window.shrink(node.dock_gutter)
        if not window.contains_region(box.region):
            return node.parent, window
        node = node.parent
    return None


def _seen(screen: Screen[Any], box: Widget) -> bool:
    """Whether some of what is inside `box`'s border is in view, below anything docked above
    it (a question kept at the top of its step). A box whose line shows is seen, its border
    cut or not: a Tab there moves on (a person opened for editing at the foot of the view:
    the next Tab went to Role, as it always had)."""
    region = box.content_region
    node = box
    while isinstance(node.parent, Widget) and node is not screen:
        window = node.parent.scrollable_content_region
        if node.styles.dock == "none":
            window = window.shrink(node.dock_gutter)
        region = region.intersection(window)
        if not region:
            return False
        node = node.parent
    return True


def _moving(screen: Screen[Any], box: Widget) -> bool:
    """Whether the view may not be where it is going yet: the screen is still to be laid out
    again (a scroll or a change not drawn yet: where the box is was not known), something
    waits for it to be drawn (a step or an item brought into view once laid out,
    `call_after_refresh`), or a scroll is under way (Textual's, bringing a box given the
    focus into view). Keys typed faster than the screen is drawn were typed ahead, not at
    what the person saw."""
    animator = box.app.animator
    if screen._layout_required or screen._scroll_required or screen._callbacks:
        return True
    return any(
        animator.is_being_animated(node, "scroll_y") or animator.is_being_animated(
            node, "scroll_x") for node in box.ancestors)


def take_suggestion(box: Input) -> None:
    """A name suggested in grey in an owner box ("Bob" → "Bob Sample") is taken by Tab as
    well as by →, as the person leaving the box expects."""
    if box.suggester is not None and len(box._suggestion) > len(box.value) \
            and box.cursor_at_end:
        box.value = box._suggestion
        box.cursor_position = len(box.value)
