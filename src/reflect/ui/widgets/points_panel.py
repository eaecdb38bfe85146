"""The separate points the room makes on one question: add, edit, reorder, move to another
question and remove them, each optionally attributed to a participant; a point from the room
edited in its box before it is added is room_point_box.py's.

The widget changes the answer's points through `SessionEdits` and posts what changed
(`SessionChanged`); the screen saves. The form is an `ItemForm`; adding, saving, the list's
keys and the question before removing one are `ItemPanel`'s; moving one up or down, or to
another question, `PointMoving`'s (point_moving.py), its base; who can be chosen comes down as
an attribute (`set_people`).
"""

from __future__ import annotations

from pydantic import BaseModel
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from reflect.model.attribution import speakers
from reflect.model.changes import Change, draft_key
from reflect.model.edits import SessionEdits
from reflect.model.said_by import read_point
from reflect.model.session import Answer, Participant, Point
from reflect.text import printable
from reflect.ui.messages import Refused
from reflect.ui.notices import Notices
from reflect.ui.removing import being_removed
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.item_form import FieldSpec, FormSpec, ItemForm, kept_as_typed
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.point_moving import PointMoving
from reflect.ui.widgets.stops_at_ends import StopsAtEnds


def point_form(question_id: str) -> FormSpec:
    return FormSpec(
        fields=[FieldSpec("text", "Add a point", "point-text", required=True,
                          draft_key=draft_key("point", question_id),
                          placeholder="Type a point (@ and a name to say who), Enter"),
                FieldSpec("by", "Said by… (optional)", "point-by", kind="select", row=1)],
        button_class="point-save",
        editing_title=kept_as_typed("point"))


POINT_LINES = 6
"""The most lines a point takes in the list, the last cut with "…" where it has more: a point
of 5,000 characters filled the screen, the others out of sight (a trial)."""

CHANGING_KEYS = frozenset({"enter", "delete", "shift+up", "ctrl+up", "shift+down", "ctrl+down",
                           "shift+right", "ctrl+right"})
"""The list's keys that change a point (`PointList.BINDINGS`)."""


class PointList(StopsAtEnds):
    """The list of points; keys here move and remove the highlighted point."""

    BINDINGS = [  # in the footer while the list has the focus, as the text above says them
        Binding("enter", "select", "Edit"),
        Binding("delete", "remove", "Remove"),
        Binding("shift+up,ctrl+up", "move(-1)", "Up", key_display="⇧↑"),  # Shift first, as
        # the text says: on a Mac, Ctrl+↑ opens Mission Control
        Binding("shift+down,ctrl+down", "move(1)", "Down", key_display="⇧↓"),
        Binding("shift+right,ctrl+right", "move_to", "Move to…", key_display="⇧→"),
        # (Not a letter: letters typed on the list start a point in the box above it.)
    ]
    keys_first = frozenset({"move_to"})
    """`⇧→ Move to…` kept in the footer wherever it fits (`footer.KEYS_FIRST`): just after a
    move, Ctrl+Z's `Put back` (given room first too) took its place at 80 columns, and a
    second point typed under the wrong question had no key on screen to move it (a trial).
    At 80 columns `⇧↓ Down` gives way instead (the line above the list says Shift+↑/↓)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Read-only (`PointsEditor.make_read_only`), the keys that would change a point are
        left out of the footer, and said once when pressed (`on_key`)."""
        if action in ("select", "remove", "move", "move_to") and self.parent_editor.read_only:
            return False
        return True

    def on_key(self, event: events.Key) -> None:
        if self.parent_editor.read_only and event.key in CHANGING_KEYS:
            event.stop()
            event.prevent_default()
            self.post_message(Refused(self.parent_editor.READ_ONLY))

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

    def action_move_to(self) -> None:
        if self.highlighted is not None:
            self.parent_editor.ask_move_to(self.highlighted)

    def action_remove(self) -> None:
        if self.highlighted is not None:
            self.parent_editor.act_on("remove", self.highlighted)

    @property
    def parent_editor(self) -> PointsEditor:
        return self.query_ancestor(PointsEditor)


