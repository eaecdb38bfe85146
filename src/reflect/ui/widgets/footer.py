"""ReflectFooter: the key line, with Help and Quit first so that no width ever hides them, and
only whole keys after them.

Textual's footer lists the screen's keys first and the app's last, so at 60 columns F1 and
Ctrl+Q fell off the right-hand end. Here they lead; the screen's own keys follow as far as
they fit whole, and the ones that do not fit are left out (F1 still lists them); a key the
focused widget gives room first (`KEYS_FIRST`) is shown wherever it fits. Textual's
footer scrolled the overflow out of sight mid-label: `f6 Pause/resu` at 60 columns, or
`f6 P` under the command palette's key at 80.

The line is one widget drawn as one line of text. Textual's footer is a widget per key, built
again whenever the bindings may have changed (every focus move): styling a dozen keys one by
one was a tenth of the start screen's first frame and of a step change. Clicking a key presses
it, as in Textual's footer.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

ESSENTIAL = ("help", "quit")
"""The actions whose keys are always shown, in this order, before the screen's own."""

KEY_DESCRIPTIONS = "key_descriptions"
"""A screen, or the widget with the focus, may name some of its keys in its own words:
`{action: description}` in this attribute (a confirmation's `y Quit`, `n Keep typing`, as its
buttons say, not `y Yes`; the participants table's `space Here/not here`)."""

KEYS_FIRST = "keys_first"
"""The widget with the focus (or a screen) may name the actions whose keys are given room
first: `{action, ...}` in this attribute. Shown, in their place in the line, whenever they fit
after Help and Quit, the keys before them left out if need be (`keys_shown`). At 60x20 the
room's points' `u Bring back`, the key wanted just after a `d` pressed by mistake, came after
Accept, Edit, Decline and Accept all, and never fitted (a trial)."""

PALETTE_FROM = 80
"""Columns from which the command palette's key is shown at the right-hand end. Under them
its room goes to the screen's keys (Ctrl+P still opens the palette; F1 says so)."""


class FooterKey(NamedTuple):
    """One key of the line: the key pressed, as shown, its description, and its action.
    (A NamedTuple: a frozen dataclass took 0.4 ms to build, in the start screen's first
    frame; this, a tenth of it.)"""

    key: str
    display: str
    description: str
    action: str
    enabled: bool = True
    first: bool = False
    """Given room first (`KEYS_FIRST`)."""

    @property
    def width(self) -> int:
        """Columns taken in the line, the space after it included."""
        return cell_len(self.text) + 1

    @property
    def text(self) -> str:
        return f"{self.display} {self.description}" if self.description else self.display

    @property
    def name(self) -> str:
        """The action's own name (`quit`, not `app.quit`)."""
        return self.action.rsplit(".", 1)[-1]


@cache
def declared_order(screen_class: type[Screen[object]]) -> dict[str, int]:
    """Each action of a screen's own keys, by where its class (and those it is built on)
    declares it: the line keeps that order whatever has the focus. Read once a class."""
    order: dict[str, int] = {}
    for cls in reversed(screen_class.__mro__):
        for binding in cls.__dict__.get("BINDINGS", ()):
            if isinstance(binding, Binding):
                order.setdefault(binding.action, len(order))
    return order


def line_order(keys: list[tuple[FooterKey, bool]], declared: dict[str, int]
               ) -> list[FooterKey]:
    """The keys in the line's order: Help and Quit; then the keys of what has the focus (a
    list's Rename, a drop-down's Dismiss) as they came; then the screen's and the app's in
    the order they are declared. Textual's own order moved with the focus (`f6` before `esc`
    in a notes box, after it elsewhere). `keys` pairs each key with whether the focused
    widget (not the screen or the app) gives it."""
    def rank(item: tuple[int, tuple[FooterKey, bool]]) -> tuple[int, int]:
        index, (key, from_focus) = item
        if key.name in ESSENTIAL:
            return 0, ESSENTIAL.index(key.name)
        if from_focus:
            return 1, index
        return 2, declared.get(key.action, len(declared) + index)

    return [key for _, (key, _) in sorted(enumerate(keys), key=rank)]


def keys_shown(widths: list[int], room: int, always: int,
               first: frozenset[int] = frozenset()) -> list[int]:
    """Which keys of `widths` (by index, in order) are shown in `room` columns: the first
    `always` whatever the room; then those at the indexes `first` that fit whole (in order);
    then as many of the others, in order, as fit whole, none after the first that does not."""
    shown = list(range(min(always, len(widths))))
    used = sum(widths[i] for i in shown)
    for i in sorted(first):
        if i >= always and i < len(widths) and used + widths[i] <= room:
            shown.append(i)
            used += widths[i]
    for i in range(always, len(widths)):
        if i in first:
            continue
        if used + widths[i] > room:
            break
        shown.append(i)
        used += widths[i]
    return sorted(shown)


