"""A resource made of a bare address has a sensible title and its link: "Find out more:
www.example.org/..." (a heading with the address run in after it) is titled "Find out more"
with the address as its link; a learning lead's trial found it titled by its address alone,
with no link."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.resources import resources
from tests.unit.test_importer import check_report

BODY = ("# Child Zed: invented learning briefing\n## Background\n"
        "Child Zed is an invented child known to the Riverside Team.\n"
        "## Key learning\n- Sam Sample noticed a pattern in the invented records.\n")


@pytest.mark.parametrize("line", ["Find out more: www.example.org/riverside-lscp",
                                  "**Find out more:** www.example.org/riverside-lscp",
                                  "## 7. Find out more: www.example.org/riverside-lscp"])
def test_an_address_run_in_after_a_heading_is_titled_by_the_heading(line: str) -> None:
    text = BODY + line + "\n"
    report = import_briefing(text, kind="md")
    check_report(text, report)
    assert report.review["resources"] == [{"title": "Find out more",
                                           "url": "www.example.org/riverside-lscp"}]
    assert report.unplaced == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Invented neglect guide: https://example.org/neglect.",
     {"title": "Invented neglect guide", "url": "https://example.org/neglect"}),
    ("Invented escalation policy – www.example.org/escalation",
     {"title": "Invented escalation policy", "url": "www.example.org/escalation"}),
    # an address inside a sentence: the sentence is the title, as written
    ("Read the invented guidance at www.example.org/x before a visit",
     {"title": "Read the invented guidance at www.example.org/x before a visit",
      "url": "www.example.org/x"}),
    ("https://example.org/alone", {"title": "https://example.org/alone",
                                   "url": "https://example.org/alone"}),
    ("[Invented guide](https://example.org/g)",
     {"title": "Invented guide", "url": "https://example.org/g"}),
    ("Invented Shire Procedures Online", {"title": "Invented Shire Procedures Online"}),
])
def test_a_resource_line_is_titled_by_its_words(body: str, expected: dict[str, str]) -> None:
    assert resources(body) == [expected]


def test_under_resources_a_line_of_words_and_an_address_is_one_resource() -> None:
    text = BODY + "## Resources\n- Invented neglect guide: www.example.org/neglect\n"
    report = import_briefing(text, kind="md")
    check_report(text, report)
    assert report.review["resources"] == [{"title": "Invented neglect guide",
                                           "url": "www.example.org/neglect"}]
