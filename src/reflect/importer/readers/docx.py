"""Reading a Word .docx as briefing text, with python-docx.

Body paragraphs and tables in document order. A paragraph styled Title or Heading 1-6 becomes
a `## ` heading; one in a List style, or numbered, a `- ` item; other non-empty paragraphs a
line each (a line break inside a paragraph starts a new line). A table gives each non-empty
cell's paragraphs, row by row (a merged cell once). Text boxes anchored in a paragraph follow
that paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reflect.importer.readers import Unreadable, as_item, squash

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(data: bytes) -> str:
    """The briefing text of a .docx. Raises Unreadable if python-docx cannot open it."""
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception as e:  # python-docx and lxml raise many kinds on a damaged file
        raise Unreadable(f"this Word document is damaged or not one reflect can read "
                         f"({type(e).__name__})") from None
    return "".join(f"{line}\n" for line in _blocks(doc))


def _blocks(container: Any) -> Iterator[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table(block)
        else:
            yield from _paragraph(block)
            yield from _text_boxes(block)


def _table(table: Any) -> Iterator[str]:
    seen: list[Any] = []  # the cells' XML elements, kept alive so `is` compares them
    for row in table.rows:
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell comes once per row/column
                continue
            seen.append(cell._tc)
            yield from _blocks(cell)


def _paragraph(p: Any) -> Iterator[str]:
    lines = [squash(t) for t in p.text.split("\n")]
    lines = [t for t in lines if t]
    if not lines:
        return
    style = (p.style.name if p.style is not None else "") or ""
    if style == "Title" or style.startswith("Heading"):
        yield f"## {' '.join(lines)}"
        return
    pPr = p._p.pPr
    listed = style.startswith("List") or (pPr is not None and pPr.numPr is not None)
    first, *rest = lines
    yield f"- {first}" if listed and as_item(first) == first else as_item(first)
    yield from rest


def _text_boxes(p: Any) -> Iterator[str]:
    from docx.text.paragraph import Paragraph

    for box in p._p.iter(f"{_W}txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue  # the same box again, for old readers
        for el in box.iter(f"{_W}p"):
            yield from _paragraph(Paragraph(el, p._parent))
