"""Moving an unplaced block in the import preview puts every line of it in the section chosen
(a learning lead's trial: the block "Completed (3 line(s))" moved into recommendations lost
"Completed", taken for the block's heading and written nowhere, while the preview said it
had moved 3 lines), but for the heading opening the block, which is the block's heading, in no
field, and said in the notes (a fresh-eyes trial: "The story so far" became an introduction's
paragraph, "Next steps for you" a line of What to do now, "Where we need to get better" the
first point's title). All invented."""

from __future__ import annotations

import re

import pytest

from reflect.importer import import_briefing
from reflect.importer.briefing import MOVABLE
from reflect.importer.facts import NO_THEME
from reflect.importer.parse import PARTS, split_lines
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


def _own(warnings: list[str]) -> list[str]:
    """The notes but the first, of the usual parts not found (`parse.not_found`), which says
    where to look for them: among the lines not placed while there are some; and but the one
    of a stand-in theme (`facts.NO_THEME`), which depends on the words moved."""
    return [w for w in warnings if not w.startswith("not found in the briefing: ")
            and w != NO_THEME]


def _words(s: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", s.casefold()))


def test_every_line_of_a_moved_block_is_in_the_review_but_its_heading_said() -> None:
    [block] = [b for b in import_briefing(TEXT).blocks if b.label == "Completed"]
    assert len(block.lines) == 3
    moved = import_briefing(TEXT, moves={n: "recommendations" for n, _ in block.lines})
    assert moved.review["recommendations"] == [
        {"text": 'GP practices adopt a "was not brought" policy.'},
        {"text": "Schools share attendance concerns with the school nurse."},
        {"text": "In progress"}]
    assert "line 7 (“Completed”) heads the block you moved into recommendations: taken as the " \
        "block's heading, it is not written into the review" in moved.warnings
    assert (7, "recommendations") in moved.headings
    # every non-blank line of the input: a heading line, or all its words in a field, or
    # listed as unplaced
    fields = _words(" ".join(_strings({k: v for k, v in moved.review.items()
                                       if k in CONTENT_FIELDS})))
    unplaced = {n for n, _ in moved.unplaced}
    for n, line in enumerate(split_lines(TEXT), 1):
        if line.strip() and not line.startswith("## ") and n not in unplaced | {7}:
            assert _words(line.lstrip("- ")) <= fields, f"line {n} {line!r} is nowhere"


@pytest.mark.parametrize(("section", "expected"), [
    ("development", [{"text": "The father was not seen by any agency."}]),
    ("context", ["The father was not seen by any agency."]),
    ("what_to_do_now", ["The father was not seen by any agency."]),
    ("resources", [{"title": "The father was not seen by any agency."}]),
    ("introduction", ["Child ZQ was an invented child.", "The father was not seen by any agency."]),
])
def test_a_moved_blocks_heading_is_its_heading_in_no_field(section: str, expected: list) -> None:
    """Until 5 December 2026 the heading was the title of the block's first point (in a
    section of points), else a line of its own: "Where we need to get better" titled the
    first development point, and "Next steps for you" was a thing for teams to do (a
    trial)."""
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## 3. Working with fathers\n"
            "The father was not seen by any agency.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: section for n, _ in block.lines})
    assert moved.review[section] == expected
    assert moved.unplaced == []
    assert (7, section) in moved.headings
    assert f"line 7 (“Working with fathers”) heads the block you moved into " \
        f"{PARTS.get(section, section)}: taken as the block's heading, it is not written " \
        "into the review" in moved.warnings


def test_a_moved_heading_with_no_point_after_it_is_a_point_of_its_own() -> None:
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            "## Introduction\nChild ZQ was an invented child.\n\n## Working with fathers\n\n"
            "## Key learning\n- Ask who lives in the home.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "good_practice" for n, _ in block.lines})
    assert moved.review["good_practice"] == [{"text": "Working with fathers"}]
    assert not [w for w in moved.warnings if "heads the block" in w]


@pytest.mark.parametrize("heading", ["## 7. Over to you", "**Your turn**", "7. Team time"])
def test_a_heading_opening_a_block_moved_into_the_questions_is_not_asked(heading: str) -> None:
    """Moved into Questions, the block "## 7. Questions for your team" (a heading reflect did
    not know then) gave the review a first question "Questions for your team" (a trial). The
    heading is the questions' heading, and the notes say so; a heading that asks, and a
    heading with no question under it, are asked."""
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            f"## Introduction\nChild ZQ was an invented child.\n\n{heading}\n"
            "Who do you ask about fathers?\nWhat gets in the way?\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "questions" for n, _ in block.lines})
    assert [q["text"] for q in moved.review["questions"]] == [
        "Who do you ask about fathers?", "What gets in the way?"]
    assert moved.unplaced == [] and not moved.standard_questions
    at = block.lines[0][0]
    assert (at, "questions") in moved.headings
    assert f"line {at} (“{heading.strip('#*7. ')}”) heads the block you moved into " \
        "questions: taken as the block's heading, it is not written into the review" \
        in moved.warnings


@pytest.mark.parametrize(("heading", "under", "asked"), [
    ("## 7. Over to you", "", ["Over to you"]),
    ("## 7. What would you do?", "Who do you ask?\n", ["What would you do?", "Who do you ask?"]),
])
def test_a_heading_alone_or_asking_moved_into_the_questions_is_asked(
        heading: str, under: str, asked: list[str]) -> None:
    text = ("Learning briefing: Child ZQ\nNowhereshire Safeguarding Children Partnership\n\n"
            f"## Introduction\nChild ZQ was an invented child.\n\n{heading}\n{under}")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "questions" for n, _ in block.lines})
    assert [q["text"] for q in moved.review["questions"]] == asked


