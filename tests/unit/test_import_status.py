"""A recommendation's progress written inline ("... policy. Status: Completed.") is its
`update`, as its closing bold text is; a recommendation that only mentions the word "status"
is left whole. All invented."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing


@pytest.mark.parametrize(("line", "expected"), [
    ("1. The Partnership should remind all agencies of the escalation policy. Status: "
     "Completed.", {"text": "The Partnership should remind all agencies of the escalation "
                            "policy.", "update": "Completed."}),
    ("2. Schools should share attendance concerns. update: a template is in use.",
     {"text": "Schools should share attendance concerns.", "update": "a template is in use."}),
    ("3. GP practices should follow up missed appointments (PROGRESS: in hand)",
     {"text": "GP practices should follow up missed appointments", "update": "in hand"}),
    ("4. Agencies should record the immigration status of each adult.",
     {"text": "Agencies should record the immigration status of each adult."}),
    ("5. Agencies should check immigration status: it was missed twice.",
     {"text": "Agencies should check immigration status: it was missed twice."}),
    ("6. Status reports should reach the Board. Nothing more.",
     {"text": "Status reports should reach the Board. Nothing more."}),
])
def test_a_status_ending_a_recommendation_is_its_update(line: str, expected: dict) -> None:
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## Recommendations\n"
            f"{line}\n")
    assert import_briefing(text).review["recommendations"] == [expected]


def test_a_status_on_a_line_of_its_own_is_the_update_of_the_recommendation_above() -> None:
    """"Status: Complete." on its own line under a recommendation became a recommendation of
    its own, titled "Status" (a trial); one that already has an update keeps it."""
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## Recommendations\n"
            "1. Agencies should share invented information.\nStatus: Complete.\n"
            "2. Schools should tell the invented nurse.\n   Update: in hand\n"
            "3. Status reports should reach the invented Board.\n")
    report = import_briefing(text)
    assert report.review["recommendations"] == [
        {"text": "Agencies should share invented information.", "update": "Complete."},
        {"text": "Schools should tell the invented nurse.", "update": "in hand"},
        {"text": "Status reports should reach the invented Board."}]
    assert report.counts["recommendations"] == 3 and not report.unplaced
