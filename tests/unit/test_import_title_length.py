"""A title a heading gives is cut after a word, with "…", where it runs over 80 characters, and
the import says so: a learning lead's fresh-eyes trial found a long heading cut at its 80th
character, inside a word ("… a family who moved many times Negle"), saved so and shown so in
the library, with nothing said. All invented: "Northvale"."""

from __future__ import annotations

from reflect.importer import import_briefing
from reflect.importer.found import read_said

TITLE_LENGTH = 80

WORDS = "Neglect at home and the many agencies around a family who moved house many times"


def briefing(heading: str) -> str:
    return (f"# {heading}\n\nNorthvale Example Safeguarding Children Partnership · Rapid Review"
            "\n\n## Background\n\nAn invented family.\n\n## Questions for reflection\n\n"
            "1. What would you do?\n")


def test_a_long_heading_is_cut_after_a_word_and_said_cut() -> None:
    heading = " ".join([WORDS] * 3)
    report = import_briefing(briefing(heading), name_hint="neglect")
    title = report.review["title"]
    assert title.endswith("…") and len(title) <= TITLE_LENGTH
    assert heading.startswith(title.removesuffix("…"))
    assert heading[len(title) - 1] == " "  # cut between words, never inside one
    assert (f"the title, the briefing's first heading, is cut short (it runs to {len(heading)}"
            " characters, over 80): write a shorter one as `title` in the file"
            ) in report.warnings
    assert read_said(report)[0] == f"Title: {title} (cut short: see the note below)"
    assert report.unplaced == []  # the heading is the title's line still


def test_a_heading_that_fits_is_the_whole_title_and_nothing_is_said() -> None:
    report = import_briefing(briefing(WORDS), name_hint="neglect")
    assert report.review["title"] == WORDS
    assert not any("cut short" in note for note in report.warnings)
    assert read_said(report)[0] == f"Title: {WORDS}"
