"""A line under a briefing's title giving the partnership, the kind of review and its date
("Invented Vale Safeguarding Children Partnership · Child Safeguarding Practice Review · March
2027", "Rapid Review, January 2027") is the title's: not listed as not placed, its kind of
review the review's `review_type` (over the generic "Learning briefing"), its date in `dates`.
A learning lead's trial: the line was called not placed though the partnership (or the type)
was taken from it, the type was "Learning briefing" and the date was dropped. All invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tests.briefing_files as bf
from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from tests.unit.test_importer import check_report

NAME = "Invented Vale Safeguarding Children Partnership"
BODY = ("## Background\n\nChild ZQ was an invented infant whose family moved between two "
        "made-up towns.\n\n## Key learning\n\n- Records did not follow the invented family "
        "when they moved.\n")
CSPR = f"# Learning Briefing: Child ZQ\n\n{NAME} · Child Safeguarding Practice Review · " \
       f"March 2027\n\n{BODY}"
RAPID = f"# Learning Briefing: Child ZQ\n\n{NAME}\n\nRapid Review, January 2027\n\n{BODY}"


@pytest.mark.parametrize(("text", "kind", "day"), [
    (CSPR, "Child Safeguarding Practice Review", "March 2027"),
    (RAPID, "Rapid Review", "January 2027"),
    (CSPR.replace("# ", "", 1), "Child Safeguarding Practice Review", "March 2027"),  # no `#`
    (CSPR.replace(" · ", " | "), "Child Safeguarding Practice Review", "March 2027"),
    (RAPID.replace("\n\nRapid", "\nRapid").replace("2027\n\n## Back", "2027\n## Back"),
     "Rapid Review", "January 2027"),  # no blank lines round it
    (f"Learning Briefing: Child ZQ\n{NAME} – Multi-agency Learning Review – 2027\n\n{BODY}",
     "Multi-agency Learning Review", "2027"),
])
@pytest.mark.parametrize("file_kind", ["md", "txt", None])
def test_a_title_line_gives_the_type_and_date_and_is_placed(text: str, kind: str, day: str,
                                                            file_kind: str | None) -> None:
    report = import_briefing(text, kind=file_kind)
    check_report(text, report)
    assert report.unplaced == []
    review = report.review
    assert (review["title"], review["partnership"]) == ("Child ZQ", NAME)
    assert review["review_type"] == kind
    assert review["dates"] == [{"label": "Date", "date": day}]
    assert review["introduction"] == [
        "Child ZQ was an invented infant whose family moved between two made-up towns."]


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html")])
@pytest.mark.parametrize("text", [CSPR, RAPID])
def test_a_title_line_is_placed_in_every_format(tmp_path: Path, text: str, ending: str,
                                                render: Callable[[str, Path], Path]) -> None:
    source = read_source(render(text.replace("# ", "## ", 1), tmp_path / f"zq.{ending}"))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows,
                             furniture=source.furniture)
    assert report.unplaced == []
    assert report.review["review_type"] in ("Child Safeguarding Practice Review", "Rapid Review")
    assert report.review["dates"][0]["date"] in ("March 2027", "January 2027")


def test_the_title_lines_type_wins_over_one_the_text_mentions() -> None:
    """A specific type under the title is the review's, where the text also names another in
    passing ("an earlier serious case review"): the first type named in it was taken."""
    text = RAPID.replace("towns.", "towns, after an earlier Serious Case Review.")
    assert import_briefing(text).review["review_type"] == "Rapid Review"


def test_such_a_line_under_a_section_is_the_sections_text() -> None:
    """Only above the first section is a line the title's: under one it is text."""
    line = "Rapid Review, January 2027"
    text = f"# Learning Briefing: Child ZQ\n\n{NAME}\n\n{BODY}\n{line}\n"
    report = import_briefing(text)
    assert "dates" not in report.review
    assert line in [t for _, t in report.unplaced]  # as any paragraph after a list


def test_the_partnerships_footer_with_a_date_is_no_learning() -> None:
    """At the foot, the partnership's line with the month and year is its footer, as one with
    a year alone is (`partnership_line`): it was filed as a point of key learning."""
    text = f"# Learning Briefing: Child ZQ\n\n{BODY}\n{NAME} · Rapid Review · March 2027\n"
    report = import_briefing(text)
    check_report(text, report)
    assert report.unplaced == []
    assert report.review["learning"] == [
        {"text": "Records did not follow the invented family when they moved."}]


@pytest.mark.parametrize("line", [
    f"{NAME} · The invented family moved twice · March 2027",  # a sentence among the parts
    "Sam Sample, March 2027",
    "Learning briefing",  # the briefing's name, no type or date
    NAME,  # the partnership's line (facts.partnership_line)
])
def test_a_line_with_more_than_names_types_and_dates_is_no_title_line(line: str) -> None:
    from reflect.importer.facts import title_line

    assert title_line(line, NAME, "Child ZQ") is None


def test_a_title_lines_parts() -> None:
    from reflect.importer.facts import title_line

    assert title_line(f"{NAME} · CSPR · 12 March 2027", NAME) == (
        "Child Safeguarding Practice Review", ("Date", "12 March 2027"))
    assert title_line("Child ZQ: Local Child Safeguarding Practice Review", NAME, "Child ZQ") == (
        "Local Child Safeguarding Practice Review (LCSPR)", None)
    assert title_line("Published March 2027", NAME) == (None, ("Published", "March 2027"))