class ReflectFooter(Widget, can_focus=False):
    """The app's footer: compact, Help and Quit always first, only whole keys after them."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer--key", "footer--description", "footer--hover"}
    DEFAULT_CSS = """
    ReflectFooter {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--hover {
            background: $block-hover-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: tuple[FooterKey, ...] = ()
        """Every key the screen's bindings would show, Help and Quit first."""
        self.palette: FooterKey | None = None
        """The command palette's key (shown at the right-hand end from PALETTE_FROM)."""
        self.shown: list[tuple[int, int, FooterKey]] = []
        """The keys drawn, each with the columns it covers (start, end): read by a click."""
        self._hover: FooterKey | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        # Read once the screen's other widgets are mounted (a key's check may look for them).
        self.call_after_refresh(self.bindings_changed, self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """The screen's keys may have changed (Textual says so on every focus move): the line
        is drawn again only when what it shows has."""
        if not self.is_attached or screen is not self.screen:
            return
        keys, palette = self._read_keys(screen)
        if (keys, palette) != (self.keys, self.palette):
            self.keys, self.palette = keys, palette
            self.refresh()

    def _read_keys(self, screen: Screen[object]) -> tuple[tuple[FooterKey, ...],
                                                            FooterKey | None]:
        own_words: dict[str, str] = {**getattr(screen, KEY_DESCRIPTIONS, {}),
                                     **getattr(screen.focused, KEY_DESCRIPTIONS, {})}
        room_first = {*getattr(screen, KEYS_FIRST, ()),
                      *getattr(screen.focused, KEYS_FIRST, ())}

        def key(binding: Binding, enabled: bool) -> FooterKey:
            return FooterKey(binding.key, self.app.get_key_display(binding),
                             own_words.get(binding.action, binding.description),
                             binding.action, enabled, binding.action in room_first)

        bindings = screen.active_bindings
        first: dict[str, tuple[FooterKey, bool]] = {}  # an action bound twice shows its first
        for node, binding, enabled, _ in bindings.values():
            # A key that does not answer now is left out: a dialog's letter keys, off once
            # typing is seen there, were listed dim ("r Export redacted"), read as keys to
            # press, and r said it did not answer (a trial).
            if binding.show and enabled and binding.action not in first:
                first[binding.action] = (key(binding, enabled), node not in (screen, self.app))
        palette = None
        if self.app.ENABLE_COMMAND_PALETTE and self.app.COMMAND_PALETTE_BINDING in bindings:
            _, binding, enabled, _ = bindings[self.app.COMMAND_PALETTE_BINDING]
            palette = key(binding, enabled)
        return tuple(line_order(list(first.values()), declared_order(type(screen)))), palette

    def render(self) -> Content:
        width = self.size.width
        palette = self.palette if width >= PALETTE_FROM else None
        room = width - (palette.width if palette is not None else 0)
        always = sum(1 for key in self.keys if key.name in ESSENTIAL)
        shown = keys_shown([key.width for key in self.keys], room, always,
                           frozenset(i for i, key in enumerate(self.keys) if key.first))
        parts: list[Content] = []
        self.shown = []
        column = 0
        for key in (self.keys[i] for i in shown):
            parts.append(self._key(key))
            self.shown.append((column, column + key.width - 1, key))
            column += key.width
        line = Content(" ").join(parts)
        if palette is not None:
            bar = Content.styled("▏", "dim")
            gap = max(1, width - line.cell_length - palette.width)
            self.shown.append((width - palette.width + 1, width, palette))
            line = Content.assemble(line, " " * gap, bar, self._key(palette))
        return line

    def _key(self, key: FooterKey) -> Content:
        extra = ("footer--hover",) if key == self._hover else ()
        part = Content.assemble(
            (key.display, self.get_visual_style("footer--key", *extra, partial=True)),
            (f" {key.description}" if key.description else "",
             self.get_visual_style("footer--description", *extra, partial=True)))
        return part if key.enabled else part.stylize("dim")

    def key_at(self, x: int) -> FooterKey | None:
        return next((key for start, end, key in self.shown if start <= x < end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self.key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self.key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, key: FooterKey | None) -> None:
        if key != self._hover:
            self._hover = key
            self.refresh()
