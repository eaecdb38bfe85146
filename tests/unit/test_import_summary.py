"""An import's summary says what each count counts: "introduction: 4" said not whether it was
4 lines, paragraphs or sentences (a trial). All invented."""

from __future__ import annotations

from pathlib import Path

from reflect.cli import main
from reflect.importer.parse import count_said

BRIEFING = """# Child ZQ: Learning Briefing
Invented Vale Safeguarding Children Partnership

## Introduction
Child ZQ is an invented baby.

The review looked at invented agencies.

## Key learning
- Ask who lives in the home.
- Ask again at each visit.

## Recommendations
- Agencies should ask who lives in the home.

## What to do now
- Read the invented policy.

## Questions for reflection
- How do you find out who lives in a home?
"""


def test_each_count_says_what_it_counts(capsys, tmp_path: Path) -> None:
    source = tmp_path / "child-zq.txt"
    source.write_text(BRIEFING, encoding="utf-8")
    assert main(["import", str(source), "--check", "--content-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[5:11] == ["  introduction: 2 paragraphs", "  key learning: 2 points",
                         "  recommendations: 1",
                         "    1. Agencies should ask who lives in the home. (no status given)",
                         "  questions: 1", "  what to do now: 1 line"]


def test_a_count_of_one_is_singular() -> None:
    assert count_said("context", 1) == "context: 1 paragraph"
    assert count_said("good_practice", 3) == "good practice: 3 points"
    assert count_said("action plan items", 11) == "action plan items: 11"


def test_each_part_is_said_in_the_words_a_reader_knows() -> None:
    """"development: 2 points" named the review's field where the briefing and the app say
    "Areas for development" (a trial)."""
    assert count_said("development", 2) == "areas for development: 2 points"
    assert count_said("learning", 1) == "key learning: 1 point"
    assert count_said("what_to_do_now", 2) == "what to do now: 2 lines"
    assert count_said("introduction", 2) == "introduction: 2 paragraphs"
