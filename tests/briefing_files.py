"""Test renderers: a Markdown-like briefing text (`## ` headings, `- ` items, a paragraph per
line — the shape of `Source.text`) made into the files partnerships publish: a PDF in one
column (its pipe tables drawn as ruled tables, `pdf_table`), in two columns or as a grid of
numbered boxes (fpdf2), a PDF with no text layer, a Word
.docx with real heading and list styles and a table (or its pipe tables as Word tables,
`docx_tables`), a .docx laid out as a table (a grid of
boxes, or rows "heading | text") (python-docx), and a saved web page with a nav bar, cookie
banner, sidebar and footer around the article.

Test-only code. PDFs use the core Helvetica font in Windows-1252: `pdf_safe` gives the text a
PDF can carry (anything else becomes "?"), so expectations can be made from the same text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fpdf import FPDF

BODY, HEAD, LEAD, GAP = 10, 13, 5.0, 2.5
"""Body and heading font sizes (pt), line height and space after a paragraph (mm)."""
FOOTER = "Invented Shire Safeguarding Partnership - learning briefing"
HEADER = "Learning from reviews - for training use"


@dataclass(frozen=True)
class Part:
    kind: str
    """"heading", "item" or "para"."""
    text: str


def parts(text: str) -> list[Part]:
    """The Markdown-like text as headings, items and paragraphs (blank lines dropped)."""
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^#{1,6}\s+(.*)$", line)
        if m:
            out.append(Part("heading", m.group(1)))
        elif re.match(r"^[-*•]\s+\S", line):
            out.append(Part("item", line[2:].strip()))
        else:
            out.append(Part("para", line))
    return out


def pdf_safe(text: str) -> str:
    return text.encode("cp1252", errors="replace").decode("cp1252")


class _Pdf(FPDF):
    def __init__(self, footer: bool = True) -> None:
        super().__init__(format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)
        self._footer = footer

    def header(self) -> None:
        if self._footer:
            self.set_y(6)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, HEADER, align="R")
            self.set_y(self.t_margin)

    def footer(self) -> None:
        if self._footer:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 5, f"{FOOTER} - page {self.page_no()}", align="C")


def _write(pdf: FPDF, part: Part, x: float, w: float, bold: bool = False) -> None:
    """One part at (x, current y), `w` wide; `bold`: `**words**` in a paragraph or item are
    set in bold (not written as asterisks)."""
    text = pdf_safe(part.text)
    if part.kind == "heading":
        pdf.set_font("Helvetica", "B", HEAD)
        pdf.set_x(x)
        pdf.multi_cell(w, LEAD + 1, text, new_x="LMARGIN", new_y="NEXT")
    elif part.kind == "item":
        pdf.set_font("Helvetica", size=BODY)
        pdf.set_x(x + 3)
        pdf.cell(4, LEAD, "\u2022")
        pdf.multi_cell(w - 7, LEAD, text, new_x="LMARGIN", new_y="NEXT", markdown=bold)
    else:
        pdf.set_font("Helvetica", size=BODY)
        pdf.set_x(x)
        pdf.multi_cell(w, LEAD, text, new_x="LMARGIN", new_y="NEXT", markdown=bold)
    pdf.ln(GAP)


def _paged(draw: Callable[[_Pdf], None], path: Path) -> Path:
    """Draw; if that takes more than one page, draw again with a running header and a footer
    with the page number on every page."""
    pdf = _Pdf(footer=False)
    draw(pdf)
    if pdf.pages_count > 1:
        pdf = _Pdf(footer=True)
        draw(pdf)
    pdf.output(str(path))
    return path


def pdf_one_column(text: str, path: Path, bold: bool = False) -> Path:
    """`bold`: `**words**` are set in bold, as in `docx_file` and `html_page`."""
    def draw(pdf: _Pdf) -> None:
        pdf.add_page()
        for part in parts(text):
            _write(pdf, part, pdf.l_margin, pdf.epw, bold)
    return _paged(draw, path)


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def pdf_table(text: str, path: Path, widths: tuple[float, ...] | None = None,
              v_align: str = "MIDDLE", borders: str = "ALL", bold_header: bool = True,
              title: str | None = None) -> Path:
    """One column, as `pdf_one_column`, with each Markdown pipe table ("| a | b |" rows, the
    "| --- |" rule under the first) drawn as a ruled table (fpdf2 `table`: `borders` its
    borders layout, "ALL" a rectangle a cell, "INTERNAL" lines inside only; `widths` its
    columns' shares; `v_align` where a short cell sits in a tall row); the header row in bold
    where `bold_header`, and drawn again at the top of each page the table runs onto;
    `title`: a first row of one cell across the table."""
    def draw(pdf: _Pdf) -> None:
        pdf.add_page()
        lines = text.splitlines()
        n = 0
        while n < len(lines):
            line = lines[n].strip()
            if line.startswith("|"):
                end = n
                while end < len(lines) and lines[end].strip().startswith("|"):
                    end += 1
                rows = [_pipe_cells(r) for r in lines[n:end]
                        if not re.fullmatch(r"[\s|:-]+", r)]
                _table(pdf, rows, widths, v_align, borders, bold_header, title)
                n = end
                continue
            if line:
                _write(pdf, parts(line)[0], pdf.l_margin, pdf.epw)
            n += 1
    return _paged(draw, path)


def _table(pdf: _Pdf, rows: list[list[str]], widths: tuple[float, ...] | None, v_align: str,
           borders: str, bold_header: bool, title: str | None) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font("Helvetica", size=BODY)
    style = FontFace(emphasis="BOLD" if bold_header else None)
    with pdf.table(col_widths=widths, v_align=v_align, borders_layout=borders,
                   text_align="LEFT", line_height=LEAD, headings_style=style,
                   num_heading_rows=2 if title else 1) as table:
        if title:
            table.row().cell(pdf_safe(title), colspan=len(rows[0]))
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(pdf_safe(cell))
    pdf.ln(GAP)


def pdf_two_columns(text: str, path: Path, gutter: float = 10) -> Path:
    """The first paragraph (the title) across the page, the rest in two columns."""
    return _paged(lambda pdf: _two_columns(text, pdf, gutter), path)


def _two_columns(text: str, pdf: _Pdf, gutter: float) -> None:
    pdf.add_page()
    items = parts(text)
    if items and items[0].kind == "para":
        _write(pdf, items[0], pdf.l_margin, pdf.epw)
        items = items[1:]
    with pdf.text_columns(ncols=2, gutter=gutter, balance=True) as cols:
        for part in items:
            with cols.paragraph(bottom_margin=GAP) as par:
                if part.kind == "heading":
                    pdf.set_font("Helvetica", "B", HEAD)
                    par.write(pdf_safe(part.text))
                else:
                    pdf.set_font("Helvetica", size=BODY)
                    bullet = "\u2022 " if part.kind == "item" else ""
                    par.write(bullet + pdf_safe(part.text))


def pdf_grid(text: str, path: Path, per_row: tuple[int, ...] = (2, 3),
             backwards: bool = False) -> Path:
    """Text before the first heading across the top; each heading and what follows it in a
    shaded box with the heading as its title; boxes in rows of 2, 3, 2, 3, ... `backwards`
    writes each row's boxes into the file right to left (as some design tools do), so the
    file's order is not the reading order."""
    return _paged(lambda pdf: _grid(text, pdf, per_row, backwards), path)


def _grid(text: str, pdf: _Pdf, per_row: tuple[int, ...], backwards: bool) -> None:
    pdf.add_page()
    items = parts(text)
    first = next((i for i, p in enumerate(items) if p.kind == "heading"), len(items))
    for part in items[:first]:
        _write(pdf, part, pdf.l_margin, pdf.epw)
    boxes: list[list[Part]] = []
    for part in items[first:]:
        if part.kind == "heading":
            boxes.append([])
        boxes[-1].append(part)
    pad, gutter = 3.0, 5.0
    row_no = 0
    while boxes:
        n = per_row[row_no % len(per_row)]
        row, boxes = boxes[:n], boxes[n:]
        w = (pdf.epw - gutter * (n - 1)) / n
        heights = [_box_height(pdf, box, w - 2 * pad) + 2 * pad for box in row]
        h = max(heights)
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        top = pdf.get_y()
        placed = list(enumerate(row))
        for i, box in reversed(placed) if backwards else placed:
            x = pdf.l_margin + i * (w + gutter)
            pdf.set_fill_color(225, 235, 245)
            pdf.rect(x, top, w, h, style="DF")
            pdf.set_y(top + pad)
            for part in box:
                _write(pdf, part, x + pad, w - 2 * pad)
        pdf.set_y(top + h + gutter)
        row_no += 1


def _box_height(pdf: FPDF, box: list[Part], w: float) -> float:
    total = 0.0
    for part in box:
        size, style, lead, width = ((HEAD, "B", LEAD + 1, w) if part.kind == "heading" else
                                    (BODY, "", LEAD, w - 7 if part.kind == "item" else w))
        pdf.set_font("Helvetica", style, size)
        lines = pdf.multi_cell(width, lead, pdf_safe(part.text), dry_run=True, output="LINES")
        assert isinstance(lines, list)
        total += len(lines) * lead + GAP
    return total


def pdf_without_text(path: Path) -> Path:
    """A page of drawn shapes only (what a scan looks like to a text reader)."""
    pdf = _Pdf(footer=False)
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    for i in range(12):
        pdf.rect(20, 20 + i * 12, 120 + (i % 3) * 20, 6, style="F")
    pdf.output(str(path))
    return path


def pdf_lines(lines: list[str], path: Path) -> Path:
    """Each given string as one printed line, exactly (to test joining and hyphens)."""
    pdf = _Pdf(footer=False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=BODY)
    for line in lines:
        if line:
            pdf.cell(0, LEAD, pdf_safe(line), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(GAP + LEAD)
    pdf.output(str(path))
    return path


def docx_file(text: str, path: Path, bold: bool = False) -> Path:
    """Headings in Heading 2, items in List Bullet, the last section's body in a table;
    `bold`: `**words**` are bold runs."""
    from docx import Document

    doc = Document()
    items = parts(text)
    last = max((i for i, p in enumerate(items) if p.kind == "heading"), default=len(items))
    for part in items[: last + 1]:
        _docx_part(doc, part, bold)
    tail = items[last + 1:]
    if tail:
        table = doc.add_table(rows=len(tail), cols=1)
        for row, part in zip(table.rows, tail, strict=True):
            cell = row.cells[0]
            cell.paragraphs[0].text = part.text
            if part.kind == "item":
                cell.paragraphs[0].style = doc.styles["List Bullet"]
    doc.save(str(path))
    return path


def docx_tables(text: str, path: Path, bold_header: bool = True) -> Path:
    """As `docx_file` without its last section in a table: each Markdown pipe table ("| a |
    b |" rows, the "| --- |" rule under the first) a real Word table, its header row in bold
    where `bold_header` (`docx_file` writes the pipe lines as paragraphs)."""
    from docx import Document

    doc = Document()
    lines = text.splitlines()
    n = 0
    while n < len(lines):
        if not lines[n].strip().startswith("|"):
            for part in parts(lines[n]):
                _docx_part(doc, part)
            n += 1
            continue
        end = n
        while end < len(lines) and lines[end].strip().startswith("|"):
            end += 1
        rows = [_pipe_cells(r) for r in lines[n:end] if not re.fullmatch(r"[\s|:-]+", r)]
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        for i, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.paragraphs[0].add_run(value).bold = bold_header and i == 0
        n = end
    doc.save(str(path))
    return path


def _sections(items: list[Part]) -> tuple[list[Part], list[list[Part]]]:
    """The parts before the first heading, and each heading with the parts under it."""
    first = next((i for i, p in enumerate(items) if p.kind == "heading"), len(items))
    boxes: list[list[Part]] = []
    for part in items[first:]:
        if part.kind == "heading":
            boxes.append([])
        boxes[-1].append(part)
    return items[:first], boxes


def _cell_parts(doc: Any, cell: Any, parts: list[Part]) -> None:
    """Parts written into a table cell: a heading as a bold paragraph, an item in List
    Bullet, a paragraph as it is (the cell's own first paragraph is used first)."""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part.text)
        if part.kind == "heading":
            run.bold = True
        elif part.kind == "item":
            p.style = doc.styles["List Bullet"]


def docx_grid(text: str, path: Path, cols: int = 2) -> Path:
    """A "7-minute briefing" box grid in Word: text before the first heading as paragraphs,
    then a table of `cols` columns, each cell a heading in bold and the text under it."""
    from docx import Document

    doc = Document()
    before, boxes = _sections(parts(text))
    for part in before:
        _docx_part(doc, part)
    table = doc.add_table(rows=(len(boxes) + cols - 1) // cols, cols=cols)
    for i, box in enumerate(boxes):
        _cell_parts(doc, table.rows[i // cols].cells[i % cols], box)
    doc.save(str(path))
    return path


def docx_rows(text: str, path: Path) -> Path:
    """A two-column Word table "heading | text": text before the first heading as
    paragraphs, then a row per heading, the heading in bold on the left and its text on the
    right."""
    from docx import Document

    doc = Document()
    before, boxes = _sections(parts(text))
    for part in before:
        _docx_part(doc, part)
    table = doc.add_table(rows=len(boxes), cols=2)
    for row, box in zip(table.rows, boxes, strict=True):
        _cell_parts(doc, row.cells[0], box[:1])
        _cell_parts(doc, row.cells[1], box[1:])
    doc.save(str(path))
    return path


def _docx_part(doc: object, part: Part, bold: bool = False) -> None:
    if part.kind == "heading":
        doc.add_heading(part.text, level=2)  # type: ignore[attr-defined]
        return
    style = "List Bullet" if part.kind == "item" else None
    if not bold:
        doc.add_paragraph(part.text, style=style)  # type: ignore[attr-defined]
        return
    p = doc.add_paragraph(style=style)  # type: ignore[attr-defined]
    for i, piece in enumerate(part.text.split("**")):
        if piece:
            p.add_run(piece).bold = i % 2 == 1


PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | Invented Shire</title>
<style>body {{ font-family: sans-serif; }} .nav a {{ margin: 1em; }}</style>
<script>window.dataLayer = []; function track() {{ return "tracking script text"; }}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve this website.
Accept all cookies or manage your cookie settings.</p><button>Accept cookies</button></div>
<header class="site-header"><a href="/">Invented Shire Partnership home</a>
<nav class="nav"><ul><li><a href="/about">About us</a></li><li><a href="/training">Training
and events</a></li><li><a href="/reviews">Practice reviews</a></li><li><a href="/contact">
Contact the partnership</a></li></ul></nav></header>
<main id="content"><article class="briefing">
{body}
</article></main>
<aside class="sidebar"><h2>Related pages</h2><ul><li><a href="/a">Thresholds document</a></li>
<li><a href="/b">Multi-agency training calendar</a></li></ul></aside>
<footer class="site-footer"><p>Copyright Invented Shire Partnership. Privacy notice.
Accessibility statement.</p></footer>
<script>track();</script>
</body></html>
"""


def html_page(text: str, path: Path, charset: str = "utf-8", bold: bool = False) -> Path:
    """A page as a browser saves it; the briefing is the <article>, in `charset`; `bold`:
    `**words**` are <strong>."""
    out: list[str] = []
    open_list = False
    for part in parts(text):
        if part.kind == "item" and not open_list:
            out.append("<ul>")
            open_list = True
        if part.kind != "item" and open_list:
            out.append("</ul>")
            open_list = False
        t = html.escape(part.text)
        if bold:
            t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
        out.append({"heading": f"<h2>{t}</h2>", "item": f"<li>{t}</li>"}.get(part.kind,
                                                                             f"<p>{t}</p>"))
    if open_list:
        out.append("</ul>")
    title = html.escape(parts(text)[0].text) if parts(text) else "Briefing"
    page = PAGE.format(charset=charset, title=title, body="\n".join(out))
    path.write_bytes(page.encode(charset, errors="xmlcharrefreplace"))
    return path
