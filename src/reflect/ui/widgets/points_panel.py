"""The separate points the room makes on one question: add, edit, reorder and remove them,
each optionally attributed to a participant.

The widget changes the answer's points through `SessionEdits` and posts what changed
(`SessionChanged`); the screen saves. The form is an `ItemForm`; adding, saving, the list's
keys and the question before removing one are `ItemPanel`'s; who can be chosen comes down as
an attribute (`set_people`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reflect.model.attribution import speakers
from reflect.model.changes import Change, draft_key
from reflect.model.edits import SessionEdits
from reflect.model.said_by import read_point
from reflect.model.session import Answer, Participant, Point
from reflect.text import one_line, printable
from reflect.ui.messages import SessionChanged
from reflect.ui.removing import being_removed
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.incoming import Waiting
from reflect.ui.widgets.item_form import FieldSpec, FormSpec, ItemForm, kept_as_typed
from reflect.ui.widgets.item_panel import ItemPanel
from reflect.ui.widgets.literal import Literal, literal_title
from reflect.ui.widgets.stops_at_ends import StopsAtEnds

if TYPE_CHECKING:
    from reflect.room import IncomingPoint


def point_form(question_id: str) -> FormSpec:
    return FormSpec(
        fields=[FieldSpec("text", "Add a point", "point-text", required=True,
                          draft_key=draft_key("point", question_id),
                          placeholder="Type a point (@ and a name to say who), Enter"),
                FieldSpec("by", "Said by… (optional)", "point-by", kind="select", row=1)],
        button_class="point-save",
        editing_title=kept_as_typed("point"))


class PointList(StopsAtEnds):
    """The list of points; keys here move and remove the highlighted point."""

    BINDINGS = [  # in the footer while the list has the focus, as the text above says them
        Binding("enter", "select", "Edit"),
        Binding("delete", "remove", "Remove"),
        Binding("shift+up,ctrl+up", "move(-1)", "Up", key_display="⇧↑"),  # Shift first, as
        # the text says: on a Mac, Ctrl+↑ opens Mission Control
        Binding("shift+down,ctrl+down", "move(1)", "Down", key_display="⇧↓"),
    ]

    def on_focus(self) -> None:
        """The highlighted point in view as the list takes focus: Shift+Tab from the point
        box left the last point, highlighted, cut off or hidden (a trial, when focus drew a
        whole border). Two refreshes on: after the first, a new size is known but scrolling
        is still held to the old one."""
        self.call_after_refresh(self.call_after_refresh, self.scroll_to_highlight)

    def on_resize(self) -> None:
        """The highlighted point in view again at another size: wrapped again, the points
        kept the old scroll's line, and leaving the presentation view (F5) showed points 3 to
        5 of eight, the newest, highlighted, out of sight (a trial)."""
        self.call_after_refresh(self.call_after_refresh, self.scroll_to_highlight)

    def action_move(self, by: int) -> None:
        self.parent_editor.move(by)

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.parent_editor.act_on("remove", self.highlighted)

    @property
    def parent_editor(self) -> PointsEditor:
        return self.query_ancestor(PointsEditor)


class PointsEditor(ItemPanel, Vertical):
    DEFAULT_CSS = """
    PointsEditor { height: auto; }
    PointsEditor .form-row Button { min-width: 8; }
    PointsEditor PointList { height: auto; max-height: 8; border: none; border-left: thick $panel; }
    PointsEditor PointList:focus { border: none; border-left: thick $primary; }
    """
    # Focus marks the list's left edge only: a whole border, drawn with focus alone, moved
    # everything below the list down two lines at each Tab in and up again at each Tab out.
    REMOVE = "Remove this point?\n\n{}"
    REMOVED = "Point {n} removed. Ctrl+Z puts it back."
    PUT_BACK = "Point {n} put back."
    FOLLOWS_ADDED = True  # the newest point in view under the box, on a shared screen too
    FILLS_ROOM = True  # every point in view where the step has room for them
    MIN_SHOWN = 1  # (no header: at 60x20 with the room's lines two show under the box)
    BINDINGS = [Binding("escape", "put_back", "Back to waiting", show=False)]
    EMPTIED = "Type its new words; left empty, it goes back to wait"
    """Said under the box emptied of a point from the room: it is still that point."""
    UNADDED = "Not added yet: Enter adds it"
    """Said under the box while it holds words typed for a new point: a sentence meant for
    the summary went into it (Tab three times reaches the list, whose letters go to the box),
    stayed there unadded, and only the export dialog said so (a trial)."""

    def __init__(self, edits: SessionEdits, answer: Answer, **kwargs: object) -> None:
        super().__init__(edits, **kwargs)
        self.question_id = answer.question_id
        self.points = answer.points
        """The answer's own list (read here; changed through `edits`)."""
        self.people = speakers(self.session)
        self.from_room: Waiting | None = None
        """A point from the room put into the box to be edited: added as sent from it."""
        self.room_words = ""
        """The box's words while it holds `from_room`, kept as they are typed: read as the
        session is left, when the box may be gone already."""

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

    def compose(self) -> ComposeResult:
        yield ItemForm(self.edits, point_form(self.question_id), self.edit_item, self.save_point,
                       classes="point-form")
        yield PointList(classes="point-list")
        yield Literal("", "dim", classes="point-hint")

    def on_mount(self) -> None:
        if not being_removed(self):  # (its parts may never have been mounted)
            self.query_one(ItemForm).set_choices("by", self._choices())
            self.refresh_list()
            self._show_unadded(self.form.first.value)  # a draft kept from before

    @on(Input.Changed, ".point-text")
    def _typed(self, event: Input.Changed) -> None:
        self._show_unadded(event.value)

    def _show_unadded(self, words: str) -> None:
        """`UNADDED` under the box while it holds a new point's words (not a point opened
        for editing, nor one from the room, whose box says how it is added)."""
        box = self.form.first
        if words.strip() and self.form.editing is None and self.from_room is None:
            box.border_subtitle = self.UNADDED
        elif str(box.border_subtitle or "") == self.UNADDED:
            box.border_subtitle = None

    # --- attributes down ------------------------------------------------------------------

    def set_people(self, people: list[Participant]) -> None:
        """`people`, and the facilitator when they are not among them (`speakers`)."""
        self.people = [*people, *(p for p in speakers(self.session) if p not in people)]
        self.form.set_choices("by", self._choices())
        self.refresh_list()

    def _choices(self) -> list[tuple[str, str]]:
        return [(printable(p.describe()), p.id) for p in self.people
                if p.attended or any(pt.by == p.id for pt in self.points)]

    def label(self, n: int, point: Point) -> HangingLabel:
        """The point's number, then its words wrapped under themselves (never cut)."""
        who = next((p for p in self.people if p.id == point.by), None) if point.by else None
        who = who or self.session.participant(point.by)  # the facilitator, listed since too
        line = Text(printable(point.text))
        if who is not None:
            line.append(f" — {printable(who.describe())}", style="italic")
        elif point.from_room is not None:  # sent from the room: the name given there
            line.append(f" — {printable(point.from_room)} (room)", style="italic")
        return HangingLabel(Text(f"{n}. "), line, one_line_below=0, cut_long_words=False)

    def refresh_list(self) -> None:
        points = self.query_one(PointList)
        keep = points.highlighted
        points.set_options([Option(self.label(n, p)) for n, p in enumerate(self.points, 1)])
        points.display = bool(self.points)
        if self.points:
            points.highlighted = min(keep or 0, len(self.points) - 1)
        hint = ("Points: Enter edits, Shift+↑/↓ moves, Delete removes." if self.points
                else "No points yet: type each thing the room says and press Enter; "
                "@ and a name at its end says who said it.")
        self.query_one(".point-hint", Literal).show(hint, "dim")

    # --- the points (ItemPanel) -------------------------------------------------------------

    def items(self) -> list[Point]:
        return self.points

    def add_item(self, values: dict[str, str]) -> Change | None:
        room, self.from_room = self.from_room, None  # (before the box empties)
        self.form.keeps_drafts = True
        change = self.edits.add_point(self.question_id, values["text"], values["by"],
                                      from_room=room.who if room else None)
        if room is not None:
            self.post_message(self.FromRoomAdded(room.point, self.points[-1]))
        return change

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Point)
        return self.edits.edit_point(self.question_id, item, **values)

    def remove_item(self, item: BaseModel) -> Change | None:
        assert isinstance(item, Point)
        return self.edits.remove_point(self.question_id, item)

    def words(self, item: BaseModel) -> str:
        assert isinstance(item, Point)
        return item.text

    def choices_hold(self, name: str, value: str) -> bool:
        return any(p.id == value for p in self.people)

    def show_items(self, index: int | None = None) -> None:
        self.refresh_list()
        if index is not None:
            self.query_one(PointList).highlighted = index

    def listing(self) -> Widget:
        return self.query_one(PointList)

    def highlight(self, index: int) -> Widget:
        points = self.query_one(PointList)
        points.highlighted = index
        points.scroll_to_highlight()
        return points

    def show_item(self, index: int) -> None:
        """Redraw just the point being edited."""
        point = self.points[index]
        self.query_one(PointList).replace_option_prompt_at_index(index,
                                                                 self.label(index + 1, point))

    def save_point(self, event: ItemForm.Submitted) -> None:
        """Enter: add the point, or save the one being edited, said by whom its "@…" or Said
        by… says (model/said_by.py); nothing for an "@…" alone, or an empty box."""
        form = event.form
        number = next((i for i, p in enumerate(self.points) if p is event.editing),
                      len(self.points)) + 1
        read = read_point(event.values["text"], event.values["by"], self.people, number,
                          editing=event.editing is not None)
        if read.alone:  # kept in the box, the cursor before it for the point's words
            form.first.value = f" {event.values['text'].strip()}"
            form.first.cursor_position = 0
            self.screen.set_focus(form.first)
            self.notify(read.warning, severity="warning", markup=False)
            self._alone_said = read.warning
            return
        if not read.text:
            if event.editing is not None:  # emptied while editing: leave it as it was
                form.end_editing()
            else:
                self.notify("Type the point first, then press Enter to add it.",
                            severity="warning")
            return
        self.keep(event, {"text": read.text, "by": read.by})
        if read.warning or read.note:
            self.notify(read.warning or read.note, markup=False,
                        severity="warning" if read.warning else "information")

    _alone_said = ""

    @on(ItemForm.EditCancelled)
    def _alone_gone(self) -> None:
        """Esc ended the edit: "“@ann” alone is not a point (Esc puts point 2 back …): type
        … where the cursor is now" stayed over the list, untrue (a trial)."""
        from reflect.ui.notices import Notices

        if self._alone_said and isinstance(self.app, Notices):
            self.app.withdraw(self._alone_said)

    def edit_from_room(self, waiting: Waiting) -> bool:
        """Put a point from the room into the point box, to be edited and added (Enter): it
        stays that point, said by whoever sent it, however its words are changed, even typed
        again from an empty box. Esc, or the box left empty, puts it back to wait. False,
        leaving the box alone, while it holds something else typed (never lost)."""
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
        box.border_title = literal_title(f"Room: {one_line(waiting.who, 30)} · Enter adds · "
                                         "Esc puts back")  # (whole at 80x24: a trial)
        self.screen.set_focus(box)
        return True

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
        if not event.value.strip():
            self.form.say(Text(self.EMPTIED))

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

    @on(OptionList.OptionSelected, ".point-list")
    def edit_point(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.act_on("edit", event.option_index)

    def move(self, by: int) -> None:
        points = self.query_one(PointList)
        i = points.highlighted
        if self.read_only or i is None:
            return
        change = self.edits.move_point(self.question_id, i, by)
        if change is None:
            return
        self.refresh_list()
        points.highlighted = i + by
        self.post_message(SessionChanged(change))
