"""A recommendations table of one column ("| Recommendations |" over a row a
recommendation), and a sentence ending in a full stop between the heading and a table, in
Markdown, Word and PDF (a learning lead's trial: the Markdown rows kept their pipes, the
Word and PDF rows ran together as one recommendation under a second "Recommendations"
heading, and "The partnership agreed the following." became a recommendation of its own,
"(no status given)"). All invented."""

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

ROWS = ["All agencies should ask who lives in the home",
        "schools share attendance concerns with the school nurse",
        "GP practices follow up a missed appointment for Pat Example's children."]
EXPECTED = [{"text": row} for row in ROWS]


def _text(table: list[str], lead: str | None = None) -> str:
    return "\n".join([
        "# Learning briefing: Child ZV", "", "Invented Vale Safeguarding Children Partnership",
        "", "## Introduction", "",
        "Child ZV was an invented child of six whose school saw her less each term.", "",
        "## Recommendations", "", *([lead, ""] if lead else []), *table, "",
        "## Questions for reflection", "", "- Who follows up a missed appointment?", ""])


def _one_column() -> list[str]:
    return ["| Recommendations |", "| --- |", *(f"| {row} |" for row in ROWS)]


def _two_columns() -> list[str]:
    return ["| Recommendation | Status |", "| --- | --- |",
            *(f"| {row} | Completed |" for row in ROWS)]


def _write(fmt: str, text: str, path: Path) -> Path:
    if fmt == "md":
        path.write_text(text, encoding="utf-8")
        return path
    if fmt == "docx":
        return bf.docx_tables(text, path)
    if fmt == "html":
        return _html(text, path)
    return bf.pdf_table(text, path)


def _html(text: str, path: Path) -> Path:
    """The briefing as a web page, its pipe table a <table> whose first row is <th>."""
    out: list[str] = []
    for line in text.splitlines():
        if line.startswith("| ---"):
            continue
        if line.startswith("|"):
            tag = "th" if not out or not out[-1].startswith("<tr>") else "td"
            cells = [c.strip() for c in line.strip("| ").split("|")]
            out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells)
                       + "</tr>")
        elif line.startswith("#"):
            out.append(f"<h2>{html.escape(line.lstrip('# '))}</h2>")
        elif line.startswith("- "):
            out.append(f"<ul><li>{html.escape(line[2:])}</li></ul>")
        elif line:
            out.append(f"<p>{html.escape(line)}</p>")
    body = "\n".join(out).replace("<tr>", "<table><tr>", 1)
    body = body[::-1].replace(">rt/<", ">elbat/<>rt/<", 1)[::-1]
    path.write_text(f"<!DOCTYPE html><html><body><main><article>{body}</article></main>"
                    "</body></html>", encoding="utf-8")
    return path


def _import(path: Path) -> Any:
    source = read_source(path)
    return import_briefing(source.text, name_hint=path.stem, kind=source.kind,
                           rows=source.rows)


FORMATS = ["md", "docx", "pdf", "html"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_table_of_one_column_is_a_recommendation_a_row(fmt: str, tmp_path: Path) -> None:
    report = _import(_write(fmt, _text(_one_column()), tmp_path / f"child-zv.{fmt}"))
    assert report.review["recommendations"] == EXPECTED  # no pipes, no status, none run on
    assert report.unplaced == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_header_of_one_column_needs_no_heading_above(fmt: str, tmp_path: Path) -> None:
    """The table alone under the introduction: its header is the section's heading."""
    text = _text(_one_column()).replace("## Recommendations\n\n", "")
    report = _import(_write(fmt, text, tmp_path / f"child-zv.{fmt}"))
    assert report.review["recommendations"] == EXPECTED
    assert report.review["introduction"] == [
        "Child ZV was an invented child of six whose school saw her less each term."]


def test_reflect_import_writes_a_one_column_table_row_by_row(capsys, tmp_path: Path) -> None:
    path = _write("md", _text(_one_column()), tmp_path / "child-zv.md")
    content = tmp_path / "content"
    assert main(["import", str(path), "--content-dir", str(content)]) == 0
    capsys.readouterr()
    written = tomllib.loads((content / "child-zv.toml").read_text(encoding="utf-8"))
    assert written["recommendations"] == EXPECTED


def test_a_table_of_one_column_under_another_header_is_left_as_it_was() -> None:
    from reflect.importer.readers.tables import one_column

    assert one_column([["Key learning"], ["Nobody asked who lived in the home."]]) is None
    assert one_column([["Recommendations"]]) is None
    assert one_column([["Recommendations"], ["Key learning"]]) is None
    assert one_column([["Recommendations", "Status"], ["Ask.", "Open"]]) is None


LEAD = "The partnership agreed the following."


@pytest.mark.parametrize("table", [_one_column, _two_columns])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sentence_above_the_table_leads_into_its_rows(
        fmt: str, table: Any, tmp_path: Path) -> None:
    """As a line ending in a colon does ("The partnership agreed:"): each row starts with
    it, and a note says so; it is no recommendation of its own."""
    report = _import(_write(fmt, _text(table(), LEAD), tmp_path / f"child-zv.{fmt}"))
    recs = report.review["recommendations"]
    assert [rec["text"] for rec in recs] == [f"{LEAD} {row}" for row in ROWS]
    assert report.unplaced == []
    assert any(f"{LEAD!r}, leads into the 3 recommendations under it" in warning
               for warning in report.warnings)


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_colon_lead_in_above_a_one_column_table_is_kept_too(fmt: str, tmp_path: Path) -> None:
    """The table's header heading does not end the lead-in (it put it aside)."""
    lead = "The partnership agreed that:"
    report = _import(_write(fmt, _text(_one_column(), lead), tmp_path / f"child-zv.{fmt}"))
    assert [rec["text"] for rec in report.review["recommendations"]] == [
        f"{lead} {row}" for row in ROWS]


def test_a_sentence_above_a_list_is_still_a_recommendation(tmp_path: Path) -> None:
    """Only above a table: a paragraph above a list of recommendations is one of them."""
    text = _text(["- Schools share attendance concerns with the school nurse."], LEAD)
    report = _import(_write("md", text, tmp_path / "child-zv.md"))
    assert [rec["text"] for rec in report.review["recommendations"]] == [
        LEAD, "Schools share attendance concerns with the school nurse."]


def test_two_sentences_above_the_table_are_no_lead_in(tmp_path: Path) -> None:
    lead = "The partnership met in May. It agreed the following."
    report = _import(_write("md", _text(_one_column(), lead), tmp_path / "child-zv.md"))
    assert report.review["recommendations"][0] == {"text": lead}
