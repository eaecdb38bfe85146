"""The import says which of a briefing's usual parts (key learning, good practice, areas for
development, recommendations) it did not find, so the learning lead can check the source: a
briefing of a Background and Questions alone was previewed as "Found: introduction: 1
paragraph; questions: 2" and "Every line of the briefing was placed.", nothing said of the
rest (a trial). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer import import_briefing
from reflect.importer.parse import NOT_A_BRIEFING
from tests.command_line import run

THIN = ("# Learning Briefing: Child ZR\n\nInvented Vale Safeguarding Children Partnership\n\n"
        "## Background\n\nChild ZR was an invented teenager who missed made-up appointments.\n\n"
        "## Questions\n\n- How do you follow up a missed invented appointment?\n"
        "- Who do you tell when a made-up child is not brought?\n")
ALL_FOUR = ("key learning, good practice, areas for development and recommendations")


def test_a_briefing_without_the_usual_parts_says_which_first() -> None:
    report = import_briefing(THIN)
    assert report.unplaced == []
    assert report.warnings[0] == (
        f"not found in the briefing: {ALL_FOUR}: check in the briefing that it has none (under "
        "a heading reflect did not read as one, they would be in the part before)")


def test_with_lines_not_placed_it_says_they_may_hold_them() -> None:
    text = THIN.replace("## Questions", "## What the invented nurse did well\n\nShe rang the "
                        "made-up school.\n\n## Questions")
    report = import_briefing(text)
    assert report.unplaced
    assert report.warnings[0] == (
        f"not found in the briefing: {ALL_FOUR}: the lines not placed may hold them (move them "
        "there), or the briefing has none")
    [block] = report.blocks
    moved = import_briefing(text, moves={n: "good_practice" for n, _ in block.lines})
    assert moved.warnings[0] == (
        "not found in the briefing: key learning, areas for development and recommendations: "
        "check in the briefing that it has none (under a heading reflect did not read as one, "
        "they would be in the part before)")


WITH_A_BLOCK = THIN.replace("## Questions", "## Invented page footer\n\nInvented Vale, page 1 "
                            "of 1.\n\n## Questions")


def test_with_every_block_left_out_it_no_longer_says_they_may_hold_them() -> None:
    from reflect.importer.set_aside import LEAVE_OUT, set_aside

    report = import_briefing(WITH_A_BLOCK)
    assert "may hold them" in report.warnings[0]
    set_aside(report, {n: LEAVE_OUT for n, _ in report.unplaced})
    assert not report.unplaced
    assert report.warnings[0] == (
        f"not found in the briefing: {ALL_FOUR}: check in the briefing that it has none (under "
        "a heading reflect did not read as one, they would be in the part before)")


@pytest.mark.parametrize(("more", "said"), [
    ("## Key learning\n\n- Invented point.\n\n## Good practice\n\n- Invented point.\n\n"
     "## Areas for development\n\n- Invented point.\n\n", "recommendations"),
    ("## Good practice\n\n- Invented point.\n\n## Areas for development\n\n- Invented point."
     "\n\n## Recommendations\n\n1. Invented agencies should share plans.\n\n", "key learning"),
])
def test_one_part_missing_is_named_alone(more: str, said: str) -> None:
    report = import_briefing(THIN.replace("## Questions", more + "## Questions"))
    assert report.warnings[0].startswith(f"not found in the briefing: {said}: check in the "
                                         "briefing that it has none (under a heading reflect "
                                         "did not read as one, it would be")


def test_a_briefing_with_every_usual_part_has_no_such_note() -> None:
    text = THIN.replace("## Questions", (
        "## Key learning\n\n- Invented point.\n\n## Good practice\n\n- Invented point.\n\n"
        "## Areas for development\n\n- Invented point.\n\n## Recommendations\n\n"
        "1. Invented agencies should share plans.\n\n## Questions"))
    assert not any(w.startswith("not found") for w in import_briefing(text).warnings)


def test_a_text_with_no_part_at_all_says_that_alone() -> None:
    report = import_briefing("Invented shopping list\n\nmilk\neggs\n")
    assert report.warnings[0] == NOT_A_BRIEFING
    assert not any(w.startswith("not found in the briefing") for w in report.warnings)


def test_reflect_import_says_what_was_not_found(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    source, content = tmp_path / "child-zr.md", tmp_path / "content"
    source.write_text(THIN, encoding="utf-8")
    content.mkdir()
    code, out, _ = run(capsys, "import", str(source), "--content-dir", str(content), "--check")
    assert code == 0
    assert f"note: not found in the briefing: {ALL_FOUR}: check in the briefing" in out
