"""The Reports screen: counts across sessions, filters, saving a report, shown with widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget
from textual.widgets import DataTable, Input

from reflect.model.session import Action, Participant, Session
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from reflect.ui.laid_out import laid_out
from reflect.ui.screens.report_view import ReportView
from reflect.ui.screens.reports import ReportsScreen
from tests.functional.helpers import type_text, wait_for


def _screen_lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The text on the terminal now, line by line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def _report_text(app) -> str:  # type: ignore[no-untyped-def]
    """Every table cell and line of text in the report view (shown or scrolled out of view)."""
    parts = []
    for w in app.screen.query_one(ReportView).children:
        if isinstance(w, DataTable):
            parts += [" ".join(str(c) for c in w.get_row_at(i)) for i in range(w.row_count)]
        else:
            parts.append(str(w.render()))
    return "\n".join(parts)


async def open_reports(pilot, sessions_held: int = 0) -> None:  # type: ignore[no-untyped-def]
    """From the start screen, once the library is read: Ctrl+R, and the Reports screen (and,
    given `sessions_held`, its report once it counts them: the five of `_sessions`)."""
    app = pilot.app
    await wait_for(pilot, lambda: app.library is not None)
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: isinstance(app.screen, ReportsScreen))
    if sessions_held:
        await wait_for(pilot, lambda: f"Sessions held: {sessions_held} " in _report_text(app))


async def saved_as_csv(pilot, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """Save as CSV clicked on the Reports screen, and the line under the buttons shown: the
    report's own CSV in `folder`'s exports (its others beside it, named after it)."""
    await pilot.click("#report-csv")
    result = pilot.app.screen.query_one("#report-result")
    await wait_for(pilot, lambda: result.has_class("shown"))
    [saved] = folder.glob("exports/report-*[0-9].csv")
    return saved


def _sessions(fictional_dir, sessions_dir) -> None:  # type: ignore[no-untyped-def]
    review = load_library(fictional_dir).get("child-zz")
    teams = ["Invented MASH", " Invented  MASH ", "invented mash.", "[b]Team[/b] 2", "# Team"]
    for n, team in enumerate(teams):
        s = Session.start(review, new_session_id(review.id), title=f"M{n}", team=team,
                          participants=[Participant.parse(f"Secret Name{n}, Nurse, CSC")])
        s.add_action(Action(text=f"Invented action {n} | for Secret Name{n}", due="2020-01-31"))
        save_session(sessions_dir, s)


async def overdue_table_at_top(pilot, app, rows: int) -> DataTable:  # type: ignore[no-untyped-def]
    """Open Reports on one session's report, wait for its overdue table to hold `rows` rows
    and scroll it to the top; the table."""
    await open_reports(pilot)
    await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
    table = app.screen.query_one(".report-overdue", DataTable)
    await wait_for(pilot, lambda: table.row_count == rows and laid_out(table))
    view = next(w for w in table.ancestors if isinstance(w, Widget) and w.allow_vertical_scroll)

    def in_view() -> bool:
        """The table at the view's top, or whole in it where it cannot scroll so far; scrolled
        there again where a layout since moved it (scrolled once, as the rows came, the table
        was left at the view's foot, its row cut, once in a whole run)."""
        window = view.scrollable_content_region
        if table.region.y == window.y or window.contains_region(table.region):
            return True
        table.scroll_visible(animate=False, top=True)
        return False

    await wait_for(pilot, in_view)
    return table


async def test_reports_screen_counts_filters_and_saves(fictional_dir, sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        text = _report_text(app)
        assert "Secret Name" not in text
        # the three ways of writing Invented MASH are one team
        assert "Teams reached at team discussions: 3" in text
        assert "Invented MASH" in text and "invented mash." not in text  # as most often written
        assert "Children's Social Care" in text and "CSC" not in text
        app.screen.query_one("#report-team", Input).focus()
        await type_text(pilot, "INVENTED mash")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))
        app.screen.query_one("#report-since", Input).value = "not a date"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "is not a date reflect can read" in _report_text(app))
        await pilot.press("ctrl+o")  # nothing saved for a report the filters do not match
        await pilot.pause()
        assert not (sessions_dir / "exports").exists()
        app.screen.query_one("#report-since", Input).value = "2000-01-01"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))
        # A filter typed without Enter: saving would write a report that does not match it.
        app.screen.query_one("#report-team", Input).value = "Invented nobody"
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: any("filters have changed since this report was made"
                                          in n.message for n in app._notifications))
        assert not (sessions_dir / "exports").exists()
        app.screen.query_one("#report-team", Input).value = "INVENTED mash"
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(target.glob("report-*.html")))
        await pilot.press("escape")


