"""The question asked as a session is opened (Enter on its row, `reflect open`) when an
emergency copy of it is newer than its saved file (store/copies.py): carry on from the copy,
open the saved one as it is, or go back.

Carrying on from the copy is the first button (Enter): it holds what was typed while the file
could not be saved, and choosing it loses nothing (the saved file is kept aside in
`replaced/`, the copy stays where it is). Opening the saved file as it is leaves those words in
the copy alone, so it is the second choice, never the one a quick Enter gives; Esc decides
nothing (the question comes again next time).

A copy kept aside as another program changed the file while the session was open (a sync, an
editor) is said to be so, with how the two differ, and carrying on from it says where the file
went and what it held that the session now does not (said as "typed while the file could not
be saved", and the other program's change dropped unsaid: a trial)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button

from reflect.store.copies import REPLACED, FoundCopy
from reflect.store.differences import lost
from reflect.ui.not_typed import KeepsSaidHere
from reflect.ui.screens.base import ReflectModal
from reflect.ui.widgets.literal import Literal

if TYPE_CHECKING:
    from textual.screen import Screen

    from reflect.model.session import Session
    from reflect.store.locks import SessionLock

SAVED = "saved"
"""The dialog's answer: open the saved file as it is."""


def question(copy: FoundCopy, folder: Path) -> str:
    """What the dialog says: the two files, when each was written, and what each choice does."""
    saved = f" (saved {copy.file_written:%d %b %Y %H:%M})" if copy.file_written else ""
    if copy.kept_aside:  # (what the file holds that the copy does not: said just above)
        lost_here = ("what the file holds that the copy does not is then not in the session"
                     if lost(list(copy.differs)) else copy.lost_said())
        return (f"This session's file was changed by another program (a sync, `git pull` or "
                "an editor) while it was open here, so reflect kept its own words in an "
                f"emergency copy rather than write over that change.{copy.differ_said()}\n\n"
                f"Copy: {copy.path} (written {copy.written:%d %b %Y %H:%M})\n"
                f"Saved file: {copy.session_file}{saved}\n\n"
                "Carry on from the copy: it becomes the session's file, and the saved file is "
                f"kept in {folder / REPLACED}: {lost_here}. "
                "Open the saved one: as it is, without the copy's words (asked again next "
                "time; the copy is kept either way).")
    return (f"This session has an emergency copy newer than its saved file: it holds what was "
            "typed while the session could not be saved.\n\n"
            f"Copy: {copy.path} (written {copy.written:%d %b %Y %H:%M})\n"
            f"Saved file: {copy.session_file}{saved}\n\n"
            "Carry on from the copy: it becomes the session's file, and the saved file is "
            f"kept in {folder / REPLACED}. Nothing is deleted, and the copy stays where it is. "
            "Open the saved one: as it is, without what the copy holds (asked again next "
            "time, until words are changed in the saved one; the copy is kept, and listed, "
            "either way).")


