"""My CPD so far (m or F9 on the start screen): the sessions as CPD log lines by year, as
`reflect cpd` lists them (export/portfolio.py), with a CSV of them saved into the exports
folder. Sessions are read, counted and the CSV written, in workers.

*Your name* at the top counts only the practitioner's own sessions (`model.whose`), again as
it is typed; it is remembered, tidied (`whose.remembered`), in the settings file (`my_name`)
on Enter and when the screen is left, and a new reflection of theirs records it as whose it
is; read again as the screen opens (in the worker that reads the sessions), so a name
remembered by `reflect walk` while the app runs is the one shown, as `reflect cpd` uses it.
The log comes before the notes on what it leaves out (`portfolio.log_text`), and the lines
above it are few, so that its start is in view at 80x24 and 60x20."""

from __future__ import annotations

import functools
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Header, Input
from textual.worker import get_current_worker

from reflect.model.session import Session, now
from reflect.store.exported_records import Exported
from reflect.store.exports import exports_dir
from reflect.store.settings import MY_NAME, my_name
from reflect.text import slug_for
from reflect.ui.name_now import NameRead
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.form_input import field
from reflect.ui.widgets.literal import Fitted, Literal
from reflect.ui.widgets.whole_path import path_lines
from reflect.wrapping import fitted


class CpdLog(Fitted):
    """The log, wrapped at its words as `reflect cpd` wraps it (`wrapping.fitted`), a line's
    wrapped lines under its own indent: at 60x20 a record's file names, wrapped by Textual,
    started at the margin under the session's line (a trial); its columns' gaps kept
    (`keep_gaps`: a line that wrapped read "2026-12-07 2 min Child I …", a trial)."""

    said = ""
    """The log before it is fitted to the width shown."""

    def say(self, text: str, whole: tuple[str, ...] = ()) -> None:
        """`text` fitted, the names in `whole` (a record's copy: `records_whole`) kept whole."""
        self.said = text
        self.fit(functools.partial(fitted, text, whole=whole, keep_gaps=True))


