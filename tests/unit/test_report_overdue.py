"""The overdue actions, as a learning lead asking "whose actions are overdue?" reads them (a
trial): the heading says what the list holds.

Every team, person and action here is invented.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, Report, build_report, gather, to_html, to_markdown
from reflect.report.words import summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)
TEAM = "Moorvale MASH"


def _people() -> list[Participant]:
    return [Participant(id="p1", name="Sam Sample", role="Social worker", agency="CSC"),
            Participant(id="p2", name="Jo Example", role="Health visitor",
                        agency="Invented Health Trust")]


def moorvale(fictional_dir: Path, tmp_path: Path) -> Path:
    """A shared folder: Moorvale MASH met in June and again in November."""
    review = load_library(fictional_dir).get("child-zz")
    folder = tmp_path / "shared"
    june = Session.start(review, "20260610-child-zz-0000aaa1", title="June huddle", team=TEAM,
                         facilitator="Ray Example", participants=_people(),
                         created=here(2026, 6, 10, 10))
    june.actions = [
        Action(id="a1", text="Invented audit of referrals", owner="Sam Sample",
               due="1/7/2026", due_date=date(2026, 7, 1)),
        Action(id="a2", text="Invented briefing to practices", owner="Alex Example",
               due="1/8/2026", due_date=date(2026, 8, 1), status="in progress"),
        Action(id="a3", text="Invented leaflet check", due="2/8/2026",
               due_date=date(2026, 8, 2)),
        Action(id="a4", text="Invented rota change", owner="Duty manager", due="3/8/2026",
               due_date=date(2026, 8, 3)),
        Action(id="a5", text="Invented thing done", owner="Sam Sample", due="1/7/2026",
               due_date=date(2026, 7, 1), status="done"),
    ]
    november = Session.start(review, "20261110-child-zz-0000bbb1", title="November huddle",
                             team=TEAM, facilitator="Ray Example", participants=_people(),
                             created=here(2026, 11, 10, 10))
    november.actions = [
        Action(id="a1", text="Invented follow-up visit", owner="jo example", due="1/12/2026",
               due_date=date(2026, 12, 1), status="in progress"),
        Action(id="a2", text="Invented later review", owner="Sam Sample", due="1/1/2099",
               due_date=date(2099, 1, 1)),
    ]
    for s in (june, november):
        save_session(folder, s)
    return folder


def report_on(folder: Path, filters: Filters | None = None) -> Report:
    return build_report(gather([folder], filters or Filters(), today=TODAY), today=TODAY)


def test_the_heading_says_the_list_holds_actions_in_progress_too(fictional_dir, tmp_path):
    report = report_on(moorvale(fictional_dir, tmp_path))
    assert "in progress" in {a.status for a in report.overdue}
    heading = "Overdue actions (open or in progress, past their due date on 4 December 2026)"
    assert f"## {heading}\n" in to_markdown(report)
    assert f'<h2 id="overdue">{heading}</h2>' in to_html(report)
    assert "open past their due date" not in to_markdown(report) + to_html(report)


def test_attendances_are_said_to_count_a_person_once_per_meeting(fictional_dir, tmp_path):
    # Two people at two meetings: four attendances, which a lead read as four practitioners
    # (a trial): the figure says what it counts wherever it is shown.
    report = report_on(moorvale(fictional_dir, tmp_path))
    said = "4 (one person at two meetings counts twice)"
    assert ("Attendances at team discussions", said) in summary_rows(report)
    assert f"| Attendances at team discussions | {said} |" in to_markdown(report)
    assert f"<dt>Attendances at team discussions</dt><dd>{said}</dd>" in to_html(report)
