"""A PDF's ruled table of recommendations ("Recommendation | Status", "No. | Recommendation |
Status", "Recommendation | Action | Progress") imports as the same table in Markdown does:
each row a recommendation with its status, cells wrapped over lines, borders drawn as a
rectangle a cell or as lines, a title row across the table, the table going on over a page
break with its header drawn again (a learning lead's trial: read column by column, the header
cells were headings, the rows three unplaced lines and every status lost). All invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF

from reflect.importer import import_briefing
from reflect.importer.readers.pdf_grid import Rule, grids, rules
from reflect.importer.readers.pdf_pages import pages
from reflect.importer.sources import read_source
from tests import briefing_files as bf

LONG = ("Invented Vale health visitors share every concern about a missed appointment with "
        "the school nurse and the family's GP within five working days, and Team Blue checks "
        "each quarter that they have.")


def briefing(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    table = [f"| {' | '.join(header)} |", "|" + " --- |" * len(header)]
    table += [f"| {' | '.join(r)} |" for r in rows]
    return "\n".join([
        "# Learning briefing: Child ZR", "", "Nowhereshire Safeguarding Children Partnership",
        "", "## Introduction", "", "Child ZR was an invented child seen by Pat Example.", "",
        "## Recommendations", "", *table, "", "## Questions for reflection", "",
        "- Who follows up a missed appointment?", ""])


def _import(path: Path) -> Any:
    source = read_source(path)
    return import_briefing(source.text, name_hint=path.stem, kind=source.kind,
                           rows=source.rows)


def _both(tmp_path: Path, text: str, **drawn: Any) -> tuple[Any, Any]:
    """The briefing imported from Markdown and from its PDF drawn so."""
    md = tmp_path / "child-zr.md"
    md.write_text(text, encoding="utf-8")
    return _import(md), _import(bf.pdf_table(text, tmp_path / "child-zr.pdf", **drawn))


@pytest.mark.parametrize("drawn", [
    {}, {"borders": "INTERNAL"}, {"v_align": "TOP", "widths": (3, 1)},
    {"bold_header": False}], ids=["cells", "lines", "top", "plain"])
def test_wrapped_rows_import_with_their_statuses_as_from_markdown(
        tmp_path: Path, drawn: dict[str, Any]) -> None:
    text = briefing(("Recommendation", "Status"),
                    [(LONG, "In progress"), ("GP practices adopt a was-not-brought policy.",
                                            "Completed")])
    md, pdf = _both(tmp_path, text, **drawn)
    assert pdf.review["recommendations"] == md.review["recommendations"] == [
        {"text": LONG, "update": "In progress"},
        {"text": "GP practices adopt a was-not-brought policy.", "update": "Completed"}]
    assert pdf.unplaced == []


def test_a_title_row_across_the_table_is_read_before_it(tmp_path: Path) -> None:
    """The table's first row, one cell across it, says what it is: here the section's
    heading (in bold, as the header under it)."""
    text = briefing(("Recommendation", "Status"), [(LONG, "In progress")])
    text = text.replace("## Recommendations\n", "")
    path = bf.pdf_table(text, tmp_path / "titled.pdf", title="Recommendations")
    assert "## Recommendations\n" + LONG + " Status: In progress\n" in read_source(path).text
    assert _import(path).review["recommendations"] == [{"text": LONG, "update": "In progress"}]


@pytest.mark.parametrize("header", [("No.", "Recommendation", "Status"),
                                    ("Recommendation", "Action", "Progress")])
def test_three_columns_import_as_from_markdown(tmp_path: Path, header: tuple[str, ...]) -> None:
    if header[0] == "No.":
        rows = [("1.", LONG, "In progress"), ("2", "Schools ask who lives at home.", "Done")]
        widths: tuple[float, ...] = (1.2, 10, 3)
    else:
        rows = [(LONG, "Audit of missed appointments", "Started in May"),
                ("Schools ask who lives at home.", "Training for Team Blue", "Completed")]
        widths = (6, 4, 3)
    md, pdf = _both(tmp_path, briefing(header, rows), widths=widths, v_align="TOP")
    assert pdf.review["recommendations"] == md.review["recommendations"]
    assert [r.get("update") for r in pdf.review["recommendations"]] == [rows[0][2], rows[1][2]]
    assert pdf.unplaced == md.unplaced


def test_a_table_over_a_page_break_is_one_table_its_header_read_once(tmp_path: Path) -> None:
    rows = [(f"{n}.", f"Invented agency {n} asks Team Blue how the voice of the child was "
             "heard at each visit.", "Completed" if n % 3 else "Not started")
            for n in range(1, 31)]
    path = bf.pdf_table(briefing(("No.", "Recommendation", "Status"), rows),
                        tmp_path / "long.pdf", widths=(1.2, 12, 3))
    assert len(pages(path.read_bytes())) == 2
    source = read_source(path)
    assert "No." not in source.text and "## Status" not in source.text
    report = _import(path)
    assert [r.get("update") for r in report.review["recommendations"]] == [r[2] for r in rows]
    assert report.unplaced == []


def test_a_number_cell_is_not_joined_to_the_next_cells_text(tmp_path: Path) -> None:
    """"1." in a narrow "No." column is a list number set apart from its text, to the
    reader that joins a bullet to its text: not across a rule."""
    rows = [("1.", "Schools ask who lives at home.", "Done")]
    path = bf.pdf_table(briefing(("No.", "Recommendation", "Status"), rows),
                        tmp_path / "n.pdf", widths=(1.2, 10, 3))
    [page] = pages(path.read_bytes())
    assert [ln.text for ln in page.lines if ln.text.startswith("1.")] == ["1."]


def test_text_run_across_a_rule_on_one_baseline_is_cut_there(tmp_path: Path) -> None:
    """pdfminer joins text a little apart on one baseline into one line: in a table, two
    cells' words."""
    pdf = FPDF(unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for y in (100, 120, 140):
        pdf.line(50, y, 300, y)
    for x in (50, 150, 300):
        pdf.line(x, 100, x, 140)
    pdf.text(60, 112, "Recommendation")
    pdf.text(153, 112, "Status")
    pdf.text(60, 132, "Ask who is at home")
    pdf.text(153, 132, "Completed")  # "home" ends near 145: 8 points from "Completed"
    path = tmp_path / "close.pdf"
    pdf.output(str(path))
    [page] = pages(path.read_bytes())
    assert sorted(ln.text for ln in page.lines) == ["Ask who is at home", "Completed",
                                                    "Recommendation", "Status"]
    assert read_source(path).text == "Ask who is at home Status: Completed\n"


def test_rules_from_rectangles_lines_and_thin_bars() -> None:
    assert rules([(0, 0), (10, 0), (10, 20), (0, 20)], (0, 0, 10, 20), closed=True) == [
        Rule(False, 0, 0, 10), Rule(True, 10, 0, 20), Rule(False, 20, 0, 10),
        Rule(True, 0, 0, 20)]
    assert rules([(5, 0), (5, 30)], (5, 0, 5, 30), closed=False) == [Rule(True, 5, 0, 30)]
    # Word draws a border as a filled bar half a point thick
    assert rules([(0, 9.8), (40, 9.8), (40, 10.2), (0, 10.2)], (0, 9.8, 40, 10.2),
                 closed=True) == [Rule(False, 10, 0, 40)]


def _cells(x: list[float], y: list[float]) -> list[Rule]:
    """A rectangle a cell, as fpdf2 draws a table (sides shared, drawn twice)."""
    out = []
    for x0, x1 in zip(x, x[1:], strict=False):
        for y0, y1 in zip(y, y[1:], strict=False):
            out += rules([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], (x0, y0, x1, y1), True)
    return out


def test_a_grid_needs_two_columns_and_two_rows() -> None:
    assert grids(_cells([0, 100], [0, 50])) == []  # a box
    assert grids(_cells([0, 100, 200], [0, 50])) == []  # two boxes side by side
    [grid] = grids(_cells([0, 100, 200], [0, 50, 70]))
    assert grid.xs == [0, 100, 200] and grid.ys == [70, 50, 0]
    assert grid.place(150, 60) == (0, 1) and grid.place(20, 10) == (1, 0)
    assert grid.place(250, 10) is None
    # two tables apart on the page are two grids
    assert len(grids(_cells([0, 100, 200], [0, 50, 70]) + _cells([0, 100, 200],
                                                                 [200, 250, 270]))) == 2


def test_a_row_with_no_rule_between_its_columns_is_one_cell() -> None:
    found = [Rule(False, y, 0, 200) for y in (0, 50, 70, 90)]
    found += [Rule(True, 0, 0, 90), Rule(True, 200, 0, 90), Rule(True, 100, 0, 70)]
    [grid] = grids(found)  # the top row, a title, runs across the table
    assert grid.spans(0) == [(0, 200)]
    assert grid.spans(1) == [(0, 100), (100, 200)]
    assert grid.place(150, 80) == (0, 0)
