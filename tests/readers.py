"""Exported files opened as their reader would open them, their words read back as text, one
space between words: Markdown and plain text as written, Word through python-docx (paragraphs,
then table rows), a PDF through pdfminer, a CSV's rows as a spreadsheet reads them
(`csv_rows`), and an HTML page as headless Chromium reads it
(`--dump-dom`, the page as the browser built it; skipped, saying why, where Chromium is not
installed)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pdfminer.high_level import extract_text


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self._hidden += tag in ("style", "script", "head")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "script", "head")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.words.append(data)


def browser_text(path: Path) -> str:
    """The words of an HTML page as headless Chromium built it."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (Debian's chromium): the page is not read back")
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                          "--dump-dom", path.resolve().as_uri()],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    page = _Words()
    page.feed(dom)
    return " ".join(" ".join(page.words).split())


def read_back(path: Path) -> str:
    """`path`'s words, as its reader shows them (see the module)."""
    ending = path.suffix
    if ending in (".md", ".txt"):
        text = path.read_text(encoding="utf-8")
    elif ending == ".docx":
        doc = docx.Document(str(path))
        text = "\n".join([p.text for p in doc.paragraphs]
                         + [" | ".join(c.text for c in row.cells)
                            for table in doc.tables for row in table.rows])
    elif ending == ".pdf":
        text = extract_text(str(path))
    elif ending == ".html":
        return browser_text(path)
    else:
        raise ValueError(f"no reader for {path.name}")
    return " ".join(text.split())


def words_of(fmt: str, data: bytes) -> str:
    """An export's bytes in format `fmt` read back as `read_back` reads a file, one space
    between words, without a browser: an HTML page's text as written, its curly quotes'
    entities read as the quotes."""
    if fmt == "docx":
        doc = docx.Document(io.BytesIO(data))
        return "\n".join([p.text for p in doc.paragraphs] + [
            " | ".join(c.text for c in row.cells) for t in doc.tables for row in t.rows])
    if fmt == "pdf":
        return " ".join(extract_text(io.BytesIO(data)).split())
    text = data.decode("utf-8-sig")
    if fmt == "html":
        text = text.replace("&ldquo;", "“").replace("&rdquo;", "”")
    return " ".join(text.split())


def csv_rows(path: Path) -> list[dict[str, str]]:
    """A CSV reflect wrote (UTF-8 with its byte-order mark, for Excel), a dict a row keyed
    by its first line's column names."""
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
