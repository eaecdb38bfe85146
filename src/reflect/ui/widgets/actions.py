"""Agreed actions: what, owner, due, status and the recommendation an action answers, in a
table where each can be added, edited, moved on a status and removed.

Changes the session's actions through `SessionEdits` and posts what changed
(`SessionChanged`); the screen saves.
"""

from __future__ import annotations

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Select

from reflect.model.edits import ActionsChanged, Change, SessionEdits, draft_key
from reflect.model.review import Review
from reflect.model.session import Action
from reflect.text import one_line, printable
from reflect.ui.widgets.forms import EditsInPlace, field
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import RowTable

FIELDS = {"text": "action-what", "owner": "action-owner", "due": "action-due"}
"""Each action field and the class of the input that edits it."""


def recommendation_choices(review: Review) -> list[str]:
    """Each recommendation as actions refer to it: its title, else its text (one line)."""
    out = []
    for r in review.recommendations:
        label = r.title or r.text
        out.append(one_line(f"{label} ({r.source})" if r.source else label, 200))
    return list(dict.fromkeys(out))


class ActionsPanel(EditsInPlace, Vertical):
    BINDINGS = EditsInPlace.EDIT_BINDINGS
    DEFAULT_CSS = """
    ActionsPanel { height: auto; }
    ActionsPanel .form-row { height: auto; }
    ActionsPanel .form-row Input { width: 1fr; }
    ActionsPanel .form-row Button { margin-left: 1; }
    ActionsPanel Select { width: 1fr; }
    ActionsPanel RowTable { height: auto; max-height: 12; }
    ActionsPanel .action-detail { margin-bottom: 1; }
    """

    def __init__(self, edits: SessionEdits, review: Review, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.recommendations = recommendation_choices(review)
        self.editing: Action | None = None
        self.read_only = False

    def compose(self) -> ComposeResult:
        drafts = self.session.drafts
        yield field("What will be done", drafts.get("action:text", ""), classes="action-what")
        with Horizontal(classes="form-row"):
            yield field("Owner", drafts.get("action:owner", ""), classes="action-owner")
            yield field("Due (e.g. 31 March)", drafts.get("action:due", ""),
                        classes="action-due")
        with Horizontal(classes="form-row"):
            if self.recommendations:
                yield Select([(Text(one_line(printable(r), 60)), r) for r in self.recommendations],
                             prompt="Recommendation (optional)",
                             classes="action-recommendation", compact=True)
            yield Button("Add action", classes="action-save", compact=True)
        yield Literal("Enter or Ctrl+T adds the action. In the table: Space moves its status "
                      "on (open → in progress → done), Enter edits it, Delete removes it.",
                      "dim")
        yield RowTable(classes="actions-table")
        yield Literal("", classes="action-detail")

    def on_mount(self) -> None:
        self.show_actions()
        self.set_people()

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_actions)

    def set_people(self) -> None:
        """Offer the facilitator's and participants' names (or roles) as owners: typing
        completes them, → accepts."""
        names = [p.name or p.role for p in self.session.participants if p.name or p.role]
        if self.session.facilitator:
            names.append(self.session.facilitator)
        self.query_one(".action-owner", Input).suggester = SuggestFromList(
            names, case_sensitive=False)

    def make_read_only(self) -> None:
        self.read_only = True
        for widget in self.query(".form-row > *, .action-what"):
            widget.disabled = True

    def show_actions(self) -> None:
        columns = [("Status", -11), ("What", 4), ("Owner", 2), ("Due", 2)]
        linked = any(a.recommendation for a in self.session.actions)
        if linked:
            columns.append(("Recommendation", 2))
        rows = [[a.status, a.text, a.owner, a.due] + ([a.recommendation] if linked else [])
                for a in self.session.actions]
        self.query_one(RowTable).fill(columns, rows, self.size.width or 60)
        self.show_detail()

    @on(RowTable.RowHighlighted, ".actions-table")
    def show_detail(self) -> None:
        table = self.query_one(RowTable)
        detail = self.query_one(".action-detail", Literal)
        actions = self.session.actions
        if not actions or table.cursor_row >= len(actions):
            detail.show("No actions agreed yet." if not actions else "")
            return
        act = actions[table.cursor_row]
        parts = [f"Selected: {one_line(act.text)}",
                 f"owner: {one_line(act.owner)}" if act.owner else "",
                 f"due: {one_line(act.due)}" if act.due else "", f"status: {act.status}",
                 f"answers: {act.recommendation}" if act.recommendation else ""]
        detail.show(" · ".join(p for p in parts if p), "italic")

    # --- editing ----------------------------------------------------------------------------

    @on(Input.Changed, ".action-what, .action-owner, .action-due")
    def _typed(self, event: Input.Changed) -> None:
        """Keep what is typed: an edit goes straight into its action, a new action into the
        session's drafts until it is added."""
        if self.read_only:
            return
        name = next(n for n, cls in FIELDS.items() if event.input.has_class(cls))
        changed = self.keep_typed(name, event.value, draft_key("action", name),
                                  required=name == "text")
        if changed is not None and self.editing is not None:
            self.show_actions()
        self.post_change(changed)

    @on(Button.Pressed, ".action-save")
    @on(Input.Submitted, ".action-what, .action-owner, .action-due")
    def save_action(self) -> None:
        if self.read_only:
            return
        what = self.query_one(".action-what", Input)
        if not what.value.strip():
            self.notify("Type what will be done first.", severity="warning")
            what.focus()
            return
        values = {"text": what.value.strip(),
                  "owner": self.query_one(".action-owner", Input).value.strip(),
                  "due": self.query_one(".action-due", Input).value.strip(),
                  "recommendation": self._chosen_recommendation()}
        change: Change | None
        if self.editing is not None and self.editing in self.session.actions:
            change = self.edit_item(self.editing, values)
            row = self.session.actions.index(self.editing)
        else:
            self.edits.add_action(**values)
            change = ActionsChanged()
            row = len(self.session.actions) - 1
            for name in FIELDS:
                self.edits.set_draft(draft_key("action", name), "")
        self._end_editing()
        self.show_actions()
        self.query_one(RowTable).move_cursor(row=row)
        self.post_change(change)

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Action)
        return self.edits.edit_action(item, **values)

    def _chosen_recommendation(self) -> str:
        found = self.query(".action-recommendation").results(Select)
        select = next(iter(found), None)
        return select.value if select is not None and isinstance(select.value, str) else ""

    def _end_editing(self) -> None:
        """Back to adding: the form shows any new action that was being typed before."""
        self.editing = None
        for name, cls in FIELDS.items():
            self.query_one(f".{cls}", Input).value = self.session.drafts.get(
                draft_key("action", name), "")
        self.query_one(".action-what", Input).border_title = "What will be done"
        self.query_one(".action-save", Button).label = "Add action"
        for select in self.query(".action-recommendation").results(Select):
            select.clear()
        self.query_one(".action-what", Input).focus()

    @on(RowTable.RowAction, ".actions-table")
    def _row(self, event: RowTable.RowAction) -> None:
        event.stop()
        if self.read_only:
            self.notify("This session is read-only: actions cannot be changed here.",
                        severity="warning")
            return
        act = self.session.actions[event.row]
        if event.action == "change":
            change = self.edits.cycle_action_status(act)
            self.show_actions()
            self.post_change(change)
        elif event.action == "edit":
            self.start_edit(act)
            self.query_one(".action-what", Input).value = act.text
            self.query_one(".action-what", Input).border_title = (
                f"Editing action {event.row + 1}: kept as you type; Enter finishes, Esc undoes")
            self.query_one(".action-owner", Input).value = act.owner
            self.query_one(".action-due", Input).value = act.due
            for select in self.query(".action-recommendation").results(Select):
                if act.recommendation in self.recommendations:
                    select.value = act.recommendation
                else:
                    select.clear()
            self.query_one(".action-save", Button).label = "Save changes"
            self.query_one(".action-what", Input).focus()
        elif event.action == "remove":
            self.ask_remove(act)

    def edit_cancelled(self, change: Change | None) -> None:
        self.show_actions()
        self.post_change(change)

    def ask_remove(self, act: Action) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen

        def remove(yes: bool | None) -> None:
            if yes and act in self.session.actions:
                change = self.edits.remove_action(act)
                if self.editing is act:
                    self._end_editing()
                self.show_actions()
                self.post_change(change)

        self.app.push_screen(ConfirmScreen(
            f"Remove this agreed action?\n\n{one_line(act.text)}"), remove)
