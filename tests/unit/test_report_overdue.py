"""The overdue actions, as a learning lead asking "whose actions are overdue?" reads them (a
trial): whose each is, by role and agency (the report names no one), in every format, the
overdue actions in a CSV of their own beside the report's; the heading says what the list
holds; and a report on dates lists every action still overdue, those agreed before (or after)
its period said so, its counts the period's own.

Every team, person and action here is invented.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.cli import main
from reflect.model.session import Action, Participant, Session
from reflect.report import (
    CSV_COLUMNS,
    OVERDUE_CSV_COLUMNS,
    Filters,
    Report,
    build_report,
    gather,
    to_csv,
    to_html,
    to_markdown,
    to_overdue_csv,
)
from reflect.report.summary_rows import summary_rows
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here
from tests.readers import csv_rows

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
        Action(id="a6", text="Invented chairing", owner="Ray Example", due="4/8/2026",
               due_date=date(2026, 8, 4)),
        Action(id="a7", text="Invented cover", owner="Sam Sample's manager", due="5/8/2026",
               due_date=date(2026, 8, 5)),
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


OWNERS = {
    "Invented audit of referrals": "Social worker, Children's Social Care",  # a participant
    "Invented briefing to practices": "[redacted]",  # a name not on the session's list
    "Invented leaflet check": "no owner given",
    "Invented rota change": "Duty manager",  # a job, no one's name
    "Invented chairing": "Facilitator",  # the session's facilitator
    "Invented cover": "[redacted]'s manager",
    "Invented follow-up visit": "Health visitor, Invented Health Trust",  # typed "jo example"
}
NAMES = ("Sam", "Sample", "Alex", "Jo Example", "jo example", "Ray")


def test_each_overdue_action_says_whose_it_is_naming_no_one(fictional_dir, tmp_path):
    folder = moorvale(fictional_dir, tmp_path)
    for _ in range(2):  # read from the files, then from the per-machine cache alone
        report = report_on(folder)
        assert {a.text: a.owner_shown for a in report.overdue} == OWNERS
    md, html = to_markdown(report), to_html(report)
    assert "| Review | Team | Owner | Action | Due | Status | Session |" in md
    assert ("| Child ZZ | Moorvale MASH | Social worker, Children's Social Care | Invented "
            "audit of referrals | Wed 1 Jul 2026 | open |") in md
    assert "| Moorvale MASH | no owner given | Invented leaflet check |" in md
    assert ('<th scope="col">Team</th><th scope="col">Owner</th>'
            '<th scope="col">Action</th>') in html
    assert ('<td dir="auto">Moorvale MASH</td><td dir="auto">Health visitor, Invented Health '
            'Trust</td><td dir="auto">Invented follow-up visit</td>') in html
    overdue_csv = to_overdue_csv(report)
    for text in (md, html, to_csv(report), overdue_csv):
        for name in NAMES:
            assert name not in text, name


def test_the_overdue_actions_csv_has_a_row_for_each(fictional_dir, tmp_path):
    report = report_on(moorvale(fictional_dir, tmp_path))
    rows = list(csv.DictReader(io.StringIO(to_overdue_csv(report), newline="")))
    assert tuple(rows[0]) == OVERDUE_CSV_COLUMNS
    assert {r["action"]: r["owner"] for r in rows} == OWNERS
    first = rows[0]
    assert (first["review_id"], first["team"], first["due"], first["due_date"],
            first["status"], first["session_id"], first["session_title"]) == (
        "child-zz", TEAM, "1/7/2026", "2026-07-01", "open", "20260610-child-zz-0000aaa1",
        "June huddle")
    assert [r["status"] for r in rows].count("in progress") == 2
    # the report's own CSV stays one row per review, its columns as they were
    assert next(csv.reader(io.StringIO(to_csv(report)))) == list(CSV_COLUMNS)


def test_the_command_writes_the_overdue_actions_csv_beside_the_reports(
        fictional_dir, tmp_path, capsys):
    folder = moorvale(fictional_dir, tmp_path)
    target = tmp_path / "out" / "quarter.csv"
    target.parent.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main([*args, "-o", str(target)]) == 0
    beside = tmp_path / "out" / "quarter-overdue-actions.csv"
    assert f"Overdue actions written to {beside}" in capsys.readouterr().out
    rows = csv_rows(beside)
    assert {r["owner"] for r in rows} >= {"Social worker, Children's Social Care",
                                          "no owner given"}
    # neither is written over unasked: the one beside it is said first
    target.unlink()
    assert main([*args, "-o", str(target)]) == 1
    assert "quarter-overdue-actions.csv (the overdue actions, beside quarter.csv)" in \
        capsys.readouterr().err
    assert not target.exists()
    assert main([*args, "-o", str(target), "--force"]) == 0
    # to standard output, the counts per review, and where the overdue actions go said
    capsys.readouterr()
    assert main([*args, "--format", "csv"]) == 0
    said = capsys.readouterr()
    assert said.out.lstrip("\ufeff").startswith("review_id,")
    assert "7 overdue actions go in CSVs of their own" in " ".join(said.err.split())


QUARTER = Filters(since=date(2026, 10, 1))
"""A quarter's report: November's meeting in it, June's before it."""


