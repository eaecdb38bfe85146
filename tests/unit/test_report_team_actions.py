"""By team, each team's actions are counted: done, in progress, open and overdue, its
discussions' apart from its members' own reflections, in the Markdown and the web page (a
learning lead's trial: only the all-actions CSV said them, a row an action). Every team,
action and person here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reflect.model.session import Action, Session
from reflect.report import build_report, gather, to_html, to_markdown
from reflect.store.library import load_library
from reflect.store.sessions import save_session
from tests.local_days import here

TODAY = date(2026, 12, 4)


def _save(fictional_dir: Path, folder: Path, n: int, team: str, mode: str,
          actions: list[Action]) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, f"2026110{n}-child-zz-0000abc{n}", mode=mode, team=team,
                      created=here(2026, 11, n, 12))
    s.answers[0].text = "An invented answer."
    s.actions = actions
    save_session(folder, s)


def _report(fictional_dir: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "sessions"
    past, later = date(2026, 11, 20), date(2027, 1, 20)
    _save(fictional_dir, folder, 1, "Invented Heron Team", "team", [
        Action(id="a1", text="Invented audit", due="20/11/2026", due_date=past),
        Action(id="a2", text="Invented leaflet", due="20/11/2026", due_date=past,
               status="in progress"),
        Action(id="a3", text="Invented rota", due="20/11/2026", due_date=past, status="done"),
        Action(id="a4", text="Invented huddle", due="20/01/2027", due_date=later)])
    _save(fictional_dir, folder, 2, "Invented Heron Team", "individual", [
        Action(id="a1", text="Invented reading", status="done")])
    _save(fictional_dir, folder, 3, "Invented Wren Team", "team", [])
    return build_report(gather([folder], today=TODAY, use_cache=False),
                        {"child-zz": "Child ZZ"}, TODAY)


def test_each_team_says_its_actions_by_status_and_overdue(fictional_dir, tmp_path):
    report = _report(fictional_dir, tmp_path)
    said = {t.team: t.actions.lines() for t in report.teams}
    assert said["Invented Heron Team"] == [
        ("Actions agreed at team discussions", "4 (1 done, 1 in progress, 2 open; 2 overdue)"),
        ("Personal actions from individual reflections",
         "1 (1 done, 0 in progress, 0 open; none overdue)")]
    # none agreed: one word, not "0 (0 done, 0 in progress, 0 open)" (a trial)
    assert said["Invented Wren Team"] == [("Actions agreed at team discussions", "none")]
    md = to_markdown(report)
    assert ("### Invented Heron Team\n\n"
            "Actions agreed at team discussions: 4 (1 done, 1 in progress, 2 open; 2 overdue)\n\n"
            "Personal actions from individual reflections: 1 (1 done, 0 in progress, 0 open; "
            "none overdue)\n\n- Child ZZ:") in md
    html = to_html(report)
    assert ("<td>Actions agreed at team discussions: 4 (1 done, 1 in progress, 2 open; "
            "2 overdue)<br>Personal actions") in html
