"""Word briefings laid out as tables (fresh-eyes trial of `reflect import`, #13 leftovers
item 1): a box grid whose cells each hold a heading and its text, and a two-column table
"heading | text", import as their sections; cells headed with headings reflect does not know
are one unplaced block per table, not one per cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from tests import briefing_files as bf

LONG_UNKNOWN = "What the review heard from the family about the help they had"

GRID = f"""Invented Shire Safeguarding Children Partnership
7-minute briefing: Child ZZ
## 1. Background
Child ZZ was an invented baby of six months.
The family had moved to Invented Shire in the spring.
## 2. What went well
The health visitor saw Child ZZ every week.
## 3. Working with fathers
The father was not seen by any agency.
## 4. {LONG_UNKNOWN}
They said nobody explained what would happen next.
## 5. Key learning
- Ask who else lives in the home.
## 6. Questions to consider
- Who lives in the home?
- How do you know?
"""


def _import(path: Path) -> Any:
    return import_briefing(read_source(path).text, name_hint=path.stem)


def test_a_grid_of_boxes_imports_as_its_sections(tmp_path: Path) -> None:
    report = _import(bf.docx_grid(GRID, tmp_path / "grid.docx"))
    review = report.review
    assert review["introduction"] == ["Child ZZ was an invented baby of six months.",
                                      "The family had moved to Invented Shire in the spring."]
    assert review["good_practice"] == [{"text": "The health visitor saw Child ZZ every week."}]
    assert review["learning"] == [{"text": "Ask who else lives in the home."}]
    assert [q["text"] for q in review["questions"]] == ["Who lives in the home?",
                                                        "How do you know?"]
    # the two boxes with headings reflect does not know are one block, in order
    [block] = report.blocks
    assert [line for _, line in block.lines] == [
        "## 3. Working with fathers", "The father was not seen by any agency.",
        f"4. {LONG_UNKNOWN}", "They said nobody explained what would happen next."]


def test_a_grid_with_three_columns_reads_row_by_row(tmp_path: Path) -> None:
    report = _import(bf.docx_grid(GRID, tmp_path / "grid3.docx", cols=3))
    assert report.review["good_practice"] == [
        {"text": "The health visitor saw Child ZZ every week."}]
    assert len(report.blocks) == 1


def test_rows_heading_then_text_import_as_heading_and_body(tmp_path: Path) -> None:
    text = (f"Learning briefing: Child ZY\n## Background\nChild ZY was an invented child of "
            f"four.\n## {LONG_UNKNOWN}\nThey said nobody explained what would happen.\n"
            "## What went well\nThe school shared its worries quickly.\n"
            "## Questions for reflection\n- How do you include fathers?\n")
    path = bf.docx_rows(text, tmp_path / "rows.docx")
    assert read_source(path).text.splitlines() == [
        "Learning briefing: Child ZY", "## Background", "Child ZY was an invented child of four.",
        f"## {LONG_UNKNOWN}", "They said nobody explained what would happen.",
        "## What went well", "The school shared its worries quickly.",
        "## Questions for reflection", "- How do you include fathers?"]
    report = _import(path)
    assert report.review["introduction"] == ["Child ZY was an invented child of four."]
    assert report.review["good_practice"] == [
        {"text": "The school shared its worries quickly."}]
    assert [b.label for b in report.blocks] == [f"## {LONG_UNKNOWN}"]


def test_a_numbered_table_without_headings_stays_in_the_section_it_is_under(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("Child ZX is an invented child.")
    doc.add_heading("Recommendations", level=2)
    table = doc.add_table(rows=2, cols=2)
    for row, (n, words) in zip(table.rows, [("1", "Agencies should invite the father."),
                                            ("2", "The school should share its notes.")],
                               strict=True):
        row.cells[0].text, row.cells[1].text = n, words
    path = tmp_path / "recs.docx"
    doc.save(str(path))
    report = _import(path)
    assert [r["text"] for r in report.review["recommendations"]] == [
        "Agencies should invite the father.", "The school should share its notes."]
    assert report.unplaced == []
    assert read_source(path).text.splitlines()[2:] == [
        "1. Agencies should invite the father.", "2. The school should share its notes."]


def test_a_header_row_of_known_headings_is_two_headings(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Background", "Why it matters"
    path = tmp_path / "head.docx"
    doc.save(str(path))
    assert read_source(path).text.splitlines() == ["## Background", "## Why it matters"]


def test_moving_the_table_block_keeps_every_box_heading_after_the_first(tmp_path: Path) -> None:
    """The block's first line is the block's heading, in no field and said in the notes (the
    title of its first point until 5 December 2026); the second box's heading is text of the
    block, so moving the block loses none of it."""
    text = read_source(bf.docx_grid(GRID, tmp_path / "grid.docx")).text
    [block] = import_briefing(text).blocks
    moved = import_briefing(text, moves={n: "development" for n, _ in block.lines})
    assert moved.review["development"] == [
        {"text": "The father was not seen by any agency."},
        {"text": LONG_UNKNOWN},
        {"text": "They said nobody explained what would happen next."}]
    assert moved.unplaced == []
    assert any(w.startswith(f"line {block.start} (“Working with fathers”) heads the block")
               for w in moved.warnings)


def test_a_documents_styles_are_looked_up_once_each(tmp_path: Path, monkeypatch: Any) -> None:
    """python-docx finds the style of a paragraph with none of its own by reading every style
    in the document, each time it is asked: a table of 2,000 one-line rows took 8 s of CPU
    (14,000 rows nearly two minutes). Each style is looked up once a document."""
    from docx.parts.document import DocumentPart

    from reflect.importer.readers.docx import read_docx

    rows = [f"Invented row {n}: Team Blue visited the household." for n in range(60)]
    path = bf.docx_file("## Background\nChild ZZ is invented.\n## Learning\n"
                        + "\n".join(rows), tmp_path / "rows.docx")
    asked: list[object] = []
    get_style = DocumentPart.get_style
    monkeypatch.setattr(DocumentPart, "get_style", lambda self, *a: (
        asked.append(a), get_style(self, *a))[1])
    text = read_docx(path.read_bytes())
    assert all(row in text.splitlines() for row in rows)  # (each row read, a line each)
    assert len(asked) <= 3  # (Heading 2 and the document's default, once each)