def test_a_report_on_dates_lists_every_action_still_overdue(fictional_dir, tmp_path):
    # `--since 1/10/2026` chose sessions by their day: June's actions, still overdue, were
    # left out, 10 shown against 15 with no dates (a trial).
    folder = moorvale(fictional_dir, tmp_path)
    whole, quarter = report_on(folder), report_on(folder, QUARTER)
    assert [a.text for a in quarter.overdue] == [a.text for a in whole.overdue]
    june = [a for a in quarter.overdue if a.session_id.startswith("20260610")]
    assert len(june) == 6 and {(a.outside, a.held) for a in june} == {
        ("before", date(2026, 6, 10))}
    assert [a.outside for a in quarter.overdue if a not in june] == [""]
    assert june[0].session_said == ("June huddle (20260610-child-zz-0000aaa1); agreed before "
                                    "this period, on 10 June 2026")
    rows = dict(summary_rows(quarter))
    assert rows["Actions overdue"] == "7 (6 agreed before this period)"
    # the period's counts are the period's: November's session and its two actions alone
    assert rows["Sessions held"] == "1 (1 team discussion, 0 individual reflections)"
    assert rows["Actions agreed at team discussions"] == "2 (0 done, 1 in progress, 1 open)"
    assert quarter.totals.attendees == 2 and quarter.reviews[0].actions_agreed == 2
    md, html = to_markdown(quarter), to_html(quarter)
    for text in (md, html):
        assert "agreed before this period, on 10 June 2026" in text
        assert "Every action still overdue today is listed, whatever the period" in text
    assert "agreed before this period" not in to_markdown(whole)
    assert dict(summary_rows(whole))["Actions overdue"] == "7"
    rows_csv = list(csv.DictReader(io.StringIO(to_overdue_csv(quarter))))
    assert {(r["session_held"], r["outside_period"]) for r in rows_csv} == {
        ("2026-06-10", "before"), ("2026-11-10", "")}


def test_actions_of_sessions_after_the_period_are_said_so_and_other_filters_still_apply(
        fictional_dir, tmp_path):
    folder = moorvale(fictional_dir, tmp_path)
    summer = report_on(folder, Filters(until=date(2026, 9, 30)))
    later = [a for a in summer.overdue if a.outside]
    assert [(a.text, a.outside) for a in later] == [("Invented follow-up visit", "after")]
    assert dict(summary_rows(summer))["Actions overdue"] == "7 (1 agreed after this period)"
    # another team's report lists none of Moorvale's, whatever their day
    other = report_on(folder, Filters(since=date(2026, 10, 1), team="Invented East Team"))
    assert other.overdue == []
