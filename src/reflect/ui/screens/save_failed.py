"""The dialog shown when a session cannot be saved on the way out (its folder turned
read-only, the disk is full): the session stays open, and a copy can be saved elsewhere."""

from __future__ import annotations

from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.geometry import Region
from textual.widgets import Button, Input
from textual.widgets.input import Selection

from reflect.store.autosave import SessionKeeper
from reflect.store.rescue import default_copy_path
from reflect.text import printable
from reflect.ui.focus_view import GIVEN_ON_MOUNT
from reflect.ui.notices import Notices
from reflect.ui.screens.messages_wait import MessagesWait
from reflect.ui.toast_place import regions
from reflect.ui.widgets.docked_foot import TabbedLast
from reflect.ui.widgets.fitting_scroll import FittingScroll
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Literal
from reflect.ui.widgets.more_below import beyond_view, watch_view

MORE = {(False, True): "More below: ↓ or PgDn scrolls down to it.",
        (True, False): "More above: ↑ or PgUp scrolls up to it.",
        (True, True): "More above and below: ↑↓ or PgUp/PgDn scroll."}
"""The line over the buttons while some of what the dialog says is out of view (above, below):
at 60x20 and 80x24 with a long failure it opened on its path box, its first line scrolled off
the top, and nothing said that ↑ or PgUp would bring it back."""


def failure_line(path: Path, error: str | None) -> str:
    """The dialog's first line: what failed, "could not save" said once. The autosave's
    failure (`SessionKeeper.last_error`, "PATH: could not save: REASON") was said after a
    "Could not save: " of the dialog's own, at a trial "Could not save: /path…: could not
    save: Permission denied". The reason on a line of its own after the path: a ":" after
    it was folded onto the next line at 60 columns, the path filling the one before."""
    said = f"{path}: could not save: "
    if error and error.startswith(said):
        return f"Could not save {path}\n{error.removeprefix(said)}"
    return f"Could not save: {error}" if error else f"Could not save {path}"


class CopyPathBox(InOrderInput):
    """Where the copy goes. Given the focus, its path is selected whole, as any box's (a path
    typed replaces it), with the cursor at its start, so the box shows the folder the copy
    goes to, as a browser's address bar does: at 60 columns (the dialog is as wide at 80x24)
    it showed the path's end, `py-20261206-child-ac-…-194628.toml`, its folder scrolled off,
    the one thing to check before Enter (a trial). End goes to the end."""

    def _on_focus(self, event: events.Focus) -> None:
        self.call_later(self._cursor_to_start)  # (after Input's own, which selects it all)

    def _cursor_to_start(self) -> None:
        if self.value and self.selection == Selection(0, len(self.value)):
            self.selection = Selection(len(self.value), 0)


class SaveFailedFoot(TabbedLast, Vertical):
    """The line saying there is more to read (`MORE`, where there is) and the buttons, docked
    at the dialog's foot and reached by Tab last (app.tcss)."""


