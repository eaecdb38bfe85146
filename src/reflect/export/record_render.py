"""CPD records (`reflect.export.records`) laid out as Markdown, plain text and Word.

Every layout gives the fields in the form's order under the form's own field names. The plain
text is made for pasting into an online form field by field: "Field name:" on its own line,
then the text. User text is made safe for each format as the notes exports make it: Markdown
escaped (`markdown.escape`), plain text through `printable`, Word through `docx_export._t`.
"""

from __future__ import annotations

import io
from datetime import datetime

from reflect.export.markdown import cell, escape
from reflect.export.records import Record
from reflect.model.session import Session
from reflect.text import printable


def footer(session: Session) -> str:
    return (f"Drafted by reflect from the session notes last updated "
            f"{session.updated:%Y-%m-%d %H:%M} UTC. Check and edit it before you submit it.")


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def _intro(r: Record) -> str:
    return f"{r.form.title}. {r.form.note}".strip()


def to_markdown(records: list[Record], session: Session) -> str:
    out: list[str] = []
    for r in records:
        out += [f"# {cell(r.heading)}", "", f"*{cell(_intro(r))}*", ""]
        if r.table:
            out += ["| " + " | ".join(cell(e.field.name) for e in r.entries) + " |",
                    "|" + "---|" * len(r.entries),
                    "| " + " | ".join(cell(e.text) for e in r.entries) + " |", ""]
            continue
        part = ""
        for e in r.entries:
            if e.field.part and e.field.part != part:
                out += [f"## {cell(e.field.part)}", ""]
            part = e.field.part
            out += [f"{'###' if part else '##'} {cell(e.field.name)}", ""]
            if e.field.prompt:
                out += [f"*{cell(e.field.prompt)}*", ""]
            out += [escape(e.text) if e.text.strip() else "", ""]
    out += [f"*{cell(footer(session))}*"]
    return _tidy(out)


def to_text(records: list[Record], session: Session) -> str:
    """Field by field, ready to paste: "Field name:" then the text, a blank line between."""
    out: list[str] = []
    for r in records:
        heading = printable(r.heading)
        out += [heading, "=" * min(len(heading), 78), printable(_intro(r)), ""]
        for e in r.entries:
            name = printable(e.field.name)
            out += [name if name.endswith(("?", ":")) else f"{name}:",
                    printable(e.text).strip("\n"), ""]
        out.append("")
    out.append(printable(footer(session)))
    return _tidy(out)


def _shade(cell_obj: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell_obj._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def _fill(cell_obj: object, text: str, bold: bool = False, italic: str = "") -> None:
    from reflect.export.docx_export import _t

    par = cell_obj.paragraphs[0]  # type: ignore[attr-defined]
    par.add_run(_t(text)).bold = bold
    if italic:
        run = cell_obj.add_paragraph().add_run(_t(italic))  # type: ignore[attr-defined]
        run.italic = True


def to_docx(records: list[Record], session: Session) -> bytes:
    """A Word document, A4: each form's fields in a boxed table (name shaded, text below);
    a log entry as one table row under the log's column names."""
    from docx import Document
    from docx.shared import Pt

    from reflect.export.docx_export import _a4_british, _property, _t

    doc = Document()
    _a4_british(doc)
    doc.core_properties.title = _property(records[0].heading if records else "CPD record")
    doc.core_properties.author = ""
    doc.core_properties.created = datetime.now().astimezone()
    for n, r in enumerate(records):
        doc.add_heading(_t(r.heading), level=1 if n else 0)
        doc.add_paragraph().add_run(_t(_intro(r))).italic = True
        if r.table:
            table = doc.add_table(rows=2, cols=len(r.entries))
            table.style = "Table Grid"
            for i, e in enumerate(r.entries):
                _fill(table.rows[0].cells[i], e.field.name, bold=True)
                _shade(table.rows[0].cells[i], "E7E6E6")
                _fill(table.rows[1].cells[i], e.text)
            continue
        table = doc.add_table(rows=0, cols=1)
        table.style = "Table Grid"
        for e in r.entries:
            name = f"{e.field.part}: " if e.field.part and not e.field.name.startswith(
                e.field.part) else ""
            head = table.add_row().cells[0]
            _fill(head, name + e.field.name, bold=True, italic=e.field.prompt)
            _shade(head, "E7E6E6")
            for par in head.paragraphs:  # the name never ends a page apart from its text
                par.paragraph_format.keep_with_next = True
            _fill(table.add_row().cells[0], e.text or "\n")  # room to write by hand
    doc.add_paragraph()
    doc.add_paragraph().add_run(_t(footer(session))).font.size = Pt(9)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
