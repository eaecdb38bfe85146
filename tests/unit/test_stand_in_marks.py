"""Something that is not a briefing, imported anyway: its first line stands in for the
introduction and the summary without its Markdown heading marks ("# Team picnic" was the
summary, a learning lead's trial). Invented."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.headings import without_hashes

PICNIC = "# Team picnic\n\nBring sandwiches and a blanket.\n\nMeet at noon by the pond.\n"


def test_a_stand_in_summary_holds_no_heading_marks():
    report = import_briefing(PICNIC, kind="md")
    assert report.review["introduction"] == ["Team picnic"]
    assert report.review["summary"] == "Team picnic"


@pytest.mark.parametrize(("line", "kept"), [
    ("# Team picnic", "Team picnic"), ("### Team picnic ###", "Team picnic"),
    ("##Team picnic", "Team picnic"), ("#hashtag day", "#hashtag day"),
    ("### C# guide", "C# guide"), ("Team picnic", "Team picnic"), ("#", ""),
])
def test_without_hashes(line, kept):
    assert without_hashes(line) == kept
