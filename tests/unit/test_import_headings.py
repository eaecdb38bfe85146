"""Headings the table does not know, found by their shape and place: a short sentence-case
line on its own, followed by a paragraph, starts an unplaced block; ordinary short sentences,
quotations and wrapped lines do not (fresh-eyes trial of `reflect import`, item 4)."""

from __future__ import annotations

import pytest

from reflect.importer import import_briefing
from reflect.importer.headings import match_heading, sentence_shaped
from reflect.importer.lines import stand_alone_headings

PARAGRAPH = "The father was not seen by any agency, and nobody asked who he was."


@pytest.mark.parametrize("line", [
    "Working with fathers", "What the review heard", "Multi-agency working (MASH)",
    "The school day", "Voice of the child",
])
def test_short_sentence_case_lines_are_heading_shaped(line: str) -> None:
    assert sentence_shaped(line)


@pytest.mark.parametrize("line", [
    "Yes.", "Yes, often.", "\u201cNobody asked me\u201d", '"I was scared at home"',
    "- Working with fathers", "2. Working with fathers", "working with fathers",
    "The review found that", "Practitioners should:", "Who lives in the home?",
    "This one is far too long to be a heading of any kind at all", "It rained. We left",
    "Care was given with", "Invented Shire Council \u2013",
])
def test_sentences_quotations_and_open_lines_are_not(line: str) -> None:
    assert not sentence_shaped(line)


def _heads(text: str) -> list[str]:
    lines = text.splitlines()
    return [lines[n - 1] for n in sorted(stand_alone_headings(lines))]


def test_a_heading_line_between_paragraphs_is_found_one_paragraph_per_line() -> None:
    """The text a Word document or a web page gives: a paragraph per line, no blank lines."""
    text = f"Introduction\nChild ZZ is invented.\nWorking with fathers\n{PARAGRAPH}\n"
    assert _heads(text) == ["Working with fathers"]


@pytest.mark.parametrize("text", [
    # the short last line of a paragraph wrapped by hand, without a full stop
    f"Introduction\nChild ZZ was referred to the family team at\nInvented Shire Council\n"
    f"{PARAGRAPH}\n",
    # a one-line quotation, and "Yes."
    f"Introduction\nChild ZZ said:\n\u201cNobody asked me\u201d\n{PARAGRAPH}\nYes.\n{PARAGRAPH}\n",
    # a lead-in before a list, and a short line before a list item
    "Introduction\nChild ZZ is invented.\nThe review found that\n- nobody asked.\n",
    # two short lines in a row (an address, a signature)
    f"Introduction\nChild ZZ is invented.\nInvented House\nInvented Street\n{PARAGRAPH}\n",
    # a short line followed by a short sentence: not a paragraph
    "Introduction\nChild ZZ is invented.\nThe family moved\nIt was hard.\n",
    # the last line of the text
    "Introduction\nChild ZZ is invented.\nWorking with fathers\n",
])
def test_wrapped_lines_quotations_and_short_sentences_are_not_headings(text: str) -> None:
    assert _heads(text) == []


def test_a_line_wrapped_at_the_text_width_is_not_a_heading() -> None:
    """Hard-wrapped text: the next line's first word would not have fitted after this line,
    so the line ends where the width ran out, not where a heading ends."""
    wrapped = ["The review met twice in the spring of that year.",
               "Everyone who knew the family came to both of",
               "the meetings, and each agency wrote a report.",
               "Help was offered by Invented Shire Council",
               "Housing Service before the second meeting.",
               "The family moved to a new flat in the summer."]
    assert _heads("\n".join(wrapped)) == []
    # the same line, broken on purpose where the next word would have fitted, is a heading
    assert _heads("\n".join([*wrapped[:3], "Help from the council", *wrapped[4:]])) == [
        "Help from the council"]


