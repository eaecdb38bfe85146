"""The walkthrough: a step list beside the current step, with autosave and the time line.

Steps follow the briefing: introduction and context, key learning, good practice, areas for
development, recommendations, one step per question, what to do now (with agreed actions),
summary. Each step's pane is a class found by the step's kind (`reflect.ui.panes.pane_class`),
built the first time the step is shown. Every change to the session goes through `self.edits`;
panes post what changed (`SessionChanged`) and `apply` saves it and redraws what depends on it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, ContentSwitcher, Header, OptionList

from reflect.model.changes import (
    AnswerChanged,
    CarriedChanged,
    Change,
    DetailsChanged,
    TimeCounted,
    questions_of,
)
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.steps import find_step, on_opening, question_key, step_holding
from reflect.model.typed_items import typed_elsewhere
from reflect.text import one_line
from reflect.typed_mark import TYPED_MARK
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.messages import SessionChanged
from reflect.ui.panes import PaneContext, StepPane, pane_class, step_label
from reflect.ui.screens import keys_said as said
from reflect.ui.screens.late_team import BringsCarried
from reflect.ui.screens.time_keeping import PRESENT_ALONE, PRESENT_COMMAND, present_hint
from reflect.ui.widgets.answer_editor import MAX_CHARS, AnswerEditor
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.hanging import HangingLabel
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.room_link import RoomLine
from reflect.ui.widgets.step_list import TYPED_MEANING, StepList, step_line, steps_title
from reflect.ui.widgets.timer import TimerBar

AUTOSAVE_SECONDS = 1.0
SAVE_SPENT_EVERY = 10
"""Seconds between saves of the time spent while nothing else changes."""


class WalkthroughScreen(BringsCarried):
    BINDINGS = [
        Binding("pagedown,ctrl+n", "next", "Next", priority=True),
        Binding("pagedown", "next(1)", show=False, priority=True),  # the last step's (check_action)
        Binding("ctrl+n", "next(2)", show=False, priority=True),  # said nothing there (a trial)
        # In the footer (a new facilitator did not find it in F1): a box's own Esc (undoing
        # an edit, closing a list) still comes first.
        Binding("escape", "leave", "Library"),
        Binding("pageup", "previous", "Back", show=False, priority=True),
        Binding("ctrl+g", "jump", "Steps", show=False, priority=True),
        Binding("ctrl+l", "skip_to_learning", "Skip to the learning", show=False,
                priority=True),  # from the case details (its button says so)
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
        Binding("ctrl+o", "export", "Export", priority=True),
        Binding("f5", "present", "Present", priority=True),
        Binding("f6", "pause", "Pause/resume", priority=True),
        Binding("f7", "time_plan", "Time plan", show=False, priority=True),
        Binding("f4", "room", "Room", show=False, priority=True),  # F1 and the palette list it
        # The CPD record's choices where offered, wherever the focus is, in the footer first
        # (`check_action`: at 80x24 its button, below the fold, alone said F8); else, where.
        Binding("f8", "cpd_record", "CPD record"), Binding("f8", "cpd_record(1)", show=False),
        Binding("f3", "share", "Show to the room", show=False, priority=True),
        Binding("f2", "room_points", "Room points", show=False, priority=True),
        Binding("ctrl+t", "action_where", show=False),  # (What to do now's own comes first)
        # Handled as they arrive: as ordinary bindings they would wait for the letters typed
        # before them to bubble up from the box, and letters typed after would stay behind.
    ]

    keys_first = BringsCarried.keys_first | {"cpd_record"}
    AUTO_FOCUS = GIVEN_ON_MOUNT  # by the step shown (`focus_step`), and on return to it: the
    # step list's focus and blur each restyled the whole screen (`-steps-open`), 30 ms each

    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__(session, review, read_only)  # the review, its steps, the panes, ...
        self.enter_from = math.inf
        """Enter is taken once this screen is built and about to be drawn (key_order)."""
        self.key_descriptions = {} if session.mode == "team" else {"present": PRESENT_ALONE}
        """F5 in the footer: `Full width` in a reflection on your own (footer.KEY_DESCRIPTIONS)."""

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="walk"):
            with Vertical(id="steps-pane") as steps_pane:
                yield Literal(steps_title(TYPED_MEANING if self.typed_keys else ""), "bold",
                              id="steps-title", classes="pane-title")
                yield (steps := StepList(*self.step_options(), id="steps"))
            with Vertical(id="main-pane"):
                yield Literal("", id="read-only")
                with Horizontal(id="step-head"):
                    yield Literal("", "bold", id="step-title")
                    yield (key := Literal("Ctrl+G: steps", "dim", id="steps-key"))  # (-narrow)
                    steps.shown_with = (steps_pane, key)
                first = self._build_pane(self.index)
                with ContentSwitcher(initial=first.id, id="panes"):
                    yield first
        yield TimerBar(id="timer")
        yield Literal("", id="status", classes="status")
        yield Literal(present_hint(self.session.timing.paused, self.session.mode != "team"),
                      "dim", id="present-hint")
        yield Literal("", "bold", id="present-waiting")  # points waiting in the room
        yield RoomLine(id="room-line")
        yield ReflectFooter()

    def _build_pane(self, index: int) -> StepPane:
        step = self.steps[index]
        ctx = PaneContext(self.edits, self.review, self.reflect_app.settings_file,
                          self.reflect_app.settings, self.reflect_app.sessions_dir)
        pane = pane_class(step.kind).create(ctx, step, index)
        self.panes[index] = pane
        return pane

    def _step_label(self, index: int) -> HangingLabel:
        """A step's entry in the step list (`step_line`): ▶ on the current step, and after its
        name how many points wait there from the room and ✎ while its form holds an item
        typed but not added (`typed_steps`)."""
        step = self.steps[index]
        return step_line(index == self.index, step_label(step, self.session, self.review),
                         self.waiting_mark(step.key),
                         TYPED_MARK if step.key in self.typed_keys else "")

    async def show_pane(self, index: int) -> StepPane:
        """The pane of step `index`, built and mounted the first time (or ahead), shown."""
        switcher = self.query_one("#panes", ContentSwitcher)
        pane = self.panes.get(index)
        if pane is None:
            pane = self._mount_hidden(index)
        mounting = self._mounting.get(index)
        if mounting is not None:  # awaited by every caller till mounted (a second go to the
            await mounting  # same step had found it taken and used a pane not yet composed)
            if self._mounting.pop(index, None) is not None and self.read_only is not None:
                pane.make_read_only()
        switcher.current = pane.id
        return pane

    def _mount_hidden(self, index: int) -> StepPane:
        pane = self._build_pane(index)
        pane.display = False
        self._mounting[index] = self.query_one("#panes", ContentSwitcher).mount(pane)
        return pane

    def _build_ahead(self) -> None:
        """Build the next step's pane, hidden, once the current one is on screen: PgDn then
        only shows it (docs/performance.md). One step ahead only: opening a session builds
        the pane shown, then the next one after the first frame."""
        ahead = self.index + 1
        if ahead < len(self.steps) and ahead not in self.panes and self.is_attached:
            self._mount_hidden(ahead)

    # --- lifecycle -------------------------------------------------------------------------

    async def on_mount(self) -> None:
        self.open_for_editing()
        if self.read_only is not None:
            self.make_read_only(self.read_only)
            self.follow_file()  # open in another reflect, or viewed: its changes are said
        else:  # The plan, shared out from the meeting's length as on every opening, is saved
            # with the time or the first edit: opened and left at once, the file is as it was.
            self.edits.ensure_plan(self.steps)
            pending = [c for c in self.session.carried if not c.written_back]
            for carried in pending:
                self.write_back(carried)
        self.sub_title = one_line(self.session.label, 60)
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        self.set_interval(1.0, self.tick)
        await self.go(self.index)
        self.show_status()
        for note in on_opening(self.session, self.review):
            self.notify(note, severity="warning", timeout=12)
        self.settle_arrivals()
        for note in typed_elsewhere(self.session, self.steps[self.index].key):  # where they
            self.notify(note, timeout=12)  # are (not over the export dialog, which says them)
        if carry_on := self.panes[self.index].opening_note():  # (a box left unfinished)
            self.notify(carry_on, timeout=12)
            self.said_on_step(carry_on)  # (it stayed over the next steps, PgDn after PgDn)
        self.enter_from = time.monotonic()  # its first frame follows at once
        self.reflect_app.first_frame_follows()

    def on_screen_resume(self) -> None:
        if self.focused is None and self.is_mounted:  # what had it went while a dialog was up
            self.focus_step()

    # --- navigation ------------------------------------------------------------------------

    async def go(self, index: int) -> None:
        """Show step `index`, its pane with the focus as this returns (keys typed after PgDn)."""
        index = max(0, min(index, len(self.steps) - 1))
        if index != self.index:
            self.step_said_go()
        before, self.index = self.index, index
        self.reached(index)  # (late_team.py: what the step after Who is here held)
        step = self.steps[index]
        pane = await self.show_pane(index)
        for moved in (before, index):
            self.redraw_step(self.steps[moved].key)
        self.query_one("#steps", StepList).show_current(index)
        self.say_step(index)
        self.apply(self.edits.go_to_step(step.key))
        pane.shown()
        self.show_time()
        self.focus_step()
        self.follow_room()
        self.call_after_refresh(self._build_ahead)

    def focus_step(self) -> None:
        pane = self.panes.get(self.index)
        if pane is None:
            return
        target = pane.focus_target()
        if target is pane:
            self.set_focus(pane)
            return
        self.set_focus(target, scroll_visible=False)  # now, not after the keys already queued
        pane.call_after_refresh(pane.open_on, target)

    async def action_next(self, _last: int = 0) -> None:
        if self.index < len(self.steps) - 1:
            await self.go(self.index + 1)
        else:
            self.notify(said.LAST_STEP, timeout=6)

    async def action_previous(self) -> None:
        if self.index > 0:
            await self.go(self.index - 1)
        else:
            self.notify(said.FIRST_STEP)

    def _intro_index(self) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.key == "intro"), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":  # not offered on the last step; there PgDn says so where it moves
            last = self.index == len(self.steps) - 1  # nothing (the box's foot: a trial)
            return last and (parameters == (2,) or not said.pgdn_moves(
                self.focused, self.panes.get(self.index))) if parameters else not last
        if action == "cpd_record":  # (1): the hidden F8, on the steps that do not offer it
            pane = self.panes.get(self.index)
            return bool(parameters) != (pane is not None and pane.OFFERS_CPD_RECORD)
        return super().check_action(action, parameters)

    def action_cpd_record(self, _elsewhere: int = 0) -> None:
        pane = self.panes.get(self.index)
        if pane is not None and pane.OFFERS_CPD_RECORD:  # (the message saying where it is,
            self.reflect_app.withdraw(said.CPD_WHERE[self.session.mode == "team"])  # over it, gone)
            pane.cpd_record()
        elif pane is not None:  # (it did nothing, and said nothing: a new user's trial)
            self.notify(said.CPD_WHERE[self.session.mode == "team"], timeout=6)

    def action_action_where(self) -> None:
        self.notify(said.ACTION_WHERE)

    @on(Button.Pressed, "#skip-to-learning")
    async def action_skip_to_learning(self) -> None:
        """Past the case details, to the first learning step (or the first question)."""
        intro = self._intro_index() or 0
        if self.index > intro:
            self.notify(said.PAST_THE_DETAILS)
            return
        await self.go(min(intro + 1, len(self.steps) - 1))

    def action_jump(self) -> None:
        if self.has_class("-presenting"):
            self.action_present()
        self.query_one("#steps", StepList).focus_from(self.focused)

    @on(OptionList.OptionSelected, "#steps")
    async def _step_chosen(self, event: OptionList.OptionSelected) -> None:
        await self.go(event.option_index)

    def action_leave(self) -> None:
        if self.has_class("-presenting"):
            self.action_present()
        else:
            self.leave()

    def action_room_points(self) -> None:
        if self.has_class("-presenting"):  # its points are hidden from the shared screen
            self.action_present()
            self.call_after_refresh(super().action_room_points)
            return
        super().action_room_points()

    def action_present(self) -> None:
        """One key in and out of the uncluttered view for a projected or shared screen."""
        self.toggle_class("-presenting")
        presenting = self.has_class("-presenting")
        self.query_one(Header).display = not presenting
        self.query_one(ReflectFooter).display = not presenting
        self.call_after_refresh(self._focus_after_presenting, self.focused)
        self.call_after_refresh(self.panes[self.index].presented)  # (once laid out anew)

    def _focus_after_presenting(self, before: Widget | None) -> None:
        """The box typed in keeps the focus where still shown (F5 moved the cursor from So what?
        to the first empty box, where the words typed next went: a trial); a box the view
        hides (the notes, the step list) gives it to the step's first."""
        if before is not None and before in self.focus_chain:
            self.set_focus(before)
        else:
            self.focus_step()

    # --- changes ---------------------------------------------------------------------------

    @on(SessionChanged)
    def _session_changed(self, event: SessionChanged) -> None:
        event.stop()
        self.apply(event.change)

    def apply(self, change: Change | None) -> None:
        """Save (and redraw what depends on) a change made through `self.edits`."""
        if change is None:
            return
        if isinstance(change, TimeCounted):  # saved every few seconds, not every tick
            self.unsaved_seconds += 1
            if self.unsaved_seconds >= SAVE_SPENT_EVERY:
                self.mark_changed()
            return
        for question_id in questions_of(change):  # (a point moved: two)
            self.redraw_step(question_key(question_id))
            if not isinstance(change, AnswerChanged):  # the room's pages follow the notes
                self.follow_points(question_key(question_id))
        if isinstance(change, DetailsChanged):
            self.sub_title = one_line(self.session.label, 60)
        elif isinstance(change, CarriedChanged) and not change.written_back:
            self.write_back_soon(self.session.carried[change.index], change.typing)
        self.mark_typed()
        self.mark_changed()

    def redraw_step(self, key: str) -> None:
        """Redraw a step's line in the step list if what it shows has changed (a ✓)."""
        index = find_step(self.steps, key)
        if index is None:
            return
        self.query_one("#steps", StepList).set_line(index, self._step_label(index))

    @on(AnswerEditor.LimitReached)
    def _limit_reached(self, event: AnswerEditor.LimitReached) -> None:
        self.notify(f"This box holds at most {MAX_CHARS:,} characters, so the last "
                    f"{event.dropped:,} were not added. Put more in another question's answer "
                    "or in the section notes.", severity="warning", timeout=8)

    def go_to_finding(self, field: str) -> None:
        """Go to the step holding a finding's field (e.g. `answers[1].text`, `notes.intro`),
        and there to the field itself (the pane's `go_to_field`)."""
        target = step_holding(self.steps, field, self.session)
        if target is None:
            self.notify("That is in the session's details (title or team), set when this "
                        "self-reflection was started: rename the session from the start screen "
                        "(F2).", severity="warning")
            return

        async def there() -> None:
            await self.go(target)
            pane = self.panes[self.index]  # after `open_on`, which `go` leaves for a refresh
            pane.call_after_refresh(pane.go_to_field, field)

        self.call_later(there)

    def commands(self) -> Iterable[SystemCommand]:
        yield from self.room_commands()
        yield from self.put_back_commands()
        yield SystemCommand("Export notes", "Markdown, plain text, Word, web page, JSON, CSV, "
                            "CPD record or NMC account, after a personal-details check",
                            self.action_export)
        yield SystemCommand("Export notes as plain text", "For an email body",
                            self._export_text)
        yield SystemCommand("Check for personal details",
                            "Look for NHS numbers, phone numbers, emails, postcodes, ...",
                            self.action_export)
        yield SystemCommand("Skip to the learning (Ctrl+L)", "Past the case details",
                            self.action_skip_to_learning)
        yield SystemCommand(*PRESENT_COMMAND[self.session.mode == "team"], self.action_present)
        yield SystemCommand("Pause or resume the timer (F6)", "Stop counting time on this step",
                            self.action_pause)
        yield SystemCommand("Time plan (F7)", "Meeting length and the time for each step",
                            self.action_time_plan)
        yield SystemCommand("Next step", "Go to the next step", self.action_next)
        yield SystemCommand("Previous step", "Go to the previous step", self.action_previous)
        yield SystemCommand("Go to step", "Choose a step in the step list", self.action_jump)
        yield SystemCommand("Save now", "Write the session to disk", self.action_save)
        yield SystemCommand("Back to library", "Save and return to the start screen",
                            self.action_leave)
