"""By team, a practitioner's own reflection that gives no team is listed under a heading of
its own, not as "(team not recorded)" (a trial read it as a team discussion whose team was
lost). Every team and person here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.model.session import Session
from reflect.report import build_report, gather, to_html, to_markdown
from reflect.report.lines import NO_TEAM
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)
OWN_REFLECTIONS = "Individual reflections (no team given)"


def _save(fictional_dir: Path, folder: Path, n: int, team: str, mode: str) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, f"2026110{n}-child-zz-0000abc{n}", mode=mode, team=team,
                      created=here(2026, 11, n, 12))
    s.answers[0].text = "An invented answer."
    save_session(folder, s)


def test_own_reflections_have_their_own_heading_by_team(fictional_dir, tmp_path):
    folder = tmp_path / "sessions"
    _save(fictional_dir, folder, 1, "Invented Team", "team")
    _save(fictional_dir, folder, 2, "", "team")  # a team discussion whose team was not typed
    _save(fictional_dir, folder, 3, "", "individual")
    _save(fictional_dir, folder, 4, "Invented Team", "individual")  # names its team: there
    report = build_report(gather([folder], today=TODAY, use_cache=False),
                          {"child-zz": "Child ZZ"}, TODAY)
    by_team = {t.team: t.reviews[0] for t in report.teams}
    assert list(by_team) == ["Invented Team", NO_TEAM, OWN_REFLECTIONS]
    assert (by_team[NO_TEAM].dates, by_team[NO_TEAM].individual) == ([date(2026, 11, 2)], [])
    assert (by_team[OWN_REFLECTIONS].dates, by_team[OWN_REFLECTIONS].individual) == (
        [], [date(2026, 11, 3)])
    assert by_team["Invented Team"].individual == [date(2026, 11, 4)]
    md = to_markdown(report)
    # (its writers' own actions are counted under the heading, before the reviews)
    assert (f"### {OWN_REFLECTIONS}\n\nPersonal actions from individual reflections: "
            in md)
    assert "\n\n- Child ZZ: 1 individual reflection: 3 November 2026" in md
    assert OWN_REFLECTIONS in to_html(report)
