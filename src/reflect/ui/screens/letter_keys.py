"""A dialog's own letter keys (y, n, r, ...), off once typing is seen there (`LetterKeys`).

A word typed on after the key that opened a dialog must never answer it: the quit question's
"Stay (n)" was pressed by the n of a command typed on by someone who thought reflect had quit,
and the rest of the command went into the answer box under it (a trial)."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual import events, on
from textual.screen import Screen

from reflect.ui.not_typed import KeepsSaidHere

ResultT = TypeVar("ResultT")


class LetterKeys(Screen[ResultT]):
    """Mixed into every dialog (`ReflectModal`): its letter keys answer until typing is seen
    there, and again after a key that ends typing (`TYPING_ENDS`)."""

    letters_off = False
    """Whether typing has been seen here (a letter said not typed: `not_typed`), and so the
    dialog's own letter keys (y, n, r, ...) answer it no longer. The quit question's "Stay
    (n)" was pressed by the n of a command typed on by someone who thought reflect had quit,
    and the rest of the command went into the answer box under it (a trial)."""
    _off_said = False
    """Whether a letter key pressed since has been said not to answer."""

    TYPING_ENDS: ClassVar[frozenset[str]] = frozenset()
    """Keys that are no typing and end it: once one is pressed, the letter keys answer again
    (`letters_back`). The export dialog's arrows: a letter typed on its formats turned r and
    e off for good, and after ← to another format r said "typing was seen" while the footer
    and the check's text offered it (a trial). None elsewhere: at the quit question a Tab or
    an arrow may be part of a command typed on (completion, history)."""

    def typing_seen(self) -> str:
        """Typing has been seen: the letter keys go off (`letters_off`), out of the footer;
        said, when there are any, with how to answer now."""
        letters = self.own_letters()
        self.letters_off = True
        self.refresh_bindings()
        self.letters_changed()
        if not letters:
            return ""
        return (f"Typing on does not answer: its letter keys ({', '.join(letters)}) are off "
                f"now. {self.how_to_answer()}")

    def how_to_answer(self) -> str:
        """How to answer with the letter keys off, naming the button Enter presses now: "Tab
        to a button, then Enter" alone, said with "Keep typing (n)" focused, had a trial Tab
        on to "Discard (y)" and press Enter, and the new session's form was discarded."""
        from textual.widgets import Button

        focused = self.focused
        if isinstance(focused, Button) and focused.display:
            return f"Enter presses “{focused.label}”; Tab moves to another button."
        return "Tab to a button, then Enter."

    def letters_back(self) -> None:
        """A key that ends typing (`TYPING_ENDS`): the letter keys answer again."""
        self.letters_off = self._off_said = False
        self.refresh_bindings()
        self.letters_changed()

    def letters_changed(self) -> None:
        """The letter keys went off or came back: a dialog whose words name them says them
        again, as they now are (`ExportScreen`)."""

    def own_letters(self) -> list[str]:
        """The dialog's own one-letter keys, as they stand (a key it has turned off, such as
        a question's y where only its button replaces a file, is none)."""
        bound = self.active_bindings
        return [key for key, active in bound.items() if len(key) == 1 and key.isalpha()
                and active.node is self and (active.enabled or self.letters_off)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A letter key's action, once `letters_off`: not enabled (None), and so left out
        of the footer, as the footer listed "n Stay" while n no longer answered. A dialog's
        own rules come first (`ConfirmScreen`, `ExportScreen`)."""
        if self.letters_off and any(
                len(key) == 1 and key.isalpha() and binding.action.partition("(")[0] == action
                for key, bindings in self._bindings.key_to_bindings.items()
                for binding in bindings):
            return None
        return True

    @on(events.Key)
    def _letters_after_typing(self, event: events.Key) -> None:
        """Once typing has been seen, the dialog's letter keys do nothing but say so (once),
        until a key that ends typing (`TYPING_ENDS`). A letter that is no key here, even
        one not said (a list says one a visit), is typing: with the letters back on after
        an arrow, a word typed on would otherwise answer with its r."""
        if event.key in self.TYPING_ENDS:
            if self.letters_off:
                self.letters_back()
            return
        if not self.letters_off:
            if event.is_printable and event.character not in (None, " "):
                bound = self.active_bindings.get(event.key)
                more = self.typing_seen() if bound is None or not bound.enabled else ""
                if more:  # (no box here said it: a list says one letter a visit)
                    self._say(f"“{event.character}…” was not typed. {more}")
            return
        if event.key not in self.own_letters():
            return
        event.stop()
        event.prevent_default()
        if not self._off_said:
            self._off_said = True
            self._say(f"“{event.key}” did not answer: typing was seen in this dialog, so its "
                      f"letter keys are off. {self.how_to_answer()}")

    def _say(self, message: str) -> None:
        """Say `message` of the letter keys, taken back as they answer again
        (`ReflectModal.letters_back`)."""
        self.notify(message, severity="warning", timeout=8, markup=False)
        if isinstance(self, KeepsSaidHere):
            self.said_here(message)
