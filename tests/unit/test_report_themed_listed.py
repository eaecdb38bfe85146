"""A report on one review lists, under each of its recommendations, the actions themed
sessions agreed on it after its own, each said to come from a themed session, overdue or not:
they were said only as a number (`1 action agreed in a themed session`) and listed only once
overdue (a learning lead's trial). Every action in every list says whose it is, as the overdue
actions do: those under a recommendation said none. Every review, team and action here is
invented."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, make_report, to_html, to_markdown
from reflect.report.csv_tables import to_actions_csv
from reflect.store.catalogue import load_catalogue
from reflect.store.sessions import save_session
from tests.local_days import here
from tests.unit.test_report_theme_recommendations import THEME, _library

ZY = "Invented ZY recommendation"
OWN = "20260302-child-zy-0000bbb2"
THEMED = "20260301-theme-information-sharing-0000bbb1"


def held(content: Path, sessions: Path) -> None:
    """A themed meeting that agreed one action on Child ZY's recommendation, owned by its
    team manager, due 30 June 2026; Child ZY's own meeting, one action on it, owned by a
    practice manager, due 1 May 2026."""
    _library(content)
    catalogue = load_catalogue(content)
    people = [Participant(role="Social worker", agency="Invented Council")]
    themed = Session.start(catalogue.load(THEME), THEMED, created=here(2026, 3, 1),
                           team="Invented Team 1", participants=people)
    themed.actions = [Action(text="Ring the invented school", owner="Team manager",
                             due="2026-06-30", recommendation=f"{ZY} (Child ZY)")]
    own = Session.start(catalogue.load("child-zy"), OWN, created=here(2026, 3, 2),
                        team="Invented Team 1", participants=people)
    own.actions = [Action(text="Check the invented chronology", owner="Practice manager",
                          due="2026-05-01", recommendation=ZY)]
    for s in (themed, own):
        s.answers[0].text = "An invented answer."
        save_session(sessions, s)


def _report(tmp_path: Path, review: str | None, today: date):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    if not content.exists():
        held(content, sessions)
    return make_report([sessions], Filters(review=review), load_catalogue(content), None,
                       today, use_cache=False)[0]


OWN_LINE = ("Check the invented chronology (open; due Fri 1 May 2026; Invented Team 1; owner: "
            f"Practice manager; session {OWN})")
THEMED_LINE = ("Ring the invented school (open; due Tue 30 Jun 2026; Invented Team 1; owner: Team "
               "manager; agreed in a themed session (information sharing); session "
               f"{THEMED})")


def test_a_themed_sessions_action_not_yet_due_is_listed_under_the_reviews_recommendation(
        tmp_path):
    report = _report(tmp_path, "child-zy", date(2026, 4, 1))  # neither is due yet
    assert report.overdue == []
    md = to_markdown(report)
    listed = md.split("## Actions by recommendation")[1].split("\n## ")[0]
    assert (f"**{ZY}**: 1 action: 0 done, 0 in progress, 1 open; 1 action agreed in a themed "
            "session (information sharing)") in listed  # its own counted alone, as before
    assert f"- {OWN_LINE}\n- {THEMED_LINE}\n" in listed
    assert f"<li>{OWN_LINE}</li>\n<li>{THEMED_LINE}</li>" in to_html(report)
    rows = list(csv.DictReader(io.StringIO(to_actions_csv(report))))
    assert [(r["review_id"], r["action"], r["owner"], r["recommendation"]) for r in rows] == [
        (THEME, "Ring the invented school", "Team manager", f"{ZY} (Child ZY)"),
        ("child-zy", "Check the invented chronology", "Practice manager", ZY)]
    assert "| Actions agreed at team discussions | 1 (0 done, 0 in progress, 1 open) |" in md


def test_overdue_it_is_listed_there_and_among_the_overdue_and_once_in_a_report_on_all(tmp_path):
    report = _report(tmp_path, "child-zy", date(2026, 7, 10))
    assert [a.text for a in report.overdue] == ["Check the invented chronology",
                                                "Ring the invented school"]
    assert f"- {THEMED_LINE}\n" in to_markdown(report)
    # A report on every review lists it under the theme's line, once, as before
    every = to_markdown(_report(tmp_path, None, date(2026, 4, 1)))
    assert every.count("- Ring the invented school (") == 1
    assert "agreed in a themed session (information sharing); session" not in every
