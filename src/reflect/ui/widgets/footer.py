"""ReflectFooter: the key line, with Help and Quit first so that no width ever hides them.

Textual's footer lists the screen's keys first and the app's last, so at 60 columns F1 and
Ctrl+Q fell off the right-hand end. Here they lead; the screen's own keys follow, and the ones
that do not fit are still listed by F1.
"""

from __future__ import annotations

from textual.app import ComposeResult
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


class ReflectFooter(Footer):
    """The app's footer: compact, Help and Quit always first."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def compose(self) -> ComposeResult:
        # reflect binds no key groups, so the footer's keys are plain siblings: re-ordering
        # them (a stable sort) changes nothing else.
        keys = list(super().compose())
        for key in keys:
            if _essential_rank(key) < len(ESSENTIAL):
                key.add_class("-essential")
        yield from sorted(keys, key=_essential_rank)
