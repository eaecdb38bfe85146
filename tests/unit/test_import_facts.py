"""What the importer reads about a briefing as a whole, from a learning lead's trial: the line
"Published by <partnership>, <month year>" fills `partnership` and `dates` and is not listed
as "not placed"; a text with no title and no heading (a shopping list) gets the title
placeholder and says so. All invented."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.parse import NOT_A_BRIEFING
from reflect.model import placeholders

PUBLISHED = "Published by Nowhereshire Safeguarding Children Partnership, March 2027"


@pytest.mark.parametrize("title", ["## Learning briefing: Child ZQ", "Learning briefing: Child ZQ"])
def test_a_published_line_fills_partnership_and_dates(title: str) -> None:
    text = (f"{title}\n{PUBLISHED}\n\n## Introduction\nChild ZQ was an invented child.\n\n"
            "## Key learning\n- Ask who lives in the home.\n")
    report = import_briefing(text)
    assert report.review["partnership"] == "Nowhereshire Safeguarding Children Partnership"
    assert report.review["dates"] == [{"label": "Published", "date": "March 2027"}]
    assert report.unplaced == []
    assert report.review["introduction"] == ["Child ZQ was an invented child."]


@pytest.mark.parametrize(("line", "expected"), [
    ("Published: 12 March 2027", {"label": "Published", "date": "12 March 2027"}),
    ("**Date published:** 3rd March 2027", {"label": "Date published", "date": "3rd March 2027"}),
    ("Last updated 01/03/2027", {"label": "Last updated", "date": "01/03/2027"}),
])
def test_a_line_dating_the_briefing_is_kept_in_dates(line: str, expected: dict) -> None:
    text = (f"Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n"
            f"{line}\n\n## Introduction\nChild ZQ was an invented child.\n")
    report = import_briefing(text)
    assert report.review["dates"] == [expected]
    assert report.unplaced == []


def test_published_by_someone_else_keeps_its_line() -> None:
    """"Invented Council" is not the partnership: the line is not the title's, so its words
    stay where they are found; its date is kept all the same."""
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n"
            "Published by Invented Council, 12 March 2027\n\n## Introduction\n"
            "Child ZQ was an invented child.\n")
    report = import_briefing(text)
    assert report.review["dates"] == [{"label": "Published", "date": "12 March 2027"}]
    assert report.unplaced == [(3, "Published by Invented Council, 12 March 2027")]


@pytest.mark.parametrize("line", [
    "Published guidance was read in March 2027 by all staff.",
    "The plan was updated in March 2027.",
])
def test_a_sentence_with_a_date_is_not_a_date_of_the_briefing(line: str) -> None:
    text = f"Learning briefing: Child ZQ\n\n## Introduction\n{line}\n"
    assert "dates" not in import_briefing(text).review


def test_a_text_with_no_title_and_no_heading_says_so() -> None:
    report = import_briefing("milk\neggs\nbread\n", name_hint="shopping")
    assert report.review["title"] == placeholders.TITLE
    assert "no title found: edit `title` in the file" in report.warnings


def test_a_text_with_no_part_of_a_briefing_is_asked_about_first() -> None:
    """A shopping list became a review of placeholders with nothing said about it (a trial):
    with no heading a briefing uses, the first note asks if it is the briefing meant."""
    report = import_briefing("Invented shopping list\n\nmilk\neggs\n\nRing the invented "
                             "garage on Tuesday.\n", name_hint="list")
    assert report.warnings[0] == NOT_A_BRIEFING
    assert "is it the briefing you meant?" in NOT_A_BRIEFING
    headed = import_briefing("Invented shopping list\n\nLearning\nmilk matters\n")
    assert NOT_A_BRIEFING not in headed.warnings


@pytest.mark.parametrize("text", [
    "# Thematic review of neglect\nThe partnership looked at neglect in invented families.\n",
    "Thematic review of neglect\n\nIntroduction\nThe review looked at invented families.\n",
])
def test_a_title_over_a_heading_is_still_the_title(text: str) -> None:
    report = import_briefing(text)
    assert report.review["title"] == "Thematic review of neglect"
    assert not any("no title" in w for w in report.warnings)


@pytest.mark.parametrize(("line", "kind"), [
    ("Child ZR 7-minute briefing", "Learning briefing"),
    ("One-minute guide: Child ZR", "Learning briefing"),
    ("Child ZR 7-minute briefing from a Rapid Review", "Rapid Review"),
    ("Child ZR: 7 minute briefing (LCSPR)", "Local Child Safeguarding Practice Review (LCSPR)"),
])
def test_a_briefings_layout_is_no_review_type(line: str, kind: str) -> None:
    """A 7-minute briefing or a one-minute guide is a layout a learning briefing is published
    in, not a kind of review (`review_type`: "the kind of review"): one naming no kind of
    review is a Learning briefing, one naming it that kind (a fresh-eyes trial asked)."""
    text = (f"{line}\nInvented Fen Safeguarding Children Partnership\n\nKey learning\n"
            "- An invented point.\n")
    assert import_briefing(text).review["review_type"] == kind
