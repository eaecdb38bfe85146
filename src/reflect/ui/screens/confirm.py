"""A yes/no question before anything is removed."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button

from reflect.model.same_person import KEYS
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Fitted, Literal
from reflect.ui.widgets.whole_path import longest_part, path_lines

CONFIRM_CHARS = 160
"""The most of an item's text a question about it quotes: its buttons stay in view at 60x20."""
CONFIRM_WIDTH = 60
"""A question's width (app.tcss: `.confirm`)."""
FRAME = 4
"""The columns of a dialog that are not its text: its border and a space either side."""
SAME_PERSON_KEYS = KEYS
"""The keys of "another person called …, or the same person?" (`same_person.KEYS`: plain mode
asks with them too)."""


class ConfirmScreen(ReflectModal[bool]):
    """Dismisses with True only when the person chooses the confirming button."""

    BINDINGS = [Binding("y", "answer(True)", "Yes"), Binding("n", "answer(False)", "No"),
                Binding("escape", "cancel", "No", show=False)]
    """`n` first: the footer shows it, as the button does ("Keep (n)"); Esc does the same,
    unless the question is one Esc cancels (`escape_cancels`)."""

    def __init__(self, question: str, yes: str = "Remove", no: str = "Keep",
                 yes_by_letter: bool = True, escape_cancels: str = "",
                 path: tuple[str, Path] | None = None,
                 keys: tuple[str, str] = ("y", "n"), path_after_question: bool = False) -> None:
        super().__init__()
        self.path_after_question = path_after_question
        """The path said after the question's first paragraph, not before it: Remove's "Its
        file is moved into …" came above the question it answers (a trial)."""
        self.keys = keys
        """The letters for `yes` and `no`, shown on the buttons and in the footer: a question
        whose buttons are not yes and no has letters of their words ("Same person (s)"), as
        y for "Add another" was pressed meaning "yes, the same person" (a trial)."""
        if keys != ("y", "n"):
            bound = self._bindings.key_to_bindings
            bound.pop("y", None)
            bound.pop("n", None)
            self._bindings.key_to_bindings = {
                keys[0]: [Binding(keys[0], "answer(True)", "Yes")],
                keys[1]: [Binding(keys[1], "answer(False)", "No")], **bound}
        self.question = question
        self.path = path
        """A lead and the path the question is about, said before it, the path whole (broken
        only after a "/"), the dialog as wide as the path's widest part needs, up to the
        screen's width: the file's name was cut where the question's line ended (a trial)."""
        self.yes, self.no = yes, no
        self.yes_by_letter = yes_by_letter
        """False: the confirming button only, no `y` (replacing a file: a word typed on
        after Ctrl+O answered it with its `y`, and an earlier export was replaced; a trial)."""
        self.escape_cancels = escape_cancels
        """Where `no` does something too (writes a second file): what Esc does instead, said
        in the footer ("Export nothing"); it dismisses with None. Esc means cancel elsewhere
        in the app, and here it wrote a second copy of the notes (a trial)."""
        self.key_descriptions = {"answer(True)": yes, "answer(False)": no,
                                 "cancel": escape_cancels or no}
        """The footer's `y Quit  esc Keep typing`, as the buttons say (footer.KEY_DESCRIPTIONS)."""

    def compose(self) -> ComposeResult:
        asked, _, more = self.question.partition("\n\n") if self.path_after_question \
            else (self.question, "", "")
        with Vertical(classes="dialog confirm") as dialog:
            if not self.path_after_question:
                yield from self._path_said(dialog)
            yield Literal(asked)
            if self.path_after_question:  # a line apart from the question, as its paragraphs are
                for said in self._path_said(dialog):
                    said.styles.margin = (1, 0, 0, 0)
                    yield said
                if more:
                    yield Literal(more)
            if not self.yes_by_letter:
                yield Literal(self.without_letter, id="confirm-keys")
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} ({self.keys[0]})" if self.yes_by_letter
                             else self.yes, variant="error", id="yes")
                yield Button(f"{self.no} ({self.keys[1]})", variant="primary", id="no")

    def _path_said(self, dialog: Vertical) -> ComposeResult:
        if self.path is not None:
            lead, path = self.path
            dialog.styles.width = max(CONFIRM_WIDTH, longest_part(str(path)) + FRAME)
            said = Fitted()
            said.fit(functools.partial(path_lines, lead, str(path)))
            yield said

    @property
    def without_letter(self) -> str:
        """Which key gives the answer that has no letter: the focus is on the safe button, so
        Enter gave it, and the Leave dialog said nothing of how to leave (a trial)."""
        return f"To {self.yes.lower()}: Tab to “{self.yes}”, then Enter. Enter alone: “{self.no}”."

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not (self.yes_by_letter or action != "answer" or parameters != (True,)):
            return False
        return super().check_action(action, parameters)

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    def action_cancel(self) -> None:
        self.dismiss(None if self.escape_cancels else False)


