"""A briefing naming its child with a hyphen ("Child Q-Test", an invented child) is imported
as that child's review, `child-q-test` titled "Child Q-Test": it was "Child Q", `child-q`.
And a review whose child is named with a hyphen ("Child Q-Test", an invented child) keeps the
child's name: the export's check and the partnership's report took the review's own "Q-Test"
for someone's name, the notes of every session on it were refused ("Session title: likely
name: Q-Test") and the report listed "Child [redacted] team discussion" (a learning lead's
fresh-eyes trial).

Every name, team and place here is invented.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect.export.identifiers import find_identifiers
from reflect.importer import import_briefing
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.report import Filters, gather
from reflect.report.cache import KIND
from reflect.report.facts import facts_of
from reflect.store.cache import cache_file
from reflect.store.sessions import save_session


def _q_test(review: Review) -> Review:
    return review.model_copy(update={"title": "Child Q-Test"})


def _session(review: Review, **fields) -> Session:  # type: ignore[no-untyped-def]
    return Session.start(review, "20261201-child-q-test-0000cafe", team="Team Blue",
                         created=datetime(2026, 12, 1, 10, tzinfo=UTC),
                         facilitator="Lee Placeholder",
                         participants=[Participant(name="Pat Example", role="Social worker",
                                                   agency="Invented Council")], **fields)


def test_the_reviews_hyphenated_child_is_kept_in_the_report(review: Review) -> None:
    q_test = _q_test(review)
    f = facts_of(_session(q_test, title="Child Q-Test team discussion", actions=[
        Action(text="Share Child Q-Test's learning with the nursery"),
        Action(text="Ring Mum Jo about baby Sam-Lee")]))
    assert f.title == "Child Q-Test team discussion"
    assert [a.text for a in f.actions] == [
        "Share Child Q-Test's learning with the nursery",
        "Ring Mum [redacted] about baby [redacted]"]


def test_the_reviews_hyphenated_child_is_no_finding_of_the_export_check(
        review: Review) -> None:
    q_test = _q_test(review)
    session = _session(q_test, title="Child Q-Test — reflection",
                       actions=[Action(text="Tell Mum Jo-Anne about the plan")])
    found = [(f.where, f.text) for f in find_identifiers(session, q_test)]
    assert found == [("Agreed action 1", "Jo-Anne")]


def test_a_cache_that_redacted_the_reviews_child_is_not_used(review: Review,
                                                             tmp_path: Path) -> None:
    """A report-v25 cache holds "Child [redacted] team discussion": its facts are not read."""
    folder, cache = tmp_path / "sessions", tmp_path / "cache"
    save_session(folder, _session(_q_test(review), title="Child Q-Test team discussion"))
    gather([folder], Filters(), cache=cache)
    data = json.loads(cache_file(KIND, folder, cache).read_text("utf-8"))
    for record in data["files"].values():  # as reflect's v25 cache held it
        record["facts"]["title"] = "Child [redacted] team discussion"
    cache_file(KIND, folder, cache).unlink()
    cache_file("report-v25", folder, cache).write_text(json.dumps(data), encoding="utf-8")
    found = gather([folder], Filters(), cache=cache)
    assert [f.title for _, f, _ in found.sessions] == ["Child Q-Test team discussion"]


BRIEFING = ("{heading}\n\nInvented Northvale Safeguarding Children Partnership\n\n"
            "## What happened\n\n{child} is an invented child.\n\n"
            "## Questions for reflection\n\n- Who lives in the home?\n")


@pytest.mark.parametrize(("heading", "child", "title", "review_id"), [
    ("# Child Q-Test: learning briefing", "Child Q-Test", "Child Q-Test", "child-q-test"),
    ("# Child T-J: 7-minute briefing", "T-J", "Child T-J", "child-t-j"),
    ("# Seven-minute briefing", "Child Q-Test", "Child Q-Test", "child-q-test"),
    # no hyphenated name: as before
    ("# Child Q: learning briefing", "Q", "Child Q", "child-q"),
    ("# Child Q-focused practice", "Sam", "Child Q", "child-q"),
])
def test_the_child_named_with_a_hyphen_is_the_title_and_the_id(
        heading: str, child: str, title: str, review_id: str) -> None:
    report = import_briefing(BRIEFING.format(heading=heading, child=child), name_hint="brief",
                             kind="md")
    assert (report.review["title"], report.review["id"]) == (title, review_id)
    assert report.review["questions"][0]["id"] == review_id.removeprefix("child-") + "-q1"
