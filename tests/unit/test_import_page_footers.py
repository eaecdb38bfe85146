"""A page's header or footer is left out of the review and listed as such, never dropped
unsaid nor filed: a line of the text with a page number (`page_footer.page_line`), and the lines a
reader took off every page of a PDF or Word document (`Source.furniture`).

A learning lead's trial: "Moorvale LSCP | Page 1 of 2" at a briefing's foot became a
resource, counted as placed; and a PDF's running "header" (in fact a point of key learning)
was dropped while the import said every line was placed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer import import_briefing, to_toml
from reflect.importer.page_footer import page_line
from reflect.importer.sources import read_source
from tests import briefing_files as bf
from tests.unit.test_importer import check_report

FOOT = "Riverside LSCP | Page 1 of 2"
TEXT = ("# Child Zed: invented learning briefing\n"
        "## Background\nChild Zed is an invented child known to the Riverside Team.\n"
        "## Key learning\n- Sam Sample noticed a pattern in the invented records.\n"
        "## Resources\n- [Invented guide](https://example.org/invented-guide)\n"
        f"{FOOT}\n")


@pytest.mark.parametrize(("line", "expected"), [
    (FOOT, True),
    ("Page 2", True),
    ("page 3 of 7", True),
    ("3 of 7", True),
    ("Invented Shire Partnership · Child Zed: briefing · p. 4", True),
    ("**Page 2 of 4**", True),
    ("Turn to page 3 of the invented guide.", False),  # a sentence
    ("Step 1 of 7: talk to the family", False),
    ("2027", False),  # a number alone: a year, or an item's number
    ("12/2027", False),  # a date
    ("8 of 3", False),
])
def test_a_page_line_has_a_page_number_as_a_part_of_its_own(line: str, expected: bool) -> None:
    assert page_line(line) is expected


def test_a_page_footer_in_the_text_is_left_out_and_listed() -> None:
    report = import_briefing(TEXT, kind="md")
    check_report(TEXT, report)
    assert report.review["resources"] == [{"title": "Invented guide",
                                           "url": "https://example.org/invented-guide"}]
    assert report.unplaced == []
    assert report.furniture == [(8, FOOT)]
    written = to_toml(report)
    assert ("# ---- Left out as the pages' headers and footers (line number: text; \"pages\": "
            f"taken off every page)\n# 8: {FOOT}\n") in written
    assert "placed every line of the briefing but those left out below" in written


def test_a_footer_does_not_join_the_paragraph_it_cuts() -> None:
    text = ("## Background\nChild Zed was known to\nPage 2 of 3\nthe invented school nurse.\n"
            "## Key learning\n- Alex Example noticed the pattern.\n")
    report = import_briefing(text, kind="txt")
    assert report.furniture == [(3, "Page 2 of 3")]
    assert "Page" not in str(report.review)


def test_the_headers_and_footers_a_reader_took_off_are_listed(tmp_path: Path) -> None:
    text = "\n".join(["## Child Zed: invented learning briefing", "## Key learning",
                      *[f"- Sam Sample noticed invented pattern {k}, and wrote it down."
                        for k in range(60)]])
    source = read_source(bf.pdf_one_column(text, tmp_path / "child-zed.pdf"))
    report = import_briefing(source.text, furniture=source.furniture, kind=source.kind)
    assert report.furniture == [(None, bf.HEADER), (None, f"{bf.FOOTER} - page 1")]
    assert ("# pages: Learning from reviews - for training use\n"
            f"# pages: {bf.FOOTER} - page 1\n") in to_toml(report)


def test_reflect_import_lists_the_footer_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main

    source = tmp_path / "child-zed.md"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["import", str(source), "--content-dir", str(tmp_path), "--check"]) == 0
    out = capsys.readouterr().out
    assert ("Left out as the pages' headers and footers (kept as a comment in the file):\n"
            f"  line 8: {FOOT}\n"
            "Every line of the briefing was placed but the pages' headers and footers.\n") in out
    assert "resources: 1\n" in out