def same_person_question(said: str, where: str, name: str, same: str, back: str) -> str:
    """"… is on the list already …: the same person, or another person called …?", asked
    wherever a name typed is one listed already (*Who is here*, adding or editing a person;
    the new-session form, of a name typed twice): one question in one set of words.
    `same`: what the same person keeps; `back`: where Esc goes."""
    return (f"{said} is on the list already ({where}).\n\nThe same person ({same}), or "
            f"another person called {name}? (Esc: neither, {back}.)")


def same_person_dialog(question: str, another: str = "Add another",
                       neither: str = "Add nothing") -> ConfirmScreen:
    """The dialog that asks whether a person is one listed already: `another` (a) dismisses
    True, *Same person* (s, and Enter: the focus is on it) False, Esc (`neither`) None."""
    return ConfirmScreen(question, yes=another, no="Same person", escape_cancels=neither,
                         keys=SAME_PERSON_KEYS)


def closing_the_room(question: str, yes: str, no: str) -> ConfirmScreen:
    """The question before anything that closes the room for everyone, dropping the points
    still waiting in it: leaving the session (Esc), quitting (Ctrl+Q) and *Close the room*.
    One rule for all three: `yes` has no letter, only its button answers (the focus on `no`,
    and the question says how: Tab, then Enter). Esc's "Leave" had none, but Ctrl+Q's `y`
    quit at once and *Close the room*'s `y` closed it, each dropping the points waiting (a
    trial), as a word typed on after the key could."""
    return ConfirmScreen(question, yes=yes, no=no, yes_by_letter=False)


def quit_question(screens: Sequence[Screen[Any]]) -> ConfirmScreen | None:
    """Ctrl+Q's question, of the topmost screen that quitting would lose something of (the
    new-session form's typing, a session's open room), looked for under any dialog too: over
    the room's panel, help or export it quit unasked (a trial). None: nothing to ask. A
    screen's `quit_question` gives the question's words, or the whole dialog (the room's:
    `closing_the_room`)."""
    for screen in reversed(screens):
        question = getattr(screen, "quit_question", None)
        asked = question() if callable(question) else None
        if isinstance(asked, ConfirmScreen):
            return asked
        if isinstance(asked, str):
            stay = getattr(screen, "QUIT_STAY", "Keep typing")  # what "no" keeps doing
            return ConfirmScreen(asked, yes="Quit", no=stay)
    return None


def dismiss_once_confirmed(screen: Screen[Any], question: str, keep: str,
                           then: Callable[[], object] | None = None) -> None:
    """A form's Cancel (or Esc) once something in it changed: `question` (Discard, or `keep`
    to go on), `screen` dismissed with None only on Discard (the new-session form, the time
    plan), and `then` called (the form's draft thrown away)."""

    def answered(discard: bool | None) -> None:
        if discard:
            if then is not None:
                then()
            screen.dismiss(None)

    screen.app.push_screen(ConfirmScreen(question, yes="Discard", no=keep), answered)