async def test_report_shown_as_widgets_at_80_by_24(fictional_dir, sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held" in "\n".join(_screen_lines(app)))
        view = app.screen.query_one(ReportView)
        seen: list[str] = []
        while True:  # scroll through the whole report, a page at a time
            await pilot.pause()
            seen += _screen_lines(app)
            if view.scroll_y >= view.max_scroll_y:
                break
            view.scroll_page_down(animate=False)
            await wait_for(pilot, lambda: True)
        shown = "\n".join(seen)
        assert "Learning into practice" in shown and "Summary" in shown
        assert "By review" in shown and "Actions by recommendation" in shown
        assert "Sessions held: 5 (5 team discussions" in shown
        assert "Child ZZ" in shown and "Invented MASH" in shown
        assert "[b]Team[/b] 2" in shown  # a team's name is data: shown as typed, never markup
        assert "# Team" in shown  # so is a team named like a Markdown heading
        for marker in ("# Learning", "## Summary", "## By review", "### Child ZZ",
                       "**not linked**", "| Sessions held |"):
            assert marker not in shown, marker
        for line in seen:
            assert "| --- |" not in line and "| |" not in line and "---:" not in line, line
        assert all(len(line) <= 80 for line in seen)
        # The table of reviews fits the screen: nothing of it past the right edge.
        reviews = app.screen.query_one(".report-reviews", DataTable)
        assert reviews.virtual_size.width <= reviews.size.width <= 80


async def test_a_recommendation_ending_in_a_full_stop_reads_as_a_sentence_on_screen(
        fictional_dir, sessions_dir):
    # A recommendation with no title is its text, a sentence: "sooner.: no action yet" read
    # wrongly (a trial).
    review_file = fictional_dir / "child-zz.toml"
    text = review_file.read_text(encoding="utf-8")
    review_file.write_text(text.replace('title = "Invented recommendation"\n', ""),
                           encoding="utf-8")
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Hold meetings sooner." in _report_text(app))
        text = _report_text(app)
        assert ".:" not in text
        assert ("Hold meetings sooner. No action yet (the briefing's update: Meetings are now "
                "held within five days.)") in text
        assert "not linked: 5 actions" in text


async def test_an_individual_reflections_actions_are_shown_apart_as_personal(
        fictional_dir, sessions_dir):
    # One practitioner's "What I will do" was counted and listed as the team's agreed
    # actions (a trial).
    _sessions(fictional_dir, sessions_dir)
    review = load_library(fictional_dir).get("child-zz")
    mine = Session.start(review, new_session_id(review.id), team="Invented MASH",
                         mode="individual")
    mine.answers[0].what = "An invented thought."
    mine.add_action(Action(text="Chronology for every invented case"))
    save_session(sessions_dir, mine)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held: 6 " in _report_text(app))
        text = _report_text(app)
        assert "Actions agreed at team discussions: 5 (0 done, 0 in progress, 5 open)" in text
        assert ("Personal actions from individual reflections: 1 (0 done, 0 in progress, "
                "1 open)") in text
        agreed = text[text.index("Actions by recommendation"):
                      text.rindex("Personal actions from individual reflections")]
        assert "Chronology" not in agreed
        assert ("• Chronology for every invented case (open; Invented MASH; owner: the "
                f"practitioner who wrote it; session {mine.id})") \
            in text[text.rindex("Personal actions from individual reflections"):]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_overdue_actions_due_dates_show_whole_and_their_words_wrap(
        fictional_dir, sessions_dir, size):
    # At 100x30 the table ran past the screen's edge, its Due column out of sight (a trial).
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, new_session_id(review.id), title="Invented meeting",
                      team="North Invented Team")
    s.add_action(Action(text="Share the invented checklist with every invented colleague in "
                        "the invented team and follow it up at the invented meeting",
                        due="31 January 2020"))
    s.add_action(Action(text="Invented audit", due="end of March 2020", status="in progress"))
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        table = await overdue_table_at_top(pilot, app, rows=2)
        await wait_for(pilot, lambda: "Invented audit" in "\n".join(_screen_lines(app)))
        shown = _screen_lines(app)
        assert table.virtual_size.width <= table.size.width  # nothing out of sight
        for day in ("Fri 31 Jan 2020", "Tue 31 Mar 2020"):  # the date read, whole, in one
            assert any(f" {day} " in line for line in shown), day  # form (the words typed:
        assert not any("31 January 2020" in line for line in shown)  # the session's notes)
        assert any("Action" in line and "Due, status" in line for line in shown)
        # The action's words wrap within their column, every one of them shown.
        words = " ".join(line.split("│")[0] for line in shown)
        assert "follow" in words and "meeting" in words


