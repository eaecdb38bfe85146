"""The walkthrough: a step list beside the current step, with autosave.

Steps follow the briefing: introduction and context, good practice, areas for development,
recommendations, one step per question, what to do now (with agreed actions), summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (Button, ContentSwitcher, DataTable, Footer, Header, Input,
                             OptionList, TextArea)
from textual.widgets.option_list import Option

from reflect.model.review import Review
from reflect.model.sections import section_blocks
from reflect.model.session import Action, Session, now
from reflect.model.steps import Step, step_index, steps_for
from reflect.store.autosave import SessionKeeper
from reflect.store.settings import support_message
from reflect.store.locks import IN_USE, SessionLock
from reflect.store.sessions import SessionError, session_path
from reflect.export.options import ExportOptions
from reflect.export.plain import to_text
from reflect.store.exports import default_export_path, export_session
from reflect.text import one_line
from reflect.ui.widgets.answer_editor import MAX_CHARS, AnswerEditor
from reflect.ui.widgets.literal import BlocksView, Literal

AUTOSAVE_SECONDS = 1.0
CONTENT_NOTE = ("Content note: this review describes serious harm to a child. Take care of "
                "yourself and each other; anyone may step out. To go straight to what was "
                "learned, choose Skip to the learning.")
STATUSES = ("open", "in progress", "done")


class WalkthroughScreen(Screen[None]):
    BINDINGS = [
        Binding("pagedown,ctrl+n", "next", "Next", priority=True),
        Binding("pageup", "previous", "Back", priority=True),
        Binding("ctrl+g", "jump", "Steps", priority=True),
        Binding("ctrl+s", "save", "Save", show=False, priority=True),
        Binding("ctrl+o", "export", "Export", priority=True),
        Binding("ctrl+t", "add_typed_action", "Add action", show=False, priority=True),
        Binding("escape", "leave", "Library"),
    ]

    def __init__(self, session: Session, review: Review, read_only: str | None = None) -> None:
        super().__init__()
        self.read_only = read_only
        """Why this session cannot be edited here, or None when it can."""
        session.sync_questions(review)
        self.session = session
        self.review = review
        self.steps: list[Step] = steps_for(review)
        self.index = step_index(self.steps, session.current_step)
        self.keeper: SessionKeeper | None = None
        self.lock: SessionLock | None = None

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
        yield Literal("", id="status", classes="status")
        yield Footer(compact=True)

    def _pane(self, i: int, step: Step) -> Iterable[VerticalScroll | Vertical]:
        if step.kind == "content":
            with VerticalScroll(id=f"pane-{i}", classes="pane content-pane"):
                if step.key == "intro":
                    yield Literal(CONTENT_NOTE, "italic", id="content-note")
                    yield Button("Skip to the learning", id="skip-to-learning")
                yield BlocksView(section_blocks(self.review, step.key), classes="blocks")
                yield Literal("Notes on this section (saved with the session)", classes="label")
                yield self._editor(f"notes-{i}", self.session.notes.get(step.key, ""), "notes")
        elif step.kind == "question":
            qid = step.key.removeprefix("q:")
            question = self.review.question(qid)
            answer = self.session.answer(qid)
            n = [q.id for q in self.review.questions].index(qid) + 1
            with Vertical(id=f"pane-{i}", classes="pane question-pane"):
                yield Literal(f"Question {n} of {len(self.review.questions)}", "dim")
                yield Literal(question.text if question else "", "bold", classes="question")
                yield Literal(self._answer_label(), classes="label answer-label")
                yield self._editor(f"answer-{i}", answer.text if answer else "", "answer")
        elif step.kind == "actions":
            with VerticalScroll(id=f"pane-{i}", classes="pane actions-pane"):
                blocks = section_blocks(self.review, "actions")
                if blocks:
                    yield BlocksView(blocks, classes="blocks")
                else:
                    yield Literal("This briefing has no \"What to do now\" section: agree your "
                                  "own actions below.", "italic", classes="blocks")
                yield Literal("Agreed actions", "bold", classes="label")
                yield self._field("What will be done", "action-what")
                with Horizontal(id="action-form"):
                    yield self._field("Owner", "action-owner")
                    yield self._field("Due (e.g. 31 March)", "action-due")
                    yield Button("Add action", id="action-add")
                yield Literal("Enter or Ctrl+T adds the action. In the table below: Space "
                              "changes its status, Delete removes it (after asking).", "dim")
                yield DataTable(id="actions", cursor_type="row", zebra_stripes=True)
                yield Literal("", id="action-detail")
                yield Literal("Notes on this section", classes="label")
                yield self._editor(f"notes-{i}", self.session.notes.get(step.key, ""), "notes")
                yield BlocksView(section_blocks(self.review, "resources"), classes="blocks")
        else:
            with VerticalScroll(id=f"pane-{i}", classes="pane summary-pane"):
                with Horizontal(classes="buttons"):
                    yield Button("Export notes… (Ctrl+O)", variant="primary", id="export")
                yield Literal("", id="export-result")
                yield Literal(support_message(self.app.settings_file), "bold", id="support")
                yield Literal("", id="summary-text")

    @staticmethod
    def _field(label: str, wid: str) -> Input:
        """An input whose label stays visible (in its border) after you type."""
        field = Input(id=wid)
        field.border_title = label
        return field

    def _editor(self, wid: str, text: str, kind: str) -> AnswerEditor:
        area = AnswerEditor(text, id=wid, soft_wrap=True, tab_behavior="focus", classes=kind)
        area.cursor_blink = False
        area.move_cursor(area.document.end)  # carry on where the answer ends
        return area

    def _answer_label(self) -> str:
        if self.session.mode == "team":
            return "What the team said (type as you discuss; saved as you go)"
        return "Your reflection (saved as you go)"

    def _step_label(self, step: Step) -> Text:
        """A step's line in the step list; questions show ✓ once answered, · until then."""
        if step.kind != "question":
            return Text(f"  {step.label}")
        qid = step.key.removeprefix("q:")
        answer = self.session.answer(qid)
        question = self.review.question(qid)
        mark = "✓" if answer and answer.text.strip() else "·"
        preview = one_line(question.text, 32) if question else ""
        return Text(f"{mark} {step.label}: {preview}")

    # --- lifecycle -------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.read_only is None:
            self.lock = SessionLock(session_path(self.app.sessions_dir, self.session.id))
            if self.lock.acquire():
                self.keeper = SessionKeeper(self.app.sessions_dir, self.session)
                self.app.keepers.add(self.keeper)
            else:
                self.lock = None
                self.read_only = IN_USE
        if self.read_only is not None:
            self.make_read_only(self.read_only)
        self.sub_title = one_line(self.session.label, 60)
        self.show_actions()
        self.set_interval(AUTOSAVE_SECONDS, self.autosave)
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
        for widget in self.query("#action-form Input, #action-form Button"):
            widget.disabled = True

    def on_unmount(self) -> None:
        self.leave_keeper()

    def leave_keeper(self) -> None:
        if self.keeper is not None:
            self.keeper.flush()
            self.app.keepers.discard(self.keeper)
            self.keeper = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

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
        if self.session.current_step != step.key:
            self.session.current_step = step.key
            self.mark_changed()
        if step.kind == "summary":
            self.show_summary()
        self.focus_step()

    def focus_step(self) -> None:
        pane = self.query_one(f"#pane-{self.index}")
        step = self.steps[self.index]
        if step.kind == "question":
            pane.query_one(TextArea).focus()
        elif step.kind == "summary":
            pane.query_one("#export", Button).focus()
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
        target = next((i for i, s in enumerate(self.steps) if s.key != "intro"), 0)
        self.go(target)

    def action_jump(self) -> None:
        self.query_one("#steps", OptionList).focus()

    @on(OptionList.OptionSelected, "#steps")
    def _step_chosen(self, event: OptionList.OptionSelected) -> None:
        self.go(event.option_index)

    def action_leave(self) -> None:
        self.leave_keeper()
        self.app.pop_screen()

    # --- editing ---------------------------------------------------------------------------

    @on(TextArea.Changed)
    def _text_changed(self, event: TextArea.Changed) -> None:
        wid = event.text_area.id or ""
        kind, _, num = wid.partition("-")
        if not num.isdigit():
            return
        step = self.steps[int(num)]
        text = event.text_area.text
        if kind == "answer":
            qid = step.key.removeprefix("q:")
            answer = self.session.answer(qid)
            if answer is None or answer.text == text:
                return
            was_answered = bool(answer.text.strip())
            answer.text = text
            if was_answered != bool(text.strip()):  # the ✓ changes: redraw that step's line
                self.query_one("#steps", OptionList).replace_option_prompt_at_index(
                    int(num), self._step_label(step))
        elif kind == "notes":
            if self.session.notes.get(step.key, "") == text:
                return
            if text:
                self.session.notes[step.key] = text
            else:
                self.session.notes.pop(step.key, None)
        else:
            return
        self.mark_changed()

    @on(AnswerEditor.LimitReached)
    def _limit_reached(self, event: AnswerEditor.LimitReached) -> None:
        self.notify(f"This box holds at most {MAX_CHARS:,} characters, so the last "
                    f"{event.dropped:,} were not added. Put more in another question's answer "
                    "or in the section notes.", severity="warning", timeout=8)

    def mark_changed(self) -> None:
        if self.keeper is not None:
            self.keeper.changed()
            self.show_status()

    # --- agreed actions ----------------------------------------------------------------------

    def show_actions(self) -> None:
        """Rebuild the actions table with columns sized to the space there is (Status first, so
        it always shows); the highlighted action is also shown in full below the table."""
        table = self.query_one("#actions", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        # Status (11) and the cell padding (2 a column) come out of the pane's width.
        space = max(self.query_one("#main-pane").size.width - 6 - 11 - 4 * 2, 24)
        widths = {"What": space // 2, "Owner": space // 4, "Due": space - space // 2 - space // 4}
        table.add_column("Status", width=11)
        for label, width in widths.items():
            table.add_column(label, width=width)
        for n, act in enumerate(self.session.actions):
            table.add_row(Text(act.status), Text(one_line(act.text, widths["What"])),
                          Text(one_line(act.owner, widths["Owner"])),
                          Text(one_line(act.due, widths["Due"])), key=str(n))
        if self.session.actions:
            table.move_cursor(row=min(row, len(self.session.actions) - 1))
        self.show_action_detail()

    @on(DataTable.RowHighlighted, "#actions")
    def show_action_detail(self) -> None:
        table = self.query_one("#actions", DataTable)
        detail = self.query_one("#action-detail", Literal)
        if not self.session.actions or table.cursor_row >= len(self.session.actions):
            detail.show("No actions agreed yet." if not self.session.actions else "")
            return
        act = self.session.actions[table.cursor_row]
        parts = [f"Selected: {one_line(act.text)}", f"owner: {one_line(act.owner)}" if act.owner
                 else "", f"due: {one_line(act.due)}" if act.due else "", f"status: {act.status}"]
        detail.show(" · ".join(p for p in parts if p), "italic")

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_actions)

    @on(Button.Pressed, "#action-add")
    @on(Input.Submitted, "#action-what, #action-owner, #action-due")
    def action_add_action(self) -> None:
        if self.keeper is None:
            return
        what = self.query_one("#action-what", Input)
        if not what.value.strip():
            self.notify("Type what will be done first.", severity="warning")
            what.focus()
            return
        owner = self.query_one("#action-owner", Input)
        due = self.query_one("#action-due", Input)
        self.session.actions.append(Action(text=what.value.strip(), owner=owner.value.strip(),
                                           due=due.value.strip()))
        for field in (what, owner, due):
            field.value = ""
        what.focus()
        self.show_actions()
        self.mark_changed()

    def action_add_typed_action(self) -> None:
        if self.steps[self.index].kind == "actions":
            self.action_add_action()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        table = self.query_one("#actions", DataTable)
        if self.focused is not table or not self.session.actions:
            return
        if self.keeper is None:
            if event.key in ("delete", "space"):
                event.stop()
                self.notify("This session is read-only: actions cannot be changed here.",
                            severity="warning")
            return
        row = table.cursor_row
        if event.key == "delete":
            event.stop()
            self.confirm_remove(row)
            return
        if event.key == "space":
            act = self.session.actions[row]
            act.status = STATUSES[(STATUSES.index(act.status) + 1) % len(STATUSES)]
        else:
            return
        event.stop()
        self.show_actions()
        self.mark_changed()

    def confirm_remove(self, row: int) -> None:
        from reflect.ui.screens.confirm import ConfirmScreen

        action = self.session.actions[row]

        def remove(yes: bool | None) -> None:
            if yes and action in self.session.actions:
                self.session.actions.remove(action)
                self.show_actions()
                self.mark_changed()

        self.app.push_screen(ConfirmScreen(f"Remove this agreed action?\n\n{one_line(action.text)}"),
                             remove)

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
            target = default_export_path(self.app.sessions_dir, self.session, choice.fmt, suffix)
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
        target = next((i for i, s in enumerate(self.steps) if s.key == key), None)
        if target is None:
            self.notify("That is in the session's details (title, team or facilitator), set "
                        "when the session was started.", severity="warning")
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
        yield SystemCommand("Next step", "Go to the next step", self.action_next)
        yield SystemCommand("Previous step", "Go to the previous step", self.action_previous)
        yield SystemCommand("Go to step", "Choose a step in the step list", self.action_jump)
        yield SystemCommand("Save now", "Write the session to disk", self.action_save)
        yield SystemCommand("Back to library", "Save and return to the start screen",
                            self.action_leave)

