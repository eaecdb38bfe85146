"""The partnership's name on a line of its own, or in a running header or footer, is the
partnership's: never listed as not placed, never filed as learning (a new user's trial listed
"Invented Borough Safeguarding Children Partnership" at a briefing's foot as unplaced, and a
one-page PDF's footer went into "What to do now"). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from tests.briefing_files import pdf_lines
from tests.unit.test_importer import check_report

NAME = "Invented Borough Safeguarding Children Partnership"
BODY = ("Child Z: Learning Briefing\n\n"
        "Background\n\nChild Z was an invented toddler known to several agencies.\n\n"
        "Good practice\n\nThe health visitor, Sam Sample, kept careful records.\n\n"
        "What to do now\n\nDiscuss this briefing at your next team meeting.\n")


@pytest.mark.parametrize("text", [
    f"{NAME}\n\n{BODY}\n{NAME}\n",  # at the top and the foot, blank lines round it
    f"{BODY}{NAME}\n",  # straight after the last paragraph
    f"{NAME}\n\n{BODY}\n{NAME.upper()}\n",  # a footer in capitals
    f"{BODY}\n© {NAME} 2027\n",
])
def test_the_partnerships_name_at_the_foot_is_neither_unplaced_nor_learning(text: str) -> None:
    report = import_briefing(text)
    check_report(text, report)
    assert report.unplaced == []
    assert report.review["partnership"] == NAME
    assert report.review["what_to_do_now"] == ["Discuss this briefing at your next team meeting."]


def test_a_running_footer_pasted_from_a_pdf_is_dropped_and_splits_no_paragraph() -> None:
    footer = f"{NAME} | Child Z: Learning Briefing | Page 1 of 2"
    text = (f"Child Z: Learning Briefing\n\nBackground\n\nChild Z was an invented toddler "
            f"known to\n{footer}\nseveral agencies.\n\nGood practice\n\n"
            f"The health visitor kept careful records.\n{footer.replace('1 of', '2 of')}\n")
    report = import_briefing(text)
    check_report(text, report)
    assert report.unplaced == []
    assert report.review["partnership"] == NAME
    said = str(report.review)
    assert "Page" not in said
    assert report.review["good_practice"] == [{"text": "The health visitor kept careful records."}]
    # the line after the footer is not run into it (it is kept where it was, as its own line)
    assert "several agencies." in report.review["introduction"]
    # the footers are left out, and listed as such
    assert report.furniture == [(6, footer), (12, footer.replace('1 of', '2 of'))]


def test_a_one_page_pdfs_footer_is_not_what_to_do_now(tmp_path: Path) -> None:
    path = pdf_lines(["Child Z: Learning Briefing", "", "What to do now",
                      "Discuss this briefing at your next team meeting.", "", NAME],
                     tmp_path / "child-z.pdf")
    source = read_source(path)
    assert NAME in source.text  # one page: the reader keeps its footer
    report = import_briefing(source.text)
    assert report.unplaced == []
    assert report.review["what_to_do_now"] == ["Discuss this briefing at your next team meeting."]
    assert report.review["partnership"] == NAME


def test_the_name_in_an_address_under_contact_stays_in_the_address() -> None:
    text = (f"{BODY}\nContact us\n\n{NAME}\nTown Hall, Invented Street\n")
    report = import_briefing(text)
    assert report.review["contact"] == [NAME, "Town Hall, Invented Street"]


def test_a_sentence_naming_the_partnership_is_still_learning() -> None:
    text = BODY + f"\nLearning\n\n{NAME} will run a workshop on working with fathers.\n"
    report = import_briefing(text)
    assert report.review["learning"] == [
        {"text": f"{NAME} will run a workshop on working with fathers."}]


@pytest.mark.parametrize(("line", "kind"), [
    (NAME, "name"),
    (f"## {NAME}", "name"),
    (f"The {NAME} (IBSCP)", "name"),
    (f"{NAME} - Page 3 of 4", "page"),
    (f"{NAME} – Learning Briefing – 2", "page"),
    (f"Child Z: Learning Briefing | {NAME}", "page"),
    (f"{NAME} runs training.", None),
    (f"Contact {NAME}", None),
    ("Page 3 of 4", None),
    ("Another Safeguarding Children Partnership", None),
])
def test_which_lines_are_the_partnerships(line: str, kind: str | None) -> None:
    from reflect.importer.facts import partnership_line

    assert partnership_line(line, f"{NAME} (IBSCP)", "Child Z") == kind


# The partnership named only in the pages' headers or footers: a PDF's running footer is
# dropped from its text, and python-docx reads a Word document's body alone, so the review
# was given the placeholder, "no partnership named in the text", though every page named it.

LONG = "\n".join(["## Child Z: Learning Briefing", "## Background",
                  *[f"Child Z was an invented toddler; paragraph {i} of a long account of the "
                    "invented agencies who knew the family over eighteen months." for i in
                    range(40)],
                  "## What to do now", "Discuss this briefing at your next team meeting."])


def test_a_partnership_named_only_in_a_pdfs_running_footer_is_the_partnership(
        tmp_path: Path) -> None:
    from tests.briefing_files import FOOTER, pdf_one_column

    source = read_source(pdf_one_column(LONG, tmp_path / "child-z.pdf"))
    assert "Partnership" not in source.text  # the footer is dropped from the text...
    assert any(FOOTER in line for line in source.furniture)  # ...and kept beside it
    report = import_briefing(source.text, furniture=source.furniture)
    assert report.review["partnership"] == "Invented Shire Safeguarding Partnership"
    assert not any("partnership" in w for w in report.warnings)


def test_a_partnership_named_only_in_a_word_footer_is_the_partnership(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.sections[0].footer.paragraphs[0].text = f"{NAME} - Learning Briefing"
    doc.add_heading("Child Z: Learning Briefing", 1)
    doc.add_heading("Background", 2)
    doc.add_paragraph("Child Z was an invented toddler known to several agencies.")
    doc.save(str(tmp_path / "child-z.docx"))
    source = read_source(tmp_path / "child-z.docx")
    assert source.furniture == (f"{NAME} - Learning Briefing",)
    report = import_briefing(source.text, furniture=source.furniture)
    assert report.review["partnership"] == NAME


def test_reflect_import_takes_the_partnership_from_a_pdfs_footer(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main
    from tests.briefing_files import FOOTER, HEADER, pdf_one_column

    pdf = pdf_one_column(LONG, tmp_path / "child-z.pdf")
    assert main(["import", str(pdf), "--content-dir", str(tmp_path), "--check"]) == 0
    out = capsys.readouterr().out
    assert "no partnership named" not in out
    # the footer taken off every page is said to be left out, never dropped unsaid
    assert (f"Left out as the pages' headers and footers (kept as a comment in the file):\n"
            f"  on the pages: {HEADER}\n  on the pages: {FOOTER} - page 1\n"
            "Every line of the briefing was placed but the pages' headers and footers.\n") in out


# The partnership's name written in capitals, as a banner or a footer often sets it: it was
# not read as the partnership (the placeholder, and its line listed as not placed), where the
# same name in title case was. The name is kept as the partnership wrote it.

CAPITALS = "NORTHSHIRE SAFEGUARDING CHILDREN PARTNERSHIP"


@pytest.mark.parametrize(("text", "named"), [
    (f"{CAPITALS}\n\n{BODY}", CAPITALS),  # a banner at the top
    (f"# THE {CAPITALS}\n\n{BODY}", CAPITALS),
    (f"{BODY}\n{CAPITALS} (NSCP)\n", f"{CAPITALS} (NSCP)"),  # at the foot, with its acronym
    (f"{BODY}\n{CAPITALS} | CHILD Z: LEARNING BRIEFING | PAGE 2 OF 4\n", CAPITALS),  # a footer
    (f"**NORTHSHIRE CHILDREN'S PARTNERSHIP**\n\n{BODY}", "NORTHSHIRE CHILDREN'S PARTNERSHIP"),
    # Written in title case too: that is how the name is kept.
    (f"{CAPITALS}\n\n{BODY}\nNorthshire Safeguarding Children Partnership\n",
     "Northshire Safeguarding Children Partnership"),
])
def test_a_partnerships_name_in_capitals_is_the_partnership_line(text: str, named: str) -> None:
    report = import_briefing(text)
    check_report(text, report)
    assert report.review["partnership"] == named
    assert report.unplaced == []
    assert not any("partnership" in w for w in report.warnings)
    assert report.review["introduction"] == [
        "Child Z was an invented toddler known to several agencies."]
    assert report.review["title"] == "Child Z"
    assert report.review["what_to_do_now"] == ["Discuss this briefing at your next team meeting."]


def test_words_before_a_name_in_capitals_are_not_taken_for_it() -> None:
    """In capitals, "PUBLISHED BY" looks like part of the name: the line is not the name, as
    "Published by …" in title case is not (both are listed as not placed, to move)."""
    text = f"PUBLISHED BY {CAPITALS}\n\n{BODY}"
    report = import_briefing(text)
    check_report(text, report)
    assert "PUBLISHED" not in report.review["partnership"]
    assert report.unplaced == [(1, f"PUBLISHED BY {CAPITALS}")]


def test_reflect_import_reads_the_partnership_in_capitals(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main

    source = tmp_path / "child-z.txt"
    source.write_text(f"{CAPITALS}\n\n{BODY}", encoding="utf-8")
    assert main(["import", str(source), "--content-dir", str(tmp_path / "content")]) == 0
    out = capsys.readouterr().out
    assert "no partnership named" not in out and "Every line of the briefing was placed." in out
    written = (tmp_path / "content" / "child-z.toml").read_text(encoding="utf-8")
    assert f'partnership = "{CAPITALS}"' in written


NORTH_YORKSHIRE = "North Yorkshire Safeguarding Children Partnership (NYSCP)"


@pytest.mark.parametrize("named", [
    "North Yorkshire Safeguarding Children Partnership",
    "NORTH YORKSHIRE SAFEGUARDING CHILDREN PARTNERSHIP",  # a banner in capitals
    "north yorkshire safeguarding children partnership",  # a page set in lower case
    "north yorkshire safeguarding children partnership (nyscp)",
    "NYSCP",
    "nyscp",
    "North  YORKSHIRE Safeguarding Children Partnership",
])
def test_north_yorkshire_is_read_in_any_case(named: str) -> None:
    """North Yorkshire's briefings name the partnership in its full form, as reflect keeps it
    for them, whatever case the briefing writes it in: only "North Yorkshire" and "NYSCP" in
    title case were read (capitals kept as written, lower case gave the placeholder), while the
    other partnership-name checks read any case. Where the line is the name alone it is placed
    as the partnership's."""
    text = f"{named}\n\n{BODY}"
    report = import_briefing(text)
    check_report(text, report)
    assert report.review["partnership"] == NORTH_YORKSHIRE
    assert not any("partnership" in w for w in report.warnings)
    if "yorkshire" in named.casefold():
        assert report.unplaced == []


