"""CPD records (`reflect.export.records`) laid out as Markdown, plain text and Word.

Every layout gives the fields in the form's order under the form's own field names. The plain
text is made for pasting into an online form field by field: "Field name:" on its own line,
then the text. User text is made safe for each format as the notes exports make it: Markdown
escaped (`markdown.escape`), plain text through `printable`, Word through `docx_export._t`;
reflect's own blanks in Markdown with the command they name a code span (`escaping.with_code`),
in the other formats between backticks, as reflect writes a command everywhere.
"""

from __future__ import annotations

import io
from datetime import datetime

from reflect.export.escaping import with_code
from reflect.export.markdown import cell, escape
from reflect.export.own_words import INDENT
from reflect.export.parts import session_changed
from reflect.export.record_blanks import is_blank
from reflect.export.records import Entry, Record
from reflect.model.session import Session
from reflect.text import printable


def footer(session: Session) -> str:
    """The record's last line; when the session was last changed said as the plain-text notes
    say it, the date in words (`parts.session_changed`), as the record's actions say theirs:
    `2026-12-07` was read "2026 dash 12 dash 07" in the Word record plain mode suggests."""
    return (f"Drafted by reflect from the session's notes: "
            f"{session_changed(session, in_words=True)}. "
            "Check and edit it before you submit it.")


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def prompt(e: Entry) -> str:
    """The form's guidance for a field ("Why you chose it, ..."), only where the field is left
    for the person to fill in (empty, or one of reflect's blanks, `records.is_blank`): beside
    what they wrote, a reader took it for part of the account (a trial). Their own words are
    never a blank, whatever they start with (`……`, as a blank does, was taken for one). The
    text to paste gives none: it goes into a form that has its own."""
    return e.field.prompt if not e.text.strip() or is_blank(e.text) else ""


def blocks(text: str) -> list[tuple[str, list[str]]]:
    """An entry's text as (kind, lines): "quote" for the writer's own text under its label (its
    lines indented, `own_words.INDENT`; given without the indent, a blank line in it as ""),
    "list" for a list reflect made (lines starting "- "), else "lines"."""
    out: list[tuple[str, list[str]]] = []
    for line in printable(text).split("\n"):
        kind = ("quote" if line.startswith(INDENT) else "list" if line.startswith("- ")
                else "lines" if line.strip() else "")
        if kind == "quote":
            line = line[len(INDENT):].rstrip()
        if not kind:
            out.append(("", []))
        elif out and out[-1][0] == kind:
            out[-1][1].append(line)
        else:
            out.append((kind, [line]))
    return [(k, lines) for k, lines in out if k]


def indent_answers(text: str, by: str = "      ") -> str:
    """`text` with the writer's own text under its label indented `by` (a PDF's proportional
    font makes `INDENT` too narrow to see), a blank line in it kept as a blank line."""
    return "\n".join(by + line[len(INDENT):] if line.startswith(INDENT) else line
                     for line in text.split("\n"))


def _md_text(text: str) -> str:
    """An entry's text as Markdown: the writer's own text under its label a quotation, its
    blank lines kept inside it (">"); reflect's lists a list; the rest lines kept."""
    out, before = "", ""
    for kind, lines in blocks(text):
        if kind == "quote":
            paras = "\n".join(lines).strip("\n").split("\n\n")
            said = "\n>\n".join("\n".join(f"> {line}" if line else ">" for line in
                                           escape(p).split("\n")) for p in paras)
        elif kind == "list":
            said = "\n".join(f"- {escape(line[2:])}" for line in lines)
        else:
            said = escape("\n".join(lines))
        # A list or a quotation starts under its label's line; a blank line after either,
        # or the next line would carry on their last paragraph.
        joint = "\n" if before == "lines" and kind != "lines" else "\n\n"
        out += (joint if out else "") + said
        before = kind
    return out


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
            if prompt(e):
                out += [f"*{cell(prompt(e))}*", ""]
            out += [(with_code(e.text) if is_blank(e.text) else _md_text(e.text))
                    if e.text.strip() else "", ""]
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
            out += [name if name.endswith(("?", ":")) else f"{name}:"]
            out += [line.rstrip() for line in printable(e.text).strip("\n").split("\n")]
            out.append("")
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


def _fill_text(cell_obj: object, text: str) -> None:
    """An entry's text in its box, block by block (`blocks`): the writer's own text under its
    label indented, each of its paragraphs one, so a blank line in an answer stays in it."""
    from docx.shared import Cm

    from reflect.export.docx_export import _t

    first = True
    for kind, lines in blocks(text):
        paras = "\n".join(lines).split("\n\n") if kind == "quote" else \
            [line.removeprefix("- ") for line in lines] if kind == "list" else ["\n".join(lines)]
        for p in paras:
            par = cell_obj.paragraphs[0] if first else cell_obj.add_paragraph()  # type: ignore[attr-defined]
            first = False
            par.add_run(_t(p))
            if kind == "quote":
                par.paragraph_format.left_indent = Cm(0.6)
            elif kind == "list":  # Word's own bullets: a screen reader says it is a list; the
                par.style = "List Bullet"  # "- " typed before each item was read "dash"


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
            _fill(head, name + e.field.name, bold=True, italic=prompt(e))
            _shade(head, "E7E6E6")
            for par in head.paragraphs:  # the name never ends a page apart from its text
                par.paragraph_format.keep_with_next = True
            if e.text.strip():
                _fill_text(table.add_row().cells[0], e.text)
            else:
                _fill(table.add_row().cells[0], "\n")  # room to write by hand
    doc.add_paragraph()
    doc.add_paragraph().add_run(_t(footer(session))).font.size = Pt(9)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
