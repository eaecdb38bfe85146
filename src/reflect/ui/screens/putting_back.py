"""Putting back what was removed: Ctrl+Z in a session brings back the last point, action or
person removed (Delete, then y), at its old place in its list, on its own step, highlighted;
so too a point moved to another question (Shift+→ on its list: ui/screens/point_move.py).

A facilitator's trial: mid-meeting, a wrong y lost a point, and Ctrl+Z did nothing and said
nothing. The session's one writer keeps every change with how to undo it (`SessionEdits`);
what was removed is put back from there (`put_back`), whatever was typed since, which stays.
In a text box whose own Ctrl+Z undoes typing (an answer, the notes) the key is the box's; in
the one-line boxes of a form, which have no undo of their own, it is this one. Just after a
Space on Who is here, Ctrl+Z takes that back, with the points it gave and the arrival it moved
(`UNMARKED`): a Space pressed by mistake could not be (a team lead's trial). A part of the
walkthrough (walkthrough_base.py), between leaving it and the screen itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding

from reflect.model.presence import presence_said
from reflect.model.session import Participant, Point, Session
from reflect.model.steps import find_step, question_key
from reflect.model.undo import Removed
from reflect.text import one_line
from reflect.ui.screens.leaving import LeavesSession
from reflect.ui.widgets.item_panel import SAID_CHARS, ItemPanel

if TYPE_CHECKING:
    from reflect.ui.widgets.points_panel import PointList

PUT_BACK_KEY = "Ctrl+Z"
NOTHING_TO_PUT_BACK = ("Nothing removed or moved to put back: Ctrl+Z puts back the last point, "
                       "action or person removed (Delete, then y), a point moved to another "
                       "question, or a Space on Who is here just pressed.")
MOVED_BACK = "Back on {step} as point {n}: {}"
"""Said as Ctrl+Z puts a point moved to another question back where it was."""
MOVE_POINT = "Move a point to another question (Shift+→)"
"""The palette's way to Shift+→ on a question's points (docs/keys.md)."""
CHOOSE_POINT = ("Choose the point first: Tab to the list of points, ↑ ↓ to it, then the "
                "palette again.")
UNMARKED = "Space undone: {} is as before it, {}; what it gave or moved is as it was."
"""Said as Ctrl+Z takes back a Space on Who is here (the person, and whether they are here)."""


class PutsBack(LeavesSession):
    BINDINGS = [
        # Two bindings of one key, one enabled at a time: "Put back" in the footer only while
        # there is something to put back; else the key says there is nothing.
        Binding("ctrl+z", "put_back", "Put back"),
        Binding("ctrl+z", "nothing_to_put_back", "Put back", show=False),
    ]
    keys_first = frozenset({"put_back"})
    """Shown in the footer wherever it fits, just after a removal (`footer.KEYS_FIRST`)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("put_back", "nothing_to_put_back"):
            can = self.read_only is None and self.edits.can_put_back
            return can if action == "put_back" else not can
        return super().check_action(action, parameters)

    def action_nothing_to_put_back(self) -> None:
        self.notify(NOTHING_TO_PUT_BACK)

    async def action_put_back(self) -> None:
        """The last item removed, back in its list where it was, on its step (gone to, if
        another is on view), highlighted with the focus; said, and saved."""
        removed = self.edits.put_back()
        if removed is None:
            self.action_nothing_to_put_back()
            return
        self.apply(removed.change)
        self.refresh_bindings()
        index = find_step(self.steps, step_of(removed))
        if index is None:
            return
        if index != self.index:
            await self.go(index)
        person = removed.item if removed.kind == "marking" else None
        words = UNMARKED.format(one_line(person.name.strip() or person.describe(), SAID_CHARS),
                                presence_said(person)) if isinstance(person, Participant) else ""
        if removed.kind == "moved":
            words = moved_back_said(self.session, self.steps[index].label, removed)
        for panel in self.panes[index].query(ItemPanel):
            if panel.put_back_shown(removed.item, words):
                return

    def put_back_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(f"Put back what was removed ({PUT_BACK_KEY})",
                            "The last point, action or person removed, at its old place",
                            self.action_put_back)
        if self.points_here() is not None:
            yield SystemCommand(MOVE_POINT, "The point highlighted in this question's list "
                                "(else its last) to another question", self.action_move_point)
            for by, way, key in ((-1, "up", "↑"), (1, "down", "↓")):
                yield SystemCommand(f"Move the point {way} (Shift+{key})", "The point "
                                    "highlighted in this question's list, one place "
                                    f"{way}", partial(self.move_point_by, by))

    def points_here(self) -> PointList | None:
        """The list of points on the step on view, where it lists any and may change."""
        from reflect.ui.widgets.points_panel import PointList

        if self.read_only is not None:
            return None
        found = self.panes[self.index].query(PointList)
        return found.first() if found and found.first().option_count else None

    def action_move_point(self) -> None:
        """The palette's Shift+→: PuTTY, and some other terminals, send no Shift or Ctrl with
        an arrow, and the point typed under the wrong question could not be moved."""
        listed = self.points_here()
        if listed is not None:
            listed.parent_editor.ask_move_to(
                listed.option_count - 1 if listed.highlighted is None else listed.highlighted)

    def move_point_by(self, by: int) -> None:
        """The palette's Shift+↑ (`by` -1) or Shift+↓ (1), for the same terminals."""
        listed = self.points_here()
        if listed is not None and listed.highlighted is None:
            self.notify(CHOOSE_POINT)
        elif listed is not None:
            listed.parent_editor.move(by)


def moved_back_said(session: Session, label: str, removed: Removed) -> str:
    """What Ctrl+Z says as it puts a point moved to another question back on its own, step
    `label`: `Back on Question 1 as point 2: Invented point`."""
    answer = session.answer(removed.question_id)
    held = answer.points if answer is not None else []
    at = next((i for i, p in enumerate(held) if p is removed.item), 0)
    text = removed.item.text if isinstance(removed.item, Point) else ""
    return MOVED_BACK.format(one_line(text, SAID_CHARS), step=label, n=at + 1)


def step_of(removed: Removed) -> str:
    """The key of the step whose list held what was removed."""
    if removed.kind in ("point", "moved"):
        return question_key(removed.question_id)
    return "actions" if removed.kind == "action" else "people"
