"""A drop-down that chooses as you type: on the closed *Said by…* box, "s" chooses the first
person a word of whose name, role or agency starts with "s" ("sa" within a second, Sam
Sample); on an action's recommendation box, a word of the recommendation. Choosing who said a
point took Tab, Enter, a letter and Enter; now Tab and a letter.

Enter on the closed box opens its list, as Space and ↓ do (and as in most apps): it added the
item, nothing chosen, when a new user pressed it to open the list (an action recorded "not
linked", a trial). Only once letters typed on this visit have chosen does Enter add the item:
the choice is the one the box shows.
"""

from __future__ import annotations

import time

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Select

from reflect.text import findable_words, starts_word, typed_starts

TYPE_AHEAD_SECONDS = 1.0
"""Letters typed within this many seconds of each other make one search (a new visit to the
box starts a new one)."""


def first_match(labels: list[str], typed: str) -> int | None:
    """The index of the label with the earliest word starting with `typed` (case ignored; a
    name before a role before an agency, then the first in the list); each word typed after a
    space starts the next word ("sam s", "soc w": Sam Sample, social worker). None if no word
    starts with them: letters inside a word ("k" in "worker") are no match. Words are read as
    a search reads them, punctuation aside: "k" finds "[b]Kim[/b] Example" (it found
    nothing: a trial), "obr" Jo O'Brien."""
    wanted = typed_starts(typed)
    if not wanted:
        return None
    best: tuple[int, int] | None = None  # (word position, label index)
    for index, label in enumerate(labels):
        words = findable_words(label)
        position = next((n for n in range(len(words) - len(wanted) + 1)
                         if all(starts_word(start, word)
                                for word, start in zip(words[n:], wanted, strict=False))), None)
        if position is not None and (best is None or position < best[0]):
            best = (position, index)
    return None if best is None else best[1]


def enter_does(typed: str, missed: bool, picked: bool = False) -> str:
    """What Enter on the closed box does, in the footer's words, after letters `typed` on
    this visit (`missed`: they match nothing), or a choice made in its list (`picked`)."""
    if picked and not typed:
        return "Add"
    if not typed:
        return "Open list"
    return "Adds nothing" if missed else "Add"


class TypeAheadSelect(Select[str]):
    """Textual's compact Select, closed, choosing by the letters typed (see the module)."""

    BINDINGS = [  # Enter in the footer, as it does here; Space and the arrows open it too
        Binding("enter", "show_overlay", "Open list"),
        Binding("down,space,up", "show_overlay", "Open list", show=False),
    ]

    class Confirmed(Message):
        """Enter on the closed box after letters typed on this visit chose: the form adds its
        item (or, with nothing typed to add, opens the list)."""

        def __init__(self, select: TypeAheadSelect) -> None:
            super().__init__()
            self.select = select

    class Picked(Message):
        """A choice made in the open list (Enter or a click on it), once the list is
        closed. The box keeps the focus, where Enter then adds the item and Tab goes on to
        the button: the focus went back to the first box, so Tab (meaning the button) came
        back here and Enter opened the list again (a trial)."""

        def __init__(self, select: TypeAheadSelect) -> None:
            super().__init__()
            self.select = select

    def __init__(self, prompt: str, classes: str, by_value: bool = False) -> None:
        super().__init__([], prompt=prompt, classes=classes, compact=True)
        self.by_value = by_value
        """Letters typed find a word of a choice's value, not of its label."""
        self._typed = ""
        self._typed_at = 0.0
        self._before: str | None = None
        """The choice before this search's first letter (None: none), put back when the
        letters typed match nothing."""
        self.adds = "Add"
        """What Enter that adds is called in the footer: the form's button's word ("Save"
        while an item is being edited)."""
        self._picked = False
        """A choice was made in the list since the box last had the focus from elsewhere:
        Enter adds (`Confirmed`), as after letters that chose."""
        self._missed = False
        """This search's letters match nothing: what follows is taken as more of it, never
        as a choice (words meant for the box beside it chose a recommendation)."""

    def _on_mount(self, event: events.Mount) -> None:
        # Removed while it was being mounted (the app closing just as the next step's pane was
        # built ahead): Textual's Select would look for its list, gone, and fail on the way out.
        if not self.query("SelectOverlay"):
            event.prevent_default()

    def on_select_overlay_update_selection(self) -> None:
        # Before Textual's Select handles it (a subclass's handler runs first), which gives
        # this box the focus back (the visit goes on: `_picked` stays until it is left).
        self._picked = True
        self.refresh_bindings()
        self.post_message(self.Picked(self))

    @property
    def key_descriptions(self) -> dict[str, str]:
        """What Enter does, in the footer: opens the list; adds once letters have chosen;
        after letters that match nothing, nothing (it says so)."""
        does = enter_does(self._typed, self._missed, self._picked)
        return {"show_overlay": self.adds if does == "Add" else does}

    def _search(self, typed: str, missed: bool) -> None:
        """The letters typed on this visit, and whether they match nothing."""
        before = enter_does(self._typed, self._missed)
        self._typed, self._missed = typed, missed
        if enter_does(typed, missed) != before:
            self.refresh_bindings()

    def _forget_typed(self) -> None:
        self._search("", False)

    def _on_focus(self, event: events.Focus) -> None:
        self._forget_typed()  # each visit starts a new search

    def _on_blur(self, event: events.Blur) -> None:
        if not self.expanded:  # (its own list taking the focus is not leaving it)
            self._picked = False

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter" and not self.expanded:
            typed, missed, picked = self._typed, self._missed, self._picked
            self._forget_typed()
            event.stop()
            event.prevent_default()
            if picked and not typed:  # chosen in the list: add, as after letters
                self._picked = False
                self.post_message(self.Confirmed(self))
            elif not typed:  # nothing chosen by letters: open the list to choose from
                self.action_show_overlay()
            elif missed:  # nothing chosen: the words were most likely meant for another box
                self.notify(f"“{typed.strip()}” is not a choice here, so nothing was added: "
                            "Tab to the box it was meant for.", severity="warning", timeout=4,
                            markup=False)
            else:
                self.post_message(self.Confirmed(self))
            return
        if event.key == "backspace":  # the letters typed so far are forgotten: start again
            self._forget_typed()
            self._picked = False
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
        self._search(typed, self._missed)
        self._typed_at = now
        # Not the "no choice" row (`Select.NULL`; `Select.BLANK` is the flag False): a box
        # finding by value (the recommendation) read it as "Select.NULL", and "s" or "n"
        # chose it: the box was left empty (tried in tmux).
        options = [(label, value) for label, value in self._options
                   if value is not Select.NULL]
        labels = [str(value) if self.by_value else
                  label.plain if isinstance(label, Text) else str(label)
                  for label, value in options]
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
            self._search(typed, True)
            self.notify(f"No choice here matches “{typed}”: letters typed on this box only "
                        "choose, and are not kept as text. Tab to the box you meant.",
                        severity="warning", timeout=6, markup=False)
