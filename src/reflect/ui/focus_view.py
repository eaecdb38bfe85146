"""The box with the focus, out of view, brought into view rather than passed by or typed into
unseen. Tab and Shift+Tab, the app's on every screen and dialog (`tab`): where the focused box
is out of view, it is brought into view and keeps the focus; else the focus moves on (and Tab
takes a name suggested in an owner box first). A letter typed into a one-line box brings it
into view as it goes in (`InOrderInput`; a step's text boxes do so as they change). In a
dialog, a box given the focus is brought into view whole, at once (`follow`). On a resize,
the box with the focus is kept in view where it was in view (`keep_focus_in_view`).

At 80x24 "What to do now" opened with the focus in the action box below the fold; a new user
pressed Tab "to reach the form", the focus went past that box to Owner, and the action was
typed there (a trial). Every focus move the user did not see is one too many."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from textual.geometry import Region, Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from reflect.ui.laid_out import unsettled

CallbackT = TypeVar("CallbackT", bound=Callable[..., object])

_BRINGS_INTO_VIEW = "reflect_brings_into_view"
"""The mark `brings_into_view` puts on a callback."""

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
    view. Not while the view of it may still be on its way there (`_moving`): a Tab typed
    straight after Enter opened a person below the fold for editing goes on to Role, as it
    always had; one typed as the step's time line is redrawn brings the box into view."""
    if not box.display or not box.region or _seen(screen, box) or _moving(screen, box):
        return False
    screen.scroll_to_widget(box, animate=False, immediate=True)
    return True


def brings_into_view(callback: CallbackT) -> CallbackT:
    """Mark `callback` as one the app asks to run once the screen is drawn
    (`call_after_refresh`, `laid_out.after_layout`) to bring a step, an item or the box with
    the focus into view: until it has run, the view is still on its way there (`_moving`).
    A method that overrides one so marked is marked again."""
    setattr(callback, _BRINGS_INTO_VIEW, True)
    return callback


def follow(screen: Screen[Any], box: Widget) -> None:
    """`box`, just given the focus in a dialog, where it is not all in view: scrolled to the
    middle of the view (from its top where taller), in every container it is in, clear of
    anything docked there, at once; and again once the dialog is laid out, if that moved it
    (a theme's How box shown by its tick). Textual's own scroll does the same a moment later,
    animated, and left the box out of view meanwhile (`ReflectModal.set_focus`)."""
    _to_middle(screen, box)
    screen.call_after_refresh(_to_middle, screen, box)


@brings_into_view
def _to_middle(screen: Screen[Any], box: Widget) -> None:
    if screen.focused is box and box.is_attached and box.display and box.region \
            and cut_off(box) is not None:
        screen.scroll_to_widget(box, animate=False, center=True, immediate=True)


_sized_at: WeakKeyDictionary[Screen[Any], Size] = WeakKeyDictionary()
"""The size each screen was last sent a Resize for."""


def keep_focus_in_view(screen: Screen[Any], size: Size, keep: bool = True) -> None:
    """On a resize, the box with focus kept in view if it was in view before: made smaller,
    the terminal left it out of view still taking keys, and Space changed an action's status
    with nothing on screen showing it (a trial, sharing a screen at 80x24). Called before
    Textual lays the screen out at its new size (a class's handler runs before its base's);
    a box out of view before (a section's notes, below the text read from the top) is left.

    Only a change of size counts: Textual sends a Resize as a screen is first shown, and
    again at the same size. Taken for one, it scrolled a reflection's first step, opened at
    its top, until its notes box (a line of it below the fold) was whole, and the content
    note above the case details went out of view (a new user's trial at 100x30)."""
    before = _sized_at.get(screen)
    _sized_at[screen] = size
    if before is None or before == size or not keep:  # (`keep`: the screen's own choice)
        return
    box = screen.focused
    if box is not None and screen.can_view_partial(box):
        screen.call_after_refresh(_into_view, screen, box)


