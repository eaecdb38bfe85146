"""The export dialog: format, options, and the personal-details check before anything is written.

It opens with the format and options chosen at the last export in this run of the app
(`ReflectApp.last_export`), so a facilitator exporting again need not set them again."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, RadioSet

from reflect.export.identifiers import Finding
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.exports import FORMATS, NAMELESS, effective_options, findings_for
from reflect.text import one_line
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox
from reflect.ui.widgets.literal import Literal


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose: export (possibly redacted), or go and edit a finding."""

    fmt: str = "md"
    options: ExportOptions = ExportOptions()
    redact: bool = False
    findings: tuple[Finding, ...] = ()
    go_to: Finding | None = None


@dataclass(frozen=True)
class LastExport:
    """The format and options (as ticked, before a format's own rules) of the last export."""

    fmt: str
    options: ExportOptions


DEFAULT_FORMAT = "md"


class ExportScreen(ModalScreen[ExportChoice | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel"),
                Binding("ctrl+o", "export", "Export", priority=True)]

    def __init__(self, session: Session, review: Review | None, fmt: str | None = None,
                 last: LastExport | None = None) -> None:
        """`fmt` asks for one format (e.g. plain text for an email); otherwise, and for the
        default format, the last export's format is chosen. `last` defaults to the app's."""
        super().__init__()
        self.session, self.review = session, review
        self.last = last
        self.fmt = fmt or DEFAULT_FORMAT
        self.findings: list[Finding] = []
        self.ticked = ExportOptions()
        """The options ticked when the dialog opens."""

    def compose(self) -> ComposeResult:
        last = self.last or getattr(self.app, "last_export", None)
        if isinstance(last, LastExport):
            self.ticked = last.options
            if self.fmt == DEFAULT_FORMAT and last.fmt in FORMATS:
                self.fmt = last.fmt
        with VerticalScroll(classes="dialog", id="export-dialog"):
            yield Literal("Export the notes", "bold")
            yield Literal("Ctrl+O again exports (once the check finds nothing); Esc cancels.",
                          "dim")
            yield Literal("", id="findings")
            yield Literal("Format")
            with ChoiceSet(id="format"):
                for key, spec in FORMATS.items():
                    yield ChoiceButton(f"{spec.title} ({spec.ending})", value=key == self.fmt,
                                       id=f"fmt-{key}")
            ticked = self.ticked
            yield TickBox("Include the review's own content", value=ticked.include_content,
                          id="with-content")
            yield TickBox("List who took part", value=ticked.include_attendance,
                          id="attendance")
            yield TickBox("Participants by role and agency only (no names)",
                          value=ticked.roles_only, id="roles-only")
            yield TickBox("Attendance by agency only (no names or roles)",
                          value=ticked.attendance_by_agency, id="by-agency")
            with Horizontal(classes="buttons"):
                yield Button("Export redacted", id="export-redacted")
                yield Button("Export", variant="primary", id="export-go")
                yield Button("Go and edit", id="export-edit")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        clear_notices = getattr(self.app, "clear_notices", None)
        if callable(clear_notices):  # "Notes written…" from the last export: not over the check
            clear_notices()
        self.check()
        self.query_one("#format", RadioSet).focus(scroll_visible=False)
        # Opens at its top, the check's result in view (the formats scroll in their own box).
        self.call_after_refresh(self.query_one("#export-dialog").scroll_home, animate=False)

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

    @on(Checkbox.Changed, "#roles-only")
    @on(Checkbox.Changed, "#by-agency")
    @on(RadioSet.Changed, "#format")
    def check(self) -> None:
        """Run the identifier check (names too when the notes name nobody) and show it."""
        self.findings = findings_for(self.session, self.chosen_format, self.review,
                                     self.options)
        found = bool(self.findings)
        if found:
            lines = [f"  {f.where}: {f.kind}: {one_line(f.text, 60)}" for f in self.findings]
            message = (f"CHECK: {len(self.findings)} likely personal detail(s) found. Go and "
                       "edit them, export with them replaced by [redacted] (in the exported "
                       "copy only; the session is not changed), or export anyway.\n"
                       + "\n".join(lines))
        else:
            message = ("Check: no likely personal details found (NHS numbers, phone numbers, "
                       "emails, postcodes, dates of birth, National Insurance numbers).")
        record = self.chosen_format in NAMELESS
        if record:
            message += ("\nA CPD record names nobody: participants appear by role only, never "
                        "with their organisation, and their names are looked for in what was "
                        "typed. The options below are for notes, not records.")
        for wid in ("#with-content", "#attendance", "#roles-only", "#by-agency"):
            self.query_one(wid, Checkbox).disabled = record  # a record ignores them
        self.query_one("#findings", Literal).show(message, "bold" if found else "italic")
        go = self.query_one("#export-go", Button)
        go.label = "Export anyway" if found else "Export"
        go.variant = "default" if found else "primary"
        self.query_one("#export-redacted", Button).variant = "primary"
        self.query_one("#export-redacted", Button).display = found
        self.query_one("#export-edit", Button).display = found

    def _choice(self, redact: bool = False, go_to: Finding | None = None) -> ExportChoice:
        return ExportChoice(self.chosen_format, self.options, redact, tuple(self.findings), go_to)

    def dismiss(self, result: ExportChoice | None = None) -> AwaitComplete:
        """Remember what was chosen (not a cancel) for the next export in this run."""
        if result is not None and hasattr(self.app, "last_export"):
            self.app.last_export = LastExport(result.fmt, ExportOptions(
                include_content=self.query_one("#with-content", Checkbox).value,
                include_attendance=self.query_one("#attendance", Checkbox).value,
                roles_only=self.query_one("#roles-only", Checkbox).value,
                attendance_by_agency=self.query_one("#by-agency", Checkbox).value))
        return super().dismiss(result)

    def action_export(self) -> None:
        """Ctrl+O: export, but never past findings on a keystroke - they need a choice."""
        if self.findings:
            self.query_one("#export-redacted", Button).focus()
            self.notify("The check found likely personal details: choose Export redacted, "
                        "Go and edit, or Export anyway.", severity="warning")
            return
        self.dismiss(self._choice())

    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        self.dismiss(self._choice())

    @on(Button.Pressed, "#export-redacted")
    def _redacted(self) -> None:
        self.dismiss(self._choice(redact=True))

    @on(Button.Pressed, "#export-edit")
    def _edit(self) -> None:
        self.dismiss(self._choice(go_to=self.findings[0] if self.findings else None))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