class PointsEditor(PointMoving, Vertical):
    DEFAULT_CSS = """
    PointsEditor { height: auto; }
    PointsEditor .form-row Button { min-width: 8; }
    PointsEditor PointList { height: auto; max-height: 8; border: none; border-left: thick $panel; }
    PointsEditor PointList:focus { border: none; border-left: thick $primary; }
    """
    # Focus marks the list's left edge only: a whole border, drawn with focus alone, moved
    # everything below the list down two lines at each Tab in and up again at each Tab out.
    READ_ONLY = "points cannot be changed here."
    REMOVE = "Remove this point?\n\n{}"
    REMOVED = "Point {n} removed. Ctrl+Z puts it back."
    PUT_BACK = "Point {n} put back."
    FOLLOWS_ADDED = True  # the newest point in view under the box, on a shared screen too
    FILLS_ROOM = True  # every point in view where the step has room for them
    MIN_SHOWN = 1  # (no header: at 60x20 with the room's lines two show under the box)
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

    def make_read_only(self) -> None:
        super().make_read_only()
        self.refresh_list()  # (its hint: no keys)
        self.query_one(PointList).refresh_bindings()

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
        """The point's number, then its words wrapped under themselves, on `POINT_LINES` at
        most (the last cut with "…" before who said it; whole in the box, Enter)."""
        return HangingLabel(Text(f"{n}. "), Text(printable(point.text)), one_line_below=0,
                            cut_long_words=False, tail=self.said_by(point),
                            most_lines=POINT_LINES)

    def said_by(self, point: Point) -> Text:
        """` — ` and who said the point, in italics, or nothing."""
        who = next((p for p in self.people if p.id == point.by), None) if point.by else None
        who = who or self.session.participant(point.by)  # the facilitator, listed since too
        if who is not None:
            return Text(f" — {printable(who.describe())}", style="italic")
        if point.from_room is not None:  # sent from the room: the name given there
            return Text(f" — {printable(point.from_room)} (room)", style="italic")
        return Text()

    def refresh_list(self) -> None:
        """The points as the session holds them, the one highlighted kept; none highlighted
        yet (the step just built, a session opened again), the newest, as after adding it:
        F5 then showed point 1 of six, where it had shown the newest before Ctrl+Q (a trial)."""
        points = self.query_one(PointList)
        keep = points.highlighted
        points.set_options([Option(self.label(n, p)) for n, p in enumerate(self.points, 1)])
        points.display = bool(self.points)
        if self.points:
            newest = len(self.points) - 1
            points.highlighted = newest if keep is None else min(keep, newest)
        hint = (("" if self.points else "No points were noted on this question.")
                if self.read_only  # (no keys: they do nothing there)
                else "Points: Enter edits, Shift+↑/↓ moves, Shift+→ moves to another "
                "question, Delete removes." if self.points
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
                                      from_room=room.who if room else None,
                                      typed_as=values.get("typed_as"))
        if room is not None:
            self.form.say(None)  # (its "sent as …")
            self.post_message(self.FromRoomAdded(room.point, self.points[-1]))
        self._say_moved()
        return change

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Point)
        change = self.edits.edit_point(self.question_id, item, **values)
        if change is not None:
            self._say_moved()
        return change

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
                self.say_first("Type the point first, then press Enter to add it.")
            return
        self.keep(event, {"text": read.text, "by": read.by}
                  | ({"typed_as": read.typed_as} if read.typed_as is not None else {}))
        if read.warning or read.note:
            self.notify(read.warning or read.note, markup=False,
                        severity="warning" if read.warning else "information")

    _alone_said = ""

    @on(ItemForm.EditCancelled)
    def _alone_gone(self) -> None:
        """Esc ended the edit: "“@ann” alone is not a point (Esc puts point 2 back …): type
        … where the cursor is now" stayed over the list, untrue (a trial)."""
        if self._alone_said and isinstance(self.app, Notices):
            self.app.withdraw(self._alone_said)

    @on(OptionList.OptionSelected, ".point-list")
    def edit_point(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.act_on("edit", event.option_index)