@brings_into_view
def _into_view(screen: Screen[Any], box: Widget) -> None:
    if box.is_attached and screen.focused is box and not screen.can_view_entire(box):
        box.scroll_visible(animate=False)


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
    """Whether the view of `box` may not be where it is going yet: a layout still to come in
    a container it is in (`_laid_out_anew`), a scroll not drawn yet (Textual keeps no record
    of whose: where the box is was not known), something the app waits to bring into view
    once drawn (`brings_into_view`), or a scroll of a container it is in under way (Textual's,
    bringing a box given the focus into view), or a container it is in scrolled and not yet
    said so to the screen (`unsettled`: until that container is next idle; a
    Tab straight after a scroll read the screen as drawn, and brought nothing into view, 1 in
    60 runs of a test beside other work). Keys typed faster than the screen is drawn
    were typed ahead, not at what the person saw. Whatever else waits on the screen does not
    count: the step's time line redrawn each second, a message shown, the footer's keys
    (the time line laid out again as Tab came sent the focus past the action box below the
    fold, a test, once in ten runs under load; a person's Tab just after a tick would too)."""
    holders = {node for node in box.ancestors if isinstance(node, Widget)}
    if unsettled(screen, layout=False, widgets=holders) or _laid_out_anew(screen, box) or any(
            _bringing_into_view(callback) or _scrolls_later(callback, holders)
            for callback, _ in screen._callbacks):
        return True
    animator = box.app.animator
    return any(
        animator.is_being_animated(node, "scroll_y") or animator.is_being_animated(
            node, "scroll_x") for node in box.ancestors)


def _laid_out_anew(screen: Screen[Any], box: Widget) -> bool:
    """Whether the screen is still to be laid out where that can move `box`: a container it
    is in is to be arranged anew (a line above it on its step changed, the step just shown).
    Textual records, for each container to be arranged anew, its children that changed, from
    each change up to the first container of a fixed size (`Screen._layout_widgets`, 8.x).
    The screen's own arrangement counts only where what changed holds the box: the time line
    and the status line, each a line high whatever they say, move nothing of the step."""
    if not unsettled(screen, scroll=False, widgets=()):
        return False
    holders: set[object] = {box, *box.ancestors}
    return any(container in holders and (container is not screen or bool(holders & changed))
               for container, changed in screen._layout_widgets.items())


def _scrolls_later(callback: object, holders: set[Widget]) -> bool:
    """Whether `callback` is Textual's own scroll of one of `holders`, asked to run once
    the screen is drawn (`scroll_to` with a call after refresh, as a box given the focus is
    brought into view, animated). Not yet an animation: Enter on a person, then Tab at once,
    on a screen with nothing else waiting, brought the Name box into view and kept the focus
    there, where Tab goes on to Role (a test, once `wait_for` read the screen settled)."""
    while isinstance(callback, partial) or hasattr(callback, "__wrapped__"):
        callback = callback.func if isinstance(callback, partial) \
            else callback.__wrapped__
    return getattr(callback, "__func__", None) is Widget._scroll_to \
        and getattr(callback, "__self__", None) in holders


def _bringing_into_view(callback: object) -> bool:
    """Whether `callback`, waiting for the screen to be drawn, is one `brings_into_view`
    marked, asked with its arguments (`partial`) or wrapped (`StyledOnce._invoke_later`)."""
    while callback is not None:
        if getattr(callback, _BRINGS_INTO_VIEW, False):
            return True
        callback = callback.func if isinstance(callback, partial) \
            else getattr(callback, "__wrapped__", None)
    return False


def take_suggestion(box: Input) -> None:
    """A name suggested in grey in an owner box ("Bob" → "Bob Sample") is taken by Tab as
    well as by →, as the person leaving the box expects."""
    if box.suggester is not None and len(box._suggestion) > len(box.value) \
            and box.cursor_at_end:
        box.value = box._suggestion
        box.cursor_position = len(box.value)