async def test_long_lists_shortened_on_screen_not_in_the_saved_report(fictional_dir, sessions_dir,
                                                                       monkeypatch):
    from reflect.ui.screens import report_view

    monkeypatch.setattr(report_view, "MAX_ACTIONS", 2)
    monkeypatch.setattr(report_view, "MAX_ROWS", 2)
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=5)
        text = _report_text(app)
        assert "… and 3 more: save the report (Ctrl+O) to see every action" in text
        assert "… and 3 more: save the report (Ctrl+O) to see every one" in text
        # The table's rows are made once its width is known (on its first resize).
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count > 0)
        assert table.row_count == 2
        await pilot.press("ctrl+o")
        target = sessions_dir / "exports"
        await wait_for(pilot, lambda: any(target.glob("report-*.html")))
        page = next(target.glob("report-*.html")).read_text(encoding="utf-8")
        assert all(f"Invented action {n} | for [redacted]" in page for n in range(5))


async def test_a_since_still_to_come_is_refused_as_the_command_refuses_it(fictional_dir,
                                                                          sessions_dir):
    """"since next Tuesday" made a report of noughts from a day to come (a trial)."""
    from datetime import date

    from reflect.model.dates import read_date, short_date

    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        app.screen.query_one("#report-since", Input).focus()
        await type_text(pilot, "next tuesday\n")
        day = read_date("next tuesday", date.today())
        assert day is not None
        await wait_for(pilot, lambda: f"Since reads as {short_date(day)}, a day still to come"
                       in " ".join(_report_text(app).split()))
        assert _report_text(app).strip().endswith("count back).")
        assert app.screen.report is None  # nothing to save
        assert "Sessions held" not in _report_text(app)


