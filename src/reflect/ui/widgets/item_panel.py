"""ItemPanel: what the people, points and actions panels share around their `ItemForm`, so
each rule is written once, not three times (the copies drifted: the people panel's remove
question quoted a name whole, and a long one pushed the dialog's buttons off the screen).

- Adding the item the form submits, with the focus left in the form's first box for the
  next, or saving the one being edited, with the focus back on its row, as Esc leaves it; the
  form adds again, and the list is redrawn (`keep`).
- A key on an item's row or line (`act_on`): Space changes it, Enter edits it in the form,
  Delete asks before removing it; on a read-only session nothing changes.
- The question before an item is removed quotes at most `CONFIRM_CHARS` of its words; once
  removed, Ctrl+Z puts it back (`REMOVED`, `put_back_shown`).
- Typing into the item being edited redraws its own row or line (`ItemForm.EditChanged`);
  Esc on it gives the focus back to its row (`ItemForm.EditCancelled`).
- Where a panel says so (`ADDED`), an item added is said under the form's first box; there
  and where it asks for it alone (`FOLLOWS_ADDED`), its new row or line is scrolled into view
  below the form, the form's first box kept in view with the focus (at 80x24 the actions table
  was below the fold, and an added action left no sign on screen; in the presentation view a
  question's newest points stayed below it: trials).

A panel says what its items are and how each is added, changed, removed and drawn.
"""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel
from rich.text import Text
from textual import on
from textual.notifications import SeverityLevel
from textual.widget import Widget

from reflect.model.changes import Change
from reflect.model.edits import SessionEdits
from reflect.text import one_line
from reflect.ui.messages import Refused, SessionChanged
from reflect.ui.notices import Notices
from reflect.ui.widgets.item_form import ItemForm
from reflect.ui.widgets.rows_in_view import RowsInView
from reflect.ui.widgets.tables import RowTable, RowVerb

SAID_CHARS = 60  # the most of an item's words a message about it quotes


@runtime_checkable
class KeepsSaidOnStep(Protocol):
    """A screen of steps that takes back the messages about a step's items as that step is
    left (`WalkthroughBase.said_on_step`)."""

    def said_on_step(self, message: str) -> None:
        """Note the message said about the step on view."""


