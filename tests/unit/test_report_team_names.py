"""One team has one name in every report: the spelling most used over every session read,
whatever the filters. "Health Visiting East" in the whole report was "health visiting (east)"
in a report `--since` chose, where the sessions it held used that spelling most (a trial).
Every team here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.model.session import Session
from reflect.report import Filters, build_report, gather, to_csv, to_html, to_markdown
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.command_line import run
from tests.local_days import here

TODAY = date(2026, 12, 4)


def _held(fictional_dir: Path, folder: Path) -> None:
    """Invented East Team twice in the spring; the same team written "invented  east team."
    once, in November."""
    review = load_library(fictional_dir).get("child-zz")
    for n, (team, day) in enumerate((("Invented East Team", date(2026, 3, 3)),
                                     ("Invented East Team", date(2026, 4, 7)),
                                     ("invented  east team.", date(2026, 11, 10)))):
        s = Session.start(review, f"{day:%Y%m%d}-child-zz-0000abf{n}", title=f"Meeting {n}",
                          team=team, created=here(day.year, day.month, day.day, 12))
        s.answers[0].text = "An invented answer"
        save_session(folder, s)


def test_a_team_is_named_alike_whatever_the_filters(fictional_dir, sessions_dir):
    _held(fictional_dir, sessions_dir)
    for filters in (Filters(), Filters(since=date(2026, 11, 1)),
                    Filters(team="invented east team")):
        report = build_report(gather([sessions_dir], filters, TODAY), {"child-zz": "Child ZZ"},
                              TODAY)
        assert [t.team for t in report.teams] == ["Invented East Team"], filters
        assert report.reviews[0].teams == ["Invented East Team"]
        for text in (to_markdown(report), to_html(report)):
            assert "invented  east team." not in text and "invented east team." not in text
        assert to_csv(report)  # (the CSV counts teams, naming none)


def test_reflect_report_since_names_the_team_as_the_whole_report_does(capsys, fictional_dir,
                                                                      sessions_dir):
    _held(fictional_dir, sessions_dir)
    args = ["report", "--sessions-dir", str(sessions_dir), "--content-dir", str(fictional_dir)]
    code, out, err = run(capsys, *args, "--since", "1/11/2026")
    assert code == 0, err
    assert "### Invented East Team" in out and "east team." not in out
