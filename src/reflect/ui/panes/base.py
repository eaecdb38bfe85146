"""StepPane: what every step's pane of the walkthrough shares.

A pane composes itself from the session and review it is given, says where a person types
first (`focus_target`), refreshes what depends on other steps when it is shown (`shown`),
becomes read-only on request, and goes to a personal-details finding on it (`go_to_field`;
which step a finding is on is `model.steps.holds`).
What the screen asks of a step beyond that is a hook here, doing nothing unless the kind of
step has it: the room's waiting points (`set_waiting`, `waiting_points`, `edit_from_room`,
`points_changed`: a team's question) and the CPD record's choices (`cpd_record`, F8).
The screen knows none of their insides; it finds a step's pane class by kind (`pane_class`),
and a step's line in the step list here (`step_label`), for every kind, without importing them.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from weakref import WeakSet

from rich.text import Text
from textual import events, on
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import TextArea

from reflect.model.changes import TextKey
from reflect.model.edits import SessionEdits
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import QUESTION_PREFIX, Step
from reflect.text import one_line
from reflect.ui.focus_view import brings_into_view
from reflect.ui.messages import Refused, SessionChanged
from reflect.ui.widgets.answer_editor import AnswerEditor
from reflect.ui.widgets.item_panel import ItemPanel
from reflect.ui.widgets.tables import RowTable

if TYPE_CHECKING:
    from reflect.ui.widgets.incoming import IncomingList, IncomingQueue, Waiting

STEP_PREVIEW = 90
"""Characters of a question shown in the step list (wrapped there, or cut where it is narrow)."""
READ_ONLY_SAY_EVERY = 10.0
"""Seconds between two reminders that typing in a read-only session is not kept."""


def question_id(step: Step) -> str:
    """The id of the question a question step asks."""
    return step.key.removeprefix(QUESTION_PREFIX)


def step_label(step: Step, session: Session, review: Review) -> Text:
    """The step's line in the step list: two columns for its state, then its name, which the
    list wraps under itself. A question's state is ✓ once answered (· until then), and its
    name is followed by the start of the question."""
    if step.kind != "question":
        return Text(f"  {step.label}")
    qid = question_id(step)
    answer = session.answer(qid)
    question = review.question(qid)
    mark = "✓" if answer and answer.has_content else "·"
    preview = one_line(question.text, STEP_PREVIEW) if question else ""
    return Text(f"{mark} {step.label}: {preview}")


def finding_place(field: str) -> tuple[dict[str, int], str]:
    """Where a personal-details finding's field is: the place in each list it is in, and the
    field's own name (`answers[1].points[2].text` → {"answers": 1, "points": 2}, "text")."""
    return ({name: int(n) for name, n in re.findall(r"(\w+)\[(\d+)\]", field)},
            field.rsplit(".", 1)[-1])


@dataclass(frozen=True)
class PaneContext:
    """What every pane is given (attributes down)."""

    edits: SessionEdits
    review: Review
    settings_file: Path
    settings: Mapping[str, object]
    """The settings file as the app read it at start (never read again on the UI thread)."""
    sessions_dir: Path | None = None
    """The sessions folder (the summary step says the files exported before from its
    exports folder); None where the pane is built without one."""

    @property
    def session(self) -> Session:
        return self.edits.session


