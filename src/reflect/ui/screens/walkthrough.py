"""The walkthrough: a step list beside the current step, with autosave.

Steps follow the briefing: introduction and context, good practice, areas for development,
recommendations, one step per question, what to do now (with agreed actions), summary.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import (
    Button,
    ContentSwitcher,
    Footer,
    Header,
    Input,
    OptionList,
    TextArea,
)
from textual.widgets.option_list import Option

from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.model import timebox
from reflect.model.edits import (
    AnswerChanged,
    AnswerKey,
    CarriedChanged,
    Change,
    DetailsChanged,
    DifferentlyKey,
    NotesKey,
    PointsChanged,
    SessionEdits,
    TextKey,
    TimeCounted,
)
from reflect.model.review import Review
from reflect.model.sections import section_blocks
from reflect.model.session import REFLECTIVE_MODEL, CarriedAction, Session, Timing, now
from reflect.model.steps import Step, step_index, steps_for
from reflect.store.autosave import SessionKeeper
from reflect.store.exports import default_export_path, export_session
from reflect.store.locks import IN_USE, SessionLock
from reflect.store.sessions import SessionError, session_path
from reflect.store.settings import support_message
from reflect.text import one_line
from reflect.ui.messages import SessionChanged
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.actions import ActionsPanel
from reflect.ui.widgets.answer_editor import MAX_CHARS, AnswerEditor
from reflect.ui.widgets.carried import CarriedPanel
from reflect.ui.widgets.forms import field
from reflect.ui.widgets.literal import BlocksView, Literal
from reflect.ui.widgets.people import PeoplePanel
from reflect.ui.widgets.points import PointsEditor
from reflect.ui.widgets.timer import TimerBar

AUTOSAVE_SECONDS = 1.0
CONTENT_NOTE = {
    "team": ("Content note: this review describes serious harm to a child. Take care of "
             "yourself and each other; anyone may step out. To go straight to what was "
             "learned, choose Skip to the learning."),
    "individual": ("Content note: this review describes serious harm to a child. Take care of "
                   "yourself, and stop whenever you need to. To go straight to what was "
                   "learned, choose Skip to the learning."),
}
WRITE_BACK_LOCK = threading.Lock()
"""Write-backs to earlier sessions run one at a time (they take that session's file lock)."""
SAVE_SPENT_EVERY = 10
"""Seconds between saves of the time spent while nothing else changes."""


class WalkthroughScreen(ReflectScreen[None]):
    BINDINGS = [
        Binding("pagedown,ctrl+n", "next", "Next", priority=True),
        Binding("pageup", "previous", "Back", show=False, priority=True),
        Binding("ctrl+g", "jump", "Steps", show=False, priority=True),
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
        Binding("ctrl+o", "export", "Export", priority=True),
        Binding("ctrl+t", "add_typed_action", "Add action", show=False, priority=True),
        Binding("f5", "present", "Present", priority=True),
        Binding("f6", "pause", "Pause/resume", priority=True),
        Binding("f7", "time_plan", "Time plan", show=False, priority=True),
        Binding("escape", "leave", "Library", show=False),
    ]

    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__()
        self.read_only = read_only
        """Why this session cannot be edited here, or None when it can."""
        self.edits = SessionEdits(session)
        """The one writer of the session: every change goes through it."""
        self.edits.sync_questions(review)
        self.session = session
        self.review = review
        self.steps: list[Step] = steps_for(review, session)
        self.index = step_index(self.steps, session.current_step)
        self.keeper: SessionKeeper | None = None
        self.session_lock: SessionLock | None = None
        """This session's file lock while it is open for editing here."""
        self.unsaved_seconds = 0
        """Seconds ticked onto the time spent since the last save of it."""

    # --- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="walk"):
            with Vertical(id="steps-pane"):
                yield Literal("Steps", "bold", classes="pane-title")
                yield OptionList(*[Option(self._step_label(s), id=s.key) for s in self.steps],
                                 id="steps")
            with Vertical(id="main-pane"):
                yield Literal("", id="read-only")
                yield Literal("", "bold", id="step-title")
                with ContentSwitcher(initial=f"pane-{self.index}", id="panes"):
                    for i, step in enumerate(self.steps):
                        yield from self._pane(i, step)
        yield TimerBar(id="timer")
        yield Literal("", id="status", classes="status")
        yield Literal("Presenting · F5 ends · PgDn next · PgUp back · F6 pauses the timer",
                      "dim", id="present-hint")
        yield Footer(compact=True)

    def _pane(self, i: int, step: Step) -> Iterable[VerticalScroll | Vertical]:
        if step.kind == "people":
            with Vertical(id=f"pane-{i}", classes="pane people-pane"):
                yield PeoplePanel(self.edits, classes="people")
        elif step.kind == "carried":
            with VerticalScroll(id=f"pane-{i}", classes="pane carried-pane"):
                yield CarriedPanel(self.edits, classes="carried")
        elif step.kind == "content":
            with VerticalScroll(id=f"pane-{i}", classes="pane content-pane"):
                if step.key == "intro":
                    yield Literal(CONTENT_NOTE[self.session.mode], "italic", id="content-note")
                    yield Button("Skip to the learning", id="skip-to-learning")
                yield BlocksView(section_blocks(self.review, step.key), classes="blocks")
                yield Literal("Notes on this section (saved with the session)",
                              classes="label notes-label")
                yield self._editor(f"notes-{i}", NotesKey(step.key), "notes")
        elif step.kind == "question":
            yield from self._question_pane(i, step)
        elif step.kind == "actions":
            with VerticalScroll(id=f"pane-{i}", classes="pane actions-pane"):
                blocks = section_blocks(self.review, "actions")
                if blocks:
                    yield BlocksView(blocks, classes="blocks")
                else:
                    yield Literal("This briefing has no \"What to do now\" section: agree your "
                                  "own actions below.", "italic", classes="blocks")
                yield Literal("Agreed actions", "bold", classes="label")
                yield ActionsPanel(self.edits, self.review, id="actions")
                yield Literal("Notes on this section", classes="label notes-label")
                yield self._editor(f"notes-{i}", NotesKey(step.key), "notes")
                yield BlocksView(section_blocks(self.review, "resources"), classes="blocks")
        elif step.kind == "differently":
            with VerticalScroll(id=f"pane-{i}", classes="pane differently-pane"):
                yield Literal("Looking back over your reflection: what will you do differently "
                              "in your practice?", "bold", classes="question")
                yield self._editor(f"differently-{i}", DifferentlyKey(), "reflective")
                minutes = self.session.minutes_spent
                yield field("Time spent for your CPD log (minutes, or 1h30)",
                            "" if minutes is None else str(minutes), id="cpd-minutes")
                yield Literal("", "dim", id="cpd-measured")
        else:
            with VerticalScroll(id=f"pane-{i}", classes="pane summary-pane"):
                yield Literal("Overall summary of the session (saved with it, and in the "
                              "notes)", classes="notes-label")
                yield self._editor(f"notes-{i}", NotesKey(step.key), "notes")
                with Horizontal(classes="buttons"):
                    yield Button("Export notes… (Ctrl+O)", variant="primary", id="export")
                yield Literal("", id="export-result")
                yield Literal(support_message(self.reflect_app.settings_file), "bold", id="support")
                yield Literal("", id="summary-text")

    def _question_pane(self, i: int, step: Step) -> Iterable[VerticalScroll | Vertical]:
        qid = step.key.removeprefix("q:")
        question = self.review.question(qid)
        answer = self.session.answer(qid)
        assert answer is not None  # sync_questions gave every question an answer
        n = [q.id for q in self.review.questions].index(qid) + 1
        source = f" · from {question.source}" if question and question.source else ""
        if self.session.mode == "team":
            with VerticalScroll(id=f"pane-{i}", classes="pane question-pane"):
                yield Literal(f"Question {n} of {len(self.review.questions)}{source}", "dim")
                yield Literal(question.text if question else answer.question, "bold",
                              classes="question")
                yield PointsEditor(self.edits, answer, id=f"points-{i}")
                yield Literal(self._answer_label(), classes="label answer-label")
                yield self._editor(f"answer-{i}", AnswerKey(qid, "text"), "answer")
        else:
            with VerticalScroll(id=f"pane-{i}", classes="pane question-pane reflective-pane"):
                yield Literal(f"Question {n} of {len(self.review.questions)}{source}", "dim")
                yield Literal(question.text if question else answer.question, "bold",
                              classes="question")
                for name, label, prompt in REFLECTIVE_MODEL:
                    yield Literal(f"{label} {prompt}", classes="label answer-label")
                    yield self._editor(f"{name}-{i}", AnswerKey(qid, name), "reflective")
                yield Literal("Other thoughts (optional)", classes="label answer-label")
                yield self._editor(f"answer-{i}", AnswerKey(qid, "text"), "reflective")

    def _editor(self, wid: str, key: TextKey, kind: str) -> AnswerEditor:
        area = AnswerEditor(self.edits.text(key), id=wid, soft_wrap=True, tab_behavior="focus",
                            classes=kind)
        area.key = key
        area.cursor_blink = False
        area.move_cursor(area.document.end)  # carry on where the answer ends
        return area

    def _answer_label(self) -> str:
        return ("Summary of the discussion (free text, alongside the points; saved as you go)")

    def _step_label(self, step: Step) -> Text:
        """A step's line in the step list; questions show ✓ once answered, · until then."""
        if step.kind != "question":
            return Text(f"  {step.label}")
        qid = step.key.removeprefix("q:")
        answer = self.session.answer(qid)
        question = self.review.question(qid)
        mark = "✓" if answer and answer.has_content else "·"
        preview = one_line(question.text, 32) if question else ""
        return Text(f"{mark} {step.label}: {preview}")

    # --- lifecycle -------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.read_only is None:
            self.session_lock = SessionLock(
                session_path(self.reflect_app.sessions_dir, self.session.id))
            if self.session_lock.acquire():
                self.keeper = SessionKeeper(self.reflect_app.sessions_dir, self.session)
                self.reflect_app.keepers.add(self.keeper)
            else:
                self.session_lock = None
                self.read_only = IN_USE
        if self.read_only is not None:
            self.make_read_only(self.read_only)
        else:
            self.apply(self.edits.ensure_plan(self.steps))
            pending = [c for c in self.session.carried if not c.written_back]
            for carried in pending:
                self.write_back(carried)
        self.sub_title = one_line(self.session.label, 60)
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
        self.set_interval(1.0, self.tick)
        self.go(self.index)
        self.show_status()

    def make_read_only(self, reason: str) -> None:
        for label in self.query(".answer-label").results(Literal):
            label.show("The answer so far (read-only: changes here are not saved)")
        banner = self.query_one("#read-only", Literal)
        banner.show(f"READ-ONLY: this session is {reason}. You can read and export it; "
                    "changes are not saved.", "bold reverse")
        banner.display = True
        for area in self.query(TextArea):
            area.read_only = True
        for panel in self.query("PeoplePanel, ActionsPanel, CarriedPanel, PointsEditor"):
            panel.make_read_only()  # type: ignore[attr-defined]
        for box in self.query("#cpd-minutes"):
            box.disabled = True

    def on_unmount(self) -> None:
        self.leave_keeper()

    def leave_keeper(self) -> None:
        if self.keeper is not None:
            if self.unsaved_seconds:
                self.keeper.changed()
                self.unsaved_seconds = 0
            self.keeper.flush()
            self.reflect_app.keepers.discard(self.keeper)
            self.keeper = None
        if self.session_lock is not None:
            self.session_lock.release()
            self.session_lock = None

    # --- navigation ------------------------------------------------------------------------

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.index = index
        step = self.steps[index]
        self.query_one("#panes", ContentSwitcher).current = f"pane-{index}"
        steps = self.query_one("#steps", OptionList)
        if steps.highlighted != index:
            steps.highlighted = index
        self.query_one("#step-title", Literal).show(
            f"Step {index + 1} of {len(self.steps)}: {step.label}", "bold")
        self.apply(self.edits.go_to_step(step.key))
        if step.kind == "summary":
            self.show_summary()
        elif step.kind == "question":
            for points in self.query(f"#points-{index}").results(PointsEditor):
                points.set_people(self.session.participants)
        elif step.kind == "actions":
            self.query_one(ActionsPanel).set_people()
        elif step.kind == "differently":
            self.show_measured()
        self.show_time()
        self.focus_step()

    def focus_step(self) -> None:
        pane = self.query_one(f"#pane-{self.index}")
        step = self.steps[self.index]
        if step.kind == "question":
            points_first = self.session.mode == "team" and self.keeper is not None
            first = ".point-text" if points_first else TextArea
            pane.query(first).first().focus()
        elif step.kind == "differently":
            pane.query_one(TextArea).focus()
        elif step.kind == "people":
            pane.query(".people-table" if self.session.participants else ".person-name"
                       ).first().focus()
        elif step.kind == "carried":
            pane.query_one(".carried-table").focus()
        elif step.kind == "summary":
            pane.query_one(TextArea).focus()
        else:
            pane.focus()

    def action_next(self) -> None:
        if self.index < len(self.steps) - 1:
            self.go(self.index + 1)

    def action_previous(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    @on(Button.Pressed, "#skip-to-learning")
    def skip_to_learning(self) -> None:
        """Past the case details, to the first learning step (or the first question)."""
        intro = next((i for i, s in enumerate(self.steps) if s.key == "intro"), 0)
        self.go(min(intro + 1, len(self.steps) - 1))

    def action_jump(self) -> None:
        if self.has_class("-presenting"):
            self.action_present()
        self.query_one("#steps", OptionList).focus()

    @on(OptionList.OptionSelected, "#steps")
    def _step_chosen(self, event: OptionList.OptionSelected) -> None:
        self.go(event.option_index)

    def action_leave(self) -> None:
        if self.has_class("-presenting"):
            self.action_present()
            return
        self.leave_keeper()
        self.app.pop_screen()

    def action_present(self) -> None:
        """One key in and out of the uncluttered view for a projected or shared screen."""
        self.toggle_class("-presenting")
        presenting = self.has_class("-presenting")
        self.query_one(Header).display = not presenting
        self.query_one(Footer).display = not presenting
        self.call_after_refresh(self.focus_step)

    # --- time ------------------------------------------------------------------------------

    def tick(self) -> None:
        """Count a second on the current step (unless paused or read-only) and redraw."""
        if self.keeper is None:
            return
        # Running over needs no pop-up: the time line itself turns amber and says so.
        self.apply(self.edits.tick(self.steps[self.index].key))
        self.show_time()

    def show_time(self) -> None:
        self.query_one(TimerBar).show_time(self.session.timing, self.steps[self.index].key)

    def action_pause(self) -> None:
        if self.keeper is None:
            self.notify("This session is read-only: its time is not counted.",
                        severity="warning")
            return
        self.apply(self.edits.toggle_pause())
        self.show_time()  # the time line says "paused" (no pop-up to cover it)

    def action_time_plan(self) -> None:
        from reflect.ui.screens.time_plan import TimePlanScreen

        if self.keeper is None:
            self.notify("This session is read-only: its time plan cannot be changed.",
                        severity="warning")
            return

        def chosen(timing: object) -> None:
            if timing is None or self.keeper is None:
                return
            assert isinstance(timing, Timing)
            self.apply(self.edits.set_plan(timing))  # keeps the time counted meanwhile
            self.show_time()

        self.app.push_screen(TimePlanScreen(self.session.timing, self.steps), chosen)

    def show_measured(self) -> None:
        minutes = -(-self.session.timing.total_spent // 60)
        measured = (f"reflect has measured {minutes} minute{'s' if minutes != 1 else ''} on "
                    "this session so far")
        logged = self.session.minutes_spent
        self.query_one("#cpd-measured", Literal).show(
            f"{measured}; leave the box empty to log that." if logged is None else
            f"Logging {logged} minute{'s' if logged != 1 else ''} ({measured}).", "dim")

    # --- editing ---------------------------------------------------------------------------

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        if isinstance(area, AnswerEditor) and area.key is not None:
            self.apply(self.edits.set_text(area.key, area.text))

    def redraw_step(self, key: str) -> None:
        """Redraw a step's line in the step list if what it shows has changed (a ✓)."""
        index = next((i for i, s in enumerate(self.steps) if s.key == key), None)
        if index is None:
            return
        steps = self.query_one("#steps", OptionList)
        label = self._step_label(self.steps[index])
        if str(steps.get_option_at_index(index).prompt) != label.plain:
            steps.replace_option_prompt_at_index(index, label)

    @on(Input.Changed, "#cpd-minutes")
    def _cpd_minutes(self, event: Input.Changed) -> None:
        """Minutes to log (45, 1h, 1h30); empty logs the time measured. Anything else is
        said plainly and the last good figure is kept."""
        value = event.value.strip()
        minutes = timebox.parse_minutes(value) if value else None
        if value and minutes is None:
            kept = self.session.minutes_spent
            self.query_one("#cpd-measured", Literal).show(
                f"“{one_line(value, 30)}” is not a time this can log: type whole minutes (45) or "
                f"hours and minutes (1h30). Kept for now: "
                f"{'the time measured' if kept is None else f'{kept} minutes'}.", "bold")
            return
        if self.keeper is not None:
            self.apply(self.edits.set_cpd_minutes(minutes))
        self.show_measured()

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
        if isinstance(change, AnswerChanged | PointsChanged):
            self.redraw_step(f"q:{change.question_id}")
        elif isinstance(change, DetailsChanged):
            self.sub_title = one_line(self.session.label, 60)
        elif isinstance(change, CarriedChanged) and not change.written_back:
            self.write_back(self.session.carried[change.index])
        self.mark_changed()

    @work(thread=True, group="carry", exit_on_error=False)
    def write_back(self, carried: CarriedAction) -> None:
        """Record a carried action's new status in the session that agreed it."""
        from reflect.store.carry import write_back

        with WRITE_BACK_LOCK:  # one at a time, so a quick second change never looks "in use"
            status = carried.status  # the newest, whichever write runs last
            problem = write_back(self.reflect_app.sessions_dir, carried)

        def done() -> None:
            if carried.status != status:  # changed again meanwhile: that write follows
                return
            if problem is None:
                self.apply(self.edits.carried_written_back(carried))
            else:
                self.notify(f"Saved here, but not yet in “{carried.session_label}”: {problem}. "
                            "reflect tries again when this session is next opened.",
                            severity="warning", timeout=10)
            for panel in self.query(CarriedPanel):
                panel.show_carried()

        self.app.call_from_thread(done)

    @on(AnswerEditor.LimitReached)
    def _limit_reached(self, event: AnswerEditor.LimitReached) -> None:
        self.notify(f"This box holds at most {MAX_CHARS:,} characters, so the last "
                    f"{event.dropped:,} were not added. Put more in another question's answer "
                    "or in the section notes.", severity="warning", timeout=8)

    def mark_changed(self) -> None:
        if self.keeper is not None:
            self.unsaved_seconds = 0
            self.keeper.changed()
            self.show_status()

    def action_add_typed_action(self) -> None:
        if self.steps[self.index].kind == "actions":
            self.query_one(ActionsPanel).save_action()

    # --- saving ------------------------------------------------------------------------------

    def autosave(self) -> None:
        if self.keeper is None:
            return
        snapshot = self.keeper.pending()
        if snapshot is not None:
            self.write_snapshot(self.keeper, *snapshot)

    @work(thread=True, group="autosave", exit_on_error=False)
    def write_snapshot(self, keeper: SessionKeeper, seq: int, data: dict[str, object]) -> None:
        try:
            keeper.write(seq, data)
        except (OSError, SessionError):
            self.app.call_from_thread(self.notify, keeper.last_error or "Could not save",
                                      severity="error")
        self.app.call_from_thread(self.show_status)

    def action_save(self) -> None:
        if self.keeper is None:
            self.notify("This session is read-only; nothing to save.", severity="warning")
            return
        try:
            self.keeper.flush()
        except (OSError, SessionError):
            self.notify(self.keeper.last_error or "Could not save", severity="error")
            return
        self.show_status()
        self.notify(f"Saved to {self.keeper.path}")

    def show_status(self) -> None:
        s = self.session
        if self.keeper is None:
            self.query_one("#status", Literal).show(
                f"Answered {s.answered} of {len(s.answers)} questions  ·  read-only")
            return
        state = "saving…" if self.keeper.dirty else f"saved ✓ {self.keeper.path.name}"
        if self.keeper.last_error:
            state = self.keeper.last_error
        self.query_one("#status", Literal).show(
            f"Answered {s.answered} of {len(s.answers)} questions  ·  {state}")

    # --- summary and export ------------------------------------------------------------------

    def show_summary(self) -> None:
        self.query_one("#summary-text", Literal).show(
            to_text(self.session, self.review, width=0))

    @on(Button.Pressed, "#export")
    def action_export(self, fmt: str = "md") -> None:
        """Choose format and options; the personal-details check runs before anything is written."""
        from reflect.ui.screens.export import ExportChoice, ExportScreen

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            if choice.go_to is not None:
                self.go_to_finding(choice.go_to.field)
                return
            session = self.session.model_copy(deep=True)
            if choice.redact:
                from reflect.export.identifiers import redact

                session = redact(session, list(choice.findings))
            # A read-only copy may be older than the session being edited elsewhere: never let
            # it replace that session's notes; give its export a name of its own.
            suffix = f"-read-only-{now():%Y%m%d-%H%M%S}" if self.keeper is None else ""
            suffix += "-redacted" if choice.redact else ""  # never overwritten by a raw copy
            target = default_export_path(self.reflect_app.sessions_dir, self.session, choice.fmt,
                                         suffix)
            self.run_export(session, choice.fmt, target, choice.options)

        self.app.push_screen(ExportScreen(self.session, self.review, fmt), chosen)

    def _export_text(self) -> None:
        self.action_export("txt")

    def go_to_finding(self, field: str) -> None:
        """Go to the step holding a finding's field (e.g. `answers[1].text`, `notes.intro`)."""
        key = None
        if field.startswith("answers["):
            index = int(field.split("[", 1)[1].split("]", 1)[0])
            key = "q:" + self.session.answers[index].question_id
        elif field.startswith("notes."):
            key = field.removeprefix("notes.")
        elif field.startswith("actions["):
            key = "actions"
        elif field.startswith("carried["):
            key = "carried"
        elif field.startswith("differently"):
            key = "differently"
        elif field.split("[")[0].split(".")[0] in ("title", "team", "facilitator",
                                                     "participants"):
            key = "people"
        target = next((i for i, s in enumerate(self.steps) if s.key == key), None)
        if target is None:
            self.notify("That is in the session's details (title or team), set when this "
                        "self-reflection was started: rename the session from the start screen "
                        "(F2).", severity="warning")
            return
        self.go(target)

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(self, session: Session, fmt: str, target: Path,
                   options: ExportOptions | None = None) -> None:
        try:
            path = export_session(session, fmt, target, self.review, options)
        except OSError as e:
            message = f"Could not write {target}: {e.strerror or e}"
            self.app.call_from_thread(self.notify, message, severity="error")
            return
        message = f"Notes written to {path}"
        self.app.call_from_thread(self.query_one("#export-result", Literal).show, message, "bold")
        self.app.call_from_thread(self.notify, message)

    def commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Export notes", "Markdown, plain text, Word, web page, JSON, CSV, "
                            "CPD record or NMC account, after a personal-details check",
                            self.action_export)
        yield SystemCommand("Export notes as plain text", "For an email body",
                            self._export_text)
        yield SystemCommand("Check for personal details",
                            "Look for NHS numbers, phone numbers, emails, postcodes, ...",
                            self.action_export)
        yield SystemCommand("Skip to the learning", "Past the case details",
                            self.skip_to_learning)
        yield SystemCommand("Presentation view (F5)", "A large, uncluttered view for a shared "
                            "screen; the answer stays editable", self.action_present)
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