async def test_report_dates_are_read_day_first_and_said_back(fictional_dir, sessions_dir):
    """`1/11/2026` in Since was refused ("type it like 2026-03-31"): dates are read as due
    dates are, the date read is shown on the box, and one that cannot be read is said."""
    from datetime import UTC, datetime

    review = load_library(fictional_dir).get("child-zz")
    for n, day in enumerate((datetime(2026, 10, 15, tzinfo=UTC),
                             datetime(2026, 11, 5, tzinfo=UTC))):
        s = Session.start(review, new_session_id(review.id), title=f"Invented meeting {n}")
        s.created = s.updated = day
        s.answers[0].text = "An invented answer"  # recorded: a report counts it
        save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held: 2 " in _report_text(app))
        since = app.screen.query_one("#report-since", Input)
        since.focus()
        await type_text(pilot, "1/11/2026\n")
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        assert since.border_subtitle == "1 Nov 2026"
        until = app.screen.query_one("#report-until", Input)
        until.focus()
        await type_text(pilot, "2026-10-31\n")  # ISO still works; but before Since
        await wait_for(pilot, lambda: "Since (Sun 1 Nov 2026) is after Until (Sat 31 Oct 2026)"
                       in " ".join(_report_text(app).split()))  # an empty report for none
        assert until.border_subtitle == "31 Oct 2026"
        await pilot.press("ctrl+o")  # and nothing is saved for it: it says why
        await wait_for(pilot, lambda: "change one of them, then save"
                       in " ".join(_report_text(app).split()))
        assert not (sessions_dir / "exports").exists()
        until.value = "30/11/2026"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        since.value = "[b]32/13/2026"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Since: '[b]32/13/2026' is not a date reflect can read."
                       in _report_text(app))
        assert "31/03/2026" in _report_text(app)
        assert since.border_subtitle == "not a date"
        since.value = "31/02/2026"  # a day its month has not: said why
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Since: '31/02/2026' is not a date: there is no 31 Feb."
                       in _report_text(app))
        assert since.border_subtitle == "no 31 Feb"


async def test_the_apps_report_reads_in_its_own_process(fictional_dir, sessions_dir,
                                                        monkeypatch):
    """However big the folder, the app never starts reading processes: under Textual they
    could not start (its stand-in for stderr has no file), and the report was never shown."""
    from reflect.report import cache as report_cache

    _sessions(fictional_dir, sessions_dir)
    monkeypatch.setattr(report_cache, "SHARED_FROM", 1)
    monkeypatch.setattr(report_cache, "_cores", lambda: 2)
    started: list[int] = []
    monkeypatch.setattr(report_cache, "_read_shared",
                        lambda folder, todo, n: started.append(n))  # type: ignore[func-returns-value]
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await open_reports(pilot, sessions_held=5)
    assert started == []


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_date_read_shows_whole_on_its_box(fictional_dir, sessions_dir, size):
    """"31 Dec 20…" hid the year guessed for a date typed without one (fresh-eyes trial):
    the Since and Until boxes are wide enough for it; under 80 columns they go two to a row,
    the Update button beside Team."""
    from datetime import date

    from reflect.model.dates import short_date
    from reflect.model.since_until import read_date_near, read_until

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot)
        since = app.screen.query_one("#report-since", Input)
        since.focus()
        await type_text(pilot, "25/12")
        await pilot.press("tab")
        await type_text(pilot, "31/12")
        today = date.today()
        start = read_date_near("25/12", today, True)
        for _typed, day in (("25/12", start), ("31/12", read_until("31/12", today, start))):
            assert day is not None
            said = short_date(day).split(" ", 1)[1]  # "25 Dec 2025"
            await wait_for(pilot, lambda s=said: any(s in line for line in _screen_lines(app)))


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_filters_hints_and_the_save_buttons_show_whole(fictional_dir, sessions_dir,
                                                                 size):
    """The Review box said "id or" at 80x24 (a fresh-eyes trial), and at 60x20 the dates'
    hints lost their last digit and the last save button its end: from 80 columns the boxes
    share one row with a narrower Update button, under 80 they go two to a row (the button
    beside Team)."""
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot)
        await pilot.pause()
        shown = "\n".join(_screen_lines(app))
        for text in ("e.g. 1/3/2026", "e.g. 1/9/2026", "id or title", "Save as CSV"):
            assert text in shown


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_update_button_shows_whole_inside_the_screen(fictional_dir, sessions_dir,
                                                               size):
    """At 80x24 the Update button ran to the screen's right edge and looked cut off, and at
    60x20 it was not shown at all (a trial): it sits beside Team, a column inside the edge,
    and updates the report."""
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=5)
        button = app.screen.query_one("#report-update")
        team = app.screen.query_one("#report-team", Input)
        await wait_for(pilot, lambda: bool(button.region))
        width = size[0]
        assert button.display and button.region.right <= width - 1, button.region
        assert team.region.right <= button.region.x and team.region.y == button.region.y
        label = _screen_lines(app)[button.region.y + 1][button.region.x:button.region.right]
        assert label.strip() == "Update"
        team.value = "Invented MASH"
        button.focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))


