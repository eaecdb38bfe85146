"""The child a review's title names ("Child Rowan", an invented review) is kept in the report
on its own too, as the export's check keeps it: "My Rowan reflection" was listed as "My
[redacted] reflection" beside "Child Rowan reflection" kept whole, as "Rowan" is in the list of
first names (a learning lead's fresh-eyes trial). Other names are still redacted.

Every name, team and place here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

from reflect.export.identifiers import find_identifiers
from reflect.model.review import Review
from reflect.model.session import Action, Participant, Session
from reflect.report.facts import facts_of


def _session(review: Review, title: str, action: str) -> Session:
    return Session.start(review, "20261201-child-rowan-0000cafe", mode="individual",
                         title=title, created=datetime(2026, 12, 1, 10, tzinfo=UTC),
                         participants=[Participant(name="Pat Example", role="Social worker",
                                                   agency="Invented Council")],
                         actions=[Action(text=action)])


def test_the_reviews_child_alone_is_kept_in_the_report(review: Review) -> None:
    rowan = review.model_copy(update={"title": "Child Rowan"})
    session = _session(rowan, "My Rowan reflection", "Share what Rowan said with Jo Invented")
    f = facts_of(session)
    assert f.title == "My Rowan reflection"
    assert [a.text for a in f.actions] == ["Share what Rowan said with [redacted]"]
    # The export's check finds the same: the other name, never the review's child
    assert [x.text for x in find_identifiers(session, rowan)] == ["Jo Invented"]
    # On another review, "Rowan" is a name like any other
    other = facts_of(_session(review, "My Rowan reflection", "Ring Rowan"))
    assert other.title == "My [redacted] reflection"
