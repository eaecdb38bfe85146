"""A question's points moved (`PointMoving`, the base of `PointsEditor`): up or down its list
(Shift+↑/↓), or to another of the session's questions (Shift+→, ui/screens/point_move.py),
said, with Ctrl+Z to put it back; and an arrival a point moves (model/arrival.py), said."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel
from rich.text import Text
from textual.widgets import OptionList

from reflect.model.arrival import moved_said
from reflect.model.point_move_edits import QuestionChoice
from reflect.model.session import Point
from reflect.text import one_line, printable
from reflect.ui.messages import SessionChanged
from reflect.ui.notices import Notices
from reflect.ui.widgets.item_panel import SAID_CHARS
from reflect.ui.widgets.room_point_box import RoomPointBox


class PointMoving(RoomPointBox):
    """A question's points moved: `PointsEditor` says what they are and how they are listed."""

    question_id: str
    points: list[Point]
    """The answer's own list (`PointsEditor`'s)."""

    def refresh_list(self) -> None:
        """The list drawn again (`PointsEditor`'s)."""
        raise NotImplementedError

    def said_by(self, point: Point) -> Text:
        """Who said `point`, as the list shows it (`PointsEditor`'s)."""
        raise NotImplementedError

    def _say_moved(self) -> None:
        """A point said by someone marked as arriving during a later step moves their arrival
        to this one (model/arrival.py), said: `Sam Sample said a point on Question 1, so
        arrived during it, not during Summary and export: the notes say so.`"""
        if said := moved_said(self.edits.take_moved()):
            self.say_kept(said)

    def move(self, by: int) -> None:
        points = self.query_one(".point-list", OptionList)
        i = points.highlighted
        if self.read_only or i is None:
            return
        change = self.edits.move_point(self.question_id, i, by)
        if change is None:
            return
        self.refresh_list()
        points.highlighted = i + by
        self.post_message(SessionChanged(change))

    # --- to another question -------------------------------------------------------------

    MOVED = "Moved to {step}: {}. Ctrl+Z puts it back."
    NO_OTHER = "This session has no other question to move a point to."
    _moved_said = ""

    def ask_move_to(self, index: int) -> None:
        """Shift+→ on point `index`: the session's other questions offered (ui/screens/
        point_move.py); the one chosen gets the point at the end of its points (`move_to`)."""
        from reflect.ui.screens.point_move import PointMoveScreen

        if self.read_only or not 0 <= index < len(self.points):
            return
        choices = self.edits.other_questions(self.question_id)
        if not choices:
            self.notify(self.NO_OTHER, severity="warning")
            return
        point = self.points[index]
        here = next((c.label for c in self.edits.questions()
                     if c.question_id == self.question_id), "this question")
        self.app.push_screen(
            PointMoveScreen(f"Move point {index + 1} of {here} to…",
                            printable(point.text) + self.said_by(point).plain, choices),
            lambda chosen: self.move_to(point, chosen, choices))

    def move_to(self, point: Point, chosen: str | None,
                choices: Sequence[QuestionChoice]) -> None:
        """`point` to the end of question `chosen`'s points (None: nothing), said; the focus
        stays on the list, on the point after it (the one before, where it was the last), or
        goes to the box where the list is empty now."""
        if chosen is None:
            return
        if self.form.editing is point:
            self.form.end_editing()
        change = self.edits.move_point_to(self.question_id, point, chosen)
        if change is None:
            return
        self.take_back_said()
        self.refresh_list()
        self.screen.set_focus(self.listing() if self.points else self.form.first)
        label = next((c.label for c in choices if c.question_id == chosen), "")
        self._moved_said = self.MOVED.format(one_line(point.text, SAID_CHARS), step=label)
        self.say_kept(self._moved_said)
        self._say_moved()
        self.post_message(SessionChanged(change))

    def put_back_shown(self, item: BaseModel, words: str = "") -> bool:
        """`ItemPanel`'s; "Moved to …. Ctrl+Z puts it back." withdrawn once it is back."""
        shown = super().put_back_shown(item, words)
        if shown and self._moved_said and isinstance(self.app, Notices):
            self.app.withdraw(self._moved_said)
        return shown
