"""A drop-down that chooses as you type: on the closed *Said by…* box, "s" chooses the first
person a word of whose name, role or agency starts with "s" ("sa" within a second, Sam
Sample); on an action's recommendation box, a word of the recommendation. Choosing who said a
point took Tab, Enter, a letter and Enter; now Tab and a letter.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Select

TYPE_AHEAD_SECONDS = 1.0
"""Letters typed within this many seconds of each other make one search (a new visit to the
box starts a new one)."""


def _words(text: str) -> list[str]:
    return text.casefold().replace(",", " ").replace("(", " ").replace(")", " ").split()


def first_match(labels: list[str], typed: str) -> int | None:
    """The index of the label with the earliest word starting with `typed` (case ignored; a
    name before a role before an agency, then the first in the list); each word typed after a
    space starts the next word ("sam s", "soc w": Sam Sample, social worker). None if no word
    starts with them: letters inside a word ("k" in "worker") are no match."""
    wanted = _words(typed)
    if not wanted:
        return None
    best: tuple[int, int] | None = None  # (word position, label index)
    for index, label in enumerate(labels):
        words = _words(label)
        position = next((n for n in range(len(words) - len(wanted) + 1)
                         if all(word.startswith(start)
                                for word, start in zip(words[n:], wanted, strict=False))), None)
        if position is not None and (best is None or position < best[0]):
            best = (position, index)
    return None if best is None else best[1]


class TypeAheadSelect(Select[str]):
    """Textual's compact Select, closed, choosing by the letters typed (see the module)."""

    class Confirmed(Message):
        """Enter on the closed box: the form adds its item (the hint says Enter adds it; the
        list opened instead), or, with nothing typed to add, opens the list."""

        def __init__(self, select: TypeAheadSelect) -> None:
            super().__init__()
            self.select = select

    def __init__(self, prompt: str, classes: str) -> None:
        super().__init__([], prompt=prompt, classes=classes, compact=True)
        self._typed = ""
        self._typed_at = 0.0
        self._before: str | None = None
        """The choice before this search's first letter (None: none), put back when the
        letters typed match nothing."""
        self._missed = False
        """This search's letters match nothing: what follows is taken as more of it, never
        as a choice (words meant for the box beside it chose a recommendation)."""

    def _on_mount(self, event: events.Mount) -> None:
        # Removed while it was being mounted (the app closing just as the next step's pane was
        # built ahead): Textual's Select would look for its list, gone, and fail on the way out.
        if not self.query("SelectOverlay"):
            event.prevent_default()

    def _on_focus(self, event: events.Focus) -> None:
        self._typed, self._missed = "", False  # each visit starts a new search

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and not self.expanded:
            typed, missed = self._typed, self._missed
            self._typed, self._missed = "", False
            event.stop()
            event.prevent_default()
            if missed:  # nothing chosen: the words were most likely meant for another box
                self.notify(f"“{typed.strip()}” is not a choice here, so nothing was added: "
                            "Tab to the box it was meant for.", severity="warning", timeout=4,
                            markup=False)
                return
            self.post_message(self.Confirmed(self))
            return
        if event.key == "backspace":  # the letters typed so far are forgotten: start again
            self._typed, self._missed = "", False
            event.stop()
            return
        now = time.monotonic()
        going = bool(self._typed) and now - self._typed_at < TYPE_AHEAD_SECONDS
        if self.expanded or event.character is None or not event.is_printable \
                or (event.character == " " and not going):  # Space opens the list, as before
            return
        typed = (self._typed if going else "") + event.character
        if len(typed) == 1:  # a new search
            self._before = None if self.is_blank() else str(self.value)
            self._missed = False
        self._typed, self._typed_at = typed, now
        options = [(label, value) for label, value in self._options
                   if not isinstance(value, type(Select.BLANK))]
        labels = [label.plain if isinstance(label, Text) else str(label)
                  for label, _ in options]
        index = first_match(labels, typed)
        event.stop()
        event.prevent_default()
        if index is not None:
            self.value = options[index][1]
            return
        # "end" typed here (meant for the due date): "e" chose a recommendation, and it stayed
        # chosen when "en" matched nothing. The choice from before the letters comes back.
        if self._before in [value for _, value in options]:
            self.value = self._before
        else:  # none before (or no longer offered)
            self.clear()
        if not self._missed:  # said once a search, not at every letter after
            self._missed = True
            self.notify(f"No choice here matches “{typed}”: letters typed on this box only "
                        "choose, and are not kept as text. Tab to the box you meant.",
                        severity="warning", timeout=6, markup=False)