class CopyFoundScreen(ReflectModal["Session | str | None"]):
    """Dismisses with the session read back from its file once the copy is restored there,
    SAVED to open the saved file as it is, or None (Esc: back, nothing opened or changed)."""

    DEFAULT_CSS = """
    #copy-text { height: auto; }
    """
    AROUND = 7
    """Rows the question leaves the rest: the footer, the dialog's border, the line under the
    question and the buttons. It scrolls where it is taller than the room left, the buttons
    kept in view (a copy's and a file's long paths at 80x24 pushed them off the dialog)."""

    BINDINGS = [Binding("c", "restore", "Carry on from the copy"),
                Binding("o", "saved", "Open the saved one"),
                Binding("escape", "back", "Back")]

    def __init__(self, copy: FoundCopy, folder: Path, lock: SessionLock | None) -> None:
        super().__init__()
        self.copy = copy
        self.folder = folder
        self.held = lock
        """The session's lock, held by the opener (restoring needs it); None: taken to restore."""
        self.said = ""
        """What restoring the copy said ("Carrying on from the copy…"), once it has."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="copy-found"):
            with VerticalScroll(id="copy-text", can_focus=False):
                yield Literal(question(self.copy, self.folder), id="copy-question")
            yield Literal("", "bold", id="copy-problem")
            with Horizontal(classes="buttons"):
                yield Button("Carry on from the copy (c)", variant="primary", id="restore")
                yield Button("Open the saved one (o)", id="saved")
                yield Button("Back (Esc)", id="back")

    def on_mount(self) -> None:
        self.query_one("#restore", Button).focus()
        self._fit()

    def on_resize(self, event: events.Resize) -> None:  # (and ReflectModal's, after it)
        self._fit()

    def _fit(self) -> None:
        self.query_one("#copy-text").styles.max_height = max(self.size.height - self.AROUND, 3)

    @on(Button.Pressed, "#restore")
    def action_restore(self) -> None:
        button = self.query_one("#restore", Button)
        if button.disabled:
            return  # being restored already
        button.disabled = True
        self.query_one("#copy-problem", Literal).show("Restoring the copy…")
        self._restore()

    @work(thread=True, group="restore", exit_on_error=False)
    def _restore(self) -> None:
        from reflect.store.atomic import file_stamp
        from reflect.store.carry import relabel
        from reflect.store.copy_restore import restore_copy
        from reflect.store.errors import SessionError
        from reflect.store.sessions import read_session

        try:
            done = restore_copy(self.copy.path, self.folder, self.held)
            stamp = file_stamp(done.path)  # the file as restored: no change made outside
            session, _ = read_session(done.path)
            relabel(self.folder, session)
        except SessionError as e:
            self.app.call_from_thread(self._not_restored, str(e))
            return
        if self.held is not None:
            self.held.read_as = stamp
        self.app.call_from_thread(self._restored, session, done.aside)

    def _not_restored(self, problem: str) -> None:
        self.query_one("#copy-problem", Literal).show(
            f"Not restored: {problem}. Open the saved one (o), or go back (Esc).")

    def _restored(self, session: Session, aside: Path | None) -> None:
        def upper_first(text: str) -> str:  # (capitalize() would lower the title quoted)
            return text[:1].upper() + text[1:]

        if aside is not None and self.copy.kept_aside:  # (what it held, said as it goes)
            self.said = self.reflect_app.notify_path(
                "Carrying on from the copy. The file changed by another program is kept in",
                aside, after=upper_first(self.copy.lost_said("now")) + ".",
                severity="warning", timeout=30)
        elif aside is not None:  # (each path whole: `notify_path`)
            self.said = self.reflect_app.notify_path(
                "Carrying on from the copy; the file it replaced is kept in", aside, timeout=15)
        else:
            self.said = self.reflect_app.notify_path("Carrying on from the copy",
                                                     self.copy.path, timeout=15)
        self.dismiss(session)

    @on(Button.Pressed, "#saved")
    def action_saved(self) -> None:
        self.dismiss(SAVED)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.dismiss(None)


def offer_copy(screen: Screen[Any], copy: FoundCopy, folder: Path, lock: SessionLock | None,
               session: Session, open_it: Callable[[Session], None],
               back: Callable[[], object]) -> None:
    """Ask (`CopyFoundScreen`) before `session` is opened: `open_it` is given the session to
    open (read back from the restored copy, or as it was read); on Esc its lock is let go and
    `back` is called."""

    def chosen(answer: Session | str | None) -> None:
        if answer is None:
            if lock is not None:
                lock.release()
            back()
        else:
            open_it(session if isinstance(answer, str) else answer)
            opened = screen.app.screen  # the session's screen, pushed by `open_it`
            if dialog.said and opened is not screen and isinstance(opened, KeepsSaidHere):
                opened.said_here(dialog.said)  # goes as the session is left: it stayed over
                # the next session opened, on another review (a trial)

    dialog = CopyFoundScreen(copy, folder, lock)
    screen.app.push_screen(dialog, chosen)

