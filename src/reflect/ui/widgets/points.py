"""The separate points the room makes on one question: add, edit, reorder and remove them,
each optionally attributed to a participant.

The widget changes the answer's points through `SessionEdits` and posts what changed
(`SessionChanged`); the screen saves. Who can be chosen comes down as an attribute (`set_people`).
"""

from __future__ import annotations

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, OptionList, Select
from textual.widgets.option_list import Option

from reflect.model.edits import Change, SessionEdits, draft_key
from reflect.model.session import Answer, Participant, Point
from reflect.text import printable
from reflect.ui.widgets.forms import EditsInPlace
from reflect.ui.widgets.literal import Literal

NOBODY = ""


class PointList(OptionList):
    """The list of points; keys here move and remove the highlighted point."""

    BINDINGS = [
        Binding("ctrl+up,shift+up", "move(-1)", "Move up", show=False),
        Binding("ctrl+down,shift+down", "move(1)", "Move down", show=False),
        Binding("delete", "remove", "Remove point", show=False),
    ]

    def action_move(self, by: int) -> None:
        self.parent_editor.move(by)

    def action_remove(self) -> None:
        self.parent_editor.ask_remove()

    @property
    def parent_editor(self) -> PointsEditor:
        return self.query_ancestor(PointsEditor)


