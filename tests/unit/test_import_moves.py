"""Moving an unplaced block in the import preview puts every line of it in the section chosen
(a learning lead's trial: the block "Completed (3 line(s))" moved into recommendations lost
"Completed", taken for the block's heading and written nowhere, while the preview said it
had moved 3 lines). All invented."""

from __future__ import annotations

import re

import pytest

from reflect.importer import import_briefing
from reflect.importer.parse import split_lines
from tests.unit.test_importer import CONTENT_FIELDS, _strings

# what a recommendations table read cell by cell used to give: "Completed" on a line of its own
TEXT = """## Learning briefing: Child ZQ
Published by Nowhereshire Safeguarding Children Partnership
## Introduction
Child ZQ was an invented child of nine who was often not brought to appointments.
## Recommendations
GP practices adopt a "was not brought" policy.
Completed
Schools share attendance concerns with the school nurse.
In progress
## Questions for reflection
- Who follows up a missed appointment?
"""


def _words(s: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", s.casefold()))


def test_every_line_of_a_moved_block_is_in_the_review() -> None:
    [block] = [b for b in import_briefing(TEXT).blocks if b.label == "Completed"]
    assert len(block.lines) == 3
    moved = import_briefing(TEXT, moves={n: "recommendations" for n, _ in block.lines})
    assert moved.review["recommendations"] == [
        {"text": 'GP practices adopt a "was not brought" policy.'},
        {"title": "Completed", "text": "Schools share attendance concerns with the school nurse."},
        {"text": "In progress"}]
    assert "line 7, the first of a block you moved: 'Completed' is the title of the point " \
        "after it; edit it in the file if it is not" in moved.warnings
    # every non-blank line of the input: a heading line, or all its words in a field, or
    # listed as unplaced
    fields = _words(" ".join(_strings({k: v for k, v in moved.review.items()
                                       if k in CONTENT_FIELDS})))
    unplaced = {n for n, _ in moved.unplaced}
    for n, line in enumerate(split_lines(TEXT), 1):
        if line.strip() and not line.startswith("## ") and n not in unplaced:
            assert _words(line.lstrip("- ")) <= fields, f"line {n} {line!r} is nowhere"


@pytest.mark.parametrize(("section", "expected"), [
    ("development", [{"title": "Working with fathers",
                      "text": "The father was not seen by any agency."}]),
    ("context", ["Working with fathers", "The father was not seen by any agency."]),
    ("what_to_do_now", ["Working with fathers", "The father was not seen by any agency."]),
    ("resources", [{"title": "Working with fathers"},
                   {"title": "The father was not seen by any agency."}]),
])
def test_a_moved_blocks_heading_is_a_title_or_a_line_of_its_own(section: str,
                                                                 expected: list) -> None:
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## 3. Working with fathers\n"
            "The father was not seen by any agency.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: section for n, _ in block.lines})
    assert moved.review[section] == expected
    assert moved.unplaced == []


def test_a_moved_heading_with_no_point_after_it_is_a_point_of_its_own() -> None:
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## Working with fathers\n\n"
            "## Key learning\n- Ask who lives in the home.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "good_practice" for n, _ in block.lines})
    assert moved.review["good_practice"] == [{"text": "Working with fathers"}]