async def test_the_review_filter_takes_a_title_and_says_when_it_finds_no_review(fictional_dir,
                                                                                sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        box = app.screen.query_one("#report-review", Input)
        box.focus()
        await type_text(pilot, "child zz")  # its title, as the library shows it
        await pilot.press("enter")
        await wait_for(pilot, lambda: "covering review \"Child ZZ\" (child-zz)"
                       in _report_text(app))  # by its title, its id after it
        assert "Sessions held: 5 " in _report_text(app)
        box.value = "Nobody's review"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "No review \"Nobody's review\" in the library"
                       in _report_text(app))
        assert "Sessions held" not in _report_text(app)
        await pilot.press("ctrl+o")  # nothing to save: no report is shown
        await pilot.pause()
        assert not (sessions_dir / "exports").exists()


async def test_pgdn_scrolls_the_report_from_a_filter_box(fictional_dir, sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=5)
        view = app.screen.query_one(ReportView)
        await wait_for(pilot, lambda: view.max_scroll_y > 0)
        assert isinstance(app.focused, Input)  # a filter box has the focus
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: view.scroll_y > 0)
        assert isinstance(app.focused, Input)
        await pilot.press("pageup")
        await wait_for(pilot, lambda: view.scroll_y == 0)


async def test_a_message_that_cannot_be_shown_is_reported_and_the_app_goes_on(
        fictional_dir, sessions_dir, monkeypatch):
    """Showing "Not a date" in place of the report ran in a worker that closed the app when it
    failed; it is reported by the app's one worker handler instead."""
    async def broken(self, message: str) -> None:
        raise RuntimeError("invented view fault")

    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        monkeypatch.setattr(ReportView, "show_message", broken)
        app.screen.query_one("#report-since", Input).value = "not a date"
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(
            n.message == "Could not show the report: RuntimeError: invented view fault"
            for n in app._notifications))
        assert app.is_running and isinstance(app.screen, ReportsScreen)


async def test_where_the_report_went_is_found_on_the_ui_thread(fictional_dir, sessions_dir,
                                                               monkeypatch):
    """The line saying where the report was written was looked up from the writing thread."""
    import threading

    asked_from: list[threading.Thread] = []
    real = ReportsScreen.query_one

    def recording(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if args and args[0] == "#report-result":
            asked_from.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ReportsScreen, "query_one", recording)
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        await pilot.press("ctrl+o")
        result = app.screen.query_one("#report-result")
        await wait_for(pilot, lambda: result.has_class("shown"))
    assert asked_from and all(t is threading.main_thread() for t in asked_from)


async def test_the_team_filter_says_when_no_session_is_by_that_team(fictional_dir,
                                                                    sessions_dir):
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await open_reports(pilot, sessions_held=5)
        box = app.screen.query_one("#report-team", Input)
        box.value = "Invented MAHS"  # a typo
        await pilot.press("enter")
        await wait_for(pilot, lambda: "No session is by a team 'Invented MAHS'"
                       in _report_text(app))
        # the team named as most often written (two of its three writings: 'Invented MASH')
        assert "; Invented MASH" in _report_text(app) and "Sessions held" not in _report_text(app)
        box.value = "invented mash"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))


async def test_the_saved_reports_name_is_whole_in_its_message_at_80x24(fictional_dir,
                                                                      sessions_dir):
    """The message after Ctrl+O broke the path where its width fell ("report-2026-12-0 ." /
    "2-144210.html", a trial): it says the file's name, then the folder, as an export does."""
    from textual.widgets._toast import Toast

    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held: 0 " in _report_text(app))
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: [p for p in sessions_dir.glob("exports/report-*.html")])
        [saved] = sessions_dir.glob("exports/report-*.html")

        def toast_lines() -> list[str]:
            return [toast.render_line(y).text for toast in app.screen.query(Toast)
                    for y in range(toast.size.height)]

        await wait_for(pilot, lambda: any(saved.name in line for line in toast_lines()))


