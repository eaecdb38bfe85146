"""Measuring PDF text libraries on briefing layouts (how reflect's PDF reader was chosen).

    python bench/pdf_readers.py        # needs pypdf and pdfplumber installed as well

Each invented corpus briefing is rendered in one column, two columns and (for a 7-minute
briefing) a grid of boxes with the test renderer; each library's text is scored by the share
of the briefing's words it gives back in the right order (difflib's longest matching blocks
over the word sequences), and timed (median of 3). Results go to docs/importing.md by hand.
"""

from __future__ import annotations

import difflib
import io
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from tests import briefing_files as bf  # noqa: E402

from reflect.importer.readers.pdf import read_pdf  # noqa: E402


def pdfminer_plain(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(io.BytesIO(data)))


def pypdf_plain(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def pypdf_layout(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text(extraction_mode="layout") or ""
                     for p in PdfReader(io.BytesIO(data)).pages)


def pdfplumber_plain(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


LIBRARIES: dict[str, Callable[[bytes], str]] = {
    "reflect (pdfminer.six lines + own order)": read_pdf,
    "pdfminer.six extract_text (LAParams default)": pdfminer_plain,
    "pypdf extract_text": pypdf_plain,
    "pypdf extract_text, layout mode": pypdf_layout,
    "pdfplumber extract_text": pdfplumber_plain,
}


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def in_order(expected: list[str], got: list[str]) -> float:
    m = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return sum(b.size for b in m.get_matching_blocks()) / len(expected)


def main() -> None:
    corpus = sorted((REPO / "tests" / "data" / "corpus").glob("read-*.txt"))
    layouts = {"one column": bf.pdf_one_column, "two columns": bf.pdf_two_columns,
               "grid of boxes": bf.pdf_grid,
               "grid, boxes written right to left": partial(bf.pdf_grid, backwards=True)}
    with tempfile.TemporaryDirectory() as tmp:
        for layout, render in layouts.items():
            files = [(p, render(p.read_text(encoding="utf-8"), Path(tmp) / f"{p.stem}.pdf"))
                     for p in corpus]
            for name, fn in LIBRARIES.items():
                scores, times = [], []
                for src, pdf in files:
                    data = pdf.read_bytes()
                    runs = []
                    for _ in range(3):
                        t = time.perf_counter()
                        text = fn(data)
                        runs.append(time.perf_counter() - t)
                    times.append(statistics.median(runs))
                    scores.append(in_order(words(bf.pdf_safe(src.read_text(encoding="utf-8"))),
                                           words(text)))
                print(f"| {layout} | {name} | {100 * min(scores):.1f}% | "
                      f"{1000 * statistics.mean(times):.0f} ms |", flush=True)


if __name__ == "__main__":
    main()
