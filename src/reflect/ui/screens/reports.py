"""The Reports screen: evidence across every session in the sessions folder, with filters."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Footer, Header, Input

from reflect.ui.screens.base import ReflectScreen
from reflect.ui.widgets.literal import Literal


class ReportsScreen(ReflectScreen[None]):
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+o", "save('html')", "Save as web page", priority=True)]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Literal("Reports: which reviews were discussed, by which teams, who took part "
                      "(by role and agency, never names) and what was agreed. Leave a filter "
                      "empty to include everything.", id="reports-intro")
        with Horizontal(id="report-filters"):
            for wid, label in (("since", "Since (YYYY-MM-DD)"), ("until", "Until (YYYY-MM-DD)"),
                               ("review", "Review id"), ("team", "Team")):
                field = Input(id=f"report-{wid}")
                field.border_title = label
                yield field
            yield Button("Update", id="report-update", variant="primary")
        with Horizontal(classes="buttons"):
            yield Button("Save as web page (Ctrl+O)", id="report-html")
            yield Button("Save as Markdown", id="report-md")
            yield Button("Save as CSV", id="report-csv")
        yield Literal("", id="report-result")
        with VerticalScroll(id="report-body"):
            yield Literal("Reading the sessions…", id="report-text")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Reports"
        self.refresh_report()

    def filters(self):  # type: ignore[no-untyped-def]
        """The filters typed, or None (and a message) when a date is not a date."""
        from reflect.report import Filters

        values = {}
        for key in ("since", "until"):
            text = self.query_one(f"#report-{key}", Input).value.strip()
            try:
                values[key] = date.fromisoformat(text) if text else None
            except ValueError:
                self.notify(f"{text!r} is not a date: type it like 2026-03-31.",
                            severity="warning")
                self.report = None  # never save a report that does not match the filters
                self.query_one("#report-text", Literal).show(
                    f"Not a date: {text!r}. Type dates like 2026-03-31.")
                return None
        review = self.query_one("#report-review", Input).value.strip() or None
        team = self.query_one("#report-team", Input).value.strip() or None
        return Filters(since=values["since"], until=values["until"], review=review, team=team)

    @on(Button.Pressed, "#report-update")
    @on(Input.Submitted)
    def refresh_report(self) -> None:
        filters = self.filters()
        if filters is not None:
            self.build(filters)

    @work(thread=True, exclusive=True, group="report", exit_on_error=False)
    def build(self, filters) -> None:  # type: ignore[no-untyped-def]
        from reflect.report import build_report, gather, to_markdown

        library = self.reflect_app.library
        titles = {r.id: r.title for r in library.reviews} if library else {}
        report = build_report(gather([self.reflect_app.sessions_dir], filters), titles)
        self.report = report
        self.app.call_from_thread(self.query_one("#report-text", Literal).show,
                                  to_markdown(report))

    @on(Button.Pressed, "#report-html")
    def _html(self) -> None:
        self.action_save("html")

    @on(Button.Pressed, "#report-md")
    def _md(self) -> None:
        self.action_save("md")

    @on(Button.Pressed, "#report-csv")
    def _csv(self) -> None:
        self.action_save("csv")

    def action_save(self, fmt: str) -> None:
        report = getattr(self, "report", None)
        if report is None:
            self.notify("The report is still being made.", severity="warning")
            return
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")  # each save its own file
        target = self.reflect_app.sessions_dir / "exports" / f"report-{stamp}.{fmt}"
        self.write_report(report, fmt, target)

    @work(thread=True, group="report-save", exit_on_error=False)
    def write_report(self, report, fmt: str, target: Path) -> None:  # type: ignore[no-untyped-def]
        from reflect.report import to_csv, to_html, to_markdown
        from reflect.store.atomic import write_atomic

        render = {"md": to_markdown, "html": to_html, "csv": to_csv}[fmt]
        try:
            write_atomic(target, render(report).encode("utf-8-sig" if fmt == "csv" else "utf-8"))
        except OSError as e:
            self.app.call_from_thread(self.notify, f"Could not write {target}: {e.strerror or e}",
                                      severity="error")
            return
        message = f"Report written to {target}"
        self.app.call_from_thread(self.query_one("#report-result", Literal).show, message, "bold")
        self.app.call_from_thread(self.notify, message)