def test_a_sentence_case_heading_starts_an_unplaced_block_not_the_section_before() -> None:
    text = (f"Invented Shire Safeguarding Children Partnership\nIntroduction\n"
            f"Child ZZ is an invented child.\nWorking with fathers\n{PARAGRAPH}\n"
            "What went well\nThe school shared its worries quickly.\n"
            "Questions for reflection\n- How do you include fathers?\n")
    report = import_briefing(text)
    assert report.review["introduction"] == ["Child ZZ is an invented child."]
    assert [b.label for b in report.blocks] == ["Working with fathers"]
    assert [line for _, line in report.blocks[0].lines] == ["Working with fathers", PARAGRAPH]
    moved = import_briefing(text, moves={n: "development" for n, _ in report.blocks[0].lines})
    assert moved.review["development"] == [{"text": PARAGRAPH}]  # (its heading: the block's)
    assert (4, "development") in moved.headings


def test_a_subheading_among_questions_keeps_the_questions() -> None:
    text = ("Introduction\nChild ZZ is invented.\nQuestions for reflection\nFor managers\n"
            "How do you check that fathers are seen by every agency in the review?\n")
    report = import_briefing(text)
    assert [q["text"] for q in report.review["questions"]] == [
        "How do you check that fathers are seen by every agency in the review?"]


def test_a_heading_giving_two_names_for_one_section_is_that_section() -> None:
    """"Background / What happened" was not known: the case's background was set aside and
    the first learning point became the review's summary (a trial)."""
    text = ("# Child ZZ: learning briefing\n\n## Background / What happened\n\n"
            "Child ZZ is an invented child in an invented town.\n\n## Key learning\n\n"
            "- Invented learning.\n\n## Questions for reflection\n\n- What would you do?\n")
    report = import_briefing(text)
    assert report.review["introduction"] == ["Child ZZ is an invented child in an invented town."]
    assert not report.blocks and not report.unplaced
    assert match_heading("Good practice / Key learning") is None  # two sections: not known
    assert match_heading("Background / Nonsense") is None


def test_a_heading_is_never_the_summary_of_the_review() -> None:
    """Moved into Context (with no introduction), an unknown heading became the review's
    summary, its paragraph left behind in the context; in plain text, a heading before the
    introduction's paragraph was the summary too (a trial). The heading is the moved block's
    heading, in no field (until 5 December 2026 the introduction's first paragraph)."""
    text = ("# Child ZZ: learning briefing\n\n## The family story\n\n"
            f"{PARAGRAPH}\n\n## Key learning\n\n- Invented learning.\n")
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "context" for n, _ in block.lines})
    assert moved.review["introduction"] == [PARAGRAPH]
    assert moved.review["summary"] == PARAGRAPH
    assert not moved.review.get("context") and not moved.unplaced
    plain = import_briefing(f"Child ZZ: learning briefing\n\nThe family story\n\n{PARAGRAPH}\n\n"
                           "Key learning\n\n- Invented learning.\n")
    assert plain.review["summary"] == PARAGRAPH


@pytest.mark.parametrize("heading", [
    "Questions for your team", "Questions for teams", "Team discussion questions",
    "Reflective questions for practitioners", "Questions for managers", "Think about",
    "Points for reflection", "Reflective questions", "Questions to consider",
    "Questions for frontline practitioners", "Questions for you and colleagues",
])
def test_common_question_headings_hold_the_briefings_questions(heading: str) -> None:
    """Under "Questions for your team" (and the like) the briefing's own questions were listed
    as not placed, and reflect's standard questions added in their place (a trial)."""
    text = ("# Child ZZ: 7-minute briefing\n\n## 1. Background\n\nChild ZZ is an invented child."
            f"\n\n## 7. {heading}\n\nWho do you ask about fathers?\n"
            "What gets in the way of asking?\n")
    report = import_briefing(text, kind="md")
    assert [q["text"] for q in report.review["questions"]] == [
        "Who do you ask about fathers?", "What gets in the way of asking?"]
    assert not report.standard_questions and not report.unplaced


@pytest.mark.parametrize("line", [
    "Questions for", "Questions for the family were never asked",
    "Questions for the family went unanswered for months", "Questions for them went unanswered.",
])
def test_a_sentence_opening_like_a_question_heading_is_not_one(line: str) -> None:
    assert match_heading(line) is None
