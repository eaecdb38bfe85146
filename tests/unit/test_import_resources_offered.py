"""Each line filed as resources is offered in the import preview like an unplaced block: moved
into a section, taken as the review's type, or left out, its resources going with it
(`ImportReport.resource_blocks`, `set_aside`). A learning lead's trial: a footer and "Find out
more: www...." became resources, counted as placed, and the preview offered neither Move nor
Leave it out for them."""

from __future__ import annotations

import tomllib

from reflect.importer import import_briefing, to_toml
from reflect.importer.set_aside import LEAVE_OUT, REVIEW_TYPE, set_aside

TEXT = """# Child Zed: invented learning briefing
## Background
Child Zed is an invented child known to the Riverside Team.
## Key learning
- Sam Sample noticed a pattern in the invented records.
## Resources
- [Invented guide](https://example.org/invented-guide)
- Invented Shire newsletter, printed 2027
Find out more: www.example.org/riverside-lscp
"""


def test_each_line_filed_as_resources_is_offered() -> None:
    report = import_briefing(TEXT, kind="md")
    assert report.blocks == []
    assert [(b.start, b.label) for b in report.movable] == [
        (7, "- [Invented guide](https://example.org/invented-guide)"),
        (8, "- Invented Shire newsletter, printed 2027"),
        (9, "Find out more: www.example.org/riverside-lscp")]
    assert [made for _, made in report.resource_blocks] == [[r] for r in
                                                              report.review["resources"]]


def test_a_resource_left_out_goes_with_its_line() -> None:
    report = import_briefing(TEXT, kind="md")
    left_out = set_aside(report, {8: LEAVE_OUT})
    assert left_out == [(8, "- Invented Shire newsletter, printed 2027")]
    assert report.review["resources"] == [
        {"title": "Invented guide", "url": "https://example.org/invented-guide"},
        {"title": "Find out more", "url": "www.example.org/riverside-lscp"}]
    assert report.counts["resources"] == 2
    assert [b.start for b in report.movable] == [7, 9]
    written = to_toml(report, left_out)
    assert "# 8: - Invented Shire newsletter, printed 2027\n" in written
    assert len(tomllib.loads(written)["resources"]) == 2


def test_every_resource_left_out_leaves_none() -> None:
    report = import_briefing(TEXT, kind="md")
    left_out = set_aside(report, {7: LEAVE_OUT, 8: REVIEW_TYPE, 9: LEAVE_OUT})
    assert [n for n, _ in left_out] == [7, 9]  # (the type's line is the type's)
    assert "resources" not in report.review and report.counts["resources"] == 0
    assert report.movable == []
    assert "resources" not in tomllib.loads(to_toml(report, left_out))


def test_a_resource_moved_into_a_section_is_filed_there() -> None:
    report = import_briefing(TEXT, kind="md", moves={8: "learning"})
    assert report.review["learning"][-1] == {"text": "Invented Shire newsletter, printed 2027"}
    assert [r["title"] for r in report.review["resources"]] == ["Invented guide",
                                                                 "Find out more"]
    assert [b.start for b in report.movable] == [7, 9]
