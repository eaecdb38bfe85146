"""Reading a Word .docx as briefing text, with python-docx.

Body paragraphs and tables in document order. A paragraph styled Title or Heading 1-6 becomes
a `## ` heading; one in a List style, or numbered, a `- ` item; other non-empty paragraphs a
line each (a line break inside a paragraph starts a new line). A table gives each non-empty
cell's paragraphs, row by row (a merged cell once); a cell that starts with a heading, or a
row "heading | text", gives that heading as `## ` (see `_table`). Text boxes anchored in a
paragraph follow that paragraph.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any
from weakref import WeakKeyDictionary

from reflect.importer.headings import match_heading, sentence_shaped, title_shaped
from reflect.importer.readers import Unreadable, as_item, bold_lead, squash, starts_item
from reflect.importer.readers.tables import NUMBER_CELL, as_text, cell_text, with_header

_STYLES: WeakKeyDictionary[Any, dict[str | None, Any]] = WeakKeyDictionary()
"""Each document's paragraph styles by id, as looked up (`_style`)."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_docx(data: bytes, furniture: list[str] | None = None,
              rows: set[int] | None = None) -> str:
    """The briefing text of a .docx; its pages' headers' and footers' lines are added to
    `furniture` (once each), and the numbers of the lines that are a table's rows to `rows`
    (`tables.as_text`). Raises Unreadable if python-docx cannot open it."""
    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except Exception as e:  # python-docx and lxml raise many kinds on a damaged file
        raise Unreadable(f"this Word document is damaged or not one reflect can read "
                         f"({type(e).__name__})") from None
    if furniture is not None:
        for edge in (e for section in doc.sections for e in (section.header, section.footer)):
            furniture += [t for t in (squash(para.text) for para in edge.paragraphs)
                          if t and t not in furniture]
    return as_text(_blocks(doc), rows)


def _style(p: Any) -> Any:
    """`p.style`, looked up once a document for each style id: python-docx finds a paragraph's
    with none of its own by reading every style the document has, each time (a table of
    2,000 one-line rows took 8 s of CPU, 14,000 rows nearly two minutes)."""
    styles = _STYLES.setdefault(p.part, {})
    key = p._p.style
    if key not in styles:
        styles[key] = p.style
    return styles[key]


def _blocks(container: Any) -> Iterator[str]:
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield from _table(block)
        else:
            yield from _paragraph(block)
            yield from _text_boxes(block)


def _table(table: Any) -> Iterator[str]:
    """A table's text. A cell that starts with a heading (a heading style, bold, or a heading
    reflect knows) gives `## heading` and its text; so does a row of two cells "heading |
    text"; a row "1 | text" gives the item "1. text". Cells headed with headings reflect
    does not know, one after another, are one block: only the first heading is marked `## `,
    so the parser sets them aside together. Other cells give their lines as they are, row by
    row. A header row over rows of data ("Recommendation | Status") gives a line per later
    row instead (`readers.tables`)."""
    data = _with_header(table)
    if data is not None:
        yield from data
        return
    run = False  # inside a run of cells with unknown headings
    for heading, body in _units(table):
        if heading is not None:
            known = match_heading(heading) is not None
            if known or not run:
                yield f"## {heading}"
            else:
                yield heading
            run = not known
        yield from body


def _with_header(table: Any) -> list[str] | None:
    """A line per row after a header row of one-line labels (see `readers.tables`); None
    for any other table."""
    rows: list[list[str]] = []
    seen: dict[int, Any] = {}  # (by id: the elements kept, so no id is used again)
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen[id(cell._tc)] = cell._tc
            cells.append(list(_blocks(cell)))
        if not rows and not all(len(lines) == 1 for lines in cells):
            return None  # a header's cells are one line each
        rows.append([cell_text(lines) for lines in cells])
    return with_header(rows)


