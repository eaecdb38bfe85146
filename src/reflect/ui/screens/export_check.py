"""The export dialog's personal-details check (`ExportCheck`, a base of `ExportScreen`): what
is chosen (the format, its options, whether items typed but not added go in), checked off the
UI thread each time it changes, and the check's finding shown once it lands, the buttons and
the choice's keys given only then; nothing can be exported before."""

from __future__ import annotations

from dataclasses import replace

from textual import on, work
from textual.widgets import Button, Checkbox, RadioSet

from reflect.export.at_names import finding_lines
from reflect.export.drafts import with_drafts
from reflect.export.identifiers import Finding
from reflect.export.options import ExportOptions
from reflect.model.action_words import action_words
from reflect.model.review import Review
from reflect.model.typed_items import TypedItem
from reflect.store.exports import (
    FORMATS,
    NAMELESS,
    colleagues_named,
    colleagues_note,
    effective_options,
    findings_for,
    unattributed_note,
)
from reflect.store.known_names import KnownNames, known_names
from reflect.ui.screens.base import ResultT
from reflect.ui.screens.export_view import ExportView
from reflect.ui.screens.export_words import (
    ANYWAY,
    check_state,
    dialog_title,
    record_note,
    typed_note,
)
from reflect.ui.widgets.literal import Literal


class ExportCheck(ExportView[ResultT]):
    """The check of what is chosen: `ExportScreen` composes the boxes it reads."""

    review: Review | None
    known: KnownNames | None
    drafts: str
    typed: list[TypedItem]
    export_when_checked: bool

    def action_export(self) -> None:
        """Export what is chosen once checked (`ExportScreen`'s)."""
        raise NotImplementedError

    def format_title(self, fmt: str) -> str:
        """A format's name in the list: one practitioner's actions are what they will do, not
        actions a team agreed (the list said "agreed actions as CSV" to a self-reflection)."""
        if fmt == "csv" and self.session.mode == "individual":
            heading = action_words(True).heading  # "What I will do"
            return f"{heading[:1].lower()}{heading[1:]}, as CSV"
        return FORMATS[fmt].title

    @property
    def options(self) -> ExportOptions:
        return effective_options(self.chosen_format, ExportOptions(
            include_content=self.query_one("#with-content", Checkbox).value,
            include_attendance=self.query_one("#attendance", Checkbox).value,
            roles_only=self.query_one("#roles-only", Checkbox).value,
            attendance_by_agency=self.query_one("#by-agency", Checkbox).value))

    @property
    def chosen_format(self) -> str:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return (pressed.id or "fmt-md").removeprefix("fmt-") if pressed else "md"

    @property
    def drafts_included(self) -> bool:
        boxes = self.query("#include-drafts").results(Checkbox)
        return any(box.value for box in boxes)

    @on(Checkbox.Changed, "#roles-only")
    @on(Checkbox.Changed, "#by-agency")
    @on(Checkbox.Changed, "#include-drafts")
    @on(RadioSet.Changed, "#format")
    def check(self) -> None:
        """Run the identifier check (names too when the notes name nobody, typed items too
        when included) off the UI thread; nothing can be exported until it has landed."""
        self.checked = False
        self.refresh_bindings()  # no choice's keys until the new check lands
        fmt = self.chosen_format
        title = self.format_title(fmt)
        self.query_one("#format-chosen", Literal).show(
            f"Chosen: {title[:1].upper()}{title[1:]}, a {FORMATS[fmt].ending} file", "italic")
        self.show_title(dialog_title(fmt in NAMELESS))  # (in the border, once scrolled away)
        if self.typed:  # left out of the record or the notes, as chosen
            self.query_one("#drafts", Literal).show(typed_note(
                self.drafts, self.typed[0].step, fmt in NAMELESS), "bold")
        self.query_one("#export-hint", Literal).show(check_state(False, False), "dim")
        self.query_one("#findings", Literal).show("Checking the notes for personal details…",
                                                  "italic")
        self.query_one("#findings").remove_class("-found")  # (no "Finding above" for it)
        for button in self.query(Button).results(Button):
            if button.id != "export-cancel":
                button.disabled = True
        for wid in ("#export-redacted", "#export-edit"):  # a choice only once there is one:
            self.query_one(wid, Button).display = False  # they showed while checking (trial)
        self.query_one("#record-note").display = fmt in NAMELESS  # (said once checked)
        self.query_one("#more-findings").display = False
        for wid in ("#with-content", "#attendance", "#roles-only", "#by-agency"):
            # A record ignores them.
            self.query_one(wid, Checkbox).disabled = self.chosen_format in NAMELESS
        self._run_check(self.chosen_format, self.options, self.drafts_included)

    @work(thread=True, exclusive=True, group="export-check", exit_on_error=False)
    def _run_check(self, fmt: str, options: ExportOptions, drafts: bool) -> None:
        self.app.call_from_thread(self._show_check, *self.checked_result(fmt, options, drafts))

    def checked_result(self, fmt: str, options: ExportOptions, drafts: bool
                       ) -> tuple[str, ExportOptions, bool, list[Finding], KnownNames, str, str]:
        """The check of `fmt` and `options` (reading the team session's file the first time),
        as `_show_check` takes it: run off the UI thread, it lands whenever it is done."""
        known = self.known or known_names(self.reflect_app.sessions_dir, self.session)
        session = with_drafts(self.session) if drafts else self.session
        findings = findings_for(session, fmt, self.review,
                                replace(options, known_names=known.names))
        colleagues = colleagues_note(colleagues_named(
            session, fmt, self.review, replace(options, known_names=known.names)))
        return fmt, options, drafts, findings, known, colleagues, unattributed_note(
            session, fmt, options)

    def _show_check(self, fmt: str, options: ExportOptions, drafts: bool,
                    findings: list[Finding], known: KnownNames, colleagues: str = "",
                    unattributed: str = "") -> None:
        """Show a check's findings, unless the format or options changed since it started
        (a newer check is on its way)."""
        if not self.is_attached or (fmt, options, drafts) != (
                self.chosen_format, self.options, self.drafts_included):
            return
        self.known = known
        self.findings = findings
        self.checked = True
        found = bool(self.findings)
        record = self.chosen_format in NAMELESS
        self.query_one("#export-hint", Literal).show(check_state(True, found), "dim")
        # A self-reflection has no participants: its names can only be guessed at.
        named = any(p.name.strip() for p in self.session.participants) or bool(
            known.names)  # (a reflection after a team session: the team's)
        note = self.query_one("#record-note", Literal)
        note.show(record_note(named, self.session, fmt) if record else "")
        note.display = record
        checked = with_drafts(self.session) if drafts else self.session
        lines = finding_lines(checked, self.findings, 60) if found else []  # (how to settle "@…")
        self.said = (lines, record, colleagues, known.problem, unattributed)
        self.findings_landed()  # (split under the formats where they do not fit over them)
        for button in self.query(Button).results(Button):
            button.disabled = False
        go = self.query_one("#export-go", Button)
        go.label = ANYWAY if found and not record else "Export"
        go.variant = "default" if found else "primary"
        self.query_one("#export-redacted", Button).variant = "primary"
        self.query_one("#export-redacted", Button).display = found
        self.query_one("#export-edit", Button).display = found
        self.refresh_bindings()  # the choice's keys, in the footer while there is a choice
        if self.export_when_checked:
            self.export_when_checked = False
            self.action_export()