class SaveFailedScreen(MessagesWait[str | None]):
    """Dismisses with "copied" once a copy is saved elsewhere, "retry" to try the sessions
    folder again, or None to stay in the session."""

    BINDINGS = [Binding("escape", "stay", "Stay in the session")]
    AUTO_FOCUS = GIVEN_ON_MOUNT  # (`on_mount`: given by Textual, it scrolled to the box)

    def __init__(self, keeper: SessionKeeper, going: str) -> None:
        super().__init__()
        self.keeper = keeper
        self.going = going
        """What was stopped: "leave the session" or "quit"."""
        self._said_error = keeper.last_error
        """The failure the dialog's first line says."""

    def compose(self) -> ComposeResult:
        # What it says scrolls above its buttons, docked whole at its foot (app.tcss): at 60x20
        # with a copy's problem said on three lines, the dialog filled the screen and its
        # border cut the buttons' lower edge.
        with FittingScroll(classes="dialog confirm", id="save-failed-dialog", can_focus=False):
            yield Literal(self._words(), id="save-failed")
            box = CopyPathBox(str(default_copy_path(self.keeper.session.id)), id="copy-path")
            box.border_title = "Save a copy to"
            yield box
            yield Literal("", "bold", id="copy-problem")
            with SaveFailedFoot(id="save-failed-foot"):
                yield Literal("", "italic", id="save-failed-more")
                with Horizontal(classes="buttons"):
                    yield Button("Save a copy", variant="primary", id="copy")
                    yield Button("Try again", id="retry")
                    yield Button("Stay (Esc)", id="stay")

    def _words(self) -> str:
        self._said_error = self.keeper.last_error
        return (f"{failure_line(self.keeper.path, self.keeper.last_error)}\n\n"
                f"Nothing is lost: reflect did not {self.going}, and the session stays open. "
                "Free some space or fix the folder and try again, or save a copy of the "
                "session somewhere else:")

    def on_mount(self) -> None:
        # Opened on its first line, which says what failed, the box below it in view where
        # both fit, else the line over the buttons says how to scroll to it: brought into view
        # as it was given the focus, the box scrolled the words off the top at 60x20 and
        # 80x24 with a long failure (its path, then several reasons), and nothing said so.
        self.query_one("#copy-path", Input).focus(scroll_visible=False)
        watch_view(self, self.query_one("#save-failed-dialog"), self._say_more)
        if self.keeper.last_error and isinstance(self.app, Notices):
            # the autosave's "… could not save: …", said in full on the dialog's first line:
            # drawn over it too, it sat on the buttons at 80x24 (a trial)
            self.app.withdraw(self.keeper.last_error)

    def _say_more(self) -> None:
        """Say over the buttons where some of the words, the box or the problem line are out
        of view (`MORE`), above or below (`beyond_view`: where the dialog is scrolled to now,
        not where the screen last drew it)."""
        if not self.is_attached:
            return
        parts = [w for w in self.query("#save-failed, #copy-path, #copy-problem")
                 if w.id != "copy-problem" or str(w.render()).strip()]
        above, below = beyond_view(self.query_one("#save-failed-dialog"), parts)
        self.query_one("#save-failed-more", Literal).show(MORE.get((above, below), ""),
                                                          "italic")
        self.query_one(SaveFailedFoot).set_class(above or below, "-more")

    def said_in_dialog(self, message: str) -> bool:
        """The autosave's notice of a failure (`SessionKeeper.last_error`): its words are
        the dialog's first line, said again there when the failure changes while it is open
        (the disk full, then the folder made read-only)."""
        error = self.keeper.last_error
        if not error or message != printable(error):
            return False
        if error != self._said_error:
            self.query_one("#save-failed", Literal).show(self._words())
        return True

    def toast_titles(self) -> list[Region]:
        """What messages never cover (`MessagesWait`): the dialog's words, the box where the
        copy goes, the line saying why a copy was not saved and the buttons' lines."""
        dialog = self.query_one(".dialog").region
        parts = regions(self.query("#copy-path, #copy-problem, #save-failed-more, .buttons"))
        return [*super().toast_titles(),
                *(Region(dialog.x, r.y, dialog.width, r.height) for r in parts)]

    def toast_lists(self) -> list[Region]:
        """The whole dialog, kept clear where there is room (`MessagesWait`)."""
        return regions(self.query(".dialog"))

    @on(Input.Submitted, "#copy-path")
    @on(Button.Pressed, "#copy")
    def save_copy(self) -> None:
        typed = self.query_one("#copy-path", Input).value.strip()
        if not typed:
            self._say_problem("Type where to save the copy.")
            return
        button = self.query_one("#copy", Button)
        if button.disabled:
            return  # a copy is being saved already
        button.disabled = True
        self._say_problem(f"Saving a copy to {typed}…")
        self._write_copy(typed, self.keeper.taken())  # here, where the session is edited

    def _say_problem(self, text: str) -> None:
        """Say why a copy was not saved (or that one is being saved), on the line under the
        box, brought into view above the buttons once laid out, where the words scroll."""
        problem = self.query_one("#copy-problem", Literal)
        problem.show(text)
        self.call_after_refresh(problem.scroll_visible, animate=False)

    @work(thread=True, group="copy", exit_on_error=False)
    def _write_copy(self, typed: str, taken: tuple[int, dict[str, object]]) -> None:
        """Write the copy off the UI thread (a slow or network folder must not freeze the
        dialog); the outcome is shown when it lands."""
        try:
            where = self.keeper.copy_to(Path(typed), taken)
        except FileExistsError:
            problem = f"{typed} already exists: choose another name (nothing is replaced)."
        except Exception as e:  # noqa: BLE001 - any failure is shown; the session stays open
            problem = f"Could not save a copy to {typed}: {getattr(e, 'strerror', None) or e}"
        else:
            self.app.call_from_thread(self._copied, where)
            return
        self.app.call_from_thread(self._not_copied, problem)

    def _not_copied(self, problem: str) -> None:
        if not self.is_attached:  # the person stayed in the session meanwhile
            self.app.notify(problem, severity="error", timeout=15)
            return
        self._say_problem(problem)
        self.query_one("#copy", Button).disabled = False

    def _copied(self, where: Path) -> None:
        self.app.notify(f"Saved a copy of the session to {where} (readable only by you).",
                        timeout=15)
        if self.is_attached:
            self.dismiss("copied")

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        self.dismiss("retry")

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        self.dismiss(None)