class ItemPanel(RowsInView):
    """A panel of items edited through one `ItemForm` (mixed in before its container:
    `class PeoplePanel(ItemPanel, VerticalScroll)`); its rows brought into view under the form,
    `RowsInView`'s."""

    READ_ONLY: ClassVar[str] = "nothing can be changed here."
    """What a key on an item says on a read-only session ("participants cannot be changed
    here."), once (`Refused`); its keys are then left out of the footer."""
    REMOVE: ClassVar[str] = "Remove this item?\n\n{}"
    """The question before an item is removed: `{}` is where its words go, shortened."""
    REMOVED: ClassVar[str] = "Item {n} removed. Ctrl+Z puts it back."
    """Said once an item is removed (`{n}`: its row, `{}`: its words); then `PUT_BACK`, once
    Ctrl+Z has put it back (`PutsBack`): a wrong y lost a point mid-meeting (a trial)."""
    PUT_BACK: ClassVar[str] = "Item {n} put back."
    ADDED: ClassVar[str] = ""
    """Said under the form's first box once an item is added (`{n}`: its row, `{}`: its
    words), its row then brought into view (`show_added`); "" does neither."""
    FOLLOWS_ADDED: ClassVar[bool] = False
    """Whether an item added is brought into view below the form (`show_added`) though
    nothing is said of it (`ADDED` is ""): a question's points."""

    def __init__(self, edits: SessionEdits, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.edits = edits
        self.session = edits.session
        self.read_only = False

    def make_read_only(self) -> None:
        self.read_only = True
        self.form.make_read_only()
        for table in self.query(RowTable):
            table.refused = self.READ_ONLY
            table.refresh_bindings()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Textual's; a message about the panel's items goes when its step is left (PgDn,
        PgUp, Ctrl+G): "Added. Its due date is not a date…" stayed over the next step's empty
        CPD minutes box, speaking of nothing there (a fresh-eyes trial)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
        screen = self.screen if self.is_attached else None
        if isinstance(screen, KeepsSaidOnStep):
            screen.said_on_step(message)

    _said: tuple[str, ...] = ()
    """What `say_first` and `say_kept` said, until the next item is kept (`keep`)."""

    def say_first(self, message: str) -> None:
        """Said when the form is sent with nothing in it ("Type what you will do first."), in
        place of what was said of the item before ("Added. Its due date is not a date…" stayed
        beside it: a trial); withdrawn once one is kept (the two side by side: a 60x20 trial)."""
        self.take_back_said()
        self.say_kept(message, "warning")

    def take_back_said(self) -> None:
        """Withdraw what `say_first` and `say_kept` said: something newer is to be said."""
        if isinstance(app := self.app, Notices):
            for said in self._said:
                app.withdraw(said)
        self._said = ()

    def say_kept(self, message: str, severity: SeverityLevel = "information",
                 timeout: float | None = None) -> None:
        """Said of the item just kept (what it lacks, whose it is): withdrawn as the next is
        kept, which says its own. "Added. Its due date is not a date…" stayed beside the next
        action's "✓ Added", which lacked nothing (a trial)."""
        self.notify(message, severity=severity, timeout=timeout, markup=False)
        self._said += (message,)

    # --- what the panel says about its items -------------------------------------------------

    def add_item(self, values: dict[str, str]) -> Change | None:
        raise NotImplementedError

    def edit_item(self, item: BaseModel, values: dict[str, str]) -> Change | None:
        raise NotImplementedError

    def remove_item(self, item: BaseModel) -> Change | None:
        raise NotImplementedError

    def change_item(self, item: BaseModel) -> Change | None:
        """Space on an item (ticks attendance, moves a status on)."""
        return None

    def words(self, item: BaseModel) -> str:
        """How the question before removing it names the item."""
        raise NotImplementedError

    def show_items(self, index: int | None = None) -> None:
        """Draw the list again; highlight item `index` (None: where the highlight was)."""
        raise NotImplementedError

    def show_item(self, index: int) -> None:
        """Redraw the row or line of item `index` only."""
        raise NotImplementedError

    def choices_hold(self, name: str, value: str) -> bool:
        """Whether the form's select `name` offers `value` (see `ItemForm.edit`)."""
        return True

    def go_to_item(self, index: int, name: str) -> Widget | None:
        """Item `index`, where a finding in its field `name` is: highlighted, and (unless
        read-only) opened for editing in the form as Enter on it opens it, the cursor in the
        box for `name` (a field the form has no box for, such as an action's progress, leaves
        the focus on its row). The widget given the focus; None when there is no such item."""
        items = self.items()
        if not 0 <= index < len(items):
            return None
        listing = self.highlight(index)
        if self.read_only or not self.form.has_box(name):
            self.screen.set_focus(listing, scroll_visible=False)
            return listing
        self.form.edit(items[index], index + 1, self.choices_hold)
        box = self.form.box(name)
        self.screen.set_focus(box, scroll_visible=False)
        return box

    # --- adding and saving ---------------------------------------------------------------------

    def keep(self, event: ItemForm.Submitted, values: dict[str, str]) -> None:
        """Add `values` as a new item, or save them into the one being edited (the panel has
        checked them); the form then adds again. After an add the focus stays in the form's
        first box, and the next item goes straight in; after an edit saved it goes back to
        the edited row, as Esc's does (`back_to_row`): left in the first box, the ↓↓↓ Delete
        meant for the table acted on nothing (a fresh-eyes trial)."""
        form = event.form
        self.take_back_said()
        items = self.items()
        editing = event.editing if event.editing in items else None
        change: Change | None
        if editing is not None:
            index = items.index(editing)
            change = self.edit_item(editing, values)
        else:
            change = self.add_item(values)
            index = len(self.items()) - 1
            form.clear_drafts()
        form.end_editing()
        if editing is not None:
            self.show_items(index)
            self.back_to_row(index)
            if change is not None:
                self.post_message(SessionChanged(change))
            return
        added = event.editing is None and (bool(self.ADDED) or self.FOLLOWS_ADDED)
        # (`show_added` scrolls, keeping the box in view: Textual's own scroll to it, animated
        # and later, could move it off again.)
        self.screen.set_focus(form.first, scroll_visible=not added)
        self.show_items(index)
        if added:
            self.show_added(index)
        if change is not None:
            self.post_message(SessionChanged(change))

    def show_added(self, index: int) -> None:
        """Say item `index` was added, under the form's first box (until the next one is typed;
        where the panel says so), and bring its row into view once the table is drawn again."""
        if self.ADDED:
            words = one_line(self.words(self.items()[index]))
            self.form.say(Text(self.ADDED.format(words, n=index + 1)))
        # Highlighted at once: left to the scroll after the next frame, a table the focus had
        # reached first (Shift+Tab typed at once, a busy machine) kept the row before it.
        self.highlight(index)
        self._row_wanted = index
        self.call_after_refresh(self._row_into_view, index)

    @on(ItemForm.EditChanged)
    def _edited_in_place(self, event: ItemForm.EditChanged) -> None:
        items = self.items()
        if event.item in items:
            self.show_item(items.index(event.item))

    @on(ItemForm.EditCancelled)
    def _back_to_its_row(self, event: ItemForm.EditCancelled) -> None:
        items = self.items()
        if event.item in items:
            self.back_to_row(items.index(event.item))

    def back_to_row(self, index: int) -> None:
        """The focus on item `index`'s row (its line), highlighted: where an edit ends."""
        self.screen.set_focus(self.highlight(index), scroll_visible=False)

    # --- keys on an item -----------------------------------------------------------------------

    @on(RowTable.RowAction)
    def _row_action(self, event: RowTable.RowAction) -> None:
        event.stop()
        self.act_on(event.action, event.row)

    def act_on(self, action: RowVerb, index: int) -> None:
        """Space, Enter or Delete on item `index`."""
        if self.read_only:
            self.post_message(Refused(self.READ_ONLY))
            return
        items = self.items()
        if not 0 <= index < len(items):
            return
        item = items[index]
        if action == "change":
            change = self.change_item(item)
            self.show_item(index)
            if change is not None:
                self.post_message(SessionChanged(change))
        elif action == "edit":
            self.form.edit(item, index + 1, self.choices_hold)
        else:
            self.ask_remove(item)

    def ask_remove(self, item: BaseModel) -> None:
        from reflect.ui.screens.confirm import CONFIRM_CHARS, ConfirmScreen

        def remove(yes: bool | None) -> None:
            if not yes:
                return
            index = next((i for i, x in enumerate(self.items()) if x is item), 0)
            change = self.remove_item(item)
            if self.form.editing is item:
                self.form.end_editing()
            self.show_items()
            if change is not None:
                self.post_message(SessionChanged(change))
                self.notify(self.said(self.REMOVED, item, index))

        # Shortened: a long point, action or name pushed the dialog's buttons off the screen.
        words = one_line(self.words(item), CONFIRM_CHARS)
        self.app.push_screen(ConfirmScreen(self.remove_question(words, item)), remove)

    def put_back_shown(self, item: BaseModel, words: str = "") -> bool:
        """`item`, just put back in this panel's list (Ctrl+Z), drawn there again at its
        place, highlighted and in view with the focus on it, and said (`words`, else
        `PUT_BACK`); False when the list does not hold it."""
        index = next((i for i, x in enumerate(self.items()) if x is item), None)
        if index is None:
            return False
        self.show_items(index)
        self.back_to_row(index)
        self.row_into_view(index)
        if isinstance(app := self.app, Notices):  # ("… removed. Ctrl+Z puts it back.": done)
            app.withdraw(self.said(self.REMOVED, item, index))
        self.notify(words or self.said(self.PUT_BACK, item, index))
        return True

    def said(self, words: str, item: BaseModel, index: int) -> str:
        """`REMOVED` or `PUT_BACK` (`words`) said of `item`, row `index`; a panel whose words
        depend on its session says its own (one practitioner's actions)."""
        return words.format(one_line(self.words(item), SAID_CHARS), n=index + 1)

    def remove_question(self, words: str, item: BaseModel) -> str:
        """The question before `item` (`words`) is removed: `REMOVE`, unless a panel's words
        depend on its session (one practitioner's actions, someone who took part)."""
        return self.REMOVE.format(words)
