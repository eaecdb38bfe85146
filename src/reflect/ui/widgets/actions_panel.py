"""Agreed actions: what, owner, due, status and the recommendation an action answers, in a
table where each can be added, edited, moved on a status and removed.

Changes the session's actions through `SessionEdits` and posts what changed
(`SessionChanged`); the screen saves. The form is an `ItemForm`; adding, saving, the table's
keys and the question before removing one are `ItemPanel`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Select

from reflect.model.action_gaps import action_gaps
from reflect.model.action_words import action_words
from reflect.model.changes import ActionsChanged, Change, draft_key
from reflect.model.dates import local_day
from reflect.model.due import OVERDUE, due_cell, gone_by, own_due_said
from reflect.model.due_hints import read_as
from reflect.model.edits import SessionEdits
from reflect.model.given import given_said
from reflect.model.links import link_choices
from reflect.model.moved import UNKNOWN, done_said, moved_said
from reflect.model.owners import owner_meant, owner_names
from reflect.model.review import Review
from reflect.model.session import Action
from reflect.model.typed_items import held
from reflect.text import one_line
from reflect.ui.laid_out import FollowsWidth
from reflect.ui.removing import being_removed
from reflect.ui.widgets.cell_fit import Cell
from reflect.ui.widgets.due_hint import DueHint
from reflect.ui.widgets.item_form import FieldSpec, FormSpec, ItemForm, kept_as_typed
from reflect.ui.widgets.item_panel import ItemPanel
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.tables import (
    ACTION_LINES,
    STATUS_WORDS_FROM,
    WRAPPED,
    RowTable,
    action_columns,
    status_cell,
)


def action_form(with_recommendation: bool, individual: bool = False,
                reads: Callable[[str], str] | None = None) -> FormSpec:
    """The action form; one practitioner's words for it when `individual`. `reads` says what
    the due box's words are read as (shown in its border)."""
    words = action_words(individual)
    fields = [FieldSpec("text", words.what, "action-what", required=True,
                        draft_key=draft_key("action", "text")),
              FieldSpec("owner", "Who else (optional)" if individual else words.who,
                        "action-owner", kind="suggest", row=1,
                        draft_key=draft_key("action", "owner")),
              FieldSpec("due", "Due (e.g. Friday)", "action-due", row=1,
                        draft_key=draft_key("action", "due"), reads=reads)]
    if with_recommendation:
        fields.append(FieldSpec("recommendation", "Recommendation (optional)",
                                "action-recommendation", kind="select", row=2,
                                typed_finds_value=True))
    return FormSpec(fields=fields, button_class="action-save", add_label=words.add,
                    save_label="Save changes",
                    editing_title=kept_as_typed("action"))


MIN_ROWS = 3
"""The fewest rows the open drop-down shows (with its border)."""

DUE_COLUMN = 3
"""The table's Due column (after Status, What and Owner)."""


