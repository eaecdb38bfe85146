"""RoomPointBox: a point from the room in a question's point box (`e` on it in the queue),
to be edited there and added with Enter, or put back to wait (Esc, the box left empty). The
part of `PointsEditor` (points_panel.py) that holds it: it stays that point, said by whoever
sent it, however its words are changed; the box's title names who sent it as the session
calls them now, the name sent under the box where that is another (`name_sender`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from reflect.model.changes import Change, draft_key
from reflect.model.session import Point
from reflect.ui.widgets.incoming import Waiting
from reflect.ui.widgets.item_panel import ItemPanel
from reflect.ui.widgets.literal import TITLE_EDGES, literal_title
from reflect.wrapping import cut_at_a_word

if TYPE_CHECKING:
    from reflect.room import IncomingPoint


ROOM_KEYS = (" · Enter adds · Esc puts back", " · Enter adds", "")
"""What the title of a box holding a point from the room says of its keys after the name,
the most that fits first."""
NAME_AT_LEAST = 20
"""The cells a sender's name keeps in the title before its keys give way (`room_title`)."""


def room_title(name: str, room: int) -> str:
    """The title of a box holding a point from the room sent by `name`, in `room` cells
    (0: not laid out yet): `Room: ` and the name cut after a word to 30 at most, then the
    keys that fit whole (`ROOM_KEYS`), the name keeping `NAME_AT_LEAST` where it is longer.
    Textual cut the whole title at the box's edge: `Room: Alexandra Placeholder-Example ·
    Enter …` at 80x24, `… · Enter adds …` at 60x20."""
    head = "Room: "
    for keys in ROOM_KEYS:
        left = room - cell_len(head + keys)
        if room <= 0 or left >= min(NAME_AT_LEAST, cell_len(name)):
            return head + cut_at_a_word(name, min(30, left) if room > 0 else 30) + keys
    return head + cut_at_a_word(name, max(room - len(head), 2))