# The layout partnerships publish, with a sub-heading the table does not know (its block is
# set aside): the introduction is the text before the first heading, or under its own heading,
# or there is none. All invented.
BRIEFING = """Child ZQ: learning briefing
Invented Shire Safeguarding Children Partnership

{intro}Context

Child ZQ lived with an invented parent who moved house three times in a year.

Professionals did not always know where the family lived.

Working with fathers

The invented father was rarely seen by the health visitor.

Key learning

Keep track of moves between areas.

Questions for reflection

- How do you find out who lives in the household?
"""
OWN = "This briefing shares learning from a review about Child ZQ, an invented toddler."
CONTEXT = ["Child ZQ lived with an invented parent who moved house three times in a year.",
           "Professionals did not always know where the family lived."]
FATHERS = ["Working with fathers", "The invented father was rarely seen by the health visitor."]


def _head(before) -> str:  # type: ignore[no-untyped-def]
    """The note on the heading over the block moved into the introduction."""
    return (f"line {before.blocks[0].start} (“Working with fathers”) heads the block you moved "
            "into introduction: taken as the block's heading, it is not written into the review")


def _moved_into_introduction(text: str):  # type: ignore[no-untyped-def]
    before = import_briefing(text)
    [block] = before.blocks
    assert block.label == "Working with fathers"
    return before, import_briefing(text, moves={n: "introduction" for n, _ in block.lines})


@pytest.mark.parametrize("intro", [f"{OWN}\n\n", f"Introduction\n\n{OWN}\n\n"])
def test_a_block_moved_into_the_introduction_is_added_to_it(intro: str) -> None:
    """Moved into the introduction, a block took the place of the text before the first
    heading, which was the introduction: that text was set aside as not placed, and the
    summary became the block's, with nothing said (a known gap). The introduction stays, the
    block after it, and so does the summary; nothing else moves."""
    before, moved = _moved_into_introduction(BRIEFING.format(intro=intro))
    assert before.review["introduction"] == [OWN]
    assert moved.review["introduction"] == [OWN, FATHERS[1]]  # (its heading: the block's)
    # (OWN is about the briefing, not the case: the summary is the context's first sentence)
    assert moved.review["summary"] == before.review["summary"] == CONTEXT[0]
    assert moved.review["context"] == before.review["context"] == CONTEXT
    assert moved.unplaced == [] and _own(moved.warnings) == [_head(before), *_own(before.warnings)]


