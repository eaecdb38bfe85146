"""ReflectFooter: the key line, with Help and Quit first so that no width ever hides them, and
only whole keys after them.

Textual's footer lists the screen's keys first and the app's last, so at 60 columns F1 and
Ctrl+Q fell off the right-hand end. Here they lead; the screen's own keys follow as far as
they fit whole, and the ones that do not fit are left out (F1 still lists them). Textual's
footer scrolled the overflow out of sight mid-label: `f6 Pause/resu` at 60 columns, or
`f6 P` under the command palette's key at 80.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

ESSENTIAL = ("help", "quit")
"""The actions whose keys are always shown, in this order, before the screen's own."""


def _essential_rank(widget: Widget) -> int:
    """Where a key goes in the line: the essential keys first (in order), then the rest."""
    if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
        action = widget.action.rsplit(".", 1)[-1]
        if action in ESSENTIAL:
            return ESSENTIAL.index(action)
    return len(ESSENTIAL)


def key_width(key: Widget, room: Size) -> int:
    """The columns a key takes in the line, its margins and border included."""
    styles = key.styles
    return key.get_content_width(room, room) + styles.gutter.width + styles.margin.width


def keys_that_fit(widths: list[int], room: int, always: int) -> int:
    """How many keys of `widths` (in order) are shown in `room` columns: the first `always`
    whatever the room, then as many more as fit whole; none after the first that does not."""
    used = sum(widths[:always])
    count = always
    for width in widths[always:]:
        if used + width > room:
            break
        used += width
        count += 1
    return count


class ReflectFooter(Footer):
    """The app's footer: compact, Help and Quit always first, only whole keys after them."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: tuple[object, ...] | None = None
        """The keys the line was last built from (see `recompose`)."""

    def compose(self) -> ComposeResult:
        # reflect binds no key groups, so the footer's keys are plain siblings: re-ordering
        # them (a stable sort) changes nothing else.
        keys = list(super().compose())
        for key in keys:
            if _essential_rank(key) < len(ESSENTIAL):
                key.add_class("-essential", update=False)  # styled once, when mounted
        yield from sorted(keys, key=_essential_rank)

    def _keys_to_show(self) -> tuple[object, ...]:
        """What the line shows: each key's binding and whether it is enabled."""
        return tuple((binding.key, binding.description, binding.action, enabled, tooltip)
                     for _, binding, enabled, tooltip in self.screen.active_bindings.values()
                     if binding.show)

    async def recompose(self) -> None:
        # Textual rebuilds the line whenever the bindings may have changed: on every focus
        # move, nearly always to the same keys. Rebuilt only when they differ (building it
        # restyled each key one by one: an eighth of a walkthrough's time in the suite).
        if not self.is_attached:  # its screen has gone (Textual's own recompose returns)
            return
        shown = self._keys_to_show() if self._bindings_ready else None
        if shown is not None and shown == self._shown:
            return
        await super().recompose()
        self._shown = shown
        self.fit_keys()

    def on_resize(self, event: events.Resize) -> None:
        self.fit_keys()
        # Again once the screen's width classes (which hide the palette's key under 80
        # columns) have reached the keys' styles.
        self.call_after_refresh(self.fit_keys)

    def fit_keys(self) -> None:
        """Show the keys that fit whole in the footer's width (beside the command palette's
        key where it is shown) and hide the rest."""
        width = self.size.width
        if not width:
            return
        room = Size(width, 1)
        keys: list[FooterKey] = []
        for key in self.query_children(FooterKey):
            if key.has_class("-command-palette"):
                if key.styles.display != "none":
                    width -= key_width(key, room)
            else:
                keys.append(key)
        always = sum(1 for key in keys if key.has_class("-essential"))
        shown = keys_that_fit([key_width(key, room) for key in keys], width, always)
        for index, key in enumerate(keys):
            key.display = index < shown
