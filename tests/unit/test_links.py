"""An action linked to a long recommendation keeps the review's full words (#15.3), and can be
linked to an action-plan item too (#15.6). All data here is invented."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from reflect.model.links import PLAN_PREFIX, full_words, link_choices, relink
from reflect.model.review import Review
from reflect.model.session import Action, Session
from reflect.report.build import build_report
from reflect.report.facts import facts_of
from reflect.report.gather import Filters, Gathered
from reflect.report.lines import LibraryReview
from reflect.store.exports import render_bytes
from tests.conftest import FICTIONAL_REVIEW

LONG = ("Invented Shire agencies should hold every strategy meeting within five working days "
        "and record who was invited, who came and why anyone who was invited could not come, "
        "so that the invented partnership can check that information reached each agency.")
CUT = LONG[:199].rstrip() + "…"  # what sessions saved before kept


def long_review(plan: bool = False) -> Review:
    data = tomllib.loads(FICTIONAL_REVIEW)
    data["recommendations"] = [{"text": LONG}, {"title": "Invented short one", "text": "x"}]
    if plan:
        data["action_plan"] = {"title": "Invented plan", "items": [
            {"recommendation": "Invented plan item: train the invented team",
             "action": "Invented training", "status": "Under way"}]}
    return Review.model_validate(data)


def test_the_choices_keep_the_full_words() -> None:
    assert len(LONG) > 200
    assert [c.words for c in link_choices(long_review())] == [LONG, "Invented short one"]


def test_action_plan_items_are_offered_labelled_as_such() -> None:
    choices = link_choices(long_review(plan=True))
    assert choices[-1].kind == "action plan"
    assert choices[-1].words == PLAN_PREFIX + "Invented plan item: train the invented team"


def test_an_old_shortened_copy_reads_as_the_full_words() -> None:
    review = long_review()
    assert full_words(CUT, review) == LONG
    assert full_words("Unknown invented recommendati…", review) == "Unknown invented recommendati…"
    s = Session.start(review, "s-old", team="Invented team")
    s.add_action(Action(text="Invented action", recommendation=CUT))
    s.add_action(Action(text="Other", recommendation="Not in the review…"))
    assert relink(s, review)
    assert [a.recommendation for a in s.actions] == [LONG, "Not in the review…"]


def test_opening_an_old_session_migrates_it() -> None:
    review = long_review()
    s = Session.start(review, "s-old", team="Invented team")
    s.add_action(Action(text="Invented action", recommendation=CUT))
    s.sync_questions(review)
    assert s.actions[0].recommendation == LONG


def test_every_export_prints_the_full_words_of_an_old_copy() -> None:
    review = long_review()
    s = Session.start(review, "s-old", team="Invented team")
    s.add_action(Action(text="Invented action", recommendation=CUT))
    for fmt in ("md", "txt", "html", "json", "csv"):
        text = " ".join(render_bytes(s, fmt, review).decode("utf-8").split())
        assert "so that the invented partnership can check" in text, fmt
    assert s.actions[0].recommendation == CUT  # exporting changes nothing in the session


def test_reports_count_an_old_copy_under_the_recommendation() -> None:
    review = long_review()
    s = Session.start(review, "s-old", team="Invented team")
    s.add_action(Action(text="Invented action", recommendation=CUT))
    g = Gathered(sessions=[(Path("s-old.toml"), facts_of(s), None)], filters=Filters())
    report = build_report(g, {"child-zz": "Child ZZ"}, date(2030, 1, 1),
                          library={"child-zz": LibraryReview([LONG])})
    line = next(r for r in report.recommendations if r.recommendation == LONG)
    assert line.in_review and len(line.actions) == 1
