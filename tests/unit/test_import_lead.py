"""The agency a briefing names to lead on a recommendation ("Lead agency: IVSCP") is its
`lead`, kept out of its words: folded into them, reports read "... Lead agency: BSCP: no
action yet" (a trial). All invented."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.model.review import Review
from reflect.model.sections import section_blocks

HEAD = ("Learning briefing: Child ZQ\nInvented Vale Safeguarding Children Partnership\n\n"
        "## Introduction\nChild ZQ was an invented child.\n\n## Recommendations\n")
WORDS = "The invented partnership should publish guidance on working with fathers."


@pytest.mark.parametrize(("line", "lead", "update"), [
    (f"1. {WORDS} Lead agency: IVSCP", "IVSCP", None),
    (f"1. {WORDS} Lead: Invented Vale Council.", "Invented Vale Council", None),
    (f"1. {WORDS} (Owner: Fernvale Community Health)", "Fernvale Community Health", None),
    (f"1. {WORDS} Lead agency: IVSCP. Status: Completed.", "IVSCP", "Completed."),
    (f"1. {WORDS} Status: In progress. Lead agency: IVSCP", "IVSCP", "In progress."),
    (f"1. {WORDS}\n   Lead agency: Fernvale Community Health", "Fernvale Community Health",
     None),
    (f"1. {WORDS}\nStatus: Complete.\nLead agency: IVSCP", "IVSCP", "Complete."),
    # a table's row, each column labelled with its header (readers/tables.py)
    (f"1. {WORDS[:-1]} Lead agency: IVSCP Status: In progress", "IVSCP", "In progress"),
])
def test_a_lead_agency_is_the_recommendations_lead(line: str, lead: str,
                                                   update: str | None) -> None:
    [rec] = import_briefing(HEAD + line + "\n").review["recommendations"]
    assert rec["text"].rstrip(".") == WORDS.rstrip(".")
    assert rec["lead"] == lead
    assert rec.get("update") == update


@pytest.mark.parametrize("line", [
    "1. Agencies should agree who is the lead agency: the council or health.",
    "1. Each team should name an owner: someone who follows the plan through.",
])
def test_a_recommendation_that_only_mentions_a_lead_is_left_whole(line: str) -> None:
    [rec] = import_briefing(HEAD + line + "\n").review["recommendations"]
    assert rec == {"text": line[3:]}


def test_a_lead_line_with_no_recommendation_above_it_is_not_placed() -> None:
    report = import_briefing(HEAD + "Lead agency: IVSCP\n- Agencies should share plans.\n")
    assert report.unplaced == [(8, "Lead agency: IVSCP")]
    assert any("is a lead agency with no recommendation above it" in w for w in report.warnings)


def test_the_lead_is_shown_under_the_recommendation() -> None:
    report = import_briefing(HEAD + f"1. {WORDS} Lead agency: IVSCP. Status: Completed.\n")
    review = Review.model_validate(report.review)
    [block] = section_blocks(review, "recommendations")
    assert block.text == WORDS
    assert block.extra == "Lead: IVSCP  Update: Completed."