async def test_the_summary_says_how_many_recommendations_the_briefing_says_are_complete(
        fictional_dir, sessions_dir):
    """"Recommendations with no action yet" counted those the briefing says were done (a
    trial): the Reports screen's summary says them apart."""
    review_file = fictional_dir / "child-zz.toml"
    text = review_file.read_text(encoding="utf-8")
    review_file.write_text(text.replace(
        "themes = ",
        'recommendations_note = "Invented actions now completed, updates in bold"\nthemes = ',
        1), encoding="utf-8")
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Recommendations with no action" in _report_text(app))
        text = _report_text(app)
        assert ("Recommendations with no action recorded here: 1 (1 of them the briefing says "
                "is complete)") in text
        assert ("No action yet (the briefing says it is complete: Meetings are now held "
                "within five days.)") in " ".join(text.split())


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_overdue_tables_team_and_due_date_keep_their_words_whole(
        fictional_dir, sessions_dir, size):
    """At 80x24 the Team column was four wide ("Inve/nted/Nort/h/Team") beside a Review column
    with room to spare, and at 60x20 the due date broke ("1/1/1/2/026/(Su/n 1/Nov/202/6)"):
    the team and the due date are what a lead reads the table for (a trial)."""
    from datetime import date

    from tests.conftest import FICTIONAL_REVIEW

    (fictional_dir / "child-zy.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-zy"').replace(
        'title = "Child ZZ"', 'title = "Child ZY: an invented review with a long title"'),
        encoding="utf-8")
    review = load_library(fictional_dir).get("child-zy")
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented North Team")
    s.add_action(Action(text="Share the invented checklist", due="1/11/2026",
                        due_date=date(2026, 11, 1), status="in progress",
                        progress="invented note here"))
    save_session(sessions_dir, s)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        table = await overdue_table_at_top(pilot, app, rows=1)
        # each word of the team, and the due date (the date read), whole on a line; the
        # session's title, and its id whole. (Waited for: read once the date showed, the
        # table's row was drawn at the foot of the view, its last lines not yet in it, once
        # in a whole run.)
        words = ("Invented", "North", "Team", "Sun 1 Nov 2026", "huddle", f"({s.id})")

        def rows() -> list[str]:
            shown = _screen_lines(app)
            start = next((n for n, line in enumerate(shown) if " Action " in line
                          and " Due, status " in line), None)
            return [] if start is None else shown[start + 1:start + 8]

        def missing() -> list[str]:
            return [w for w in words if not any(f" {w} " in f" {line} " for line in rows())]

        await wait_for(pilot, lambda: not missing())
        assert not missing(), (missing(), rows())
        assert table.virtual_size.width <= table.size.width


def _overdue_sessions(fictional_dir, sessions_dir) -> list[Session]:  # type: ignore[no-untyped-def]
    """Three overdue actions on a review with a long title, the second moved to a later date
    and in progress with a note."""
    from datetime import date

    from tests.conftest import FICTIONAL_REVIEW

    (fictional_dir / "child-zy.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-zy"').replace(
        'title = "Child ZZ"', 'title = "Child ZY: an invented review"'), encoding="utf-8")
    review = load_library(fictional_dir).get("child-zy")
    s = Session.start(review, new_session_id(review.id), title="Invented huddle",
                      team="Invented North Team",
                      participants=[Participant.parse("Pat Example, Nurse, CSC")])
    s.add_action(Action(text="Share the invented checklist", due="1/11/2026",
                        due_date=date(2026, 11, 1)))
    s.add_action(Action(text="Invented audit of chronologies", due="5/11/2026",
                        due_date=date(2026, 11, 5), agreed_due="1/10/2026",
                        agreed_due_date=date(2026, 10, 1), status="in progress",
                        progress="half done"))
    s.add_action(Action(text="Invented follow-up with the invented school nurse",
                        due="2026-09-30", due_date=date(2026, 9, 30)))
    save_session(sessions_dir, s)
    return [s]