def test_a_block_moved_into_a_briefing_with_no_introduction_says_what_it_changed() -> None:
    """With no introduction, the context's first paragraph stands in for one (and the notes
    say so); a block moved into the introduction is all of it, the context keeps that
    paragraph and the summary is the block's: the notes say so, as the preview showed the
    stand-in and its summary before."""
    before, moved = _moved_into_introduction(BRIEFING.format(intro=""))
    assert before.review["introduction"] == CONTEXT[:1]
    assert "no introduction: its first paragraph was taken from the context" in before.warnings
    assert moved.review["introduction"] == FATHERS[1:]
    assert moved.review["context"] == CONTEXT
    assert moved.review["summary"] == FATHERS[1]
    assert _own(moved.warnings) == [
        _head(before), "the block you moved is the whole introduction (the briefing has none "
        "of its own): the context keeps its first paragraph, which stood in for one, and the "
        "review's summary is now taken from the block"]


def test_an_introduction_heading_after_a_block_moved_into_it_is_still_the_introduction() -> None:
    """The briefing's own "Introduction", after a block moved into the introduction, was
    filed as context (a second introduction), and the summary was the block's. The block is
    added after the briefing's own introduction, wherever it stood in the briefing."""
    text = ("# Child ZQ: learning briefing\nInvented Shire Safeguarding Children Partnership\n\n"
            "## A word from the invented chair\n\nThank you to every invented practitioner.\n\n"
            f"## Introduction\n\n{OWN}\n\n## Key learning\n\n- Keep track of moves.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "introduction" for n, _ in block.lines})
    assert moved.review["introduction"] == [OWN, "Thank you to every invented practitioner."]
    assert "context" not in moved.review
    assert moved.review["summary"] == OWN


def test_a_block_moved_into_no_introduction_instead_of_a_repeated_point() -> None:
    text = ("# Child ZQ: learning briefing\nInvented Shire Safeguarding Children Partnership\n\n"
            "## Key learning\n\n- Keep track of moves.\n\n## Working with fathers\n\n"
            "The invented father was rarely seen by the health visitor.\n")
    before = import_briefing(text)
    assert before.review["introduction"] == ["Keep track of moves."]
    [block] = before.blocks
    moved = import_briefing(text, moves={n: "introduction" for n, _ in block.lines})
    assert moved.review["introduction"] == FATHERS[1:]
    assert moved.review["summary"] == FATHERS[1]
    assert "it no longer repeats the first learning item, and the review's summary is now " \
        "taken from the block" in _own(moved.warnings)[1]


PUBLISHED_FIRST = """# Child ZQ: learning briefing
Invented Shire Safeguarding Children Partnership

Written by the invented learning team for invented practitioners, winter 2026.

## Introduction

{own}

## Context

An invented paragraph of context.

## Key learning

- Keep track of moves.

## Recommendations

- The invented partnership should check its moves.

## Questions for reflection

- How do you keep track of moves?

## What to do now

- Read the invented policy.

## Resources

- Invented guide to moves
"""


@pytest.mark.parametrize("section", MOVABLE)
def test_a_block_moved_from_above_a_section_is_added_after_its_own(section: str) -> None:
    """A line above the introduction (who wrote the briefing) moved into the introduction
    became its first paragraph, though the README said it is added after (a trial): moved
    into any section, a block goes after what the briefing has there, so its questions keep
    their numbers too."""
    text = PUBLISHED_FIRST.format(own=OWN)
    [block] = import_briefing(text).blocks
    assert block.label.startswith("Written by the invented learning team")
    before = import_briefing(text).review
    after = import_briefing(text, moves={n: section for n, _ in block.lines}).review
    own, got = before.get(section, []), after[section]
    if section == "questions":
        assert got[:len(own)] == own and got[-1]["text"].startswith("Written by")
    elif section == "resources":
        assert got[:len(own)] == own and got[-1]["title"].startswith("Written by")
    else:
        assert got[:len(own)] == own and len(got) == len(own) + 1
        last = got[-1] if isinstance(got[-1], str) else got[-1]["text"]
        assert last.startswith("Written by the invented learning team")
    assert after["summary"] == before["summary"]
