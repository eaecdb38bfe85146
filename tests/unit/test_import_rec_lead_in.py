"""A line leading into the recommendations under it ("The Partnership will:", then "a) Audit
…", "b) Remind …") is no recommendation: it opens each of them, in the briefing's words. A
learning lead's trial: it was a third recommendation, its own bullet in `reflect walk`. A
lead-in with no recommendation under it is not placed (its words are never dropped). All
invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tests.briefing_files as bf
from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from reflect.model.review import Review
from reflect.model.sections import blocks_as_text, section_blocks

HEAD = ("# Learning Briefing: Child ZP\n\nInvented Vale Safeguarding Children Partnership\n\n"
        "## Background\n\nChild ZP was an invented toddler in a made-up town.\n\n")
AUDIT = "Audit how invented agencies record the adults living in a home."
REMIND = "Remind practitioners to ask who else lives at the address."
LEAD = "The Partnership will:"
BRIEFING = (HEAD + f"RECOMMENDATIONS\n\n{LEAD}\n\na) {AUDIT}\n\nb) {REMIND}\n\n"
            "## Questions\n\n- Who lives in the invented home?\n")
EXPECTED = [{"text": f"{LEAD} {AUDIT}"}, {"text": f"{LEAD} {REMIND}"}]


@pytest.mark.parametrize("kind", ["md", "txt", None])
@pytest.mark.parametrize("layout", [
    BRIEFING,
    BRIEFING.replace(f"{LEAD}\n\na) {AUDIT}\n\nb)", f"{LEAD}\na) {AUDIT}\nb)"),  # no blanks
    BRIEFING.replace("a) ", "- ").replace("b) ", "- "),
    BRIEFING.replace("a) ", "").replace("b) ", ""),  # the markers lost in a copy
])
def test_a_lead_in_opens_each_recommendation_under_it(layout: str, kind: str | None) -> None:
    report = import_briefing(layout, kind=kind)
    assert report.review["recommendations"] == EXPECTED
    assert report.counts["recommendations"] == 2
    assert report.unplaced == []
    [n] = [i for i, line in enumerate(layout.splitlines(), 1) if line == LEAD]
    assert (f"line {n}, {LEAD!r}, leads into the 2 recommendations under it: each of them now "
            "starts with it") in report.warnings


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html")])
def test_a_lead_in_is_no_recommendation_in_every_format(
        tmp_path: Path, render: Callable[[str, Path], Path], ending: str) -> None:
    text = BRIEFING.replace("RECOMMENDATIONS", "## Recommendations")
    source = read_source(render(text, tmp_path / f"child-zp.{ending}"))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows)
    assert report.review["recommendations"] == EXPECTED


def test_the_walk_shows_two_recommendations_and_no_bullet_of_the_lead_in() -> None:
    review = Review.model_validate(import_briefing(BRIEFING).review)
    shown = blocks_as_text(section_blocks(review, "recommendations"))
    assert shown == f"• {LEAD} {AUDIT}\n• {LEAD} {REMIND}"


def test_two_lead_ins_each_open_their_own_recommendations() -> None:
    text = (HEAD + f"## Recommendations\n\n{LEAD}\n- {AUDIT}\n\nThe invented Council will:\n"
            f"- {REMIND}\n")
    report = import_briefing(text)
    assert report.review["recommendations"] == [
        {"text": f"{LEAD} {AUDIT}"}, {"text": f"The invented Council will: {REMIND}"}]
    assert sum("now starts with it" in w for w in report.warnings) == 2


def test_a_lead_in_with_no_recommendation_under_it_is_not_placed() -> None:
    """Nothing to open: it is listed as not placed, to be moved, and is no recommendation."""
    text = HEAD + f"## Recommendations\n\n{LEAD}\n\n## Questions\n\n- Who lives there?\n"
    report = import_briefing(text)
    assert "recommendations" not in report.review
    assert report.unplaced == [(11, LEAD)]


def test_a_numbered_recommendation_ending_in_a_colon_is_still_one() -> None:
    """Only a line that is no item leads in: "1. Agencies should:" is a recommendation."""
    text = HEAD + "## Recommendations\n\n1. Agencies should:\n2. Share plans with schools.\n"
    assert [r["text"] for r in import_briefing(text).review["recommendations"]] == [
        "Agencies should:", "Share plans with schools."]
