"""The export dialog: format, options, and the personal-details check before anything is
written (the check, and reading what is chosen, in `export_check`; the scrolling in
`export_view`).

It opens with the format and options chosen at the last export of this kind of session, in
this run of the app or, kept in the settings file, an earlier one (`export_memory`), so a
facilitator exporting again need not set them again; a reflection of your own with nothing
remembered opens on its CPD record. Items typed into a form but never added are named."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.widgets import Button, Checkbox, RadioSet

from reflect.export.drafts import MARK, drafts_summary
from reflect.export.identifiers import Finding
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.typed_items import typed_items
from reflect.store.exports import NAMELESS
from reflect.store.format_groups import format_groups, opening_format
from reflect.store.known_names import KnownNames
from reflect.store.last_export import LastExport
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.screens import keys_said
from reflect.ui.screens.export_check import ExportCheck
from reflect.ui.screens.export_memory import opening, remember, remembered
from reflect.ui.screens.export_words import (
    check_state,
    choose_after_finding,
    typed_note,
)
from reflect.ui.widgets.choice import ChoiceButton, ChoiceSet, TickBox
from reflect.ui.widgets.docked_foot import DockedButtons
from reflect.ui.widgets.fitting_scroll import FittingScroll
from reflect.ui.widgets.literal import Fitted, Literal


@dataclass(frozen=True)
class ExportChoice:
    """What the person chose: export (possibly redacted), or go and edit a finding."""

    fmt: str = "md"
    options: ExportOptions = ExportOptions()
    redact: bool = False
    findings: tuple[Finding, ...] = ()
    go_to: Finding | None = None
    include_drafts: bool = False
    """Put the items typed but not added into the notes, marked as such (`with_drafts`)."""
    go_to_typed: str = ""
    """Export nothing: go to the step holding an item typed but not added (its key)."""


class OptionBox(TickBox):
    """An option's box: Space ticks it, Enter exports (Ctrl+O's `action_export`, the check's
    finding first), as Enter does in a desktop dialog whose main action is its default
    button. Tab from the formats lands on the first option, and Enter there ticked it
    instead of exporting (a trial); a tick is not what Enter is pressed for."""

    BINDINGS = [Binding("enter", "screen.export_key", show=False)]


CHOICE_BUTTONS = frozenset({"export-redacted", "export-go", "export-edit"})
"""The buttons of the choice after a finding: Ctrl+O presses the one with the focus."""

MORE_OPTIONS = "More options below"
FORMATS_PER_LINE = 4
"""How many formats the list shows to a line (app.tcss: `#export-dialog RadioSet`)."""


class ExportScreen(ExportCheck[ExportChoice | None]):
    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`)

    # The choice's keys first: at 70 columns the footer has room for them, not for Esc too.
    # Export anyway has Ctrl+A, never a letter: a letter typed on after Ctrl+O (a word going
    # on) must never send the personal details out; a Ctrl key is typed in no word. It had
    # its button alone, Tabbed to blindly (a facilitator's trial). After a finding Ctrl+O
    # presses the choice's button with the focus, else puts it on Export redacted and names
    # the choice (`action_export`): the footer says `^o Press`, not that it exports
    # (`check_action`). It said nothing of Ctrl+O, the one key that still answers once typing
    # is seen beside Ctrl+A (a facilitator's trial); at 80 columns Esc gives it room.
    BINDINGS = [Binding("r", "choose('export-redacted')", "Export redacted"),
                Binding("e", "choose('export-edit')", "Go and edit"),
                Binding("ctrl+a", "anyway", "Export anyway"),
                Binding("ctrl+a", "anyway_where", show=False),  # (where it has none: says so)
                Binding("ctrl+o", "export", "Export", priority=True),
                Binding("ctrl+o", "export_found", "Press", priority=True),
                Binding("escape", "cancel", "Cancel")]

    TYPING_ENDS = frozenset({"up", "down", "left", "right"})
    """An arrow is no typing: after a letter typed on the formats, ← to another brings r
    and e back (they stayed off, said to be, while the footer and the check offered them:
    a trial). A word typed on after Ctrl+O still never answers."""

    def __init__(self, session: Session, review: Review | None, fmt: str | None = None,
                 last: LastExport | None = None, room_waiting: str = "") -> None:
        """`fmt` asks for one format (e.g. plain text for an email); otherwise the last
        export's format for this kind of session is chosen where it fits, else the first the
        session is for (`opening_format`). `last` defaults to the app's (`remembered`).
        `room_waiting` says what waits in the room, left out of the notes ("": nothing)."""
        super().__init__()
        self.session, self.review, self.last = session, review, last
        self.room_waiting, self.asked_for = room_waiting, fmt
        self.fmt = fmt or opening_format(session.mode == "individual")
        self.findings: list[Finding] = []
        self.checked = False
        """Whether `findings` hold the check of the format and options chosen (else no export)."""
        self.export_when_checked = False
        """Ctrl+O chose a format: it is exported once its check lands (`action_export`)."""
        self.ticked = ExportOptions()
        """The options ticked when the dialog opens."""
        self.include_drafts = False
        """Whether items typed but not added are ticked to be included when it opens."""
        self.drafts = drafts_summary(session)
        """What was typed but not added ("" for nothing), said above the options."""
        self.typed = sorted(typed_items(session), key=lambda t: t.step_key == session.current_step)
        """The items typed but not added, those on other steps than the one open first: the
        button goes to the first (the step open shows its own)."""
        self.known: KnownNames | None = None
        """The names of the team session's people, for a reflection written after one (read
        from its file by the first check), looked for by every check and given to the export
        (`ExportOptions.known_names`)."""

    def compose(self) -> ComposeResult:
        last = self.last or remembered(self.reflect_app.last_exports, self.session)
        if last is not None:
            self.ticked = last.options
            self.include_drafts = last.include_drafts
        if self.asked_for is None:  # (the record of the regulator chosen in F8 where it fits)
            self.fmt = opening(self.session, last)
        with FittingScroll(classes="dialog", id="export-dialog"):
            # Titled with the folder it writes into (`show_title`), the title alone until
            # the check says which (the chosen format's).
            yield Fitted(id="export-title")
            yield Literal(check_state(False, False), "dim", id="export-hint")
            yield Literal("", id="findings")
            if self.room_waiting:
                yield Literal(self.room_waiting, "bold", id="room-waiting")
            if self.typed:  # each named, and the step holding one a button away
                yield Literal(typed_note(self.drafts, self.typed[0].step, self.fmt in NAMELESS),
                              "bold", id="drafts")
                yield Button(f"Go to {self.typed[0].step}", id="export-go-typed", compact=True)
            yield Literal("Format (↑↓←→ choose)")
            # Over the list, not under it: under a team's notes, four record forms down, it
            # was out of view at 60x20 as the dialog opened (a trial).
            yield Literal("", id="format-chosen")
            # Grouped by what each writes, a line a group (`format_groups`); a reflection of
            # your own offers its CPD records first.
            with ChoiceSet(id="format") as formats:
                formats.chosen_again = keys_said.FORMAT_CHOSEN
                for group in format_groups(records_first=self.session.mode == "individual"):
                    yield Literal(group.title, "bold", classes="format-group", disabled=True)
                    for key, kind in group.formats:
                        yield ChoiceButton(kind, value=key == self.fmt, id=f"fmt-{key}")
                    for _ in range(-len(group.formats) % FORMATS_PER_LINE):  # the line ended:
                        yield Literal("", disabled=True)  # a heading after it spans the next
            yield Literal("", id="more-findings")  # (the rest, when all do not fit above)
            yield Literal("", id="record-note")  # (`record_note`: under the formats, not over)
            ticked = self.ticked
            yield OptionBox("Include the review's own content", value=ticked.include_content,
                            id="with-content")
            # A self-reflection has no one to list: its attendance options would only puzzle.
            alone = self.session.mode == "individual" and not self.session.participants
            # One written after a team session may name that team's people: notes to share
            # name no one (the same option as a team's, `reflect export --roles-only`).
            after = alone and self.session.after is not None
            for label, value, wid in (
                    ("List who took part", ticked.include_attendance, "attendance"),
                    ("No names (notes to share: the team session's people held back)"
                     if after else "Participants by role and agency only (no names)",
                     ticked.roles_only, "roles-only"),
                    ("Attendance by agency only (no names or roles)",
                     ticked.attendance_by_agency, "by-agency")):
                box = OptionBox(label, value=value, id=wid)
                box.display = not alone or after and wid == "roles-only"
                yield box
            if self.drafts:
                yield OptionBox(f"Include the items typed but not added, marked {MARK}",
                                value=self.include_drafts, id="include-drafts")
            # Over the buttons while options are below them (a box "below" out of view: a trial)
            yield self.more_line(MORE_OPTIONS)  # (and the check's finding above, where it is)
            with DockedButtons(classes="buttons"):
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
        # Opens at its top, the check's result in view as far as the chosen format leaves room.
        self.call_after_refresh(self.opened_at_top)

    def _choice(self, redact: bool = False, go_to: Finding | None = None) -> ExportChoice:
        known = self.known.names if self.known else ()
        return ExportChoice(self.chosen_format, replace(self.options, known_names=known), redact,
                            tuple(self.findings), go_to, self.drafts_included)

    def dismiss(self, result: ExportChoice | None = None) -> AwaitComplete:
        """Remember what was chosen (not a cancel) for the next export of this kind of
        session, in this run and (the settings file) the next."""
        if result is not None:
            memory = self.reflect_app.last_exports
            remember(memory, self.session, LastExport(result.fmt, ExportOptions(
                include_content=self.query_one("#with-content", Checkbox).value,
                include_attendance=self.query_one("#attendance", Checkbox).value,
                roles_only=self.query_one("#roles-only", Checkbox).value,
                attendance_by_agency=self.query_one("#by-agency", Checkbox).value),
                self.drafts_included))
            self.reflect_app.remember_exports()
        return super().dismiss(result)

    def action_export(self) -> None:
        """Ctrl+O: export, but never past findings on a keystroke - they need a choice. On the
        list of formats, the one highlighted is chosen and exported once checked: ↓ to PDF
        then Ctrl+O exported Markdown, still the one chosen (a trial)."""
        formats = self.query_one("#format", ChoiceSet)
        if formats.has_focus and formats.choose_highlighted():
            self.export_when_checked = True
            return
        if not self.checked:
            self.notify("The personal-details check is still running: a moment.",
                        severity="warning")
            return
        if self.findings:
            focused = self.focused
            if isinstance(focused, Button) and focused.id in CHOICE_BUTTONS:
                focused.press()  # the choice made: Ctrl+O again after it was named (a trial)
                return
            self.query_one("#export-redacted", Button).focus()
            said = choose_after_finding(self.chosen_format in NAMELESS, not self.letters_off)
            # What was said here before goes: "its letter keys are off now. Tab to a button,
            # then Enter", with the focus now on one, stacked with this over the buttons at
            # 60x20 (a facilitator's trial; its `letters_back`'s words, no longer so).
            self._said_here_go()
            self.notify(said, severity="warning")
            self.said_here(said)  # (not over the point Go and edit goes to: a trial)
            return
        self.dismiss(self._choice())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        found = self.checked and bool(self.findings)
        if action in ("choose", "anyway") and not found:
            return False  # only once the check has found something to choose about
        if action == "anyway" and self.chosen_format in NAMELESS:
            return False  # a CPD record has no "anyway": it replaces them either way
        if action == "anyway_where":
            return not self.check_action("anyway", ())
        if action == "export" and found or action == "export_found" and not found:
            return False  # (Ctrl+O: one or the other)
        return super().check_action(action, parameters)

    def action_export_found(self) -> None:
        """Ctrl+O after a finding, out of the footer: it names the choice (`action_export`)."""
        self.action_export()

    def action_export_key(self) -> None:
        """Enter on an option's box (`OptionBox`): as Ctrl+O."""
        self.action_export()

    def letters_changed(self) -> None:
        """r and e went off or came back: the check's words say them as they now are."""
        if self.checked and self.is_attached:
            self.say_findings(self.split)

    def action_anyway(self) -> None:
        """Ctrl+A after a finding: press Export anyway, as its button (a Ctrl key, never a
        letter: a word typed on after Ctrl+O must not send the details out)."""
        self.query_one("#export-go", Button).press()

    def action_anyway_where(self) -> None:
        """Ctrl+A where there is no Export anyway: nothing found (yet), or a CPD record."""
        found = self.checked and bool(self.findings)
        self.notify(keys_said.ANYWAY_WHERE[found and self.chosen_format in NAMELESS])

    def action_choose(self, button: str) -> None:
        """r, e or a: press that button of the choice after a finding."""
        self.query_one(f"#{button}", Button).press()

    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        if not self.checked:  # never past a check that has not landed
            return
        self.dismiss(self._choice())

    @on(Button.Pressed, "#export-redacted")
    def _redacted(self) -> None:
        if not self.checked:  # never past a check that has not landed
            return
        self.dismiss(self._choice(redact=True))

    @on(Button.Pressed, "#export-edit")
    def _edit(self) -> None:
        if not self.checked:  # never past a check that has not landed
            return
        self.dismiss(self._choice(go_to=self.findings[0] if self.findings else None))

    @on(Button.Pressed, "#export-go-typed")
    def _go_typed(self) -> None:
        self.dismiss(replace(self._choice(), go_to_typed=self.typed[0].step_key))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
