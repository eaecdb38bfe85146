"""A saved report is named by what it covers, then when it was made: named by the moment
alone (`report-2026-12-05-131345.html`), a learning lead with ten of them could not tell which
was which (a trial). The Reports screen's save and `reflect report -o FOLDER` name them so,
and the overdue actions' CSV beside one is named after it.

Every team, person and action here is invented.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.report import Filters, Report, ReviewLine
from reflect.report.file_names import free_report_path, period_part, report_stem
from tests.unit.test_report_overdue import moorvale

MADE = datetime(2026, 12, 5, 13, 13, 45)
SAFE = re.compile(r"^[a-z0-9-]+$")


def _report(filters: Filters, teams_taken: list[str] | None = None) -> Report:
    return Report(today=date(2026, 12, 5), filters=filters, totals=ReviewLine("", "All"),
                  teams_taken=teams_taken or [])


@pytest.mark.parametrize(("since", "until", "said"), [
    (None, None, ""),
    (date(2026, 10, 1), date(2026, 12, 31), "q4-2026"),
    (date(2026, 1, 1), date(2026, 3, 31), "q1-2026"),
    (date(2026, 10, 1), date(2026, 10, 31), "oct-2026"),
    (date(2026, 2, 1), date(2026, 2, 28), "feb-2026"),
    (date(2026, 6, 1), date(2026, 11, 30), "jun-nov-2026"),
    (date(2026, 2, 1), date(2026, 4, 30), "feb-apr-2026"),  # three months, not a quarter
    (date(2026, 1, 1), date(2026, 12, 31), "2026"),
    (date(2025, 11, 1), date(2026, 2, 28), "nov-2025-to-feb-2026"),
    (date(2026, 10, 5), date(2026, 11, 20), "2026-10-05-to-2026-11-20"),
    (date(2026, 10, 1), date(2026, 11, 20), "2026-10-01-to-2026-11-20"),
    (date(2026, 10, 5), None, "since-2026-10-05"),
    (None, date(2026, 11, 20), "until-2026-11-20"),
])
def test_a_period_is_said_as_a_lead_says_it(since, until, said):
    assert period_part(since, until) == said


def test_a_name_says_what_the_report_covers_then_when_it_was_made():
    assert report_stem(_report(Filters()), MADE) == "report-all-sessions-made-2026-12-05-1313"
    quarter = Filters(since=date(2026, 10, 1), until=date(2026, 12, 31), review="child-i",
                      team="Riverside MASH")
    assert report_stem(_report(quarter), MADE) == \
        "report-child-i-team-riverside-mash-q4-2026-made-2026-12-05-1313"
    # the one team a part typed took, by its name; the words typed where they took several
    typed = Filters(team="river")
    assert report_stem(_report(typed, ["Riverside MASH"]), MADE) == \
        "report-team-riverside-mash-made-2026-12-05-1313"
    several = Filters(team="mash")
    assert report_stem(_report(several, ["mash", "MASH team"]), MADE) == \
        "report-team-mash-made-2026-12-05-1313"


def test_a_team_whose_name_starts_with_team_is_not_said_team_team():
    """`report-child-wren-team-team-blue-…` (a learning lead's trial)."""
    blue = Filters(review="child-wren", team="Team Blue")
    assert report_stem(_report(blue), MADE) == \
        "report-child-wren-team-blue-made-2026-12-05-1313"
    assert report_stem(_report(Filters(team="blue"), ["TEAM  blue"]), MADE) == \
        "report-team-blue-made-2026-12-05-1313"
    assert report_stem(_report(Filters(team="Team")), MADE) == \
        "report-team-made-2026-12-05-1313"
    # a name only ending in "team", or starting with a word that starts so, keeps its "team-"
    assert report_stem(_report(Filters(team="Teamwork Hub")), MADE) == \
        "report-team-teamwork-hub-made-2026-12-05-1313"
    assert report_stem(_report(Filters(team="Blue Team")), MADE) == \
        "report-team-blue-team-made-2026-12-05-1313"


def test_a_name_holds_safe_characters_only_and_stays_short():
    odd = Filters(review="child-zz", team='[b]Moorvale/..\\ "Café" Team & Co: a very long '
                                         "invented name indeed")
    stem = report_stem(_report(odd), MADE)
    assert SAFE.match(stem), stem
    assert stem == "report-child-zz-team-b-moorvale-cafe-team-co-made-2026-12-05-1313"
    assert len(stem) <= 80
    # a team of no letters or digits a name can hold is left out, not said as "team-"
    assert report_stem(_report(Filters(team="★★")), MADE) == \
        "report-all-sessions-made-2026-12-05-1313"


def test_two_made_in_one_minute_never_share_a_name(tmp_path):
    report = _report(Filters(review="child-i"))
    first = free_report_path(tmp_path, report, MADE, "html", Path.exists)
    assert first.name == "report-child-i-made-2026-12-05-1313.html"
    first.write_text("x")
    second = free_report_path(tmp_path, report, MADE, "html", Path.exists)
    assert second.name == "report-child-i-made-2026-12-05-1313-2.html"


def test_reflect_report_into_a_folder_names_the_report_and_its_overdue_csv(
        fictional_dir, tmp_path, capsys):  # type: ignore[no-untyped-def]
    folder = moorvale(fictional_dir, tmp_path)
    out = tmp_path / "reports"
    out.mkdir()
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main([*args, "--team", "moorvale", "--since", "1/6/2026", "--until", "30/11/2026",
                 "--format", "csv", "-o", f"{out}/"]) == 0
    [report, *others] = sorted(out.iterdir(), key=lambda p: len(p.name))
    assert re.fullmatch(r"report-team-moorvale-mash-jun-nov-2026-made-"
                        r"\d{4}-\d\d-\d\d-\d{4}\.csv", report.name), report.name
    beside = report.with_name(report.stem + "-overdue-actions.csv")
    assert sorted(p.name for p in others) == sorted(  # the sessions and every action too
        report.stem + end for end in ("-overdue-actions.csv", "-sessions.csv",
                                      "-all-actions.csv"))
    said = capsys.readouterr().out
    assert f"Report written to {report}" in said and f"Overdue actions written to {beside}" \
        in said
    # again, without --force: a name of its own, nothing written over
    assert main([*args, "-o", str(out)]) == 0
    assert len(list(out.glob("report-all-sessions-made-*.md"))) == 1
    assert main([*args, "-o", str(out)]) == 0
    assert len(list(out.glob("report-all-sessions-made-*.md"))) == 2


def test_reflect_report_into_a_folder_not_there_makes_it_owner_only_and_says_so(
        fictional_dir, tmp_path, capsys):  # type: ignore[no-untyped-def]
    """`--help` gives `-o reports/` as its example; typed where there was no reports folder
    it said "will not write into reports: no such folder" (a fresh-eyes trial). The folder is
    made, owner-only as the sessions' folders are, and said so; a name without the slash is
    still no folder, and the refusal says how to name one."""
    folder = moorvale(fictional_dir, tmp_path)
    args = ["report", "--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    out = tmp_path / "reports" / "2026"
    assert main([*args, "-o", f"{out}/"]) == 0
    [report] = out.iterdir()
    assert report.name.startswith("report-all-sessions-made-") and report.suffix == ".md"
    assert (out.stat().st_mode & 0o777, out.parent.stat().st_mode & 0o777) == (0o700, 0o700)
    said = " ".join(capsys.readouterr().out.split())
    assert f"Made the folder {out} for it, readable by you only" in said
    assert f"Report written to {report}" in said
    # there now: not said again
    assert main([*args, "-o", f"{out}/"]) == 0
    assert "Made the folder" not in capsys.readouterr().out
    # no slash, no ending: not taken for a folder, and the refusal says how to name one
    assert main([*args, "-o", str(tmp_path / "nowhere")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "end the name with a slash (nowhere/)" in err
    assert not (tmp_path / "nowhere").exists()
    # a file where the folder would be: said, nothing written
    (tmp_path / "taken").write_text("invented")
    assert main([*args, "-o", f"{tmp_path / 'taken'}/"]) == 1
    assert "it is a file, not a folder" in capsys.readouterr().err
