"""A report on one review counts the actions themed sessions agreed on its recommendations, said
as theirs (`1 action agreed in a themed session (information sharing)`), as a report on every
review says them under the theme's line: it said "No action yet" for a recommendation a themed
meeting had acted on. Every review, team and action here is invented."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from reflect.model.session import Action, Session
from reflect.report import Filters, make_report, to_csv, to_markdown
from reflect.report.words import rec_status
from reflect.store.catalogue import load_catalogue
from reflect.store.sessions import save_session
from tests.local_days import here
from tests.unit.test_report_theme_recommendations import THEME, TODAY, _held, _library

ZY = "Invented ZY recommendation"
COMPLETE = " (the briefing says it is complete: The invented school is rung the same day.)"


def _report(content: Path, sessions: Path, review: str | None, **filters: object):
    return make_report([sessions], Filters(review=review, **filters),  # type: ignore[arg-type]
                       load_catalogue(content), None, TODAY, use_cache=False)[0]


def _said(report) -> dict[tuple[str, str], str]:
    return {(r.review_id, r.label): rec_status(r)[1] for r in report.recommendations
            if r.in_review}


def test_a_report_on_one_review_counts_the_actions_a_themed_session_agreed_on_it(tmp_path):
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    _held(sessions, load_catalogue(content), ("child-zy", ""))  # its own meeting agreed none
    on_zy = _report(content, sessions, "child-zy")
    assert _said(on_zy) == {("child-zy", ZY): "No action yet; 1 action agreed in a themed "
                                              "session (information sharing)" + COMPLETE}
    assert on_zy.without_action == []
    md = to_markdown(on_zy)
    assert "| Recommendations with no action recorded here | 0 |" in md
    assert "| Actions agreed at team discussions | none |" in md
    rows = {row["review_id"]: row for row in csv.DictReader(io.StringIO(to_csv(on_zy)))}
    assert (rows["child-zy"]["recommendations_no_action_recorded"],
            rows["child-zy"]["actions_agreed"]) == ("0", "0")
    # The report on every review says the same one action, under the theme's line
    every = _said(_report(content, sessions, None))
    assert every[("child-zy", ZY)] == ("No action yet; 1 action agreed under Theme: "
                                       "information sharing" + COMPLETE)
    assert every[(THEME, f"{ZY} (Child ZY)")] == "1 action: 0 done, 0 in progress, 1 open"
    # A themed session outside the period is counted nowhere, its actions neither
    later = _report(content, sessions, "child-zy", since=date(2026, 3, 2))
    assert _said(later) == {("child-zy", ZY): "No action yet" + COMPLETE}


def test_a_review_discussed_only_under_a_theme_lists_its_recommendations(tmp_path):
    """Each theme said once, with its sessions and their actions; a practitioner's own
    themed reflection agrees no team's action, and a review no action names is untouched."""
    content, sessions = tmp_path / "content", tmp_path / "sessions"
    _library(content)
    catalogue = load_catalogue(content)
    _held(sessions, catalogue)  # a themed meeting's one action on Child ZY's; Child ZZ's own
    theme = catalogue.load(THEME)
    more = Session.start(theme, "20260305-theme-information-sharing-0000aaa5",
                         created=here(2026, 3, 5), team="Invented Team 2")
    more.actions = [Action(text=f"Invented step {n}", recommendation=f"{ZY} (Child ZY)")
                    for n in (1, 2)]
    alone = Session.start(theme, "20260306-theme-information-sharing-0000aaa6",
                          created=here(2026, 3, 6), mode="individual")
    alone.actions = [Action(text="Invented own step", recommendation=f"{ZY} (Child ZY)")]
    for s in (more, alone):
        s.answers[0].text = "An invented answer."
        save_session(sessions, s)
    on_zy = _report(content, sessions, "child-zy")
    assert [r.sessions for r in on_zy.reviews] == [0]  # none of its own: listed all the same
    assert _said(on_zy) == {("child-zy", ZY): "No action yet; 3 actions agreed in 2 themed "
                                              "sessions (information sharing)" + COMPLETE}
    assert _said(_report(content, sessions, "child-zz")) == {
        ("child-zz", "Invented recommendation"): "No action yet (the briefing's update: "
                                                 "Meetings are now held within five days.)"}
