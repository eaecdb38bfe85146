"""A table with a header row ("Recommendation | Status") in a web page, a Word document, a
Markdown pipe table or a PDF's ruled table: the header row is a header, each row one
recommendation, its Status cell the recommendation's `update` (a learning lead's trial: the
header cells were imported as recommendations and the second row and both statuses were not
placed). All invented."""

from __future__ import annotations

import html
import tomllib
from pathlib import Path
from typing import Any

import pytest

from reflect.cli import main
from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from tests import briefing_files as bf

HEADER = ("Recommendation", "Status")
ROWS = [('GP practices adopt a "was not brought" policy.', "Completed"),
        ("Schools share attendance concerns with the school nurse.", "In progress")]
EXPECTED = [{"text": 'GP practices adopt a "was not brought" policy.', "update": "Completed"},
            {"text": "Schools share attendance concerns with the school nurse.",
             "update": "In progress"}]
BEFORE = ("Learning briefing: Child ZQ", "Nowhereshire Safeguarding Children Partnership",
          "Child ZQ was an invented child of nine whose attendance fell over a year.")


def _html(path: Path, header: tuple[str, ...] = HEADER,
          rows: list[tuple[str, ...]] = ROWS) -> Path:
    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"

    body = "\n".join([
        f"<h1>{BEFORE[0]}</h1>", f"<p>{BEFORE[1]}</p>", "<h2>Introduction</h2>",
        f"<p>{BEFORE[2]}</p>", "<h2>Recommendations</h2>",
        "<table><thead>" + row(header, "th") + "</thead><tbody>"
        + "".join(row(r, "td") for r in rows) + "</tbody></table>",
        "<h2>Questions for reflection</h2>",
        "<ul><li>Who follows up a missed appointment?</li></ul>"])
    path.write_text(f"<!DOCTYPE html><html><body><main><article>{body}</article></main>"
                    "</body></html>", encoding="utf-8")
    return path


def _docx(path: Path, header: tuple[str, ...] = HEADER,
          rows: list[tuple[str, ...]] = ROWS, bold: bool = False) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading(BEFORE[0], level=1)
    doc.add_paragraph(BEFORE[1])
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(BEFORE[2])
    doc.add_heading("Recommendations", level=2)
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for cells, values in zip(table.rows, [header, *rows], strict=True):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.paragraphs[0].add_run(value).bold = bold and values is header
    doc.add_heading("Questions for reflection", level=2)
    doc.add_paragraph("Who follows up a missed appointment?", style="List Bullet")
    doc.save(str(path))
    return path


def _md(path: Path, header: tuple[str, ...] = HEADER,
        rows: list[tuple[str, ...]] = ROWS) -> Path:
    table = [f"| {' | '.join(header)} |", "|" + " --- |" * len(header)]
    table += [f"| {' | '.join(r)} |" for r in rows]
    path.write_text("\n".join([f"# {BEFORE[0]}", "", BEFORE[1], "", "## Introduction", "",
                               BEFORE[2], "", "## Recommendations", "", *table, "",
                               "## Questions for reflection", "",
                               "- Who follows up a missed appointment?", ""]),
                    encoding="utf-8")
    return path


def _pdf(path: Path, header: tuple[str, ...] = HEADER,
         rows: list[tuple[str, ...]] = ROWS) -> Path:
    """The Markdown briefing as a PDF, its pipe table a ruled table (a trial: read column by
    column, the header cells were headings and every status was left unplaced)."""
    text = _md(path.with_suffix(".md"), header, rows).read_text(encoding="utf-8")
    return bf.pdf_table(text, path)


MAKERS = {"html": _html, "docx": _docx, "md": _md, "pdf": _pdf}


def _import(path: Path) -> Any:
    """As `reflect import` and the app read it: a Markdown file as Markdown, its rows known."""
    source = read_source(path)
    return import_briefing(source.text, name_hint=path.stem, kind=source.kind,
                           rows=source.rows)


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_a_status_column_is_each_recommendations_update(fmt: str, tmp_path: Path) -> None:
    report = _import(MAKERS[fmt](tmp_path / f"child-zq.{fmt}"))
    assert report.review["recommendations"] == EXPECTED
    assert report.unplaced == []


@pytest.mark.parametrize("fmt", ["html", "docx", "pdf"])
def test_a_table_with_a_header_reads_as_a_line_per_row(fmt: str, tmp_path: Path) -> None:
    text = read_source(MAKERS[fmt](tmp_path / f"b.{fmt}")).text
    start = text.splitlines().index("## Recommendations") + 1
    assert text.splitlines()[start:start + 3] == [
        'GP practices adopt a "was not brought" policy. Status: Completed',
        "Schools share attendance concerns with the school nurse. Status: In progress",
        "## Questions for reflection"]


def test_a_bold_header_row_in_word_is_a_header_too(tmp_path: Path) -> None:
    report = _import(_docx(tmp_path / "bold.docx", bold=True))
    assert report.review["recommendations"] == EXPECTED


