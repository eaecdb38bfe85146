"""A PDF's running headers and footers (`readers/pdf_edges.py`): a line at the edge of the
pages is one only when it really repeats, its numbers differing only as the page's number.

A learning lead's trial: a one-column PDF of a briefing whose key-learning points differ only
in their numbers lost the first point on some pages (the first line of page 2, "... number
12 ...", and of page 3, "... number 33 ...", were the same but for a number: a "running
header"), and the import still said every line was placed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reflect.importer import import_briefing
from reflect.importer.readers.pdf_edges import repeats, running
from reflect.importer.readers.pdf_layout import Line
from reflect.importer.sources import read_source
from tests import briefing_files as bf

HEIGHT = 842.0
TOP, FIRST, BOTTOM = 825.0, 790.0, 15.0
"""Where a header, the first line of the body and a footer are on an invented page."""


def _line(y: float, text: str, page: int) -> Line:
    return Line(50.0, y, 300.0, y + 10, text, 10.0, False, page)


def _pages(tops: list[str], footers: list[str | None]) -> list[tuple[float, list[Line]]]:
    """Invented pages: each a first body line (`tops`), body lines below it, and a footer
    (None: none on that page)."""
    out = []
    for n, (top, foot) in enumerate(zip(tops, footers, strict=True)):
        lines = [_line(FIRST, top, n)]
        lines += [_line(FIRST - 20 * k, f"Body line {k} of the invented page.", n)
                  for k in range(1, 4)]
        if foot is not None:
            lines.append(_line(BOTTOM, foot, n))
        out.append((HEIGHT, lines))
    return out


def _dropped(pages: list[tuple[float, list[Line]]]) -> tuple[list[str], list[str]]:
    """(the texts of the lines dropped, the texts reported)."""
    gone, texts = running(pages)
    return [ln.text for _, lines in pages for ln in lines if id(ln) in gone], texts


def test_first_lines_alike_but_for_their_numbers_are_kept() -> None:
    tops = [f"- Sam Sample noticed pattern number {k} in the invented records."
            for k in (1, 12, 33)]
    gone, said = _dropped(_pages(tops, [f"Riverside Team | Page {n} of 3" for n in (1, 2, 3)]))
    assert gone == ["Riverside Team | Page 1 of 3", "Riverside Team | Page 2 of 3",
                    "Riverside Team | Page 3 of 3"]
    assert said == ["Riverside Team | Page 1 of 3"]  # once, as on its first page


@pytest.mark.parametrize(("found", "expected"), [
    ([(0, "Page 1 of 4"), (1, "Page 2 of 4"), (2, "Page 3 of 4")], True),
    ([(1, "3"), (2, "4"), (3, "5")], True),  # a cover, then numbers from 3
    ([(1, "Invented review 2027 - 2"), (3, "Invented review 2027 - 4")], True),
    ([(0, "Point 12 of the review"), (1, "Point 33 of the review")], False),
    ([(0, "Page 1 of 4"), (1, "Page 2 of 5")], False),  # "of 4", "of 5": no page's number
    ([(0, "Page 40"), (1, "Page 41")], False),  # far from the page's place in the file
    ([(0, "Invented header"), (0, "Invented header")], False),  # twice on one page
])
def test_a_number_may_differ_only_as_the_pages_number(found: list[tuple[int, str]],
                                                       expected: bool) -> None:
    assert repeats(found) is expected


@settings(max_examples=200, deadline=None)
@given(numbers=st.lists(st.integers(0, 999), min_size=2, max_size=8))
def test_a_line_whose_numbers_are_no_page_numbers_is_never_dropped(numbers: list[int]) -> None:
    """The first line of each page differs only in a number: dropped only where that number
    goes up by one from page to page (a page number), else kept, and reported either way."""
    tops = [f"- Alex Example's invented point {k} for the Riverside Team." for k in numbers]
    gone, said = _dropped(_pages(tops, [None] * len(numbers)))
    page_numbers = len({k - n for n, k in enumerate(numbers)}) == 1 \
        and abs(numbers[0] - 1) <= 3
    assert gone == (tops if page_numbers or len(set(numbers)) == 1 else [])
    assert said == gone[:1]


@settings(max_examples=100, deadline=None)
@given(pages=st.integers(2, 9), cover=st.booleans(), first=st.integers(0, 2))
def test_a_page_footer_is_dropped_and_reported_once(pages: int, cover: bool,
                                                     first: int) -> None:
    feet: list[str | None] = [f"Invented Shire Partnership | Page {n + first} of {pages}"
                              for n in range(pages)]
    if cover and pages > 2:
        feet[0] = None
    tops = [f"Body of invented page {chr(65 + n)}." for n in range(pages)]
    gone, said = _dropped(_pages(tops, feet))
    assert gone == [f for f in feet if f is not None]
    assert said == gone[:1]


def test_a_one_page_pdf_keeps_everything() -> None:
    assert _dropped(_pages(["Invented line."], ["Page 1 of 1"])) == ([], [])


# ---------------------------------------------------------------- rendered PDFs

POINTS = 100


def _briefing() -> str:
    return "\n".join(["# Child Zed: invented learning briefing", "## Introduction",
                      "Child Zed is an invented child known to the Riverside Team.",
                      "## Key learning",
                      *[f"- **Point {k}:** Sam Sample noticed pattern number {k} at school."
                        for k in range(1, POINTS + 1)],
                      "## What to do now", "Talk about this briefing with your team."])


@pytest.mark.parametrize("bold", [False, True])
def test_a_one_column_pdf_keeps_every_point_alike_but_for_its_number(
        tmp_path: Path, bold: bool) -> None:
    source = read_source(bf.pdf_one_column(_briefing(), tmp_path / "child-zed.pdf", bold=bold))
    assert source.furniture == (bf.HEADER, f"{bf.FOOTER} - page 1")
    said = [int(k) for k in re.findall(r"Point (\d+):", source.text)]
    assert said == list(range(1, POINTS + 1))
    report = import_briefing(source.text, furniture=source.furniture, kind=source.kind)
    points = report.review["learning"]
    assert [p["title"] for p in points] == [f"Point {k}" for k in range(1, POINTS + 1)]
    assert [p["text"] for p in points] == [
        f"Sam Sample noticed pattern number {k} at school." for k in range(1, POINTS + 1)]


# ---------------------------------------------------------------- a heading atop each page


def _headed_pages(headings: list[str], size: float) -> list[tuple[float, list[Line]]]:
    """Invented pages each opening with a heading set at `size` (the body at 10 pt)."""
    out = []
    for n, heading in enumerate(headings):
        lines = [Line(50.0, TOP, 300.0, TOP + size, heading, size, True, n)]
        lines += [_line(FIRST - 20 * k, f"Body line {k} of invented page {chr(65 + n)}.", n)
                  for k in range(4)]
        out.append((HEIGHT, lines))
    return out


def test_a_numbered_heading_atop_each_page_is_kept() -> None:
    """One learning point a page, each headed "Learning point N" in a larger type at the top:
    the numbers go up as the pages do, but a heading set larger than the body is no running
    header. Until 7 December 2026 every one was dropped as one, and the points were read as
    the introduction (a trial)."""
    headings = ["Child Q: invented briefing"] + [f"Learning point {k}" for k in range(1, 5)]
    assert _dropped(_headed_pages(headings, 14.0)) == ([], [])
    # in the body's size, a line alike but for the page's number is still the page's
    small = [f"Invented Briefing {k}" for k in range(1, 6)]
    assert _dropped(_headed_pages(small, 10.0))[0] == small


def test_a_briefing_of_one_learning_point_a_page_keeps_each_point(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    points = [f"Sam Sample's invented point about the Riverside Team, number {k}."
              for k in range(1, 5)]
    for k, text in enumerate(["# Child Zed: invented briefing", *points]):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, text.lstrip("# ") if k == 0 else f"Learning point {k}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 6, "Child Zed is an invented child." if k == 0 else text,
                       new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "child-zed.pdf"))
    source = read_source(tmp_path / "child-zed.pdf")
    assert source.furniture == ()
    assert [f"## Learning point {k}" in source.text for k in range(1, 5)] == [True] * 4
    # and each is a point of key learning, nothing left to move by hand (`importer/numbered.py`)
    report = import_briefing(source.text, kind=source.kind)
    assert [p["text"] for p in report.review["learning"]] == points
    assert not [line for _, line in report.unplaced if "point" in line]