class PointsEditor(EditsInPlace, Vertical):
    BINDINGS = EditsInPlace.EDIT_BINDINGS
    DEFAULT_CSS = """
    PointsEditor { height: auto; }
    PointsEditor .point-form { height: auto; }
    PointsEditor .point-form Select { width: 1fr; }
    PointsEditor .point-form Button { min-width: 8; margin-left: 1; }
    PointsEditor PointList { height: auto; max-height: 8; }
    PointsEditor PointList:blur { border: none; }
    """

    def __init__(self, edits: SessionEdits, answer: Answer, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.question_id = answer.question_id
        self.points = answer.points
        """The answer's own list (read here; changed through `edits`)."""
        self.people = self.session.participants
        self.draft_key = draft_key("point", answer.question_id)
        """Where a point typed but not yet added is kept (so a crash cannot lose it)."""
        self.editing: Point | None = None
        """The point being edited in the form, or None when the form adds a new one."""
        self.read_only = False

    def compose(self) -> ComposeResult:
        text = Input(self.session.drafts.get(self.draft_key, ""),
                     placeholder="Type a point, then Enter", classes="point-text",
                     select_on_focus=False)  # typing must never replace a kept draft
        text.border_title = "Add a point"
        yield text
        with Horizontal(classes="point-form"):
            yield Select(self._choices(), prompt="Said by… (optional)", classes="point-by",
                         compact=True)
            yield Button("Add", classes="point-save", compact=True)
        yield PointList(classes="point-list")
        yield Literal("", "dim", classes="point-hint")

    def on_mount(self) -> None:
        self.refresh_list()

    # --- attributes down ------------------------------------------------------------------

    def set_people(self, people: list[Participant]) -> None:
        self.people = people
        select = self.query_one(".point-by", Select)
        value = select.value
        select.set_options(self._choices())
        if value != Select.NULL and any(p.id == value for p in people):
            select.value = value
        self.refresh_list()

    def make_read_only(self) -> None:
        self.read_only = True
        for widget in self.query(".point-form > *, .point-text"):
            widget.disabled = True

    def _choices(self) -> list[tuple[Text, str]]:
        return [(Text(printable(p.describe())), p.id) for p in self.people
                if p.attended or any(pt.by == p.id for pt in self.points)]

    def label(self, point: Point) -> Text:
        who = next((p for p in self.people if p.id == point.by), None) if point.by else None
        line = Text(printable(point.text))
        if who is not None:
            line.append(f"  — {printable(who.describe())}", style="italic")
        return line

    def refresh_list(self) -> None:
        points = self.query_one(PointList)
        keep = points.highlighted
        points.set_options([Option(Text(f"{n}. ").append_text(self.label(p)))
                            for n, p in enumerate(self.points, 1)])
        points.display = bool(self.points)
        if self.points:
            points.highlighted = min(keep or 0, len(self.points) - 1)
        hint = ("Points: Enter edits, Shift+↑/↓ moves, Delete removes." if self.points
                else "No points yet: add each thing the room says as its own point.")
        self.query_one(".point-hint", Literal).show(hint, "dim")

    # --- editing --------------------------------------------------------------------------

    @on(Input.Submitted, ".point-text")
    @on(Button.Pressed, ".point-save")
    def save_point(self) -> None:
        if self.read_only:
            return
        field = self.query_one(".point-text", Input)
        text = field.value.strip()
        if not text:
            if self.editing is not None:  # emptied while editing: leave it as it was
                self._end_editing()
            return
        select = self.query_one(".point-by", Select)
        by = select.value if isinstance(select.value, str) else NOBODY
        change: Change | None
        if self.editing is not None and self.editing in self.points:
            index = self.points.index(self.editing)
            change = self.edit_item(self.editing, {"text": text, "by": by})
        else:
            change = self.edits.add_point(self.question_id, text, by)
            index = len(self.points) - 1
            self.edits.set_draft(self.draft_key, "")
        self._end_editing()
        self.refresh_list()
        self.query_one(PointList).highlighted = index
        field.focus()  # the next point goes straight in, however this one was added
        self.post_change(change)

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Point)
        return self.edits.edit_point(self.question_id, item, **values)

    def _end_editing(self) -> None:
        """Back to adding: the form shows any new point that was being typed before."""
        self.editing = None
        field = self.query_one(".point-text", Input)
        field.value = self.session.drafts.get(self.draft_key, "")
        field.border_title = "Add a point"
        self.query_one(".point-save", Button).label = "Add"
        self.query_one(".point-by", Select).clear()

    @on(Input.Changed, ".point-text")
    def _typed(self, event: Input.Changed) -> None:
        """Keep what is typed: an edit goes straight into its point, a new point into the
        session's drafts until Enter adds it."""
        if self.read_only:
            return
        changed = self.keep_typed("text", event.value, self.draft_key, required=True)
        if changed is not None and self.editing is not None:
            self.refresh_list()
        self.post_change(changed)

    @on(Select.Changed, ".point-by")
    def _chosen_who(self, event: Select.Changed) -> None:
        """Once who said it is chosen, Enter in the point adds it: go back there."""
        if event.value != Select.NULL and self.query_one(".point-text", Input).value.strip():
            self.query_one(".point-text", Input).focus()

    @on(OptionList.OptionSelected, ".point-list")
    def edit_point(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.read_only or not (0 <= event.option_index < len(self.points)):
            return
        point = self.points[event.option_index]
        self.start_edit(point)
        field = self.query_one(".point-text", Input)
        field.value = point.text
        field.border_title = (f"Editing point {event.option_index + 1}: kept as you type; "
                              "Enter finishes, Esc undoes")
        self.query_one(".point-save", Button).label = "Save"
        select = self.query_one(".point-by", Select)
        if point.by and any(p.id == point.by for p in self.people):
            select.value = point.by
        else:
            select.clear()
        field.focus()

    def edit_cancelled(self, change: Change | None) -> None:
        self.refresh_list()
        self.query_one(".point-text", Input).focus()
        self.post_change(change)

    def move(self, by: int) -> None:
        points = self.query_one(PointList)
        i = points.highlighted
        if self.read_only or i is None or not (0 <= i + by < len(self.points)):
            return
        change = self.edits.move_point(self.question_id, i, by)
        self.refresh_list()
        points.highlighted = i + by
        self.post_change(change)

    def ask_remove(self) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen

        i = self.query_one(PointList).highlighted
        if self.read_only or i is None or i >= len(self.points):
            return
        point = self.points[i]

        def remove(yes: bool | None) -> None:
            if yes and point in self.points:
                change = self.edits.remove_point(self.question_id, point)
                if self.editing is point:
                    self._end_editing()
                self.refresh_list()
                self.post_change(change)

        self.app.push_screen(ConfirmScreen(f"Remove this point?\n\n{point.text}"), remove)