class StepPane(VerticalScroll):
    """One step's pane. Subclasses compose their content and may override the hooks below."""

    PANE_CLASS = ""
    """A CSS class for this kind of pane (`question-pane`, ...)."""
    OFFERS_CPD_RECORD: ClassVar[bool] = False
    """Whether this step opens the CPD record's choices (`cpd_record`, F8)."""
    CPD_CHOICES_BUTTON: ClassVar[str] = "CPD record choices… (F8)"
    """The label of the button opening them, on those steps: "CPD record… (F8)", beside
    "Export notes…", read as the way to export the record, and opened the choices (a health
    visitor's trial: the record is exported with Ctrl+O)."""

    def __init__(self, ctx: PaneContext, step: Step, index: int) -> None:
        super().__init__(id=f"pane-{index}", classes=f"pane {self.PANE_CLASS}".strip())
        self.ctx = ctx
        self.edits = ctx.edits
        self.session = ctx.session
        self.review = ctx.review
        self.step = step
        self.index = index
        self.read_only = False
        """True once the session cannot be edited here."""
        self._typing_into: Widget | None = None
        """Where letters typed while reading the pane's text went (see `on_key`)."""
        self._passed_on: WeakSet[events.Key] = WeakSet()
        self._read_only_said = -READ_ONLY_SAY_EVERY
        """When typing here was last said not to be kept (`say_read_only`)."""

    @classmethod
    def create(cls, ctx: PaneContext, step: Step, index: int) -> StepPane:
        """The pane for `step` (a kind may choose a variant, e.g. by the session's mode)."""
        return cls(ctx, step, index)


    def focus_target(self) -> Widget:
        """Where a person types first on this step."""
        return self

    def on_key(self, event: events.Key) -> None:
        """A letter typed while the pane itself has focus (reading its text, which the arrow
        keys scroll) starts the person's writing: it goes into the focus target, which takes
        focus. Letters typed fast were already queued here behind it: they follow it."""
        if not event.is_printable or event.character is None:
            return
        if self.read_only:
            self.say_read_only()
            return
        focused = self.app.focused
        if event in self._passed_on:  # came back up from the target: never round again
            return
        target = self._typing_into if focused is self._typing_into else None
        if focused is self:
            target = self.focus_target()
        elif focused is not None and target is None \
                and not focused._bindings.key_to_bindings.get(event.key):
            target = self.typing_target(focused)
        if target is None or target is self or not target.display:
            return
        event.stop()
        event.prevent_default()
        self._typing_into = target
        self.screen.set_focus(target)
        passed = events.Key(event.key, event.character)
        self._passed_on.add(passed)
        target.post_message(passed)

    def say_read_only(self, what: str = "what you type is not kept.") -> None:
        """Typing in a read-only session is kept nowhere: say so as it starts (once in a
        while, not at every key), or the words would just vanish; likewise a key that would
        change an item (`Refused`: `what` cannot be changed). One message for both: Space on
        a row said two, stacked (a trial)."""
        now = time.monotonic()
        if now - self._read_only_said < READ_ONLY_SAY_EVERY:
            return
        self._read_only_said = now
        self.notify(f"This session is open read-only (the line at the top says why): {what}",
                    severity="warning", timeout=6)

    @on(Refused)
    def _refused(self, event: Refused) -> None:
        event.stop()
        if self.read_only:
            self.say_read_only(event.what)

    def typing_target(self, focused: Widget) -> Widget | None:
        """Where a letter typed on `focused` (a table, a list) goes, or None to leave it."""
        return None

    def shown(self) -> None:
        """Called each time the step is shown: refresh what other steps may have changed."""

    def opening_note(self) -> str:
        """What to say as the session opens on this step of where the cursor is; "" for
        nothing."""
        return ""

    def presented(self) -> None:
        """Called as the presentation view (F5) opens or closes on the step, once laid out."""

    def reveal(self, target: Widget) -> None:
        """Show the step from its top, scrolled only as far as `target` (the focus target)
        needs to be seen whole, a table with the line under it that gives its highlighted row
        in full: the question, and what a team said above What?, stay in view wherever they
        fit. (Focus alone centres the box, hiding all that on a small screen.)"""
        self.scroll_home(animate=False, immediate=True)
        self.scroll_to_widget(target, animate=False, top=False, immediate=True)
        if isinstance(target, RowTable):  # and the line under it, from the step's top
            target.call_after_refresh(target.show_line_under, True)

    @brings_into_view
    def open_on(self, target: Widget) -> None:
        """`reveal`, and again once laid out where what the pane holds took another height
        meanwhile: a pane shown for the first time gets its scrollbar then, its text, narrower,
        may take a line more, and `target` went down past the fold (What to do now at 80x24,
        gone to from another step: the action box cut at its foot, a trial). Not where the
        pane was scrolled, or the focus moved, meanwhile (typed into, keys typed ahead, a
        finding gone to). Where the focus moved on the step before it was laid out to open
        it, the box that has it is brought into view instead, and nothing else scrolls: a
        name typed as Who is here opened went into the name box, below the view, which was
        scrolled to the table (Textual's own scroll to the box came before the layout). Nothing
        where the pane has gone meanwhile (built again for another place: late_team.py)."""
        if not self.is_attached:
            return
        focused = self.screen.focused
        if focused is not target:
            if focused is not None and self in focused.ancestors:
                self.scroll_to_widget(focused, animate=False, top=False, immediate=True)
            return
        height = self.virtual_size.height
        self.reveal(target)
        scrolled = self.scroll_y

        @brings_into_view
        def again() -> None:
            if self.is_attached and self.screen.focused is target \
                    and self.virtual_size.height != height and self.scroll_y == scrolled:
                self.reveal(target)

        self.call_after_refresh(again)

    def make_read_only(self) -> None:
        self.read_only = True
        for area in self.query(TextArea):
            area.read_only = True

    def go_to_field(self, field: str) -> None:
        """Once the step is shown: a personal-details finding's `field` (one on this step,
        `model.steps.holds`) in view, with the focus where it is changed (an item highlighted
        in its list and opened for editing, as Enter on it opens it). Steps that say no more
        leave the focus on their `focus_target`; the CPD record's words (`cpd.method`) open its
        dialog on their box, where a step offers it ("e" left that dialog unopened: a trial)."""
        if field.startswith("cpd."):
            self.cpd_record(field)

    @brings_into_view
    def go_to_typed(self) -> None:
        """Once the step is shown: its form, holding an item typed but not added, in view,
        with the focus in its first box (the export dialog's button to it: an action with
        an owner and a due date lacks its What, typed there)."""
        from reflect.ui.widgets.item_form import ItemForm

        for form in self.query(ItemForm).results(ItemForm):
            if not form.first.disabled:  # (read-only: the step alone)
                self.screen.set_focus(form.first, scroll_visible=False)
                self.keep_in_view(form, form.first)
            return

    def keep_in_view(self, *widgets: Widget | None) -> None:
        """Scroll just far enough to see each of `widgets` in turn (where not all fit, the
        last is seen), once what was just changed is laid out (a step just built is not)."""

        @brings_into_view
        def scroll() -> None:
            for widget in widgets:
                if widget is not None:
                    self.scroll_to_widget(widget, animate=False, top=False, immediate=True)

        self.call_after_refresh(scroll)

    # --- hooks for what only some steps have -------------------------------------------------

    def cpd_record(self, field: str = "") -> None:
        """Open the CPD record's choices (F8), on a step that `OFFERS_CPD_RECORD`: your own
        type, why relevant, standards, ...; on the box a finding's `field` is typed in."""
        if self.OFFERS_CPD_RECORD:
            from reflect.ui.screens.cpd_choices import open_for

            open_for(self, field)

    def set_waiting(self, waiting: list[Waiting], decide: Callable[[IncomingQueue.Decided], None],
                    declined: int = 0, now: Callable[[str], str] | None = None) -> bool:
        """Show the points from the room waiting on this step, each decision on one handed to
        `decide`, and how many declined ones `u` brings back (`now`: a sender's name now, for
        a name sent: `IncomingQueue.set_waiting`, and the point box's title, a point from the
        room in it: `RoomPointBox.name_sender`). When they had the focus and none
        wait any more, it goes back where F2 came from (unless the last was declined, for `u`:
        `IncomingQueue.stays`); True when it could not: the screen then gives the focus back
        to the step."""
        return False

    def waiting_points(self) -> IncomingList | None:
        """Where the points from the room waiting here (or declined, to bring back) are
        decided on (F2), or None: none."""
        return None

    def highlight_waiting(self, index: int) -> None:
        """Once shown, the waiting point at `index` highlighted (one brought back)."""

    def edit_from_room(self, waiting: Waiting, now: Callable[[str], str] | None = None) -> bool:
        """Put a point from the room into this step's point box to be edited before it is
        added, its sender named as `now` gives (as `set_waiting`'s); False when it cannot
        (the box holds something typed)."""
        return False

    def points_changed(self) -> None:
        """This step's points were changed from outside the pane (one from the room was
        accepted): show them again."""

    # --- free-text boxes ---------------------------------------------------------------------

    def editor(self, wid: str, key: TextKey, kind: str) -> AnswerEditor:
        """A box for one of the session's free texts, holding what it holds now."""
        area = AnswerEditor(self.edits.text(key), id=wid, soft_wrap=True, tab_behavior="focus",
                            classes=kind)
        area.key = key
        area.cursor_blink = False
        area.move_cursor(area.document.end)  # carry on where the text ends
        return area

    _sized_for = Size(0, 0)

    @on(events.Resize)
    def _lists_to_size(self, event: events.Resize) -> None:
        """At another size (F5 in or out too), a list under an item form (the actions, a
        question's points) is as tall as the stylesheet says again, until an item is added
        (`ListRoom.release_table`), and so is a table held to the room its Selected line
        leaves (`RowTable.show_line_under`); not when only what the pane holds changed size.
        Either way, a list that grows into the room free at the step's foot is fitted to it
        again (`ListRoom.fill_room`)."""
        if event.size != self._sized_for:
            self._sized_for = event.size
            for panel in self.query(ItemPanel):
                panel.release_table()
            for table in self.query(RowTable):  # (held to the room its line leaves)
                table.release()
        for panel in self.query(ItemPanel):
            panel.fill_room_soon()

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        if area.has_focus:  # typed into: in view, though the step opened at its top
            self.scroll_to_widget(area, animate=False, immediate=True)
        if isinstance(area, AnswerEditor) and area.key is not None:
            change = self.edits.set_text(area.key, area.text)
            if change is not None:
                self.post_message(SessionChanged(change))
