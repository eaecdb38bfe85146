"""The Reports screen: evidence across every session in the sessions folder, with filters.

The report is made in a worker (from the per-machine cache of session facts, so it is quick the
second time) and shown with widgets (ui/screens/report_view.py), never as Markdown source."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Header, Input

from reflect.report.dates import why_not_short
from reflect.report.gather import Filters
from reflect.report.lines import Report
from reflect.report.period import (
    Period,
    box_date,
    period_refused,
    period_words,
    read_period,
    until_short,
)
from reflect.report.review_filter import review_filter
from reflect.store.exports import exports_dir
from reflect.ui.screens.base import ReflectScreen
from reflect.ui.screens.report_place import ReadingPlace
from reflect.ui.screens.report_view import ReportView
from reflect.ui.widgets.footer import ReflectFooter
from reflect.ui.widgets.in_order import InOrderInput
from reflect.ui.widgets.literal import Fitted, Literal, literal_title
from reflect.ui.widgets.whole_path import path_lines

PAGE_SCROLLS_UNDER = 24
"""Rows of the screen under which the filters scroll with the report, as one page: at 60x20,
above a report scrolling on its own, they left it 8 rows of the 20 (a trial). At 80x24 and
taller the report scrolls below them, as it always had (14 rows at 80x24)."""


def _filter(wid: str, label: str, hint: str) -> InOrderInput:
    """A filter's box, its label in its border."""
    box = InOrderInput(id=f"report-{wid}", placeholder=hint)
    box.border_title = label
    return box


