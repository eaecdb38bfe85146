"""Word (.docx) notes of a session, written with python-docx.

Real styles throughout — Title, Heading 1/2/3, List Bullet, a table with a header row — so the
document's outline, navigation pane and screen readers work, and an organisation's template
styles apply if the file is restyled. User and content text go through `printable`, and the few
characters XML cannot hold at all are dropped as well.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Row
from docx.text.paragraph import Paragraph

from reflect.export import parts
from reflect.export.html import details, review_sections
from reflect.export.markdown import SECTION_NOTES, ordered_notes
from reflect.export.options import ExportOptions
from reflect.model.review import Review
from reflect.model.reworded import kept_under
from reflect.model.sections import Block
from reflect.model.session import Answer, Session
from reflect.text import one_line, printable

# Not allowed in XML 1.0 even as references (printable has already removed C0 controls).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
PROPERTY_LIMIT = 255



ACTION_WIDTHS_CM = (9.0, 3.5, 2.5, 2.0)
"""What gets most of the A4 width (17 cm between 2 cm margins)."""

LINKED_ACTION_WIDTHS_CM = (6.5, 3.0, 2.3, 2.0, 3.2)
"""With a Recommendation column."""

CARRIED_HEADERS = ("What", "Owner", "Due", "From the session", "Status")
CARRIED_WIDTHS_CM = (6.0, 3.0, 2.2, 3.3, 2.5)

TIME_WIDTHS_CM = (7.0, 3.0, 3.0, 4.0)


def _a4_british(doc: object) -> None:
    """A4 paper with 2 cm margins, and British English for spelling (python-docx's template
    is US Letter, en-US)."""
    for section in doc.sections:  # type: ignore[attr-defined]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    rpr = doc.styles["Normal"].element.get_or_add_rPr()  # type: ignore[attr-defined]
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-GB")

def _t(text: str) -> str:
    """Text safe for the document; line breaks kept (python-docx turns them into breaks)."""
    return _NOT_XML.sub("", printable(text)).strip("\n")


def _property(text: str) -> str:
    """Text for a document property: on one line and within Word's 255-character limit."""
    return one_line(_t(text), limit=PROPERTY_LIMIT)


def _text_paragraph(doc: DocxDocument, text: str, style: str | None = None) -> None:
    doc.add_paragraph(_t(text), style=style)


def _italic(doc: DocxDocument, text: str) -> None:
    doc.add_paragraph().add_run(_t(text)).italic = True


def _labelled(doc: DocxDocument, label: str, value: str,
              style: str = "List Bullet") -> Paragraph:
    p = doc.add_paragraph(style=style)
    p.add_run(_t(label) + ":").bold = True
    if value:
        p.add_run(" " + _t(value))
    return p


def _blocks(doc: DocxDocument, blocks: list[Block]) -> None:
    for b in blocks:
        if b.kind == "heading":
            doc.add_heading(_t(b.text), level=3)
        elif b.kind == "para":
            _text_paragraph(doc, b.text)
        elif b.kind == "note":
            _italic(doc, b.text)
        else:
            p = doc.add_paragraph(style="List Bullet")
            if b.title:
                p.add_run(_t(b.title) + ": ").bold = True
            p.add_run(_t(b.text))
            if b.extra:
                run = p.add_run()
                run.add_break()
                run.add_text(_t(b.extra))
            if b.source:
                run = p.add_run()
                run.add_break()
                run.add_text(f"from {_t(b.source)}")
                run.italic = True


