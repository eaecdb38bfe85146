"""ReflectScreen: a screen that reaches the app's folders and library through a typed property,
and passes its failed background work up to the app; ReflectModal does the same for dialogs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial, wraps
from inspect import isawaitable
from typing import Any, ClassVar, TypeVar

from textual import events, on
from textual.binding import Binding
from textual.dom import DOMNode
from textual.geometry import Region
from textual.message_pump import MessagePump
from textual.reactive import Reactive
from textual.screen import ModalScreen, Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Header
from textual.worker import Worker, WorkerState

from reflect.ui.app import ReflectApp
from reflect.ui.focus_order import OrderedAsShown
from reflect.ui.focus_view import follow, keep_focus_in_view
from reflect.ui.messages import WorkerFailed
from reflect.ui.not_typed import say_not_typed
from reflect.ui.notices import Notices
from reflect.ui.removing import being_removed
from reflect.ui.screens.letter_keys import LetterKeys
from reflect.ui.toast_place import place_rack, regions
from reflect.ui.widgets.footer import ReflectFooter

ResultT = TypeVar("ResultT")

TOAST_RECHECK = 0.25
"""Seconds between looks at where messages are, while they show (`PlacesToasts`)."""


def pass_failure_up(screen: Screen[Any], event: Worker.StateChanged) -> None:
    """Textual sends `Worker.StateChanged` only to the node that started the worker (it does
    not bubble), so each screen passes a failure up to ReflectApp, which reports every one the
    same way."""
    if event.state == WorkerState.ERROR:
        screen.post_message(WorkerFailed(event.worker))


def size_classes(screen: Screen[Any]) -> None:
    """Give a screen as it is made the app's breakpoint classes for its size now (`-normal
    -tall`, ...), as Textual gives them on its first resize. Given then, they are there when
    its widgets are first styled: added on that resize, they restyled every widget of it."""
    try:
        app = screen.app
    except RuntimeError:  # made outside a running app (NoActiveAppError)
        return
    width, height = app.size
    for breakpoints, dimension in ((app.HORIZONTAL_BREAKPOINTS, width),
                                   (app.VERTICAL_BREAKPOINTS, height)):
        screen.add_class(*_breakpoint(breakpoints or [], dimension), update=False)


def _breakpoint(breakpoints: list[tuple[int, str]], dimension: int) -> list[str]:
    """The class of the widest breakpoint `dimension` reaches (Textual's rule)."""
    for at, name in sorted(breakpoints, reverse=True):
        if dimension >= at:
            return [name]
    return []


def reflect_app_of(screen: Screen[Any]) -> ReflectApp:
    """The running app, typed: its folders (`sessions_dir`, ...), library and keepers."""
    app = screen.app
    assert isinstance(app, ReflectApp)
    return app


class StyledOnce(OrderedAsShown[ResultT]):
    """A screen styled once, as its widgets are mounted: made with the classes of the
    terminal's size (`size_classes`), and not restyled as a whole when first shown. Textual
    restyles every widget of a screen it pushes (this handler runs before Textual's own);
    with the size classes added on its first resize, every widget of a new screen was styled
    three times. A screen shown again is left to Textual."""

    def __init__(self, name: str | None = None, id: str | None = None,  # noqa: A002 - Textual's
                 classes: str | None = None) -> None:
        super().__init__(name, id, classes)
        size_classes(self)
        self.shown_before = False
        """Whether the screen has been shown."""

    @on(events.ScreenResume)
    def _styled_when_mounted(self, event: events.ScreenResume) -> None:
        if not self.shown_before:
            self.shown_before = True
            event.refresh_styles = False

    def _invoke_later(self, callback: Callable[[], Awaitable[None]] | Callable[[], None],
                      sender: MessagePump) -> None:
        """A screen's or widget's own method asked to run once drawn (`call_after_refresh`:
        scrolling, focus, layout) is not run once that screen or widget is being removed: its
        widgets are going or gone. Textual hands it to the screen on top then; a dialog closed
        by a key just after it asked ("Go and edit" as its check's result was scrolled into
        view) raised NoMatches there and closed the app (CI). (Whatever else is asked, by a
        closing dialog's result callback say, still runs.) The wrapper says what it wraps
        (`__wrapped__`): `focus_view._moving` reads what it is for."""
        owner = callback
        while isinstance(owner, partial):
            owner = owner.func
        asker = getattr(owner, "__self__", None)
        if not isinstance(asker, DOMNode):
            super()._invoke_later(callback, sender)
            return

        @wraps(callback)
        async def unless_going() -> None:
            if being_removed(asker):
                return
            result = callback()
            if isawaitable(result):
                await result
        super()._invoke_later(unless_going, sender)

    @on(events.Mount)
    def _wide_messages_fit(self) -> None:
        """A message saying a path wider than a message may be is given its width each time
        the screen is laid out (`Notices.notify_path`)."""
        app = self.app
        if isinstance(app, Notices):
            self.screen_layout_refresh_signal.subscribe(
                self, lambda _: app.widen_toasts(self), immediate=True)


class SaysLettersLost(StyledOnce[ResultT]):
    """A letter typed on a button is said not to be typed, once each time the button gets the
    focus: it vanished in silence (a due date typed on "What to do now"'s Add action button,
    reached by one Tab too many: a new user's trial). A key the screen binds is neither."""

    _said_on: Widget | None = None
    """The button a letter was last said not to be typed on, until the focus moves."""

    _said_here: tuple[str, ...] = ()
    """The messages said that speak of this screen (letters not typed here, `say_not_typed`;
    the start screen's hint for q), while they may show."""

    @on(events.DescendantFocus)
    def _visit_begins(self) -> None:
        self._said_on = None

    def said_here(self, message: str) -> None:
        self._said_here += (message,)

    @on(events.ScreenSuspend)
    @on(events.Unmount)
    def _said_here_go(self) -> None:
        """The messages that speak of this screen go as it is left: its focus and keys. The
        start screen's "“x…” was not typed: the search's results have the focus…" stayed over
        the new-session form opened by the Enter after it, and its "To quit reflect, press
        Ctrl+Q (q is a letter…)" over the rename dialog F2 opened (trials)."""
        said, self._said_here = self._said_here, ()
        if not said:
            return
        app = self.app
        if isinstance(app, Notices):
            for message in said:
                app.withdraw(message)

    @on(events.Key)
    def _letter_on_a_button(self, event: events.Key) -> None:
        button = self.focused
        if not isinstance(button, Button) or not event.is_printable \
                or event.character in (None, " ") or event.key in self.active_bindings \
                or button is self._said_on:
            return
        self._said_on = button
        say_not_typed(button, event.character or "",
                      f"the button “{button.label}” has the focus (Enter presses it)")


class PlacesToasts(SaysLettersLost[ResultT]):
    """A screen whose messages (Textual's toasts) cover neither the box being typed in nor a
    title (`toast_place`): placed each time the screen is laid out, the focus moves, and,
    while messages show, every `TOAST_RECHECK` seconds (the box may scroll or grow)."""

    TOASTS_FROM_TOP: ClassVar[bool] = False
    """Whether messages go as high as they fit (a dialog: clear of its buttons) rather than
    as low."""

    _rack: Widget | None = None
    _recheck: Timer | None = None

    @on(events.Mount)
    def _toasts_follow_the_layout(self) -> None:
        # Found once (each layout looking it up walked the whole screen); no rack when
        # notifications are off (tests).
        self._rack = next(iter(self.query("#textual-toastrack")), None)
        if self._rack is None:
            return
        self.screen_layout_refresh_signal.subscribe(self, lambda _: self._place_toasts())
        self._recheck = self.set_interval(TOAST_RECHECK, self._place_toasts, pause=True)

    @on(events.ScreenSuspend)
    def _toasts_hidden_under_a_dialog(self) -> None:
        """A screen under another (a dialog: drawn behind it) hides its messages, which the
        dialog shows too: drawn on both, a message showed twice (at the foot, and over the
        dialog). Textual shows them again as the screen comes back."""
        if self._rack is not None:
            self._rack.display = False

    @on(events.DescendantFocus)
    def _toasts_follow_the_focus(self) -> None:
        if self._rack is not None:
            self.call_after_refresh(self._place_toasts)

    def _place_toasts(self) -> None:
        rack, recheck = self._rack, self._recheck
        if rack is None or not self.is_attached:
            return
        if recheck is not None:
            (recheck.resume if rack.display else recheck.pause)()
        if rack.display:
            self.place_toasts(rack)

    def place_toasts(self, rack: Widget) -> None:
        """Place the messages shown (`toast_place.place_rack`)."""
        place_rack(self, rack, self.toast_area(), self.toast_titles(), self.TOASTS_FROM_TOP,
                   self.toast_fresh(), self.toast_lists())

    def toast_area(self) -> Region:
        """Where the messages go first: all but the title and keys lines."""
        top = max((w.region.bottom for w in self.query(Header) if w.region), default=0)
        under = sum(w.region.height for w in self.query(ReflectFooter) if w.region)
        return Region(0, top, self.size.width, max(self.size.height - top - under, 0))

    def toast_titles(self) -> list[Region]:
        """What messages never cover: the title line."""
        return regions(self.query(Header))

    def toast_fresh(self) -> list[Region]:
        """The rows just added to lists (or chosen in them), kept clear while there is room
        elsewhere (`toast_place.fresh_row`): none here."""
        return []

    def toast_lists(self) -> list[Region]:
        """The lists whose rows are all kept clear first (`toast_place`): none here."""
        return []


class ReflectScreen(PlacesToasts[ResultT]):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's, except that a move of focus does not send the whole screen to the terminal
    again: the widgets losing and gaining it redraw themselves, as do those styled by it
    (`:focus-within`), and the footer when its keys change. Every PgDn moves focus into the
    next step; without the whole screen, a step change in tmux took a median 48 ms, not 58,
    in nine runs alternated with the code before (3 December 2026)."""

    TOASTS_OVER: ClassVar[str] = ""
    """The screen's main area (a selector): its messages (Textual's toasts) are drawn at its
    foot, on the right, over neither the titles above it nor the lines under it (the time
    line, the status line, the keys), however many of those show, where that leaves the box
    being typed in clear (`toast_place`). "" leaves them above the keys. Drawn at the top,
    they hid the session's and the step's titles (a trial); at the foot of the screen, the
    time line and the status line (#15.7)."""

    TOAST_TITLES: ClassVar[str] = "Header"
    """What messages never cover (a selector): the session's title, the step's, ..."""

    @property
    def reflect_app(self) -> ReflectApp:
        """The running app, typed: its folders (`sessions_dir`, ...), library and keepers."""
        return reflect_app_of(self)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        pass_failure_up(self, event)

    def on_resize(self, event: events.Resize) -> None:
        keep_focus_in_view(self, event.size, self.focus_kept_on_resize())

    def focus_kept_on_resize(self) -> bool:
        """Whether a resize keeps the box with the focus in view (`keep_focus_in_view`): not
        on a screen keeping another thing in view (the Reports screen, the reader's place)."""
        return True

    _area: Widget | None = None

    def toast_area(self) -> Region:
        if not self.TOASTS_OVER:
            return super().toast_area()
        if self._area is None:  # found once
            self._area = next(iter(self.query(self.TOASTS_OVER)), None)
        return self._area.region if self._area is not None else Region()

    def toast_titles(self) -> list[Region]:
        return regions(self.query(self.TOAST_TITLES))


class ReflectModal(ModalScreen[ResultT], PlacesToasts[ResultT], LetterKeys[ResultT]):
    """A dialog whose background work fails the way a screen's does: reported by the app; with
    its own footer line, showing its keys.

    Textual gives a dialog none of the app's own keys: F1 did nothing in one, and the screen
    underneath showed its footer, with that screen's keys (`n New session` under the rename
    dialog), where the dialog did not cover it. F1 here opens the help over the dialog; Ctrl+Q
    is the app's (it acts first, everywhere) and is listed here only to be shown. Ctrl+C with
    nothing selected gives the app's reminder (*Do you want to quit?*) here too
    (`action_copy_text`): on the room's panel it did nothing at all (a fresh-eyes trial)."""

    DEFAULT_CSS = """
    ReflectModal { align: center middle; }
    """
    """Every dialog in the middle of the screen (the rename dialog, the room's and a failed
    save's were drawn at its top left, over the title bar); app.tcss may place one apart."""

    BINDINGS = [
        Binding("f1", "app.help", "Help"),
        Binding("ctrl+q", "app.quit", "Quit"),
    ]

    TOASTS_FROM_TOP = True

    def action_copy_text(self) -> None:
        """Ctrl+C: the text selected copied, as Textual does; with none, the app's reminder.
        (Textual's own skips to the app's Ctrl+C, which a dialog does not reach.)"""
        if self.get_selected_text() is None:
            self.app.action_help_quit()
            return
        super().action_copy_text()

    def letters_back(self) -> None:
        """The letter keys answer again: what was said of them here ("its letter keys are
        off now", "did not answer") is taken back, no longer so."""
        super().letters_back()
        self._said_here_go()

    def toast_area(self) -> Region:
        """Under the title line of the screen beneath, above the dialog's keys."""
        return Region(0, 1, self.size.width, max(self.size.height - 2, 0))

    def toast_titles(self) -> list[Region]:
        """The title line of the screen beneath (the quit dialog's message sat over the
        window's title: a trial), and the dialog's own: its first line, and the border above
        it."""
        titles = [Region(0, 0, self.size.width, 1)]
        dialog = next(iter(self.query(".dialog, #help")), None)
        first = next((w for w in dialog.children if w.display and w.region), None) \
            if dialog is not None else None
        if dialog is not None and first is not None:
            titles.append(Region(dialog.region.x, dialog.region.y, dialog.region.width,
                                 first.region.bottom - dialog.region.y))
        return titles

    COUNTS_ON_THE_STEP: ClassVar[bool] = False
    """Whether time with this dialog open is counted on the step behind it (time_keeping.py):
    for the room's panel and its confidence check, which the group takes part in; not for the
    facilitator's own dialogs (export, help, CPD choices, the time plan), which are no
    discussion of the step (a question showed 6:46 spent, most of it in the export dialog)."""

    @property
    def reflect_app(self) -> ReflectApp:
        """The running app, typed, as a screen's (`ReflectScreen.reflect_app`)."""
        return reflect_app_of(self)

    def on_mount(self) -> None:
        # (Textual calls this after a dialog's own on_mount.)
        self.mount(ReflectFooter())

    def set_focus(self, widget: Widget | None, scroll_visible: bool = True,
                  from_app_focus: bool = False) -> None:
        """Textual's, the box given the focus brought into view whole and at once
        (`focus_view.follow`), not by Textual's scroll, animated and a moment later."""
        super().set_focus(widget, scroll_visible=False, from_app_focus=from_app_focus)
        if scroll_visible and widget is not None and self.focused is widget:
            follow(self, widget)

    def on_resize(self, event: events.Resize) -> None:
        keep_focus_in_view(self, event.size, self.focus_kept_on_resize())

    def focus_kept_on_resize(self) -> bool:
        """Whether a resize keeps the box with the focus in view (`keep_focus_in_view`), as
        on a screen (`ReflectScreen.focus_kept_on_resize`): not in a dialog keeping its own
        view (the export dialog: its check's finding over its formats)."""
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        pass_failure_up(self, event)
