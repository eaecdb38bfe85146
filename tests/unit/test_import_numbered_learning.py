"""Key learning set out a point a heading ("Learning point 1", "Key learning point 2:
Hearing the child", "Learning 3"): each block one point of key learning, the heading's words
after its number the point's title (`importer/numbered.py`). A learning lead's trial found
every such block listed as not placed, to be moved by hand, in a PDF, a .txt and a .md alike.
All text invented."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.numbered import LearningHeading, learning_heading

TOP = ("Quillmoor Safeguarding Children Partnership\n\nChild Zephyr: invented briefing\n\n"
       "Introduction\n\nChild Zephyr is an invented child in a made-up town.\n\n")
END = "\nQuestions for reflection\n\n- How do you see the invented child alone?\n"


@pytest.mark.parametrize(("line", "expected"), [
    ("Learning point 1", LearningHeading(1)),
    ("## Learning point 2: Hearing the child", LearningHeading(2, "Hearing the child")),
    ("Key learning point 3 – Hearing the child", LearningHeading(3, "Hearing the child")),
    ("**Key Learning 4**", LearningHeading(4)),
    ("LEARNING POINT 5 - INVENTED FATHERS", LearningHeading(5, "INVENTED FATHERS")),
    ("Learning point two: Fathers", LearningHeading(2, "Fathers")),
    ("Learning 6: Sam Sample was never asked about the invented household.",
     LearningHeading(6, run_in="Sam Sample was never asked about the invented household.")),
    ("Learning 12 months on, the team met.", None),
    ("Learning point 2027", None),
    ("Learning from the review", None),
    ("- Learning point 1", None),
])
def test_numbered_learning_headings(line: str, expected: LearningHeading | None) -> None:
    assert learning_heading(line) == expected


@pytest.mark.parametrize("kind", ["md", "txt", None])
def test_each_numbered_block_is_a_point_of_key_learning(kind: str | None) -> None:
    text = (TOP + "## Learning point 1: Hearing the child\n\nSam Sample saw the invented "
            "child often.\n\nVisits suited the invented adults.\n\nKey learning point 2\n\n"
            "Records were kept in two invented places.\n\n- One list.\n- Another list.\n\n"
            "Learning 3\n\n**Thinking about fathers**\n\nThe invented stepfather was never "
            "asked.\n" + END)
    report = import_briefing(text, kind=kind)
    assert report.unplaced == []
    assert report.review["learning"] == [
        {"title": "Hearing the child",
         "text": "Sam Sample saw the invented child often.\n\nVisits suited the invented "
                 "adults."},
        {"text": "Records were kept in two invented places.\n\n• One list.\n• Another list."},
        {"title": "Thinking about fathers", "text": "The invented stepfather was never asked."},
    ]
    assert report.counts["learning"] == 3
    assert report.review["introduction"] == ["Child Zephyr is an invented child in a made-up "
                                             "town."]


def test_a_numbered_heading_ends_at_the_next_heading() -> None:
    text = (TOP + "Learning 1: Sam Sample's invented visits were never followed up.\n\n"
            "Learning point 2: Invented fathers\n\nAreas for development\n\n- Records were "
            "late.\n" + END)
    report = import_briefing(text, kind="txt")
    assert report.review["learning"] == [
        {"text": "Sam Sample's invented visits were never followed up."},
        {"text": "Invented fathers"},  # a title with nothing under it: its words kept
    ]
    assert report.review["development"] == [{"text": "Records were late."}]
    assert report.unplaced == []


def test_a_point_of_paragraphs_is_shown_under_its_bullet() -> None:
    """Plain text (plain mode, the plain export) and Markdown hang a point's paragraphs under
    its bullet: they were at the margin, read as items of their own."""
    from reflect.export.markdown import _blocks_md
    from reflect.model.review import Review
    from reflect.model.sections import blocks_as_text, section_blocks

    text = (TOP + "Learning point 1: Hearing the child\n\nSam Sample saw the invented child "
            "often.\n\nVisits suited the invented adults.\n" + END)
    blocks = section_blocks(Review.model_validate(import_briefing(text).review), "learning")
    assert blocks_as_text(blocks) == ("• Hearing the child: Sam Sample saw the invented child "
                                      "often.\n\n  Visits suited the invented adults.")
    assert _blocks_md(blocks)[0] == ("- **Hearing the child:** Sam Sample saw the invented "
                                     "child often.\n\n  Visits suited the invented adults.")
