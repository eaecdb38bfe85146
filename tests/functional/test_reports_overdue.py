"""The Reports screen's overdue actions, as a learning lead asking "whose actions are
overdue?" reads them (a trial): whose each is, by role and agency, in the table and in the
blocks narrower screens show; Save as CSV writes them beside the report's CSV; the heading
says what the list holds; a Since lists every action still overdue all the same, those
agreed before it said so; and the attendances said to be attendances, not people.

Every team, person and action here is invented.
"""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import DataTable, Input

from reflect.ui.app import make_app
from reflect.ui.screens.report_view import ReportView
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import (
    _report_text,
    _screen_lines,
    open_reports,
    saved_as_csv,
)
from tests.readers import csv_rows
from tests.unit.test_report_overdue import OWNERS, moorvale


async def every_line(pilot) -> list[str]:  # type: ignore[no-untyped-def]
    """The report's lines as the screen shows them, a page at a time from its top: the
    report's own rows only, so a sentence a page ends in runs on into the next page's first
    line (with the screen's footer and header between, one was not found whole once a line
    above it moved)."""
    app = pilot.app
    view = app.screen.query_one(ReportView)
    # What scrolls: the report, or under 24 rows the page it is on, the filters above it.
    pane = next((w for w in (view, *view.ancestors) if isinstance(w, Widget)
                 and w.allow_vertical_scroll), view)
    pane.scroll_home(animate=False)
    seen: list[str] = []
    shown_to = 0  # the report's rows seen so far (the last page may show some again)
    while True:
        await pilot.pause()
        report = view.scrollable_content_region  # (where its first row is, seen or not)
        window = report.intersection(pane.scrollable_content_region)
        first = window.y - report.y + int(view.scroll_y)  # the report's row shown first
        seen += [line[window.x:window.right] for line in  # (no scrollbar beside it)
                 _screen_lines(app)[window.y:window.bottom][max(0, shown_to - first):]]
        shown_to = first + window.height
        if pane.scroll_y >= pane.max_scroll_y:
            return seen
        pane.scroll_page_down(animate=False)


async def test_the_screens_heading_says_the_list_holds_actions_in_progress_too(
        fictional_dir, tmp_path):  # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_reports(pilot, sessions_held=2)
        await wait_for(pilot, lambda: "Overdue actions (" in _report_text(app))
        text = _report_text(app)
        assert "Overdue actions (open or in progress, past their due date on " in text
        assert "open past their due date" not in text


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_screen_says_attendances_count_a_person_once_per_meeting(
        fictional_dir, tmp_path, size):  # type: ignore[no-untyped-def]
    # Two people at two meetings: "Attendances …: 4" was read as four practitioners (a trial).
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        shown = " ".join(" ".join(await every_line(pilot)).split())
        assert ("Attendances at team discussions: 4 (one person at two meetings counts "
                "twice)") in shown


OWNER_LINES = ("owner: Social worker, Children's Social Care", "no owner given",
               "owner: Duty manager", "owner: Facilitator")


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
async def test_the_screen_says_whose_each_overdue_action_is(fictional_dir, tmp_path, size):
    # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count == 7)
        rows = [[str(c) for c in table.get_row_at(n)] for n in range(7)]
        assert table.stacked == (size == (60, 20))  # a table where its words fit
        if table.stacked:  # each a block: its owner on a line of its own
            blocks = [row[0].split("\n") for row in rows]
            for said in OWNER_LINES:
                assert any(said in block for block in blocks), said
        else:  # in the Action column, under the action's words, its review and team
            cells = {row[0].split("\n")[0]: row[0].split("\n")[1:] for row in rows}
            # (on one line where the column has room: at 100x30 beside a due date said short)
            assert " · ".join(cells["Invented audit of referrals"][:2]).startswith(
                "Child ZZ · Moorvale MASH · owner: Social worker, Children's Social Care")
            assert cells["Invented leaflet check"][0] == "Child ZZ · Moorvale MASH · no owner given"
        text = "\n".join([*await every_line(pilot), *(c for row in rows for c in row)])
        for name in ("Sam", "Sample", "Alex", "Jo Example", "jo example", "Ray Example"):
            assert name not in text, name


