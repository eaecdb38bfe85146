"""Every report says every due date in one form, the date read: the Reports screen's personal
actions read `due 31/3/27 (Wed 31 Mar 2027)` beside `due 18 Dec (Fri 18 Dec 2026)`, and its
overdue table `31/3/26 (Tue 31 Mar 2026)` over `18 Nov (Wed 18 Nov 2026)`, each date as it was
typed first (a fresh-eyes trial). Then the screen said the date read while the saved reports
(Markdown, HTML, and the Markdown printed to the terminal) still said `end of March (Wed 31
Mar 2027)`: one rule, `report.dates.due_parts`, now says it for all. A date first agreed,
where a later meeting moved it, is said the same way; words that name no date are said as
typed, said so; the overdue actions' CSV keeps the words typed beside the dates read.

Every team, person and action here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable

from reflect.model.due import due_in_one_form
from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, to_html, to_markdown, to_overdue_csv
from reflect.report.action_line import ActionLine
from reflect.report.dates import due_parts
from reflect.report.make import make_report
from reflect.store.catalogue import load_catalogue
from reflect.store.library import load_library
from reflect.store.sessions import new_session_id, save_session
from reflect.ui.app import make_app
from tests.functional.helpers import wait_for
from tests.functional.test_reports_screen import _report_text, open_reports


def _folder(fictional_dir: Path, sessions_dir: Path) -> None:
    review = load_library(fictional_dir).get("child-zz")
    assert review is not None
    team = Session.start(review, new_session_id(review.id), title="Moorvale huddle",
                         team="Moorvale North Team",
                         participants=[Participant.parse("Sam Sample, Social worker, Moorvale")])
    team.actions = [Action(text="Ring the invented school nurse", owner="Social worker",
                           due="31/3/20", due_date=date(2020, 3, 31)),
                    Action(text="Check the invented hub referral", owner="Social worker",
                           due="18 Nov", due_date=date(2020, 11, 18)),
                    Action(text="Ask the invented panel", owner="Social worker",
                           due="when the audit is back")]
    own = Session.start(review, new_session_id(review.id), mode="individual",
                        title="My invented reflection", facilitator="Pat Placeholder")
    own.answer("zz-first").what = "Invented."  # type: ignore[union-attr]
    own.actions = [Action(text="Read the invented pathway", due="31/3/99",
                          due_date=date(2099, 3, 31)),
                   Action(text="Visit the invented family hub", due="18 Dec",
                          due_date=date(2098, 12, 18))]
    for s in (team, own):
        save_session(sessions_dir, s)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_reports_screen_says_each_due_date_in_one_form(
        fictional_dir: Path, sessions_dir: Path, size: tuple[int, int]) -> None:
    _folder(fictional_dir, sessions_dir)
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=size) as pilot:
        await open_reports(pilot, sessions_held=2)
        await wait_for(pilot, lambda: "Personal actions" in _report_text(app))
        text = " ".join(_report_text(app).split())
        assert "due Tue 31 Mar 2099;" in text and "due Thu 18 Dec 2098;" in text
        for typed in ("31/3/99", "18 Dec (", "31/3/20", "18 Nov ("):
            assert typed not in text, typed
        assert "Tue 31 Mar 2020" in text and "Wed 18 Nov 2020" in text
        if size[0] >= 80:  # the overdue table, each Due cell the date read and the status
            table = app.screen.query_one(".report-overdue", DataTable)
            await wait_for(pilot, lambda: table.row_count == 2)  # (filled after the text)
            due = [str(table.get_row_at(n)[1]).split("\n")[0] for n in range(table.row_count)]
            assert due == ["Tue 31 Mar 2020", "Wed 18 Nov 2020"]


def test_one_form_says_a_moved_date_and_words_naming_none_as_before() -> None:
    assert due_in_one_form("31/3/27", date(2027, 3, 31)) == "Wed 31 Mar 2027"
    assert due_in_one_form("end of March", date(2027, 3, 31)) == "Wed 31 Mar 2027"
    assert due_in_one_form("20/11/2026", None) == "Fri 20 Nov 2026"  # (a file older than dates)
    assert due_in_one_form("next term", None) == "next term (not read as a date)"
    assert due_in_one_form("", None) == ""
    moved = ActionLine("child-zz", "Child ZZ", "20261110-child-zz-0000bbb1", "Moorvale", "x",
                       "18/12/2026", date(2026, 12, 18), "open", agreed_due="1/11/2026",
                       agreed_due_date=date(2026, 11, 1))
    assert moved.due_parts == due_parts("18/12/2026", date(2026, 12, 18), "1/11/2026",
                                        date(2026, 11, 1)) == ("Fri 18 Dec 2026", "Sun 1 Nov 2026")
    said = due_parts("18/12/2026", date(2026, 12, 18), "1/11/2026", date(2026, 11, 1),
                     "moved to Fri 18 Dec 2026 at “Week 2”, 12 Dec 2026")
    assert said == ("Fri 18 Dec 2026",
                    "Sun 1 Nov 2026, moved to Fri 18 Dec 2026 at “Week 2”, 12 Dec 2026")
    assert due_parts("", None, "next term", None) == ("no date", "next term (not read as a date)")


def test_the_saved_reports_say_each_due_date_as_the_screen_does(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path) -> None:
    """The Markdown (as saved, and as printed to the terminal) and the HTML say the date read,
    `Tue 31 Mar 2099`, not `31/3/99 (Tue 31 Mar 2099)`; words that name no date as typed, said
    so; the overdue actions' CSV keeps the words typed, beside the date read."""
    _folder(fictional_dir, sessions_dir)
    report, _ = make_report([sessions_dir], Filters(), load_catalogue(fictional_dir),
                            tmp_path / "settings.toml", cache=tmp_path / "cache")
    for text in (to_markdown(report), to_html(report)):
        assert "due Tue 31 Mar 2099;" in text and "due Thu 18 Dec 2098;" in text
        assert "due Tue 31 Mar 2020;" in text and "due Wed 18 Nov 2020;" in text
        assert "due when the audit is back (not read as a date);" in text
        for typed in ("31/3/99", "18 Dec (", "31/3/20", "18 Nov ("):
            assert typed not in text, typed
    assert "| Tue 31 Mar 2020 | open |" in to_markdown(report)
    assert '<td class="d">Tue 31 Mar 2020</td>' in to_html(report)
    rows = to_overdue_csv(report).splitlines()
    assert ",31/3/20,2020-03-31," in rows[1] and ",18 Nov,2020-11-18," in rows[2]