class ReportsScreen(ReflectScreen[None]):
    DEFAULT_CSS = """
    ReportsScreen #report-saves { height: 1; }
    ReportsScreen #report-saves Button { margin: 0 2 0 0; }
    ReportsScreen #report-result { display: none; }
    ReportsScreen #report-result.shown { display: block; }
    ReportsScreen #report-period { display: none; }
    ReportsScreen #report-period.shown { display: block; }
    """
    report: Report | None = None
    """The report shown (None while it is made, or when the filters are not valid)."""
    asked: Filters | None = None
    """The filters as typed for the report shown, or the refusal (`refused`) shown in its
    place (a report's own may name the whole team for a part typed)."""
    unknown_review: str | None = None
    """What to say when the Review filter, not a review in the library, finds no session."""
    refused: str | None = None
    """Why no report is shown for the filters `asked` (a team with no session, a review and a
    team with nothing together), or None: Ctrl+O after a refusal said "The report is still
    being made." (a helper's trial)."""
    BINDINGS = [Binding("escape", "app.pop_screen", "Back"),
                Binding("ctrl+o", "save('html')", "Save as web page", priority=True),
                # From a filter box too (↓ there did nothing, and nothing said to Tab on).
                Binding("pagedown", "scroll_report(1)", "Scroll", priority=True),
                Binding("pageup", "scroll_report(-1)", "Scroll up", show=False,
                        priority=True)]

    def compose(self) -> ComposeResult:
        yield Header()
        # One page under PAGE_SCROLLS_UNDER rows (`-page-scrolls`): PgDn takes the filters out
        # of view, PgUp back to them; a box typed in or gone to with Tab comes into view.
        with VerticalScroll(id="report-page", can_focus=False):
            yield from self._page()
        yield ReflectFooter()

    def _page(self) -> ComposeResult:
        """The filters, the buttons that save, and the report."""
        yield Literal("Evidence across sessions: no one is named. Leave a filter empty for "
                      "everything.", id="reports-intro")
        with Horizontal(id="report-filters"):
            # Short: the box shows 16 characters at 60 columns ("e.g. 31/03/2026" showed "e.g."
            # at 80, four boxes to a row).
            yield _filter("since", "Since", "e.g. 1/3/2026")
            yield _filter("until", "Until", "e.g. 1/9/2026")
            yield _filter("review", "Review", "id or title")
            # Update beside Team, inside the screen's edge: it ran to the edge at 80x24 and
            # looked cut off, and at 60x20 it was not shown (a trial). The two on a row of
            # their own (app.tcss), Team as wide as the row leaves it.
            with Horizontal(id="report-team-row"):
                yield _filter("team", "Team", "")
                yield Button("Update", id="report-update", variant="primary")
        # The dates in words as they are typed (`period_words`): "last quarter" in Since alone
        # read as 1 July to today, the box saying only "1 Jul 2026" (a trial).
        yield Literal(id="report-period")
        with Horizontal(id="report-saves"):
            yield Button("Save as web page", id="report-html", compact=True)  # ^o: the footer
            yield Button("Save as Markdown", id="report-md", compact=True)
            yield Button("Save as CSV", id="report-csv", compact=True)
        yield Fitted(id="report-result")
        with ReportView(id="report-body"):
            yield Literal("Reading the sessions…", id="report-message")

    def on_resize(self, event: events.Resize) -> None:
        """(Before `ReflectScreen.on_resize`, and before the screen is laid out again.)"""
        self.reading.note()  # (laid out as before: the part of the report at the top)
        self.set_class(event.size.height < PAGE_SCROLLS_UNDER, "-page-scrolls")

    def focus_kept_on_resize(self) -> bool:
        """Not while the reader's place is kept: a filter box is always in view over a report
        scrolling alone, and back under 24 rows the page went back up to it."""
        return self.reading.place is None

    def action_scroll_report(self, pages: int) -> None:
        """PgDn, PgUp: the report scrolled, with the filters where they scroll with it, a page
        a key at once: Textual's page scroll waits for the next frame, and two keys before it
        (tmux `send-keys PageDown PageDown`) scrolled one page (a trial)."""
        self.reading.drop()
        view: VerticalScroll = self.query_one(ReportView)
        if self.has_class("-page-scrolls"):
            view = self.query_one("#report-page", VerticalScroll)
        view.scroll_to(y=view.scroll_y + pages * view.scrollable_content_region.height,
                       animate=False, immediate=True)

    _reading: ReadingPlace | None = None

    @property
    def reading(self) -> ReadingPlace:
        """The reader's place, kept across a resize (`report_place`)."""
        if self._reading is None:
            self._reading = ReadingPlace(self, self.query_one(ReportView),
                                         self.query_one("#report-page", VerticalScroll))
        return self._reading

    def on_mount(self) -> None:
        self.sub_title = "Reports"
        self.screen_layout_refresh_signal.subscribe(self, lambda _: self.reading.keep())
        self.refresh_report()

    def filters(self, saving: bool = False) -> Filters | None:
        """The filters typed, or None (and a message) when a date is not a date. Dates are read
        as action due dates are (`1/11/2026` is 1 November; 2026-11-01 works too), and the date
        read is shown on the box."""
        period = self._said_back()
        since, until = (self.query_one(f"#report-{key}", Input).value
                        for key in ("since", "until"))
        if why := period_refused(since, until, period, date.today(), saving):
            self._refuse(why)  # each box's problem, said once (`period_refused`)
            return None
        typed = self.query_one("#report-review", Input).value
        choice = review_filter(typed, self.reflect_app.library)
        if choice.problem:
            self._refuse(f"Review: {choice.problem}.")
            return None
        self.unknown_review = None if choice.in_library else choice.unknown(typed)
        team = self.query_one("#report-team", Input).value.strip() or None
        return Filters(since=period.since, until=period.until, review=choice.review_id,
                       team=team)

    def _refuse(self, message: str) -> None:
        """Filters refused: said once, in place of the report, under the boxes (they were said
        again in a pop-up, which at 80x24 covered the report's place: a learning lead's
        trial). No report is kept to be saved."""
        self.report = None  # never save a report that does not match the filters
        self.show_message(message)

    def show_message(self, message: str) -> None:
        """`message` in place of the report. A failure is reported by the app's one worker
        handler, and the app goes on (a worker's failure closed it)."""
        self._saved_line_gone()
        self.reading.drop()
        self.run_worker(self.query_one(ReportView).show_message(message), group="report-view",
                        exit_on_error=False)

    def _saved_line_gone(self) -> None:
        """Where the last report was saved, no longer said once another report (or a message
        in its place) is shown: over a report made since, for other filters, it read as where
        that one was saved (a learning lead's fresh-eyes trial)."""
        self.query_one("#report-result", Fitted).remove_class("shown")

    @on(Input.Changed, "#report-since, #report-until")
    def _date_typed(self) -> None:
        self._said_back()

    def _said_back(self) -> Period:
        """The dates typed in Since and Until (`read_period`: Until, without a year, is the
        first such day from Since on, never in a year to come: `Q4` or `October` in Since
        before Until `March` in December is the year before's),
        each said back on its box's border, `1 Nov 2026` (short: the box is narrow at 80
        columns), or "not a date"; and the period in words under the boxes."""
        since, until = (self.query_one(f"#report-{key}", Input).value
                        for key in ("since", "until"))
        period = read_period(since, until, date.today())
        for key, day in (("since", period.since), ("until", period.until)):
            field = self.query_one(f"#report-{key}", Input)
            text = field.value.strip()
            field.border_subtitle = literal_title("" if not text else (
                key == "until" and until_short(period) or why_not_short(text)) if day is None
                else box_date(text, day))
        said = period_words(period, date.today())
        line = self.query_one("#report-period", Literal)
        line.show(said)
        line.set_class(bool(said), "shown")
        return period

    @on(Button.Pressed, "#report-update")
    @on(Input.Submitted)
    def refresh_report(self) -> None:
        filters = self.filters()
        if filters is not None:
            self.refused = None  # (being made again)
            self.build(filters)

    @work(thread=True, exclusive=True, group="report", exit_on_error=False)
    def build(self, filters: Filters) -> None:
        from reflect.report import make_report
        from reflect.report.team_filter import team_choice

        folders = [self.reflect_app.sessions_dir]
        asked, no_team, taken = filters, None, None
        report, problems = make_report(folders, filters, self.reflect_app.library,
                                       self.reflect_app.settings_file)
        if filters.team and not report.sessions_found:
            # a name spelt like a team's, or a part of one, as Review takes a part
            team = team_choice(filters.team, folders)
            no_team, taken = team.problem, team.said
            if team.team is not None:
                report, problems = make_report(folders, team.filters(filters),
                                               self.reflect_app.library,
                                               self.reflect_app.settings_file)
        # call_from_thread awaits a coroutine function; its stub says only "a callable".
        self.app.call_from_thread(self._show, report, problems, no_team,  # type: ignore[arg-type]
                                  asked, taken)

    async def _show(self, report: Report, problems: list[str], no_team: str | None = None,
                    asked: Filters | None = None, taken: str | None = None) -> None:
        """`report` shown, or why not; `taken`: which team a Team filter took in place of the
        name typed (spelt like it, or a part of it), said in a note as the report's first
        line says it: never taken unsaid."""
        from reflect.report.team_filter import nothing_matches

        for problem in problems:  # (a settings file that cannot be read: said at the start)
            if problem not in self.reflect_app.settings_said:
                self.notify(problem, severity="warning", markup=False)
        if taken:
            self.notify(f"Team: {taken}.", markup=False)
        self._saved_line_gone()
        self.reading.drop()
        self.report, self.asked, self.refused = None, asked or report.filters, None
        if self.unknown_review and not report.sessions_found:
            # a report of noughts for a review that is not there
            said = self.unknown_review[0].upper() + self.unknown_review[1:]
            self.refused = f"Review: {said}."
        elif no_team is not None:  # nor for a team that has no session (a typo)
            self.refused = f"Team: {no_team[0].upper()}{no_team[1:]}."
        elif nothing := nothing_matches(report):
            # nor for a review and a team with nothing together in the period, not even an
            # action still overdue
            self.refused = f"{nothing[0].upper()}{nothing[1:]}."
        if self.refused is not None:
            await self.query_one(ReportView).show_message(self.refused)
            return
        self.report = report
        await self.query_one(ReportView).show_report(report)

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
        filters = self.filters(saving=True)  # as the boxes are now; what is wrong is said
        if filters is None:
            return
        report = self.report
        if report is None and self.refused is None:
            self.notify("The report is still being made.", severity="warning")
            return
        if self.asked != filters:  # typed since, without Enter: saved, it would not match
            self.notify("The filters have changed since this report was made: press Enter to "
                        "make it again, then save.", severity="warning")
            return
        if report is None:
            self.notify(f"There is no report to save. {self.refused}", severity="warning",
                        markup=False)
            return
        self.write_report(report, fmt, datetime.now())

    @work(thread=True, group="report-save", exit_on_error=False)
    def write_report(self, report: Report, fmt: str, made: datetime) -> None:
        """`report` written into the exports folder, named by what it covers and the moment
        it was `made` (report/file_names.py: named by the moment alone, ten of them could not
        be told apart, a trial); as CSV, its overdue actions too, in a CSV of their own
        beside it, and its sessions and every action (`csv_tables.csv_files`: the report's CSV
        is one row per review)."""
        from reflect.report import to_html, to_markdown
        from reflect.report.csv_tables import beside_paths, csv_files
        from reflect.report.file_names import free_report_path
        from reflect.store.atomic import not_written, write_atomic

        def taken(path: Path) -> bool:  # (two saved in one second: no file written over)
            return path.exists() or (fmt == "csv" and any(p.exists() for p in beside_paths(path)))

        target = free_report_path(exports_dir(self.reflect_app.sessions_dir), report, made,
                                  fmt, taken)
        if fmt == "csv":
            files = csv_files(target, report)
        else:
            files = [(target, {"md": to_markdown, "html": to_html}[fmt](report))]
        for path, text in files:
            try:
                write_atomic(path, text.encode("utf-8-sig" if fmt == "csv" else "utf-8"))
            except OSError as e:  # (the line naming the last one saved goes: it read as this)
                self.app.call_from_thread(self._saved_line_gone)
                self.app.call_from_thread(self.reflect_app.notify_path, "Could not write", path,
                                          after=not_written(path, e), severity="error")
                return
        self.app.call_from_thread(self._written, target, fmt == "csv")

    def _written(self, target: Path, beside: bool = False) -> None:
        """On the UI thread: the DOM is queried only there (a worker's query could meet the
        screen's widgets mid-change). `beside`: the overdue actions' CSV was written beside
        it, which is said too."""
        # The path whole in both, broken only after a "/": broken where the message's width
        # fell, it read "report-2026-12-0 ." / "2-144210.html" (a trial).
        from reflect.report import overdue_csv_path
        from reflect.report.csv_tables import ACTIONS_CSV_ENDING, SESSIONS_CSV_ENDING
        from reflect.report.render import OVERDUE_CSV_ENDING

        lead, name = "Overdue actions beside it:", overdue_csv_path(target).name
        more = f"and …{SESSIONS_CSV_ENDING}, …{ACTIONS_CSV_ENDING}"  # (the same name before)
        # (the toast's width broke the name at a hyphen at 60x20: its ending alone there)
        also = f"{lead} …{OVERDUE_CSV_ENDING} {more}" if beside else ""

        def said(width: int) -> list[str]:
            return path_lines("Report written to", str(target), width) + (
                [*path_lines(lead, name, width), more] if beside else [])

        result = self.query_one("#report-result", Fitted)
        result.fit(said, "bold")
        result.add_class("shown")
        if self.has_class("-page-scrolls"):  # said at the page's top: brought into view
            self.reading.drop()
            self.call_after_refresh(self._result_seen)
        self.reflect_app.notify_path("Report written to", target, after=also)

    def _result_seen(self) -> None:
        """Read down the page at 60x20, Ctrl+O said where the report went at the page's top,
        out of view, the message beside it gone in a few seconds (a trial): the line is
        brought into view, the page scrolled up to it."""
        result = self.query_one("#report-result", Fitted)
        if result.is_attached and result.display:
            self.query_one("#report-page", VerticalScroll).scroll_to_widget(
                result, animate=False, top=True)