@pytest.mark.parametrize("named", [
    "Fernwick and Dalloway Safeguarding Children Partnership",
    "Fernwick & Dalloway Safeguarding Children Partnership",
    "City of Fernwick Safeguarding Children Partnership",
    "Isle of Dalloway Children's Partnership",
    "FERNWICK AND DALLOWAY SAFEGUARDING CHILDREN PARTNERSHIP",
    "CITY OF FERNWICK SAFEGUARDING CHILDREN PARTNERSHIP",
    "Fernwick Safeguarding Children Board",  # before 2019, a Board, "Local" or not
    "Fernwick and Dalloway Local Safeguarding Children Board",
    "FERNWICK SAFEGUARDING CHILDREN BOARD",
])
def test_a_partnership_of_two_places_or_a_city_of_is_named_whole(named: str) -> None:
    """Partnerships of two areas ("X and Y", "X & Y") and of a city or an isle ("City of X")
    are named whole, and their line placed: until 7 December 2026 "Fernwick and Dalloway
    Safeguarding Children Partnership" was "Dalloway Safeguarding Children Partnership", its
    line listed as not placed (a trial), in capitals the placeholder. So is a Safeguarding
    Children Board without "Local" (an older review's), which gave the placeholder."""
    text = f"{named}\n\n{BODY}"
    report = import_briefing(text)
    check_report(text, report)
    assert report.review["partnership"] == named
    assert report.unplaced == []