def _utc(moment: datetime) -> datetime:
    """python-docx writes core-property times as UTC; convert aware times to it first."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _repeat_header(row: _Row) -> None:
    """Mark a table row as the header row (repeated on each page, announced as headers)."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _table(doc: DocxDocument, headers: tuple[str, ...], rows: list[list[str]],
           widths: tuple[float, ...], bold_last: bool = False) -> None:
    """A grid table with a repeated header row; cells are raw text."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_header(header)
    for cell, name in zip(header.cells, headers, strict=False):
        cell.paragraphs[0].add_run(name).bold = True
    for i, values in enumerate(rows):
        row = table.add_row()
        for cell, value in zip(row.cells, values, strict=False):
            run = cell.paragraphs[0].add_run(_t(value))
            run.bold = bold_last and i == len(rows) - 1
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=False):
        column.width = Cm(width)  # the table grid (LibreOffice lays out from this)
        for cell in column.cells:
            cell.width = Cm(width)  # and each cell (Word follows these)


def _answer(doc: DocxDocument, s: Session, a: Answer, options: ExportOptions,
            review: Review | None) -> None:
    if parts.no_longer_asked(a, review):
        _italic(doc, f"({parts.NO_LONGER_ASKED})")
    if parts.origin_note(a):
        _italic(doc, parts.REFLECT_QUESTION)
    if kept := kept_under(a):
        _italic(doc, kept)
    if a.source.strip():
        _italic(doc, f"From: {a.source}")
    for text, by in parts.points(s, a, options):
        doc.add_paragraph(_t(text) + (f" ({_t(by)})" if by else ""), style="List Bullet")
    for label, text in parts.answer_parts(s, a):
        if label:
            doc.add_paragraph().add_run(_t(parts.label_text(label))).bold = True
        _text_paragraph(doc, text)
    if not a.has_content:
        _italic(doc, "No answer recorded.")


def to_docx(session: Session, review: Review | None = None,
            options: ExportOptions = ExportOptions()) -> bytes:
    """The session's notes as the bytes of a complete .docx file."""
    s = session
    doc = Document()
    props = doc.core_properties
    # Word's core properties hold at most 255 characters (python-docx raises ValueError);
    # a longer title is shortened there only: the heading in the body keeps it whole.
    props.title = _property(s.label)
    props.subject = _property(s.review_title)
    # The default template names python-docx as the author; never put a person's name here.
    props.author = "reflect"
    props.last_modified_by = "reflect"
    props.comments = ""
    props.keywords = ""
    props.created = _utc(s.created)
    props.modified = _utc(s.updated)
    props.revision = 1
    doc.styles["Normal"].font.size = Pt(11)
    _a4_british(doc)

    doc.add_heading(_t(s.label), level=0)

    doc.add_heading("Details", level=1)
    for label, value in details(s, options, review):
        if isinstance(value, list):
            _labelled(doc, label, "")
            for person in value:
                doc.add_paragraph(_t(person), style="List Bullet 2")
        else:
            _labelled(doc, label, value)

    if s.carried:
        doc.add_heading("Actions from earlier sessions", level=1)
        _table(doc, CARRIED_HEADERS, parts.carried_rows(s, options), CARRIED_WIDTHS_CM)

    sections = review_sections(review, options)
    if sections:
        doc.add_heading("The review", level=1)
        for _key, title, blocks in sections:
            doc.add_heading(_t(title), level=2)
            _blocks(doc, blocks)

    notes = ordered_notes(s, review)
    if notes:
        doc.add_heading("Notes on the review", level=1)
        for key, text in notes:
            doc.add_heading(_t(SECTION_NOTES.get(key, key)), level=2)
            _text_paragraph(doc, text)

    doc.add_heading("Questions for reflection", level=1)
    for n, a in enumerate(s.answers, 1):
        doc.add_heading(f"{n}. {_t(a.question)}", level=2)
        _answer(doc, s, a, options, review)

    doc.add_heading(parts.actions_heading(s), level=1)
    if s.actions:
        headers, rows = parts.action_table(s, options)
        linked = len(headers) > len(parts.ACTION_HEADERS)
        _table(doc, headers, rows, LINKED_ACTION_WIDTHS_CM if linked else ACTION_WIDTHS_CM)
    else:
        _italic(doc, f"{parts.no_actions(s)}.")

    if s.mode == "individual" or s.differently.strip():
        doc.add_heading("What I will do differently", level=1)
        if s.differently.strip():
            _text_paragraph(doc, s.differently)
        else:
            _italic(doc, "Nothing recorded.")

    if s.confidence:
        doc.add_heading(parts.CONFIDENCE_HEADING, level=1)
        for when, text in parts.confidence(s):
            _labelled(doc, when, text)

    table = parts.time_table(s, review)
    if table:
        doc.add_heading("Time", level=1)
        _table(doc, parts.TIME_HEADERS, [list(r) for r in table], TIME_WIDTHS_CM, bold_last=True)

    _italic(doc, parts.notes_footer(s))

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