class MyCpdScreen(ReflectScreen[None]):
    DEFAULT_CSS = """
    MyCpdScreen #cpd-buttons { height: 1; }
    MyCpdScreen #cpd-buttons Button { margin: 0 2 0 0; }
    MyCpdScreen #cpd-name { max-width: 70; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+o", "save_csv", "Save as CSV", priority=True),
                # The name box has the focus: the log still scrolls, and the footer says so.
                Binding("pageup", "scroll_log(-1)", show=False, priority=True),
                Binding("pagedown", "scroll_log(1)", "Scroll the log", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.csv: str | None = None
        """The list as CSV, once the sessions have been read and counted for the name."""
        self.csv_for = ""
        """The name the CSV counts the sessions of ("": everyone's)."""
        self.found: tuple[list[Session], list[str]] | None = None
        """The sessions read, and those that could not be read, once they have been."""
        self.records = Exported({}, {})
        """The CPD records and notes in the exports folder, by session id, read with the
        sessions."""
        self.typed_name = my_name(self.reflect_app.settings)
        """What the name box holds (read as the screen goes, its box gone by then)."""

    def compose(self) -> ComposeResult:
        yield Header()
        # Two lines at 80 columns, and nothing drawn under the button until a CSV is
        # written: every line above the log is one fewer of it in view at 80x24.
        # No regulator's terms before one is chosen: "participatory, peer-reflected, and the
        # standards and Code themes" were a nurse's words to a teacher (a trial).
        yield Literal("Your sessions with something recorded, by year, and the time of "
                      "each; the NMC's or Social Work England's terms once chosen (F8 in a "
                      "session).", id="cpd-intro")
        yield field("Your name: counts only your sessions (empty: everyone's)",
                    self.typed_name, id="cpd-name",
                    placeholder="as the sessions write it, e.g. Pat Example")
        with Horizontal(id="cpd-buttons"):
            yield Button("Save as CSV (Ctrl+O)", id="cpd-csv", compact=True)
        result = Fitted(id="cpd-result")
        result.display = False
        yield result
        with VerticalScroll(id="cpd-list"):
            yield CpdLog(id="cpd-text")
        yield ReflectFooter()

    def on_mount(self) -> None:
        self.sub_title = "My CPD so far"
        self.query_one("#cpd-text", CpdLog).fit(lambda _: ["Reading your sessions…"], "dim")
        self.read_sessions()

    @work(thread=True, exclusive=True, group="my-cpd", exit_on_error=False)
    def read_sessions(self) -> None:
        """The sessions, and the name remembered now (`name_now`): one set by `reflect walk`
        or another reflect while the app ran was not seen, the box empty while `reflect cpd`
        counted it (a trial)."""
        from reflect.store.exported_records import exports_of
        from reflect.store.sessions import list_sessions
        from reflect.ui.name_now import read_name

        remembered = read_name(self.reflect_app)
        found = list_sessions(self.reflect_app.sessions_dir)
        sessions = [e.session for e in found.entries]
        records = exports_of(self.reflect_app.sessions_dir, (s.id for s in sessions))
        self.app.call_from_thread(self.read, sessions, [str(p) for p in found.problems],
                                  remembered, records)

    def read(self, sessions: list[Session], problems: list[str],
             remembered: NameRead | None = None,
             records: Exported | None = None) -> None:
        self.found = sessions, problems
        self.records = records or Exported({}, {})
        if remembered is not None:
            self._remembered_now(remembered)
        self.count(self.typed_name)

    def _remembered_now(self, remembered: NameRead) -> None:
        """The name the settings file holds now, kept as the app's (`name_now`), and shown in
        the box unless something was typed there meanwhile."""
        from reflect.ui.name_now import name_now

        untouched = self.typed_name == my_name(self.reflect_app.settings)
        name = name_now(self.reflect_app, remembered)
        if untouched and name != self.typed_name and self.is_attached:
            box = self.query_one("#cpd-name", Input)
            self.typed_name = box.value = name
            box.cursor_position = len(name)

    @on(Input.Changed, "#cpd-name")
    def _name_changed(self) -> None:
        self.typed_name = self.query_one("#cpd-name", Input).value
        if self.found is not None:
            self.csv = None  # (Ctrl+O meanwhile would save the list for the name before)
            self.count(self.typed_name)

    @work(thread=True, exclusive=True, group="my-cpd-count", exit_on_error=False)
    def count(self, name: str) -> None:
        """The log for `name` ("": everyone's), as text and as CSV."""
        from reflect.export import portfolio

        assert self.found is not None
        sessions, problems = self.found
        log = portfolio.gather(sessions, name)
        if get_current_worker().is_cancelled:  # typed on meanwhile: counted again for that
            return
        folder = str(exports_dir(self.reflect_app.sessions_dir))
        records = portfolio.records_lines(log.entries, self.records.records, folder)
        records += portfolio.notes_lines(log.entries, self.records.notes, folder, bool(records))
        text = portfolio.log_text(log, "To count only yours, type your name above.",
                                  records=records)
        if problems:
            text += "\nNot counted (could not be read):\n" + "\n".join(
                f"  {p}" for p in problems)
        self.app.call_from_thread(self.show, name, text, portfolio.to_csv(log.entries),
                                  (*portfolio.records_whole(self.records.records),
                                   *portfolio.records_whole(self.records.notes)))

    def show(self, name: str, text: str, csv: str, whole: tuple[str, ...] = ()) -> None:
        if name != self.typed_name or not self.is_attached:
            return  # typed on since (the log for the name now is coming), or left
        self.csv, self.csv_for = csv, name
        self.query_one("#cpd-text", CpdLog).say(text, whole)

    def action_scroll_log(self, pages: int) -> None:
        log = self.query_one("#cpd-list", VerticalScroll)
        (log.scroll_page_down if pages > 0 else log.scroll_page_up)()

    @on(Input.Submitted, "#cpd-name")
    def _entered(self) -> None:
        """Enter: the name remembered, and the box showing it as it is remembered."""
        name = self.remember_name()
        box = self.query_one("#cpd-name", Input)
        if box.value != name:
            box.value = name  # (the same name to `whose`: counted again, alike)
            box.cursor_position = len(name)

    def remember_name(self) -> str:
        """The name remembered (Enter, or the screen left), tidied (`whose.remembered`),
        when it is not what the settings file holds; the name."""
        from reflect.model.whose import remembered

        name = remembered(self.typed_name, self.found[0] if self.found else ())
        kept = self.reflect_app.settings.get(MY_NAME)
        if name != (kept if isinstance(kept, str) else ""):
            self.reflect_app.remember(MY_NAME, name, "your name")
        return name

    def on_unmount(self) -> None:
        self.remember_name()

    @on(Button.Pressed, "#cpd-csv")
    def action_save_csv(self) -> None:
        if self.csv is None:
            self.notify("Your sessions are still being read: try again in a moment.",
                        severity="warning")
            return
        target = exports_dir(self.reflect_app.sessions_dir) / csv_name(self.csv_for)
        self.write_csv(self.csv, target)

    @work(thread=True, group="my-cpd-csv", exit_on_error=False)
    def write_csv(self, csv: str, target: Path) -> None:
        from reflect.store.atomic import not_written, write_atomic

        try:
            write_atomic(target, csv.encode("utf-8-sig"), replace=False)
        except OSError as e:
            self.app.call_from_thread(self.reflect_app.notify_path, "Could not write", target,
                                      after=not_written(target, e), severity="error")
            return
        self.app.call_from_thread(self.written, target)

    def written(self, target: Path) -> None:
        """Where the CSV went, the path whole, broken only after a "/" (here and in the
        message): the terminal folded it wherever the line ended, mid-name."""
        result = self.query_one("#cpd-result", Fitted)
        result.display = True
        result.fit(
            functools.partial(path_lines, "Written to", str(target)), "bold")
        self.reflect_app.notify_path("Written to", target)


def csv_name(whose: str) -> str:
    """The CSV's file name, naming whose log it is where a name is typed
    (`my-cpd-jo-doe-20261206-193444.csv`): a log handed to a manager, or one of several in a
    shared exports folder, said nowhere whose it was (a learning lead's trial)."""
    named = slug_for(whose)
    return f"my-cpd-{named + '-' if named else ''}{now():%Y%m%d-%H%M%S}.csv"
