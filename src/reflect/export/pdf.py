"""PDF (A4) of the notes, of each CPD record and of the one-page handout, written with fpdf2.

Source Sans Pro (the font-source-sans-pro package, SIL Open Font Licence) is embedded, subset,
so Latin, Greek and Cyrillic text prints as typed on any machine; a character the font lacks (an
emoji, a CJK character) is printed as its name in brackets, `[smiling face with smiling eyes]`
(it was left out without a word), and emoji modifiers (skin tones, joiners, variation
selectors) with it. Text goes through `printable` first; fpdf2 writes it as text, never as
markup.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reflect.export.record_render import indent_answers, prompt
from reflect.export.records import Record
from reflect.export.time_table import TIME_HEADERS, TIME_HEADING
from reflect.text import printable

FAMILY = "SourceSansPro"
GREY = (231, 230, 230)
LINE = 5.2
"""Line height in mm for 10.5 pt body text."""
INDENT = 1.5
"""How far in a line starts, in mm, for each space the plain-text notes indent it by."""
TIME_ALIGN = ("LEFT", "RIGHT", "RIGHT", "LEFT")
TIME_WIDTHS = (50, 13, 13, 24)
"""The time table's columns: the step's name, then planned and spent (m:ss) lined up on the
right, then over or under (`text_pdf`)."""
MARKER = re.compile(
    r"(?P<marker>[-*\u2022]|\d{1,3}[.)]|(?:Point|Action|Earlier action) \d{1,4}:)[ \t]+(?=\S)")
"""A list item's marker at a line's start: a bullet (`- `, `* `, `• `), a number (`2. `), or
the plain-text notes' label of a point or an action (`Point 2: `, `Action 1: `, `Earlier
action 1: `, said by number for a screen reader: `export.plain.item_line`)."""


def _font_files() -> dict[str, Path]:
    """The font's files by fpdf2 style. Static fonts: fpdf2 makes an instance of a variable
    font (Noto Sans's) with fontTools on every export, some 20 seconds; these take none."""
    import font_source_sans_pro  # type: ignore[import-untyped]

    files = Path(font_source_sans_pro.__file__).parent / "files"
    return {"": files / "SourceSansPro-Regular.ttf", "B": files / "SourceSansPro-Bold.ttf",
            "I": files / "SourceSansPro-It.ttf"}


@contextmanager
def _quiet() -> Iterator[None]:
    """fpdf2 warns (and logs) for each glyph the font lacks: the export carries on."""
    log = logging.getLogger("fpdf")
    level = log.level
    log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.setLevel(level)


class Page:
    """An A4 document with the few things reflect's PDFs need: headings, labelled boxes,
    paragraphs, a table row and small print."""

    def __init__(self, title: str, margin_mm: float = 18) -> None:
        from fpdf import FPDF

        pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        pdf.set_margins(margin_mm, margin_mm, margin_mm)
        pdf.set_auto_page_break(True, margin=margin_mm)
        for style, path in _font_files().items():
            pdf.add_font(FAMILY, style, str(path))
        self.glyphs = _font_glyphs()
        """The characters the font has (bold and italic have the same)."""
        pdf.set_title(self._t(title))
        pdf.set_author("")
        pdf.set_creator("reflect")
        pdf.set_lang("en-GB")
        pdf.add_page()
        self.pdf: Any = pdf

    def _cell(self, text: str, size: float, style: str = "", height: float = LINE,
              fill: bool = False, border: int | str = 0) -> None:
        self.pdf.set_font(FAMILY, style, size)
        self.pdf.multi_cell(0, height, self._t(text), border=border, fill=fill, align="L",
                            new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str, level: int = 1) -> None:
        size = {0: 17, 1: 14, 2: 12}.get(level, 11)
        self.pdf.ln(2 if level else 0)
        self._cell(text, size, "B", height=size * 0.5)
        self.pdf.ln(1)

    def para(self, text: str, size: float = 10.5, style: str = "") -> None:
        self._cell(text, size, style, height=size * 0.5)
        self.pdf.ln(1)

    def item(self, text: str, marker: str = "", indent: float = 0, size: float = 10.5) -> None:
        """A paragraph `indent` mm in, after a list item's `marker` ("•", "2.") if it has one:
        each wrapped line starts under the first word, never under the marker (a hanging
        indent: they started at the page's margin, as if a new paragraph; a fresh-eyes trial).
        fpdf2's own paragraph bullet, set in a text region as wide as the page's text."""
        pdf = self.pdf
        pdf.set_font(FAMILY, "", size)
        marker = self._t(marker)
        width = pdf.get_string_width(marker) if marker else 0.0
        room = max(4.5, width + 1.5) if marker else 0.0
        height = size * 0.5 / pdf.font_size  # the line height `para` gives, as fpdf2's factor
        with pdf.text_columns(text_align="LEFT", line_height=height) as region:
            with region.paragraph(indent=indent + room, bullet_string=marker,
                                  bullet_r_margin=room - width) as paragraph:
                paragraph.write(self._t(text))
        pdf.ln(1)

    def line(self, text: str, size: float = 10.5) -> None:
        """A line of the plain-text notes: its leading spaces an indent, and a list item (see
        `MARKER`) given its marker apart, a bullet (•) for - and *, so that its wrapped lines
        hang under its text."""
        body = text.lstrip(" ")
        indent = (len(text) - len(body)) * INDENT
        found = MARKER.match(body)
        if found is None:
            if indent:
                self.item(body, indent=indent, size=size)
            else:
                self.para(body, size)
            return
        marker = found["marker"]
        self.item(body[found.end():], "\u2022" if marker in "-*" else marker, indent, size)

    def _height(self, text: str, size: float, style: str, height: float) -> float:
        self.pdf.set_font(FAMILY, style, size)
        lines = self.pdf.multi_cell(0, height, self._t(text), dry_run=True, output="LINES")
        return len(lines) * height

    def boxed(self, label: str, prompt: str, text: str) -> None:
        """A form's field: its name shaded, its prompt in italics, then the text, boxed. The
        name never ends a page: it moves to the next with its prompt and first line of text."""
        head = self._height(label, 10.5, "B", LINE)
        head += self._height(prompt, 9, "I", 4.6) if prompt else 0
        if self.pdf.will_page_break(head + LINE):
            self.pdf.add_page()
        self.pdf.set_fill_color(*GREY)
        self._cell(label, 10.5, "B", fill=True, border="LTR")
        if prompt:
            self._cell(prompt, 9, "I", height=4.6, fill=True, border="LR")
        self._cell(text or " ", 10.5, border="LRB", height=LINE)
        self.pdf.ln(2)

    def table_row(self, names: list[str], values: list[str]) -> None:
        self.columns([names, values])

    def columns(self, rows: Sequence[Sequence[str]], align: str | tuple[str, ...] = "LEFT",
                widths: tuple[int, ...] | None = None) -> None:
        """A table: the first row its headings (bold, on grey), then the rest, each column
        aligned as `align` says and as wide as its share of `widths` (None: alike)."""
        from fpdf.fonts import FontFace

        self.pdf.set_font(FAMILY, "", 9.5)
        self.pdf.set_fill_color(255, 255, 255)
        head_style = FontFace(emphasis="BOLD", fill_color=GREY)
        with self.pdf.table(line_height=4.8, text_align=align, col_widths=widths,
                            headings_style=head_style, cell_fill_mode="NONE") as table:
            for cells in rows:
                row = table.row()
                for cell in cells:
                    row.cell(self._t(cell))
        self.pdf.ln(2)

    def rule_lines(self, count: int) -> None:
        """Ruled lines to write on."""
        pdf = self.pdf
        for _ in range(count):
            pdf.ln(7)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(3)

    def _t(self, text: str) -> str:
        """`text` as the page prints it: see the module. A letter and its accent typed apart
        (`e` and a combining diaeresis) print as the one accented letter (NFC): the PDF drew
        the accent after the letter ("Zoee¨", a trial), as it places no marks."""
        return "".join(c if _prints(c, self.glyphs) else _named(c)
                       for c in unicodedata.normalize("NFC", printable(text)).strip("\n"))

    @property
    def pages(self) -> int:
        return int(self.pdf.page_no())

    def output(self) -> bytes:
        with _quiet():
            return bytes(self.pdf.output())


@functools.lru_cache(maxsize=1)
def _font_glyphs() -> frozenset[int]:
    from fpdf import FPDF

    pdf = FPDF()
    with _quiet():
        pdf.add_font(FAMILY, "", str(_font_files()[""]))
    return frozenset(getattr(pdf.fonts[FAMILY.lower()], "cmap", ()))


def scripts_lacking(texts: Iterable[str]) -> list[str]:
    """The scripts of the characters in `texts` the PDF's font has no letters for, each once
    in the order met, as Unicode names them ("Arabic", "Gurmukhi", "CJK"; "emoji"): they print
    as their names. (Said when a PDF is written: it reported success and printed Urdu as
    `[arabic letter alef]…` without a word; a trial.)"""
    glyphs = _font_glyphs()
    found: dict[str, None] = {}
    for text in texts:
        for char in unicodedata.normalize("NFC", printable(text)):
            if _prints(char, glyphs) or not _named(char):
                continue
            name = unicodedata.name(char, "")
            script = "emoji" if unicodedata.category(char) == "So" or not name else \
                name.split()[0].capitalize().replace("Cjk", "CJK")
            found.setdefault(script, None)
    return list(found)


def _prints(char: str, glyphs: frozenset[int]) -> bool:
    """Whether the font prints `char` as itself (a line break or tab is layout)."""
    return ord(char) in glyphs or char in "\n\t"


def _named(char: str) -> str:
    """A character the font lacks, as its name: `[thumbs up sign]`; nothing for a modifier
    that only changes the character before it (a skin tone, a joiner, a variation selector)."""
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Sk") or \
            0x1F3FB <= ord(char) <= 0x1F3FF or 0xFE00 <= ord(char) <= 0xFE0F:
        return ""
    return f"[{unicodedata.name(char, 'character ' + hex(ord(char))).lower()}]"


def records_pdf(records: list[Record], footer: str) -> bytes:
    """The records as a PDF: each form's fields boxed in order, a log entry as a table."""
    page = Page(records[0].heading if records else "CPD record")
    with _quiet():
        for n, r in enumerate(records):
            page.heading(r.heading, 0 if n == 0 else 1)
            page.para(f"{r.form.title}. {r.form.note}".strip(), 9.5, "I")
            if r.table:
                page.table_row([e.field.name for e in r.entries], [e.text for e in r.entries])
                continue
            for e in r.entries:
                page.boxed(e.field.name, prompt(e), indent_answers(e.text))
        page.para(footer, 8.5, "I")
    return page.output()


def text_pdf(title: str, lines: Sequence[str], headings: Mapping[int, int],
             times: Sequence[Sequence[str]] = ()) -> bytes:
    """Plain-text notes (`plain.laid_out`) as a PDF: the lines `headings` names (their index,
    and level: 0 the title, 1 a part's) become headings, the rest paragraphs; an empty line
    between parts is the paragraphs' own spacing, and one inside indented text (a blank line
    in an answer) a gap of its own. The text marks no heading itself: a line of `=====` under
    each, by which this knew them, was read symbol by symbol by a screen reader (a trial).
    `times`: the time table's rows (`time_table.time_table`), drawn as a table in place of
    the text's lines under its heading (`TIME_HEADING`): in the text its columns are spaced
    with spaces, which a proportional font does not line up (a trial)."""
    page = Page(title)
    with _quiet():
        skip = 0
        for i, line in enumerate(lines):
            if skip:
                skip -= 1
                continue
            if i in headings:
                page.heading(line, headings[i])
                if line == TIME_HEADING and times:  # (in place of the text's own lines)
                    page.columns([TIME_HEADERS, *times], TIME_ALIGN, TIME_WIDTHS)
                    skip = _block_after(lines, i + 1)
            elif line.strip():
                page.line(line)
            elif line:  # indented and empty: a blank line inside an answer (it was left out)
                page.pdf.ln(LINE * 0.6)
    return page.output()


def _block_after(lines: Sequence[str], start: int) -> int:
    """How many lines from `start` are empty ones, then the lines of text up to the next
    empty one."""
    end = start
    while end < len(lines) and not lines[end].strip():
        end += 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return end - start


def to_pdf(session: Any, review: Any = None, options: Any = None) -> bytes:
    """The session's notes as a PDF (the plain-text notes' content and order)."""
    from reflect.export.plain import laid_out
    from reflect.export.time_table import time_table

    notes = laid_out(session, review, options)
    return text_pdf(session.label, notes.lines, notes.headings, time_table(session, review))
