"""Which question a point moves to: Shift+→ on a question's points opens it over the session.

A point typed under Question 1 belonged to Question 3, and the only way was Delete, PgDn and
typing it again, naming who said it again (a facilitator's trial). The dialog lists the
session's other questions, numbered as their steps are, each on one line, its words cut short;
↑↓ or the question's number (its digits: `1` `2` for Question 12) choose one, and Enter moves
the point there; Esc changes nothing. It gives back the
question's id (None: cancelled); the points list moves the point (`PointsEditor.move_to`,
through `SessionEdits.move_point_to`).
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reflect.model.point_move_edits import QuestionChoice
from reflect.text import one_line
from reflect.ui.screens.base import ReflectModal
from reflect.ui.screens.confirm import CONFIRM_WIDTH, FRAME
from reflect.ui.widgets.literal import Literal, literal
from reflect.ui.widgets.stops_at_ends import StopsAtEnds

POINT_CHARS = 100
"""The most of the point's words the dialog quotes (two lines at its width)."""
OPTION_CHARS = CONFIRM_WIDTH - FRAME - 2
"""A question's line, its label and its words (cut with "…"): one line at the dialog's width,
the list's own margin aside."""
HOW = "↑↓ or its number chooses; Enter moves the point to the end of its points. Esc: no change."


def question_option(choice: QuestionChoice) -> Option:
    """`Question 3: What will you change?`, on one line, its words cut short."""
    label = f"{choice.label}: "
    words = one_line(choice.question_id if not choice.text.strip() else choice.text,
                     max(OPTION_CHARS - len(label), 10))
    return Option(Content.assemble(literal(label, "bold"), literal(words)),
                  id=choice.question_id)


class QuestionPicker(StopsAtEnds):
    """The questions to choose from (Enter chooses the one highlighted, said in the footer)."""

    BINDINGS = [Binding("enter", "select", "Move here")]


class PointMoveScreen(ReflectModal[str | None]):
    """Dismisses with the id of the question chosen, or None (Esc)."""

    DEFAULT_CSS = """
    PointMoveScreen QuestionPicker, PointMoveScreen QuestionPicker:focus {
        height: auto;
        max-height: 10;
        border: none;
        padding: 0;
        margin: 1 0;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, title: str, words: str, choices: Sequence[QuestionChoice]) -> None:
        super().__init__()
        self.title_words, self.words = title, words
        self.choices = list(choices)
        self._typed = ""
        """The digits of a question's number typed so far ("1", then "12")."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog confirm", id="point-move"):
            yield Literal(self.title_words, "bold")
            yield Literal(one_line(self.words, POINT_CHARS))
            yield QuestionPicker(*(question_option(c) for c in self.choices),
                                 id="point-move-questions")
            yield Literal(HOW, "dim")

    def on_mount(self) -> None:
        picker = self.query_one(QuestionPicker)
        picker.highlighted = 0
        picker.focus()

    @on(OptionList.OptionSelected, "#point-move-questions")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def on_key(self, event: events.Key) -> None:
        """A question's number (`3` for Question 3, `1` `2` for Question 12) chooses it, as ↑↓
        do; Enter moves the point there. A digit moved the point at once: the Enter typed
        after it, as the line under the list says, went to the points and opened one for
        editing, and Question 12 of a themed session could not be reached (`1` moved it to
        Question 1; a trial)."""
        if event.character is None or not event.character.isdigit():
            return
        event.stop()
        self._typed = self._typed + event.character if self._numbered(
            self._typed + event.character) is not None else event.character
        found = self._numbered(self._typed)
        if found is not None:
            self.query_one(QuestionPicker).highlighted = found

    def _numbered(self, typed: str) -> int | None:
        """The index of the question numbered `typed` ("12"), or None."""
        return next((i for i, c in enumerate(self.choices)
                     if c.label.rpartition(" ")[2] == typed), None)

    def action_cancel(self) -> None:
        self.dismiss(None)
