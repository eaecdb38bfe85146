"""A briefing in which reflect finds none of the themes it knows is filed under a stand-in
theme, `learning-culture`: the import said nothing of it, in the preview or at the command
line, and the library then listed "Themes: learning-culture" for a briefing about a child
missing from nursery (a learning lead's fresh-eyes trial). A themed session (`t`) gathers
reviews by their themes, so the import now says so in its notes. All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.importer import import_briefing
from reflect.importer.facts import NO_THEME

UNTHEMED = """# Child Wren: 7-minute briefing
Invented Fernvale Safeguarding Children Partnership · Rapid Review · January 2027

## Background
Child Wren was an invented four-year-old whose nursery attendance fell away.

## Key learning
- **Absence is information:** a child who stops attending should prompt a call home.

## Questions to consider
- How does your team notice when a child stops being seen?
"""


def test_a_stand_in_theme_is_said_in_the_notes() -> None:
    report = import_briefing(UNTHEMED)
    assert report.review["themes"] == ["learning-culture"]
    assert NO_THEME in report.warnings
    assert "learning-culture" in NO_THEME and "`themes`" in NO_THEME


def test_a_theme_found_is_no_note() -> None:
    report = import_briefing(UNTHEMED.replace("should prompt", "should prompt early help and"))
    assert report.review["themes"] == ["early-help"]
    assert NO_THEME not in report.warnings


def test_the_command_line_says_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "child-wren.md"
    source.write_text(UNTHEMED, encoding="utf-8")
    assert main(["import", str(source), "--check", "--content-dir", str(tmp_path)]) == 0
    assert f"note: {NO_THEME}" in " ".join(capsys.readouterr().out.split())
