"""A recommendation the briefing says is complete, with no action recorded, said once: the
report read "No action yet (the briefing says it is complete: Complete)" (a trial), the same
thing twice. What the update says beyond its "Complete" is kept; an update that only says it is
complete adds nothing after the words that say so."""

from __future__ import annotations

import pytest

from reflect.model.links import beyond_done
from reflect.report.lines import RecommendationLine
from reflect.report.words import rec_counts


def _rec(update: str, complete: bool) -> RecommendationLine:
    return RecommendationLine("child-zz", "Child ZZ", "Invented recommendation",
                              in_review=True, published=update, complete=complete)


@pytest.mark.parametrize(("update", "said"), [
    ("Complete", "No action yet (the briefing says it is complete)"),
    ("Complete.", "No action yet (the briefing says it is complete)"),
    ("Completed", "No action yet (the briefing says it is complete)"),
    ("Done: invented guidance shared with Moorvale schools.",
     "No action yet (the briefing says it is complete: Invented guidance shared with "
     "Moorvale schools.)"),
    ("Achieved – invented audit repeated", "No action yet (the briefing says it is complete: "
     "Invented audit repeated)"),
    # complete by the note over the updates ("updates in bold"): the update whole
    ("Meetings are now held within five days.", "No action yet (the briefing says it is "
     "complete: Meetings are now held within five days.)"),
])
def test_complete_is_said_once(update: str, said: str) -> None:
    assert rec_counts(_rec(update, True)) == said


def test_an_update_not_complete_is_quoted_whole() -> None:
    assert rec_counts(_rec("Invented audit to follow.", False)) == \
        "No action yet (the briefing's update: Invented audit to follow.)"
    assert rec_counts(_rec("", False)) == "No action yet"


def test_beyond_done_leaves_other_words_alone() -> None:
    assert beyond_done("Completely rewritten invented pathway") == \
        "Completely rewritten invented pathway"  # (a word starting so is no "Complete")
    assert beyond_done("  Done  ") == ""
