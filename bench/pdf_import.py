"""Benchmark data for importing a PDF: an invented four-page, two-column briefing (made with
the test renderer), and the two timings — reflect's whole import (read_source +
import_briefing) and its floor, pdfminer.six's own plain text extraction of the same file."""

from __future__ import annotations

import io
from pathlib import Path

from tests.briefing_files import pdf_two_columns

from reflect.importer import import_briefing
from reflect.importer.sources import read_source

SENTENCE = ("Practitioners in the invented borough of Lowmarsh described how the family of "
            "Child ZZ moved between three addresses, and how each move meant a new team.")


def four_page_briefing(copies: int = 2) -> str:
    """About four A4 pages when set in two columns (two pages a copy)."""
    parts = ["Invented Shire Safeguarding Partnership — Learning Briefing: Child ZZ",
             "## Introduction"]
    parts += [f"{SENTENCE} (paragraph {n})" for n in range(14)]
    parts += ["## Areas for development"] + [f"- {SENTENCE} (finding {n})" for n in range(14)]
    parts += ["## Recommendations"] + [f"- {SENTENCE} (recommendation {n})" for n in range(14)]
    parts += ["## Questions for reflection"] + [f"- How would you respond to finding {n}?"
                                                  for n in range(10)]
    return "\n".join(parts * copies)


def make_pdf(folder: Path, copies: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return pdf_two_columns(four_page_briefing(copies), folder / "briefing.pdf")


def pages(path: Path) -> int:
    from pdfminer.pdfpage import PDFPage

    with path.open("rb") as f:
        return sum(1 for _ in PDFPage.get_pages(f))


def full_import(path: Path) -> None:
    import_briefing(read_source(path).text)


def raw_extraction(path: Path) -> None:
    from pdfminer.high_level import extract_text

    extract_text(io.BytesIO(path.read_bytes()))