def test_a_pipe_table_keeps_every_other_lines_number(tmp_path: Path) -> None:
    path = _md(tmp_path / "pipe.md")
    raw = path.read_text(encoding="utf-8").splitlines()
    read = read_source(path).text.splitlines()
    assert len(read) == len(raw)
    assert [a for a, b in zip(raw, read, strict=True) if a != b] == [
        "| Recommendation | Status |", "| --- | --- |",
        f"| {ROWS[0][0]} | {ROWS[0][1]} |", f"| {ROWS[1][0]} | {ROWS[1][1]} |"]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_a_numbered_table_with_more_columns_keeps_every_cell(fmt: str, tmp_path: Path) -> None:
    header = ("No.", "Recommendation", "Lead agency", "Status")
    rows = [("1", "Agencies should invite fathers to every review meeting.", "Invented Council",
             "Completed")]
    report = _import(MAKERS[fmt](tmp_path / f"wide.{fmt}", header=header, rows=rows))
    assert report.review["recommendations"] == [  # each cell kept: the lead agency its `lead`
        {"text": "Agencies should invite fathers to every review meeting.", "update": "Completed",
         "lead": "Invented Council"}]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_a_header_of_known_headings_is_still_two_sections(fmt: str, tmp_path: Path) -> None:
    """"Background | Why it matters" over a row of text is a layout of two sections, not a
    table of data."""
    header = ("Background", "Why it matters")
    rows = [("Child ZQ was an invented child.", "Nobody asked who lived in the home.")]
    text = read_source(MAKERS[fmt](tmp_path / f"layout.{fmt}", header=header,
                                   rows=rows)).text
    assert "Child ZQ was an invented child. Why it matters:" not in text



@pytest.mark.parametrize("fmt", sorted(MAKERS))
@pytest.mark.parametrize("header,rows,expected", [
    (("Recommendation", "Status"),
     [("Ask about every adult in the home", "In progress"),
      ("Train staff on escalation", "Complete")],
     [{"text": "Ask about every adult in the home", "update": "In progress"},
      {"text": "Train staff on escalation", "update": "Complete"}]),
    (("Recommendation", "Lead agency", "Status"),
     [("Ask about every adult in the home", "Invented Vale Council", "In progress"),
      ("train staff on escalation", "Invented Health Trust", "Complete")],
     [{"text": "Ask about every adult in the home", "update": "In progress",
       "lead": "Invented Vale Council"},
      {"text": "train staff on escalation", "update": "Complete",
       "lead": "Invented Health Trust"}])])
def test_reflect_import_reads_each_row_of_a_table_as_its_own(
        capsys, tmp_path: Path, fmt: str, header: tuple[str, ...], rows: list[tuple[str, ...]],
        expected: list[dict[str, str]]) -> None:
    """Rows ending in no full stop, one starting in lower case: each row is still one
    recommendation, with its own status and lead, in a Markdown file, a Word document or a web
    page alike (a trial: the rows of a Markdown file, read as Markdown, were run together as
    one paragraph, the second's lead taken for all; a Word or web page table's rows, not
    known as rows, were run together by the lower-case rule, the first's lead and status in
    its words)."""
    path = MAKERS[fmt](tmp_path / f"child-zq.{fmt}", header=header, rows=rows)
    content = tmp_path / "content"
    assert main(["import", str(path), "--content-dir", str(content)]) == 0
    capsys.readouterr()
    written = tomllib.loads((content / "child-zq.toml").read_text(encoding="utf-8"))
    assert written["recommendations"] == expected
    assert written["introduction"] == [BEFORE[2]]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_every_format_says_which_lines_are_a_tables_rows(fmt: str, tmp_path: Path) -> None:
    """`Source.rows` names the rows' lines in a Word document and a web page as in Markdown
    (only a pipe table's were named: the others reached the parser as plain lines)."""
    source = read_source(MAKERS[fmt](tmp_path / f"rows.{fmt}"))
    lines = source.text.splitlines()
    assert [lines[n - 1] for n in sorted(source.rows)] == [
        'GP practices adopt a "was not brought" policy. Status: Completed',
        "Schools share attendance concerns with the school nurse. Status: In progress"]


def test_a_web_page_wrapped_inside_a_cell_keeps_the_row_one_line(tmp_path: Path) -> None:
    """A page whose source breaks a cell's text (and a header's) across lines, as many
    editors save it: the row is still one line, one recommendation (its second line, in a
    capital, was a recommendation of its own)."""
    page = _html(tmp_path / "wrapped.html", header=("Recommendation", "Lead agency"),
                 rows=[("Share the plan with the", "Invented Vale Council")])
    text = page.read_text(encoding="utf-8").replace(
        "Share the plan with the", "Share the plan with the\n      Designated Safeguarding Lead"
    ).replace("Lead agency", "Lead\n      agency")
    page.write_text(text, encoding="utf-8")
    report = _import(page)
    assert report.review["recommendations"] == [
        {"text": "Share the plan with the Designated Safeguarding Lead",
         "lead": "Invented Vale Council"}]
    assert report.unplaced == []
