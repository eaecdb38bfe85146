"""Letters typed where nothing takes them, said in one wording wherever they land: a button,
a list of choices, a list of ticks ("“P…” was not typed: the list “Last time's
participants” has the focus (Space ticks who is here). Tab to the box you meant."). Each of
them had thrown letters away in silence once (a trial for each).

A dialog is told too (`HearsTyping`): once typing has been seen there, its letter keys are
off, so that a stream of typing never answers it (screens/base.py, `ReflectModal`)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.widget import Widget


@runtime_checkable
class HearsTyping(Protocol):
    """A screen told when a letter typed on it was said not typed."""

    def typing_seen(self) -> str:
        """Note it; the words to add to the message ("" for none)."""


@runtime_checkable
class KeepsSaidHere(Protocol):
    """A screen that takes back the messages that speak of it (letters not typed there, a
    key's hint) once it is left (`screens/base.py`, `SaysLettersLost`)."""

    def said_here(self, message: str) -> None:
        """Note the message said."""


def say_not_typed(widget: Widget, character: str, focus: str,
                  then: str = "Tab to the box you meant.") -> None:
    """Say that `character` (and what follows it) was not typed, as `focus` has the focus (a
    phrase: "the button “Update” has the focus (Enter presses it)"), and what to do."""
    screen = widget.screen
    more = screen.typing_seen() if isinstance(screen, HearsTyping) else ""
    message = f"“{character}…” was not typed: {focus}. {more or then}"
    widget.notify(message, severity="warning", timeout=8 if more else 6, markup=False)
    if isinstance(screen, KeepsSaidHere):
        screen.said_here(message)