class ActionsPanel(ItemPanel, Vertical, FollowsWidth):
    DEFAULT_CSS = """
    ActionsPanel { height: auto; }
    ActionsPanel RowTable { height: auto; max-height: 12; }
    ActionsPanel .action-detail { margin-bottom: 1; }
    /* One line per choice, cut with "…", and never over the time line (see _fit_overlay). */
    ActionsPanel Select > SelectOverlay { text-wrap: nowrap; text-overflow: ellipsis; }
    """
    READ_ONLY = "actions cannot be changed here."
    ADDED = "✓ Added as row {n}: {}"
    FILLS_ROOM = True  # every action in view where the step has room for them

    def __init__(self, edits: SessionEdits, review: Review, **kwargs: object) -> None:
        super().__init__(edits, **kwargs)
        self.choices = link_choices(review)
        self.recommendations = [c.words for c in self.choices]
        """What an action can answer, as it stores it: the review's full words."""
        self.individual = self.session.mode == "individual"
        self.wording = action_words(self.individual)
        """A team's words (agreed actions, Add action) or one practitioner's (What I will do)."""

    def compose(self) -> ComposeResult:
        yield ItemForm(self.edits, action_form(bool(self.recommendations), self.individual,
                                               self.due_read_as),
                       self.edit_item,
                       self._submitted, classes="action-form")
        yield Literal(self._hint(editing=False), "dim", classes="action-hint")
        yield RowTable(change="Status", narrow_below=STATUS_WORDS_FROM, wraps=WRAPPED,
                       most_lines=ACTION_LINES, classes="actions-table")
        yield Literal("", classes="action-detail")

    def on_mount(self) -> None:
        if being_removed(self):  # (its parts may never have been mounted)
            return
        self.follow_width()
        if self.recommendations:
            self.form.set_choices("recommendation", [(c.prompt(60), c.words)
                                                     for c in self.choices])
            self.watch(self.form.choice("recommendation"), "expanded", self._fit_overlay,
                       init=False)
        due = self.form.box("due")
        row = due.parent  # (the row it shares with the owner's box)
        hint = DueHint()
        self.form.mount(hint, after=row if isinstance(row, Widget) and row is not self.form
                        else due)
        hint.say(due.value, self.edits.read_due(due.value), self.edits.today())
        self.query_one(RowTable).line_under = self.query_one(".action-detail")
        self.watch(self.form, "editing", self._show_hint, init=False)
        self.show_actions()
        self.set_people()

    def _hint(self, editing: bool) -> str:
        """What Enter does in the form (adds an action, or saves the one being `editing`),
        and the table's keys."""
        enter = self.wording.saves if editing else self.wording.adds
        return (f"{enter} In the table: Space moves its status on (○ open → ◐ in progress → ✓ "
                "done → ⊘ dropped), Enter edits it, Delete removes it.")

    def _show_hint(self, editing: BaseModel | None) -> None:
        self.query_one(".action-hint", Literal).show(self._hint(editing is not None), "dim")

    def _fit_overlay(self, expanded: bool) -> None:
        """Keep the open drop-down between its box and the time line: the box is scrolled up
        when there is little room under it, and the list is no taller than the room left."""
        if not expanded:
            return
        select = self.form.choice("recommendation")
        lines = select.query_one("SelectOverlay")
        timers = self.screen.query("#timer")
        floor = timers.first().region.y if timers else self.screen.size.height
        room = floor - select.region.bottom
        if room < MIN_ROWS + 2:
            select.scroll_visible(top=True, animate=False, immediate=True)
            self.call_after_refresh(self._cap_overlay, select, lines, floor)
        else:
            self._cap_overlay(select, lines, floor)

    def _cap_overlay(self, select: Select[str], lines: Widget, floor: int) -> None:
        lines.styles.max_height = max(MIN_ROWS, min(12, floor - select.region.bottom))

    def fill_to_width(self) -> None:
        self.show_actions()

    def due_read_as(self, words: str) -> str:
        """`→ Fri 15 Jan 2027` or "not read as a date", for the due box's border; "past"
        against the day the edits read the words from."""
        return read_as(words, self.edits.read_due(words), self.edits.today())

    @on(Input.Changed, ".action-due")
    def _due_typed(self, event: Input.Changed) -> None:
        """Under the due box: for `next Friday` read as this coming one, how to name the one
        a week later (`DueHint`)."""
        self.query_one(DueHint).say(event.value, self.edits.read_due(event.value),
                                    self.edits.today())

    def shown(self) -> None:
        """The step shown again: the owners offered, each row and the form's boxes as they
        are now. A person renamed on *Who is here* renames the owners that named them, an
        owner typed but not yet added too (model/rename_edits.py): the table and the owner
        box went on showing the old name (a trial), and so did an action open in the form."""
        self.set_people()
        table, actions = self.query_one(RowTable), self.session.actions
        if table.row_count == len(actions) and all(
                table.update_row(n, self._row(a)) for n, a in enumerate(actions)):
            self.show_detail()
        else:
            self.show_actions()
        self.form.show_drafts()
        self.form.show_editing()
        self._say_unadded()

    UNADDED = "Not added yet: "
    """Said under the What box, as the step is shown, of what its other boxes hold for an
    action not added: `Not added yet: owner “Sam”`. An owner typed, then Ctrl+Q: opened
    again, the What box showed empty, the owner's below the fold, and the next action typed
    was added with it, unseen (a fresh-eyes trial)."""

    def _say_unadded(self, only_mending: bool = False) -> None:
        """`UNADDED` under the What box, while it is empty and another box holds words typed
        for a new action (as the step is shown; `only_mending`: where it says so already,
        as those words change). Typing in the What box takes it away, as it does `✓ Added`."""
        form, what = self.form, self.form.first
        said = str(what.border_subtitle or "")
        if form.read_only or form.editing is not None or what.value.strip() or \
                only_mending and not said.startswith(self.UNADDED):
            return
        boxes = held((label, form.box(name).value)  # (as the farewell and the export say it)
                     for name, label in (("owner", self.wording.who.lower()), ("due", "due")))
        form.say(Text(self.UNADDED + boxes) if boxes else None)

    @on(Input.Changed, ".action-owner, .action-due")
    def _other_box_typed(self) -> None:
        self._say_unadded(only_mending=True)

    def set_people(self) -> None:
        """Offer the facilitator's and participants' names (or roles) as owners: typing
        completes them, → accepts."""
        self.form.set_suggestions("owner", owner_names(self.session))  # (plain mode's too)

    def _linked(self) -> bool:
        return any(a.recommendation for a in self.session.actions)

    def _row(self, a: Action) -> list[Cell]:
        today = self.edits.today()
        past = gone_by(a.status, a.due, a.due_date, today)
        row: list[Cell] = [status_cell(a.status), a.text, a.owner,
                           due_cell(a.due, a.due_date, past, today)]
        return [*row, a.recommendation] if self._linked() else row

    def show_actions(self) -> None:
        columns = action_columns("With" if self.individual else "Owner",
                                 "Recommendation" if self._linked() else "")
        rows = [self._row(a) for a in self.session.actions]
        self.query_one(RowTable).fill(columns, rows, self.size.width or 60)
        self.show_detail()

    def show_row(self, action: Action) -> None:
        """Redraw one action's row (the whole table only if its columns changed)."""
        row = self.session.actions.index(action)
        if not self.query_one(RowTable).update_row(row, self._row(action)):
            self.show_actions()
        self.show_detail()

    @on(RowTable.RowHighlighted, ".actions-table")
    def show_detail(self) -> None:
        table = self.query_one(RowTable)
        detail = self.query_one(".action-detail", Literal)
        actions = self.session.actions
        if not actions or table.cursor_row >= len(actions):
            none = "Nothing recorded yet." if self.individual else "No actions agreed yet."
            detail.show(none if not actions else "")
            return
        act = actions[table.cursor_row]
        parts = [f"Selected: {one_line(act.text)}",
                 f"{'with' if self.individual else 'owner'}: {_owner(act)}"
                 if act.owner or act.agreed_owner is not None else "",
                 f"due: {one_line(self._due_said(act.due, act.due_date))}"
                 + (f", {OVERDUE}" if gone_by(act.status, act.due, act.due_date,
                                             self.edits.today()) else "")
                 if act.due else "",
                 f"agreed here: {self._agreed(act)}, {one_line(moved_said(act)) or UNKNOWN}"
                 if act.agreed_due is not None else "",
                 f"status: {one_line(done_said(act)) or act.status}",
                 f"answers: {self._answers(act.recommendation)}" if act.recommendation
                 else ""]
        parts.append(table.yearless(DUE_COLUMN))
        detail.show(" · ".join(p for p in parts if p), "italic")
        table.line_written()

    def _due_said(self, words: str, day: date | None) -> str:
        """Due words typed at this session as said today (`due.own_due_said`): on a later
        day, `Fri 11 Dec 2026 (“next Friday”, said on 7 Dec)`, not `next Friday (…)`."""
        return own_due_said(words, day, local_day(self.session.created), self.edits.today())

    def _agreed(self, act: Action) -> str:
        """The due date this meeting agreed, where a later session moved it."""
        return one_line(self._due_said(act.agreed_due or "", act.agreed_due_date)) or "no date"

    def _answers(self, words: str) -> str:
        """What an action answers, shortened as its list shows it: a themed session's review
        first, where the end of long words, cut, named it."""
        choice = next((c for c in self.choices if c.words == words), None)
        return choice.prompt(120) if choice is not None else one_line(words, 120)

    # --- the actions (ItemPanel) ------------------------------------------------------------

    def items(self) -> list[Action]:
        return self.session.actions

    def add_item(self, values: dict[str, str]) -> Change | None:
        self.edits.add_action(**values)
        return ActionsChanged()

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        assert isinstance(item, Action)
        return self.edits.edit_action(item, **values)

    def change_item(self, item: BaseModel) -> Change | None:
        assert isinstance(item, Action)
        return self.edits.cycle_action_status(item)

    def remove_item(self, item: BaseModel) -> Change | None:
        assert isinstance(item, Action)
        return self.edits.remove_action(item)

    def words(self, item: BaseModel) -> str:
        assert isinstance(item, Action)
        return item.text

    def remove_question(self, words: str, item: BaseModel) -> str:
        return self.wording.remove.format(words)

    def said(self, words: str, item: BaseModel, index: int) -> str:
        said = self.wording.removed if words == self.REMOVED else self.wording.put_back
        return said.format(n=index + 1)

    def choices_hold(self, name: str, value: str) -> bool:
        return value in self.recommendations

    def show_items(self, index: int | None = None) -> None:
        self.show_actions()
        if index is not None:
            self.query_one(RowTable).move_cursor(row=index)

    def show_item(self, index: int) -> None:
        self.show_row(self.session.actions[index])

    def save_action(self) -> None:
        """Add the action typed (or save the one being edited): Enter, the button, Ctrl+T."""
        self.form.submit()

    def _submitted(self, event: ItemForm.Submitted) -> None:
        values = {"recommendation": "", **event.values}
        if not values["text"]:
            self.say_first(self.wording.first)
            self.screen.set_focus(event.form.first)
            return
        # An owner added as the start of one name listed is theirs, as Tab would have taken
        # it; an edit saves what was typed (the way to keep "Sam" as it is).
        typed, meant = values.get("owner", ""), ""
        if event.editing is None and (meant := owner_meant(self.session, typed)):
            values["owner"] = meant
        self.keep(event, values)
        # What it lacks, said where it is seen (`toast_place`), not only on the Selected line
        # (below the fold at 80x24); it is kept all the same: an owner can be named later.
        gaps = action_gaps(values.get("owner", ""), values.get("due", ""),
                           self.edits.read_due(values.get("due", "")), self.edits.today(),
                           team=not self.individual, added=event.editing is None,
                           who="Who else" if self.individual else self.wording.who)
        owned = f"{self.wording.who} “{one_line(typed, 40)}” is {meant}, as listed." \
            if meant else ""
        if said := " ".join(p for p in (owned, gaps) if p):
            self.say_kept(said, "warning" if gaps else "information")


def _owner(act: Action) -> str:
    """The owner, or, where a later meeting gave the action to another, the one this meeting
    agreed and whom it was given to, where, when (model/given.py): the owner written back
    said the action was agreed by someone who was not at this meeting (a trial)."""
    if act.agreed_owner is None:
        return one_line(act.owner)
    return one_line(f"{act.agreed_owner or 'none'}; {given_said(act, act.owner)}")