async def test_at_60x20_each_overdue_action_is_a_block_with_no_word_broken(fictional_dir,
                                                                           sessions_dir):
    """At 60x20 six columns had 3 or 4 each: "Chil/d I", "ope/n", and a session's title
    broken with no id (a trial). Each action is a block instead: the action, its review and
    team, whose it is, its due date and status, its session by title and id; ↓ moves from
    block to block, each brought into view."""
    (s,) = _overdue_sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count == 3)
        table.focus()  # the first, due first: the follow-up
        await wait_for(pilot, lambda: "due Wed 30 Sep 2026 · open" in "\n".join(
            _screen_lines(app)))
        await pilot.press("down")
        await wait_for(pilot, lambda: "Share the invented checklist" in "\n".join(
            _screen_lines(app)))
        fields = ["Share the invented checklist", "Child ZY: an invented review",
                  "Invented North Team", "no owner given", "due Sun 1 Nov 2026",
                  "open",
                  "session Invented huddle", f"({s.id})"]
        words = {w for f in fields for w in f.split()} | {"·"}
        shown = [line.strip(" ▁▂▃▄▅▆▇█") for line in _screen_lines(app)]  # no scrollbars
        start = shown.index("Share the invented checklist")
        block = shown[start:start + 5]
        assert block == ["Share the invented checklist", "Child ZY: an invented review · "
                         "Invented North Team", "no owner given",
                         "due Sun 1 Nov 2026 · open",
                         f"session Invented huddle ({s.id})"], block
        assert all(w in words for line in block for w in line.split()), block
        await pilot.press("down")  # the moved date beside the date first agreed, in progress
        await wait_for(pilot, lambda: "half done" in "\n".join(_screen_lines(app)))
        assert table.cursor_row == 2 and table.has_focus
        shown = [line.strip(" ▁▂▃▄▅▆▇█") for line in _screen_lines(app)]
        start = shown.index("Invented audit of chronologies")
        assert shown[start + 3:start + 6] == [  # (said short, the two dates on one line)
            "due Thu 5 Nov 2026 · was Thu 1 Oct 2026",
            "in progress; progress: half done", f"session Invented huddle ({s.id})"], shown


async def test_at_100x30_the_overdue_actions_stay_a_table_and_narrowed_become_blocks(
        fictional_dir, sessions_dir):
    _overdue_sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_reports(pilot)
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count == 3)
        assert [str(c.label) for c in table.columns.values()] == ["Action", "Due, status"]
        assert table.show_header
        table.focus()
        await pilot.press("down")
        assert table.cursor_row == 1
        await pilot.resize_terminal(60, 20)  # the same row highlighted, as a block
        await wait_for(pilot, lambda: len(table.columns) == 1)
        assert table.cursor_row == 1 and not table.show_header
        assert str(table.get_row_at(1)[0]).startswith("Share the invented checklist\n")