async def test_saved_as_csv_the_overdue_actions_go_beside_the_report(fictional_dir, tmp_path):
    # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_reports(pilot, sessions_held=2)
        saved = await saved_as_csv(pilot, folder)
        beside = saved.with_name(saved.stem + "-overdue-actions.csv")
        rows = csv_rows(beside)
        assert {r["action"]: r["owner"] for r in rows} == OWNERS
        shown = " ".join(_screen_lines(app))
        assert "Overdue actions beside it:" in shown and beside.name in shown


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_a_since_lists_every_action_still_overdue_saying_which_came_before(
        fictional_dir, tmp_path, size):  # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        app.screen.query_one("#report-since", Input).value = "1/10/2026"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 1 " in _report_text(app))
        assert "Actions overdue: 7 (6 agreed before this period)" in _report_text(app)
        table = app.screen.query_one(".report-overdue", DataTable)
        await wait_for(pilot, lambda: table.row_count == 7)
        cells = [" ".join(" ".join(str(c) for c in table.get_row_at(n)).split())
                 for n in range(7)]
        said = "agreed before this period, on 10 June 2026"
        assert sum(said in c for c in cells) == 6
        assert not any(said in c for c in cells if "Invented follow-up visit" in c)
        if size == (80, 24):  # a table: said under the action's owner, in the widest column
            action = next(i for i, c in enumerate(table.ordered_columns)
                          if "Action" in str(c.label))
            assert sum(said in " ".join(str(table.get_row_at(n)[action]).split())
                       for n in range(7)) == 6
        shown = " ".join(" ".join(await every_line(pilot)).split())
        assert "Every action still overdue today is listed, whatever the period" in shown


LONG = ("Invented audit of the last twenty referrals for missed fathers, with the findings "
        "recorded in the team log")


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_at_80x24_the_action_has_the_tables_width_and_its_rows_stay_short(
        fictional_dir, tmp_path, size):  # type: ignore[no-untyped-def]
    """At 80x24 a column each for the review, team, status and session left the action's
    words twelve wide: a row ran nine lines (a trial). The action has the width now, its
    review, team, owner, progress and session under its words; its due date and status
    beside it. At 60x20 each action is a block of the screen's width."""
    from datetime import date

    from reflect.model.session import Action
    from reflect.store.sessions import load_session, save_session

    folder = moorvale(fictional_dir, tmp_path)
    june = load_session(folder / "20260610-child-zz-0000aaa1.toml")
    june.actions[0].text = LONG
    june.add_action(Action(text="Invented rota check", owner="Duty manager", due="2/7/2026",
                           due_date=date(2026, 7, 2), status="in progress",
                           progress="half the invented rotas done"))
    save_session(folder, june)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        table = app.screen.query_one(".report-overdue", DataTable)
        # Filled at the width it has once laid out: it fills again as the report's scroll bar
        # comes and narrows it, and a loaded run read its columns from the first fill.
        await wait_for(pilot, lambda: table.row_count == 8
                       and table.filled_width == table.size.width)  # type: ignore[attr-defined]
        heights = [row.height for row in table.rows.values()]
        if size == (60, 20):
            assert table.stacked and max(heights) <= 7, heights
            return
        assert not table.stacked
        assert [str(c.label) for c in table.ordered_columns] == ["Action", "Due, status"]
        assert table.ordered_columns[0].width >= 50
        assert max(heights) <= 5, heights
        rows = {str(table.get_row_at(n)[0]).split("\n")[0]: n for n in range(8)}
        long = table.get_row_at(next(n for first, n in rows.items() if LONG.startswith(first)))
        assert " ".join(str(long[0]).split()).startswith(LONG)
        assert str(long[1]).split("\n") == ["Wed 1 Jul 2026", "open"]  # (the date read)
        rota = [str(c).split("\n") for c in table.get_row_at(rows["Invented rota check"])]
        assert rota[0] == ["Invented rota check",
                           "Child ZZ · Moorvale MASH · owner: Duty manager",
                           "progress: half the invented rotas done",
                           "session June huddle (20260610-child-zz-0000aaa1)"]
        assert rota[1][-1] == "in progress"
        shown = "\n".join(await every_line(pilot))
        for line in rota[0]:  # as the screen shows it, each line whole
            assert line in shown, line


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_undated_and_personal_actions_say_whose_and_the_period_on_screen(
        fictional_dir, tmp_path, size):  # type: ignore[no-untyped-def]
    from tests.unit.test_report_whose_undated_personal import _folder

    folder = _folder(fictional_dir, tmp_path)
    app = make_app(fictional_dir, folder)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=4)
        app.screen.query_one("#report-since", Input).value = "1/10/2026"
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Sessions held: 2 " in _report_text(app))
        shown = " ".join(_report_text(app).split())
        undated = shown[shown.index("Actions with a due date that is not a date Open"):]
        assert ("Invented leaflet reprint (open; due when the audit is back (not read as a "
                "date); Moorvale MASH; Child ZZ; owner: Social worker, Children's Social "
                "Care; session June huddle (20260610-child-zz-0000aaa1); agreed before this "
                "period, on 10 June 2026)") in undated
        personal = shown[shown.index("Personal actions from individual reflections What"):]
        assert ("Invented policy reread (open; due Wed 1 Jul 2026; past its due "
                "date; Moorvale MASH; owner: Designated safeguarding lead, Moorvale Primary "
                "School; also involved: Duty manager; session My own notes "
                "(20260612-child-zz-0000ccc1); written before this period, on 12 June "
                "2026)") in personal
        seen = " ".join(await every_line(pilot))
        for name in ("Sam", "Sample", "Jo Example", "Kit"):
            assert name not in shown and name not in seen, name