def test_a_role_before_of_is_no_part_of_the_name() -> None:
    """"of" belongs to a name only after City, Isle, Borough or County: a role is left out."""
    from reflect.importer.facts import partnership

    assert partnership("Chair of Northshire Safeguarding Children Partnership") == (
        "Northshire Safeguarding Children Partnership")


@pytest.mark.parametrize("line", ["Riverside Children's Safeguarding Alliance",
                                  "RIVERSIDE CHILDREN'S SAFEGUARDING ALLIANCE"])
def test_a_partnership_typed_in_the_preview_places_its_line(line: str) -> None:
    """A name the importer does not take for a partnership's, typed in the import preview's
    Partnership box, is the partnership's too: its line was listed as not placed, to be moved
    out of the way by hand (a learning lead's trial); the name found is still the review's
    (the box's is saved)."""
    text = f"{line}\n\n{BODY}"
    before = import_briefing(text)
    assert [t for _, t in before.unplaced] == [line]
    report = import_briefing(text, partnership_typed="Riverside Children's Safeguarding Alliance")
    assert report.unplaced == [] and (1, "title") in report.headings
    assert report.review["partnership"] == before.review["partnership"]
    assert report.review["good_practice"] == before.review["good_practice"]


POINTS = ("Child QP: Learning Briefing\n\nRiverside Invented Alliance\n\n"
          "Learning point 1: Listening\n\nPractitioners did not hear the invented child.\n\n"
          "Questions for reflection\n\n- What would you do first?\n")


@pytest.mark.parametrize("text, typed", [
    (BODY, "Background"), (BODY, "Good practice"), (BODY, "What to do now"),
    (BODY, "Child Z was an invented toddler known to several agencies."),
    (POINTS, "Learning point 1: Listening"), (POINTS, "What would you do first?"),
])
def test_a_partnership_typed_is_never_a_heading_a_point_or_a_sentence(text: str,
                                                                       typed: str) -> None:
    """A line of the briefing typed in the preview's Partnership box was taken as the
    partnership's line, and what it began or said lost without a word: "Learning point 1:
    Listening" filed its point in the introduction, the briefing's question typed there was
    replaced by reflect's standard four (g345's trial). Typed so, it places nothing."""
    before = import_briefing(text)
    report = import_briefing(text, partnership_typed=typed)
    assert report.review == before.review and report.unplaced == before.unplaced