async def test_the_team_filter_takes_a_part_and_a_combination_matching_nothing_says_so(
        fictional_dir, sessions_dir):
    """As `reflect report`: `mash` finds Invented MASH, and a review with a team that match
    no session together say so, not a report of noughts (a trial)."""
    from tests.conftest import FICTIONAL_REVIEW

    _sessions(fictional_dir, sessions_dir)
    (fictional_dir / "child-zy.toml").write_text(FICTIONAL_REVIEW.replace(
        'id = "child-zz"', 'id = "child-zy"').replace('title = "Child ZZ"',
                                                      'title = "Child ZY"'), encoding="utf-8")
    other = Session.start(load_library(fictional_dir).get("child-zy"),
                          new_session_id("child-zy"), title="East", team="Invented East Team")
    other.answers[0].text = "An invented answer"
    save_session(sessions_dir, other)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(120, 45)) as pilot:
        await open_reports(pilot, sessions_held=6)
        box = app.screen.query_one("#report-team", Input)
        box.value = "mash"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 3 " in _report_text(app))
        assert 'team "Invented MASH"' in _report_text(app)
        await pilot.press("ctrl+o")  # saved: the filters typed are the report's
        await wait_for(pilot, lambda: any((sessions_dir / "exports").glob("report-*.html")))
        app.screen.query_one("#report-review", Input).value = "child-zy"
        await pilot.press("enter")
        await wait_for(pilot, lambda: 'No session matches review "Child ZY" (child-zy) and team '
                       '"mash" together' in _report_text(app))  # as typed
        assert "Sessions held" not in _report_text(app)


TEAM_NAME = "Moorvale Children's Safeguarding Team"
"""A team's name as a partnership writes one (37 characters): the Team box shows it whole."""


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_every_filter_box_and_button_fits_the_screen(fictional_dir, sessions_dir, size):
    """At 80x24 the Team box was ten characters wide (a team typed there showed as "rimary")
    and the Update button ran to the right edge (a fresh-eyes trial). Every box and button is
    inside the screen, Update a column inside its edge, the Team box shows a team's name
    whole, and each date box and the Review box their hints."""
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    width, height = size
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=5)
        screen = app.screen
        team = screen.query_one("#report-team", Input)
        team.value = TEAM_NAME
        await pilot.pause()
        widgets = [*screen.query("#report-filters Input"), *screen.query("#report-filters Button"),
                   *screen.query("#report-saves Button")]
        assert len(widgets) == 8
        for widget in widgets:
            region = widget.region
            assert region.width > 0 and region.x >= 0 and region.right <= width \
                and region.bottom <= height - 1, (widget, region)  # (above the footer)
        assert screen.query_one("#report-update").region.right <= width - 1
        lines = _screen_lines(app)
        inside = team.content_region
        assert lines[inside.y][inside.x:inside.right].strip() == TEAM_NAME
        for box, hint in (("since", "e.g. 1/3/2026"), ("until", "e.g. 1/9/2026"),
                          ("review", "id or title")):
            inside = screen.query_one(f"#report-{box}", Input).content_region
            assert lines[inside.y][inside.x:inside.right].strip() == hint
        body = screen.query_one("#report-body")
        assert body.region.height >= (12 if height >= 24 else 8)  # the report keeps room


async def test_refusals_are_said_once_in_place_of_the_report_both_boxes_too(fictional_dir,
                                                                            sessions_dir):
    """Three refusals in a row each stacked a pop-up on the last (a trial); and with Since
    and Until both wrong only Since's was said in place of the report, Until's on its border
    alone, the same again in a pop-up: 9 of 24 rows (a learning lead's trial). Each refusal
    is said once, in place of the report, both boxes' problems together, in view at 80x24;
    a report made takes it away."""
    _sessions(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=5)
        since = app.screen.query_one("#report-since", Input)
        until = app.screen.query_one("#report-until", Input)
        for typed, after, words in (
                ("31/02/2026", "", "there is no 31 Feb"),
                ("September 2099", "", "still to come"),
                ("2025", "2024", "is after Until"),
                ("whenever", "Q5", "Until: 'Q5' is not a date")):
            since.value, until.value = typed, after
            since.focus()
            await pilot.press("enter")
            await wait_for(pilot, lambda words=words: words in _report_text(app))
        assert "Since: 'whenever' is not a date reflect can read." in _report_text(app)
        shown = " ".join(" ".join(_screen_lines(app)).split())
        assert "Since: 'whenever'" in shown and "Until: 'Q5'" in shown
        assert "Q4 is October to December)." in shown  # the ways to type one, in view
        assert [n.message for n in app._notifications] == []  # never again in a pop-up
        since.value = until.value = ""
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 5 " in _report_text(app))