def _units(table: Any) -> Iterator[tuple[str | None, list[str]]]:
    """(heading or None, lines) for each cell, or each "heading | text" row."""
    seen: dict[int, Any] = {}  # the cells' XML elements by id, kept alive so ids stay theirs
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell comes once per row/column
                continue
            seen[id(cell._tc)] = cell._tc
            lines, marked = _cell(cell)
            if lines:
                cells.append((lines, marked))
        if len(cells) == 2 and NUMBER_CELL.fullmatch(cells[0][0][0]) \
                and len(cells[0][0]) == 1:  # a numbered row: "1 | text" is item 1
            first, *rest = cells[1][0]
            yield None, [f"{cells[0][0][0].rstrip('.):')}. {first}", *rest]
            continue
        if len(cells) == 2 and len(cells[0][0]) == 1 and _heads(*cells[0]) \
                and not (len(cells[1][0]) == 1 and _heads(*cells[1])):
            yield _bare(cells[0][0][0]), cells[1][0]
            continue
        for lines, marked in cells:
            if _heads(lines, marked) and (len(lines) > 1 or match_heading(_bare(lines[0]))):
                yield _bare(lines[0]), lines[1:]
            else:
                yield None, lines


def _cell(cell: Any) -> tuple[list[str], bool]:
    """A cell's lines, and whether its first line is set as a heading (a heading style, or
    every run in bold)."""
    lines = list(_blocks(cell))
    first = next((p for p in cell.paragraphs if p.text.strip()), None)
    return lines, bool(lines) and (lines[0].startswith("## ") or (
        first is not None and _bold(first) and squash(first.text) == _bare(lines[0])))


def _bold(p: Any) -> bool:
    runs = [r for r in p.runs if r.text.strip()]
    style_bold = bool(_style(p) is not None and _style(p).font.bold)
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


def _bare(line: str) -> str:
    return line.removeprefix("## ")


def _heads(lines: list[str], marked: bool) -> bool:
    """Whether a cell's first line is a heading: set as one and short, or a heading reflect
    knows, or shaped like one (short, no closing full stop)."""
    text = _bare(lines[0])
    h = match_heading(text)
    if h is not None:
        return h.run_in is None
    if len(text.split()) > 12 or text.endswith((".", ":", ";", ",")) or starts_item(text) \
            or text.startswith("- "):
        return False
    return marked or sentence_shaped(text) or title_shaped(text)


def _paragraph(p: Any) -> Iterator[str]:
    lines = [squash(t) for t in p.text.split("\n")]
    lines = [t for t in lines if t]
    if not lines:
        return
    style = (_style(p).name if _style(p) is not None else "") or ""
    if style == "Title" or style.startswith("Heading"):
        yield f"## {' '.join(lines)}"
        return
    pPr = p._p.pPr
    listed = style.startswith("List") or (pPr is not None and pPr.numPr is not None)
    first, *rest = lines
    first = _led(p, first) or first
    yield f"- {first}" if listed and as_item(first) == first else as_item(first)
    yield from rest


def _led(p: Any, first: str) -> str | None:
    """The paragraph's first line with its bold lead-in marked (`readers.bold_lead`): the
    runs in bold it opens with, on that line, then regular type; None for any other."""
    style_bold = bool(_style(p) is not None and _style(p).font.bold)
    lead: list[str] = []
    for r in p.runs:
        if not r.text.strip() and "\n" not in r.text:
            lead.append(r.text)
            continue
        if not (r.bold or (r.bold is None and style_bold)) or "\n" in r.text:
            break
        lead.append(r.text)
    said = squash("".join(lead))
    if not said or not first.startswith(said):
        return None
    return bold_lead(said, first[len(said):])


def _text_boxes(p: Any) -> Iterator[str]:
    from docx.text.paragraph import Paragraph

    for box in p._p.iter(f"{_W}txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue  # the same box again, for old readers
        for el in box.iter(f"{_W}p"):
            yield from _paragraph(Paragraph(el, p._parent))
