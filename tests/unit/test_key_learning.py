"""A briefing's "Key learning" is its own section, shown as "Key learning" wherever the
review is read, not filed as areas for development (fresh-eyes trial of `reflect import`,
#13 leftovers item 2)."""

from __future__ import annotations

import pytest

from reflect.export.handout import build
from reflect.export.html import review_sections
from reflect.export.markdown import review_blocks
from reflect.export.options import ExportOptions
from reflect.importer import import_briefing
from reflect.importer.headings import match_heading
from reflect.model.review import Review
from reflect.model.sections import section_blocks
from reflect.model.steps import steps_for
from reflect.model.themes import theme_items, themed_review

PHRASES = ["Key learning", "Key learning points", "Learning", "What we learned",
           "Lessons learned", "Lessons learnt", "What we learnt", "Learning points",
           "KEY LEARNING", "## Key learning:", "Step 4 – Key learning", "3. Lessons learned"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_each_learning_heading_fills_key_learning(phrase: str) -> None:
    h = match_heading(phrase)
    assert h is not None and h.section == "learning"
    text = (f"Invented Shire Safeguarding Children Partnership\nIntroduction\nChild ZZ is "
            f"invented.\n{phrase}\n- Ask who else lives in the home.\n"
            "Areas for development\n- Records were late.\n")
    review = import_briefing(text).review
    assert review["learning"] == [{"text": "Ask who else lives in the home."}]
    assert review["development"] == [{"text": "Records were late."}]


def test_areas_for_development_stay_development() -> None:
    for phrase in ("Areas for development", "What needs to change", "What could be better"):
        h = match_heading(phrase)
        assert h is not None and h.section == "development"


def _review() -> Review:
    text = ("Invented Shire Safeguarding Children Partnership\nIntroduction\nChild ZZ is "
            "invented; information sharing failed.\nKey learning\n- Professional curiosity: "
            "ask who else lives in the home.\nWhat went well\n- The school shared quickly.\n"
            "Areas for development\n- Records were late.\n"
            "Questions for reflection\n- Who lives in the home?\n")
    return Review.model_validate(import_briefing(text).review)


def test_key_learning_is_its_own_step_after_the_introduction() -> None:
    review = _review()
    assert [(s.key, s.label) for s in steps_for(review)][:4] == [
        ("intro", "Introduction and context"), ("learning", "Key learning"),
        ("good-practice", "Good practice"), ("development", "Areas for development")]
    [block] = section_blocks(review, "learning")
    assert (block.title, block.text) == ("Professional curiosity",
                                         "ask who else lives in the home.")
    assert [title for title, _ in review_blocks(review)][:2] == [
        "Introduction and context", "Key learning"]  # Markdown, plain text
    sections = review_sections(review, ExportOptions(include_content=True))  # HTML, JSON
    assert [(key, title) for key, title, _ in sections][:2] == [
        ("intro", "Introduction and context"), ("learning", "Key learning")]


def test_key_learning_leads_the_handout_and_joins_a_themed_session() -> None:
    review = _review()
    assert build(review, "Invented support line").learning[:2] == [
        "Professional curiosity: ask who else lives in the home.", "Records were late."]
    theme = themed_review("information-sharing", [review])
    assert [p.source for p in theme.learning] == [review.title]
    assert [i.section for i in theme_items(theme)][:2] == ["Key learning", "Good practice"]


def test_a_block_can_be_moved_into_key_learning() -> None:
    text = "Introduction\nChild ZZ is invented.\n## Odd heading\nAsk who lives there.\n"
    report = import_briefing(text)
    [block] = report.blocks
    moved = import_briefing(text, moves={n: "learning" for n, _ in block.lines})
    # the block's heading is its heading, in no field, said in a note (the point's title until
    # 5 December 2026; dropped unsaid before 9f7781b)
    assert moved.review["learning"] == [{"text": "Ask who lives there."}]
    assert "line 3 (“Odd heading”) heads the block you moved into key learning: taken as the " \
        "block's heading, it is not written into the review" in moved.warnings
