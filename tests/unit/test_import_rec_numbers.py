"""A recommendation's numbering ("R1 ", "Recommendation 2:", a table's "R1" cell) is taken off
its words: a review has no field for it (docs/content-format.md), and a recommendation's place
is its number. A fresh-eyes trial found "R1 " left in a recommendation's words, and a table's
"R1" cell the title of its row ("R1 Recommendation", the column's label run in). All
invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from reflect.importer import import_briefing
from reflect.importer.recommendations import recommendation
from reflect.importer.sources import read_source

WORDS = "All agencies record who lives in the household."


@pytest.mark.parametrize("line", [
    f"R1 {WORDS}", f"R1. {WORDS}", f"R1: {WORDS}", f"Rec 1: {WORDS}", f"Rec. 1 – {WORDS}",
    f"Recommendation 1: {WORDS}", f"Recommendation 1 - {WORDS}", f"**Recommendation 1:** {WORDS}",
    f"**R1** {WORDS}", f"R12 {WORDS}",
])
def test_the_numbering_is_taken_off_the_words(line: str) -> None:
    assert recommendation(line) == {"text": WORDS}


@pytest.mark.parametrize(("line", "expected"), [
    ("R2: **Working with Dads:** invite fathers. Status: Completed",
     {"title": "Working with Dads", "text": "invite fathers.", "update": "Completed"}),
    ("**R3: Working with Dads** – invite fathers to every meeting.",
     {"title": "Working with Dads", "text": "invite fathers to every meeting."}),
])
def test_a_title_after_the_numbering_stays_the_title(line: str, expected: dict) -> None:
    assert recommendation(line) == expected


@pytest.mark.parametrize("line", [
    "Recommendation 1 was completed in March.",  # a sentence, its numbering its subject
    "Recommendations are reviewed each quarter.",
    "Record who lives in the household. R1",
    "RCPCH guidance is shared with every GP.",
])
def test_words_that_are_no_numbering_are_kept(line: str) -> None:
    assert recommendation(line) == {"text": line}


def _table(path: Path, rows: list[tuple[str, ...]]) -> Path:
    doc = Document()
    doc.add_heading("Child Y: learning briefing", 0)
    doc.add_paragraph("Moorvale Safeguarding Children Partnership")
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("Child Y was an invented toddler who lived in Moorvale with his aunt.")
    doc.add_heading("Recommendations", 1)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, words in enumerate(row):
            table.cell(i, j).text = words
    doc.save(str(path))
    return path


@pytest.mark.parametrize("rows", [
    [("No.", "Recommendation", "Status"), ("R1", WORDS, "In progress"),
     ("R2", "Schools share attendance worries.", "Completed")],
    [("Ref", "Recommendation", "Status"), ("Rec 1", WORDS, "In progress"),
     ("Rec 2", "Schools share attendance worries.", "Completed")],
])
def test_a_tables_number_cell_is_the_rows_numbering(tmp_path: Path, rows: list) -> None:
    source = read_source(_table(tmp_path / "child-y.docx", rows))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows)
    assert report.review["recommendations"] == [
        {"text": WORDS, "update": "In progress"},
        {"text": "Schools share attendance worries.", "update": "Completed"}]


def test_a_numbered_row_with_no_header_is_one_recommendation(tmp_path: Path) -> None:
    source = read_source(_table(tmp_path / "child-y.docx", [
        ("R1", WORDS), ("R2", "Schools share attendance worries.")]))
    report = import_briefing(source.text, kind=source.kind, rows=source.rows)
    assert report.review["recommendations"] == [
        {"text": WORDS}, {"text": "Schools share attendance worries."}]
