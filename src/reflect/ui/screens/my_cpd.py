"""My CPD so far (m or F9 on the start screen): the sessions as CPD log lines by year, as
`reflect cpd` lists them (export/portfolio.py), with a CSV of them saved into the exports
folder. Sessions are read, and the CSV written, in workers."""

from __future__ import annotations

import functools
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Header

from reflect.model.session import now
from reflect.store.exports import exports_dir
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.literal import Fitted, Literal
from reflect.ui.widgets.whole_path import path_lines


class MyCpdScreen(ReflectScreen[None]):
    DEFAULT_CSS = """
    MyCpdScreen #cpd-buttons { height: 1; }
    MyCpdScreen #cpd-buttons Button { margin: 0 2 0 0; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+o", "save_csv", "Save as CSV", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.csv: str | None = None
        """The list as CSV, once the sessions have been read."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Literal("My CPD so far: the sessions in your sessions folder with something "
                      "recorded in them, by year, with the time logged, participatory and "
                      "peer-reflected, and the standards and Code themes you chose (F8 in a "
                      "session).", id="cpd-intro")
        with Horizontal(id="cpd-buttons"):
            yield Button("Save as CSV (Ctrl+O)", id="cpd-csv", compact=True)
        yield Fitted(id="cpd-result")
        with VerticalScroll(id="cpd-list"):
            yield Literal("Reading your sessions…", "dim", id="cpd-text")
        yield ReflectFooter()

    def on_mount(self) -> None:
        self.sub_title = "My CPD so far"
        self.read_sessions()

    @work(thread=True, exclusive=True, group="my-cpd", exit_on_error=False)
    def read_sessions(self) -> None:
        from reflect.export import portfolio
        from reflect.store.sessions import list_sessions

        found = list_sessions(self.reflect_app.sessions_dir)
        log = portfolio.gather([e.session for e in found.entries])
        items = log.entries
        text = portfolio.to_text(items, log.left_out)
        if found.problems:
            text += "\nNot counted (could not be read):\n" + "\n".join(
                f"  {p}" for p in found.problems)
        self.app.call_from_thread(self.show, text, portfolio.to_csv(items))

    def show(self, text: str, csv: str) -> None:
        self.csv = csv
        self.query_one("#cpd-text", Literal).show(text)

    @on(Button.Pressed, "#cpd-csv")
    def action_save_csv(self) -> None:
        if self.csv is None:
            self.notify("Your sessions are still being read: try again in a moment.",
                        severity="warning")
            return
        target = exports_dir(self.reflect_app.sessions_dir) / f"my-cpd-{now():%Y%m%d-%H%M%S}.csv"
        self.write_csv(self.csv, target)

    @work(thread=True, group="my-cpd-csv", exit_on_error=False)
    def write_csv(self, csv: str, target: Path) -> None:
        from reflect.store.atomic import write_atomic

        try:
            write_atomic(target, csv.encode("utf-8-sig"), replace=False)
        except OSError as e:
            self.app.call_from_thread(self.reflect_app.notify_path, "Could not write", target,
                                      after=f"{e.strerror or e}", severity="error")
            return
        self.app.call_from_thread(self.written, target)

    def written(self, target: Path) -> None:
        """Where the CSV went, the path whole, broken only after a "/" (here and in the
        message): the terminal folded it wherever the line ended, mid-name."""
        self.query_one("#cpd-result", Fitted).fit(
            functools.partial(path_lines, "Written to", str(target)), "bold")
        self.reflect_app.notify_path("Written to", target)
