"""ExportsSession: exporting the open session's notes from the walkthrough.

The export formats' modules (`reflect.store.exports`, `reflect.export`) are imported when
an export is asked for, not with the session's screen: its first frame does not need them.

The export dialog chooses format and options and runs the personal-details check first; a
finding can send the person to the step that holds it (`go_to_finding`, the screen's).
Files are written in a worker.
"""

from __future__ import annotations

import functools
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.widget import Widget
from textual.widgets import Button

from reflect.model.session import Session, now
from reflect.model.steps import find_step
from reflect.store.locks import VIEWING
from reflect.ui.screens.walkthrough_base import WalkthroughBase
from reflect.ui.widgets.literal import Fitted
from reflect.ui.widgets.whole_path import longest_part, path_lines

if TYPE_CHECKING:
    from reflect.export.options import ExportOptions


class ExportsSession(WalkthroughBase):
    @on(Button.Pressed, "#export")
    def _export_pressed(self) -> None:
        # Not `action_export` itself: Textual hands a handler the message when it takes an
        # argument, and the dialog opened with the button press as its format (none ticked).
        self.action_export()

    def action_export(self, fmt: str | None = None) -> None:
        """Choose format and options (`fmt`, or the dialog's own choice: `ExportScreen`); the
        personal-details check runs before anything is written."""
        from reflect.store.exports import default_export_path, replaces_findings
        from reflect.ui.screens.export import ExportChoice, ExportScreen

        def chosen(choice: ExportChoice | None) -> None:
            if choice is None:
                return
            if choice.go_to is not None:
                self.go_to_finding(choice.go_to.field)
                return
            if choice.go_to_typed:
                self.go_to_typed(choice.go_to_typed)
                return
            session = self.full_session.model_copy(deep=True)  # never a shortened copy
            if choice.include_drafts:
                from reflect.export.drafts import with_drafts

                session = with_drafts(session)  # before redacting: the check saw them too
            if choice.redact:
                from reflect.export.identifiers import redact

                session = redact(session, list(choice.findings))
            # A read-only copy may be older than the session being edited elsewhere: never let
            # it replace that session's notes; give its export a name of its own. (Viewed only,
            # it is the file as saved: its notes are read from it again: FollowsFile.)
            suffix = (f"-read-only-{now():%Y%m%d-%H%M%S}"
                      if self.keeper is None and self.read_only != VIEWING else "")
            redacted = replaces_findings(choice.fmt, choice.redact, bool(choice.findings))
            target = default_export_path(self.reflect_app.sessions_dir, self.session,
                                         choice.fmt, suffix, redacted)
            # A record replaces what the check found however it goes: said as it is written.
            self.run_export(session, choice.fmt, target, choice.options,
                            redacted=choice.redact, replaced=bool(choice.findings))

        self.app.push_screen(ExportScreen(self.full_session, self.review, fmt,
                                          room_waiting=self.room_waiting_note()), chosen)

    def go_to_typed(self, key: str) -> None:
        """Show step `key`, with the focus in the form holding an item typed but not added
        there, in view (`StepPane.go_to_typed`): the export dialog's button to it."""
        index = find_step(self.steps, key)
        if index is None:
            return

        async def there() -> None:
            await self.go(index)
            pane = self.panes[self.index]
            pane.call_after_refresh(pane.go_to_typed)

        self.call_later(there)

    def room_waiting_note(self) -> str:
        """What waits in the room, left out of the notes, to say in the export dialog ("":
        nothing; the room's part of the walkthrough says)."""
        return ""

    def _export_text(self) -> None:
        self.action_export("txt")

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(self, session: Session, fmt: str, target: Path,
                   options: ExportOptions | None = None, *, replace: bool = False,
                   beside: bool = False, redacted: bool = False, replaced: bool = False
                   ) -> None:
        """Write the notes; an earlier export at `target` is replaced only when the person
        says so (`replace`): it may have been edited since, and is asked about first. With
        `beside`, the notes go to a new name next to `target` instead. `redacted`: the
        session given is the copy with its findings replaced (said when it is written);
        `replaced`: the check found something, which a CPD record replaces all the same."""
        from reflect.store.exports import export_session, font_note, kept_beside, refusal

        if beside:
            target = kept_beside(target, fmt, f"{now():%Y%m%d-%H%M%S}")
        try:
            path = export_session(session, fmt, target, self.review, options, replace=replace)
        except FileExistsError as e:
            if refusal(target) is None:  # an earlier export, not a session or a folder
                try:
                    when = datetime.fromtimestamp(target.stat().st_mtime)
                except OSError:  # gone again meanwhile: asked about all the same
                    when = datetime.now()
                self.app.call_from_thread(self._ask_to_replace, session, fmt, target, options,
                                          when, redacted, replaced)
                return
            self._not_written(target, e)
            return
        except OSError as e:
            self._not_written(target, e)
            return
        note = font_note(session, fmt, self.review, options)
        self.app.call_from_thread(self.export_written, fmt, path, redacted, replaced, note)

    def _not_written(self, target: Path, e: OSError) -> None:
        from reflect.store.atomic import not_written

        self.app.call_from_thread(self.say_export, "Could not write", target,
                                  after=not_written(target, e), severity="error")

    def say_export(self, lead: str, path: Path, *, after: str = "",
                   severity: str = "information", timeout: float | None = None) -> None:
        """Say `lead` and `path` whole (`Notices.notify_path`), `after` under them, as a
        message about this export: taken away as a dialog opens over the session, the export
        dialog again above all (`said_here`). Warnings stayed there, over the next export's
        check for some 8 seconds at 60x20 (a trial)."""
        self.said_here(self.reflect_app.notify_path(lead, path, after=after,
                                                    severity=severity, timeout=timeout))

    def _ask_to_replace(self, session: Session, fmt: str, target: Path,
                        options: ExportOptions | None, when: datetime,
                        redacted: bool = False, replaced: bool = False) -> None:
        """Replace the earlier export, or keep it and write these notes beside it (n), or
        export nothing (Esc)."""
        from reflect.store.exports import RECORDS, canonical
        from reflect.ui.screens.confirm import ConfirmScreen

        day = "today" if when.date() == datetime.now().date() else f"on {when:%-d %B %Y}"
        these = "this CPD record" if canonical(fmt) in RECORDS else "these notes"
        question = (f"(last changed {day} at {when:%H:%M}).\n\nReplace it with {these}? "
                    f"Anything changed in it since would be lost. Keep both writes {these} to "
                    "a new file beside it. Esc exports nothing.")

        def answered(replace: bool | None) -> None:
            if replace is None:
                self.say_export("Nothing exported; as it was:", target, timeout=5)
                return
            self.run_export(session, fmt, target, options, replace=replace,
                            beside=not replace, redacted=redacted, replaced=replaced)

        self.app.push_screen(ConfirmScreen(question, yes="Replace", no="Keep both",
                                           yes_by_letter=False,
                                           escape_cancels="Export nothing",
                                           path=("There is already a file at", target)),
                             answered)

    def export_written(self, fmt: str, path: Path, redacted: bool = False,
                       replaced: bool = False, note: str = "") -> None:
        """Said on the summary step, under its export buttons, when that is where the person
        is and the file's name fits its width; elsewhere in a message that leaves the question
        and the time line readable, as wide as the name needs: the path whole in both (broken
        only after a "/"). (At 60x20 the summary's 32 columns cut a second export's name,
        its time added, `…-202612` / `04-005621.md`: a trial.) `note` (a PDF's letters its
        font lacks: `font_note`) is said in the same message, under the path: said apart, at
        60x20 it alone was left showing over the box being typed in, the path never seen (a
        trial); on the summary step, in a message of its own."""
        from reflect.store.exports import written_lead

        lead = written_lead(fmt, redacted, replaced)  # "Notes written to", "CPD record
        # written (redacted) to"...
        shown = False
        for result in self.query("#export-result").results(Fitted):
            result.remove_class("-earlier")  # (the files exported before: `SummaryPane`)
            result.fit(functools.partial(_result_lines, lead, str(path)),
                       "bold")  # the path never broken
            if all(w.display for w in result.ancestors_with_self if isinstance(w, Widget)) \
                    and result.content_region.width >= longest_part(str(path)):
                shown = True  # the summary step is showing: its message is brought into view
                result.bring_into_view()
        if not shown:
            self.say_export(lead, path, after=note, severity="warning" if note else
                            "information", timeout=10 if note else 6)
        elif note:
            self.notify(note, severity="warning", timeout=10)
            self.said_here(note)


def _result_lines(lead: str, path: str, width: int) -> list[str]:
    """The summary step's line saying where the notes went, at `width`: nothing where the
    file's name is wider (a message says it, as wide as the name needs)."""
    return path_lines(lead, path, width) if longest_part(path) <= width else []
