"""Themed sessions: identical questions asked once, items left out, the content note for
several reviews (#15.15)."""

from __future__ import annotations

import tomllib

from reflect.model.care import content_note
from reflect.model.review import Review
from reflect.model.session import Session
from reflect.model.themes import (
    as_started,
    leave_out,
    normalised,
    source_count,
    theme_items,
    themed_review,
)
from tests.conftest import FICTIONAL_REVIEW


def invented(child: str, questions: list[str]) -> Review:
    data = tomllib.loads(FICTIONAL_REVIEW)
    data.update(id=f"child-{child.lower()}", title=f"Child {child}")
    data["questions"] = [{"id": f"q{n}", "text": t} for n, t in enumerate(questions, 1)]
    return Review.model_validate(data)


def test_identical_questions_are_asked_once_naming_every_review():
    a = invented("YA", ["What would you do first?", "Who would you tell?"])
    b = invented("YB", ["what would  you do FIRST", "Who would you tell next?"])
    c = invented("YC", ["What would you do first ?"])
    theme = themed_review("information-sharing", [a, b, c])
    assert [(q.text, q.source) for q in theme.questions] == [
        ("What would you do first?", "Child YA; Child YB; Child YC"),
        ("Who would you tell?", "Child YA"),
        ("Who would you tell next?", "Child YB")]
    assert normalised("Who’s  told?") == normalised("who's told")
    assert normalised("Who told?") != normalised("Who was told?")
    session = Session.start(theme, "20260101-theme-information-sharing-00000001")
    assert len(session.answers) == 3  # one answer for the merged question


def test_items_left_out_are_gone_and_stay_gone_when_opened_again():
    a = invented("YA", ["First?", "Second?"])
    b = invented("YB", ["Third?"])
    theme = themed_review("information-sharing", [a, b])
    items = theme_items(theme)
    assert [i.section for i in items].count("Good practice") == 2
    assert {i.source for i in items} == {"Child YA", "Child YB"}
    dropped = [items[0].key, next(i.key for i in items if i.text == "Second?")]
    kept = leave_out(theme, dropped)
    assert len(kept.good_practice) == 1 and kept.good_practice[0].source == "Child YB"
    assert [q.text for q in kept.questions] == ["First?", "Third?"]
    assert len(kept.development) == 2 and len(kept.recommendations) == 2
    # the keys do not depend on position: a review joining the theme does not shift them
    later = themed_review("information-sharing", [invented("YZ", ["New?"]), a, b])
    assert [q.text for q in as_started(later, dropped).questions] == ["New?", "First?", "Third?"]
    assert as_started(a, dropped) is a  # an ordinary review is never filtered


def test_the_content_note_speaks_of_several_reviews():
    a, b = invented("YA", ["First?"]), invented("YB", ["Second?"])
    theme = themed_review("information-sharing", [a, b])
    assert source_count(theme) == 2 and source_count(a) == 1
    assert source_count(leave_out(theme, [i.key for i in theme_items(theme)
                                          if i.source == "Child YB"])) == 1
    several = content_note("team", source_count(theme))
    assert several.startswith("Content note: these reviews describe serious harm to children.")
    assert "this review" not in several
    assert content_note("team").startswith("Content note: this review describes")


def test_opening_a_themed_session_gives_a_question_it_gained_its_source():
    """Which review a question is from was set by the start screen for a new session and by
    no one for a question the theme gained after it started (`Answer.follow`: one rule)."""
    a = invented("YA", ["First?"])
    session = Session.start(themed_review("information-sharing", [a]),
                            "20260101-theme-information-sharing-00000002")
    assert [x.source for x in session.answers] == ["Child YA"]
    grown = themed_review("information-sharing", [a, invented("YB", ["Second?"])])
    session.sync_questions(grown)
    assert [(x.question, x.source) for x in session.answers] == [
        ("First?", "Child YA"), ("Second?", "Child YB")]