class RoomPointBox(ItemPanel):
    BINDINGS = [Binding("escape", "put_back", "Back to waiting", show=False)]
    EMPTIED = "Type its new words; left empty, it goes back to wait"
    """Said under the box emptied of a point from the room: it is still that point."""

    question_id: str
    from_room: Waiting | None = None
    """A point from the room put into the box to be edited: added as sent from it."""
    room_words = ""
    """The box's words while it holds `from_room`, kept as they are typed: read as the
    session is left, when the box may be gone already."""
    sender_now = ""
    """Who sent `from_room`, as the session calls them now, where another name than the one
    sent ("" where not: `name_sender`)."""

    @dataclass
    class FromRoomAdded(Message):
        """A point from the room (`sent`), edited in the point box, was added (`point`)."""

        sent: IncomingPoint
        point: Point

    @dataclass
    class FromRoomPutBack(Message):
        """A point from the room, put in the point box to edit, was put back (Esc, the box
        left empty, another point opened for editing): it waits beside the question again.
        `words`: what the box held of it ("" when emptied)."""

        waiting: Waiting
        words: str = ""

    def edit_from_room(self, waiting: Waiting, now: Callable[[str], str] | None = None) -> bool:
        """Put a point from the room into the point box, to be edited and added (Enter): it
        stays that point, said by whoever sent it, however its words are changed, even typed
        again from an empty box. Esc, or the box left empty, puts it back to wait. False,
        leaving the box alone, while it holds something else typed (never lost). `now`: a
        name sent to the sender's name now (`name_sender`)."""
        box = self.form.first
        if self.form.editing is not None or box.value.strip():
            return False
        self.from_room = waiting
        # Not in the session file until it is added (as the points waiting, and those
        # declined, are kept nowhere): it was a draft within two seconds, and came back
        # after a crash said by nobody (a facilitator's trial).
        self.form.keeps_drafts = False
        box.value = self.room_words = waiting.point.text
        box.cursor_position = len(waiting.point.text)
        self.name_sender(now)
        # Not scrolled to now: the queue above is laid out still (QuestionPane.edit_from_room).
        self.screen.set_focus(box, scroll_visible=False)
        return True

    def name_sender(self, now: Callable[[str], str] | None = None) -> None:
        """The box's title names who sent the point from the room it holds as the session
        calls them now, the name sent under the box where that is another ("Room: Anne
        Exampleton", "sent as Ann Example"), as the queue and the messages on deciding it
        do; the title said the name sent alone (a trial). `now`: a name sent to the name
        now, where another ("" where not: `TakesRoomPoints.called_now`); called again as
        the question is come back to, a sender renamed on Who is here meanwhile."""
        if self.from_room is None or self.form.editing is not None:
            return
        self.sender_now = now(self.from_room.who) if now else ""
        self._room_titled()
        if self.form.first.value.strip():  # (emptied, it says so there)
            self.form.say(self._sent_as())

    def _room_titled(self) -> None:
        """The box's title naming who sent the point from the room, in the room its border
        leaves (`room_title`): again as the box is resized."""
        if self.from_room is None or self.form.editing is not None:
            return
        box = self.form.first
        title = room_title(self.sender_now or self.from_room.who,
                           box.outer_size.width - TITLE_EDGES if box.outer_size.width else 0)
        if str(box.border_title or "") != title:
            box.border_title = literal_title(title)

    def on_resize(self) -> None:
        self._room_titled()

    def _sent_as(self) -> Text | None:
        """Under the box: the name the point was sent under, where the sender is called
        otherwise now."""
        if self.from_room is None or not self.sender_now:
            return None
        return Text(f"sent as {cut_at_a_word(self.from_room.who, 30)}", style="italic")

    @on(Input.Changed, ".point-text")
    def _room_point_typed(self, event: Input.Changed) -> None:
        """Emptied, the box still holds the room's point, to be typed again: emptying it
        handed the point back at once, and the words typed next were added as the
        facilitator's own, said by nobody, the original still waiting (a trial)."""
        if self.from_room is None:
            return
        if self.form.editing is not None:  # another point opened here: this one waits again
            self.put_back(empty_box=False)
            return
        self.room_words = event.value
        self.form.say(Text(self.EMPTIED) if not event.value.strip() else self._sent_as())

    @on(Input.Blurred, ".point-text")
    def _left(self, event: Input.Blurred) -> None:
        if self.from_room is not None and not event.value.strip():
            self.call_after_refresh(self._left_empty)

    def _left_empty(self) -> None:
        """The box left empty (the focus elsewhere, not just the terminal's): it waits again."""
        if self.from_room is not None and not self.form.first.value.strip() and \
                self.screen.focused is not self.form.first:
            self.put_back()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "put_back":  # Esc in the box holding a point from the room
            return self.from_room is not None and self.form.first.has_focus
        return True

    def action_put_back(self) -> None:
        self.put_back()

    def put_back(self, empty_box: bool = True) -> None:
        """The point from the room in the box waits beside the question again, as it was
        sent; the box adds the facilitator's own points again (emptied, unless another point
        is being edited in it)."""
        waiting, self.from_room = self.from_room, None
        if waiting is None:
            return
        self.form.keeps_drafts = True
        box = self.form.first
        if empty_box:
            box.value = ""
        if self.form.editing is None:
            box.border_title = self.form.spec.fields[0].label
        self.form.say(None)
        self.post_message(self.FromRoomPutBack(waiting, self.room_words.strip()))

    def from_room_typed(self) -> tuple[str, str] | None:
        """The point from the room in the box, not added: who sent it, and its words there
        now (as sent, emptied: it is still that point). None when the box holds none. Read
        from attributes only: the box may be gone already (the session being left)."""
        if self.from_room is None:
            return None
        return self.from_room.who, self.room_words.strip() or self.from_room.point.text

    def keep_as_typed(self) -> Change | None:
        """Leaving the session: the point from the room in the box as a point typed but not
        added, its words kept in the drafts as the facilitator's own (who sent it, a name
        given in the room, is not kept), there in the box next time. It was kept nowhere,
        and leaving dropped it with nothing said. No widget is touched: they may be gone."""
        typed = self.from_room_typed()
        self.from_room = None
        if typed is None:
            return None
        return self.edits.set_draft(draft_key("point", self.question_id), typed[1])

    def keep_words(self, words: str) -> Change | None:
        """A point from the room left the box unadded once the room had closed (it cannot
        wait again): its words stay in the box, as typed but not added."""
        change = self.edits.set_draft(draft_key("point", self.question_id), words)
        if self.form.editing is None:  # (else they come back as the editing ends)
            self.form.first.value = words
        return change
