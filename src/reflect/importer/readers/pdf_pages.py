"""Each page of a PDF as pdfminer.six reads it (for `reflect.importer.readers.pdf_layout`):
its lines of text with their place, size and font (LAParams groups the characters into lines;
its own box grouping is switched off), its drawn boxes and its ruled tables (`pdf_grid`). A
line pdfminer ran across a table's rule is cut there; a bullet or number set apart from its
text is joined to it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reflect.importer.readers import (
    BULLETS,
    GLYPH_BULLET,
    Progress,
    Unreadable,
    bold_lead,
    squash,
)
from reflect.importer.readers.pdf_grid import Grid, grids, rules

MIN_BOX = 24.0
"""Smallest side (points) of a drawn rectangle taken as a box holding text."""
MARKER = re.compile(
    rf"^(?:[{re.escape(BULLETS)}]|{GLYPH_BULLET}|\(?\d{{1,2}}[.)]|\(?[a-z][.)])$")
_LEADING_MARKER = re.compile(
    rf"^(?:[{re.escape(BULLETS)}]|{GLYPH_BULLET}|\(?\d{{1,2}}[.)]|\(?[a-z][.)])\s")


@dataclass
class Line:
    """One line of text on a page (PDF coordinates: y grows upwards)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float
    bold: bool
    page: int = 0
    box: int = -1
    """Which drawn box holds it (-1: none): lines in different boxes never join."""


@dataclass
class Page:
    """One page as read: its height, its lines, its drawn boxes (x0, y0, x1, y1) and its
    ruled tables."""

    height: float
    lines: list[Line]
    rects: list[tuple[float, ...]]
    grids: list[Grid] = field(default_factory=list)


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))


def _walk(obj: object) -> Iterator[object]:
    from pdfminer.layout import LTContainer, LTCurve, LTTextLine

    if isinstance(obj, (LTTextLine, LTCurve)):
        yield obj
    elif isinstance(obj, LTContainer):
        for child in obj:
            yield from _walk(child)


def _lines(obj: Any, page: int, found: list[Grid]) -> Iterator[Line]:
    """A pdfminer text line as our lines: one, or one a cell where it runs across a table's
    vertical rule (pdfminer joins text a little apart on one baseline)."""
    from pdfminer.layout import LTChar

    cuts = [x for g in found if g.holds((obj.x0 + obj.x1) / 2, (obj.y0 + obj.y1) / 2)
            for x in g.cuts(obj.y0, obj.y1) if obj.x0 < x < obj.x1]
    pieces: list[list[Any]] = [[] for _ in range(len(cuts) + 1)] if cuts else [list(obj)]
    at = 0
    for item in obj if cuts else ():
        if isinstance(item, LTChar):
            at = sum(x < (item.x0 + item.x1) / 2 for x in cuts)
        pieces[at].append(item)
    for piece in pieces:
        line = _line(piece, page)
        if line is not None:
            yield line


def _line(items: list[Any], page: int) -> Line | None:
    """A line of the characters (and pdfminer's added spaces) `items`."""
    from pdfminer.layout import LTChar

    text = squash("".join(c.get_text() for c in items).replace("\n", " "))
    chars = [c for c in items if isinstance(c, LTChar) and c.get_text().strip()]
    if not text or not chars:
        return None
    sizes = sorted(round(c.size, 1) for c in chars)
    size = sizes[len(sizes) // 2]
    bold = sum(_is_bold(c.fontname) for c in chars) >= 0.9 * len(chars)
    if not bold:
        text = _led(items, text)
    placed = [c for c in items if isinstance(c, LTChar)]
    return Line(min(c.x0 for c in placed), min(c.y0 for c in placed),
                max(c.x1 for c in placed), max(c.y1 for c in placed), text, size, bold, page)


def _led(obj: Any, text: str) -> str:
    """A line opening in bold (after any bullet or number) and going on in regular type,
    with its lead-in marked (`readers.bold_lead`); else `text`."""
    from pdfminer.layout import LTChar

    said = [(c.get_text(), isinstance(c, LTChar) and _is_bold(c.fontname)) for c in obj]
    m = _LEADING_MARKER.match(text)
    skip = len(m.group(0).strip()) if m else 0  # the marker's characters, in any type
    head: list[str] = []
    i = next((k for k, (ch, _) in enumerate(said) if ch.strip()), len(said))
    while i < len(said) and (skip > 0 or not said[i][0].strip()):
        skip -= len(said[i][0].strip())
        head.append(said[i][0])
        i += 1
    lead: list[str] = []
    for j in range(i, len(said)):
        ch, heavy = said[j]
        if ch.strip() and not heavy:
            break
        lead.append(ch)
    else:
        return text
    marked = bold_lead("".join(lead), "".join(ch for ch, _ in said[j:]).replace("\n", " "))
    return text if marked is None else squash("".join(head)) + (" " if head else "") + marked


def over_chars(data: bytes, most: int) -> tuple[int, int, int | None] | None:
    """Where the characters a PDF's pages draw pass `most`: (the characters counted, the
    pages read to that point, the pages in all where the file says), or None where they never
    do, or where it cannot be read so (`pages` then says why). A quick count, before `pages`
    reads each character's place and font (some 25 times slower, and its layout slower still):
    a PDF under 50 MB holding 15 million characters was read whole before it was refused."""
    from pdfminer.pdfdevice import PDFDevice
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    class _Counted(PDFDevice):
        count = 0

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any
                          ) -> None:
            decode = textstate.font.decode
            self.count += sum(len(decode(part)) for part in seq if isinstance(part, bytes))

    resources = PDFResourceManager()
    device = _Counted(resources)
    interpreter = PDFPageInterpreter(resources, device)
    try:
        for n, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), 1):
            interpreter.process_page(page)
            if device.count > most:
                return device.count, n, _page_count(data)
    except Exception:  # (damaged or locked: `pages` says which)
        return None
    return None


def _page_count(data: bytes) -> int | None:
    """The pages a PDF says it has (its page tree's /Count), or None."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(PDFDocument(PDFParser(io.BytesIO(data))).catalog["Pages"])
                         ["Count"])
    except Exception:
        return None
    return count if isinstance(count, int) else None


def pages(data: bytes, progress: Progress | None = None) -> list[Page]:
    """Each page as read (`Page`), `progress` told of each (the import dialog says "Reading
    page 40 of 250…": a long PDF took seconds with only "Reading…" said, a trial). Raises
    Unreadable."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTCurve, LTRect, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages = []
    count = _page_count(data) if progress else None
    try:
        for n, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(
                all_texts=True, boxes_flow=None))):  # our own order: skip pdfminer's
            area = page.width * page.height
            found = list(_walk(page))
            drawn = [o for o in found if isinstance(o, LTCurve)
                     and (o.x1 - o.x0) * (o.y1 - o.y0) < 0.8 * area]  # not a page's frame
            tables = grids(r for o in drawn for r in rules(
                o.pts, o.bbox, closed=isinstance(o, LTRect)))
            lines = [ln for o in found if isinstance(o, LTTextLine)
                     for ln in _lines(o, n, tables)]
            rects: list[tuple[float, ...]] = [
                o.bbox for o in drawn if isinstance(o, LTRect) and o.x1 - o.x0 >= MIN_BOX
                and o.y1 - o.y0 >= MIN_BOX and not any(_within(o.bbox, g.bbox) for g in tables)]
            pages.append(Page(page.height, _join_markers(lines, tables), rects, tables))
            if progress:
                progress(n + 1, count)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable("this PDF is protected by a password: save an unprotected copy "
                         "and import that") from None
    except Exception as e:  # pdfminer raises many kinds of error on a damaged file
        raise Unreadable(f"this PDF is damaged or not one reflect can read ({type(e).__name__})"
                         ) from None
    return pages


def _within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return inner[0] >= outer[0] - 2 and inner[1] >= outer[1] - 2 \
        and inner[2] <= outer[2] + 2 and inner[3] <= outer[3] + 2


def _join_markers(lines: list[Line], tables: list[Grid]) -> list[Line]:
    """A bullet or number set apart from its text (a tab in Word) joined to that text (not
    across a table's rule: a "1." in a "No." column is its own cell)."""
    used: set[int] = set()
    for i, m in enumerate(lines):
        if i in used or not MARKER.match(m.text):
            continue
        near = [j for j, t in enumerate(lines) if j != i and j not in used
                and abs(t.y0 - m.y0) < 0.4 * m.size and 0 <= t.x0 - m.x1 < 48
                and not any(m.x1 < x < t.x0 for g in tables if g.holds(m.x1, m.y0)
                            for x in g.cuts(m.y0, m.y1))]
        if near:
            j = min(near, key=lambda j: lines[j].x0)
            t = lines[j]
            lines[j] = Line(m.x0, min(m.y0, t.y0), t.x1, max(m.y1, t.y1),
                            f"{m.text} {t.text}", t.size, t.bold, t.page)
            used.add(i)
    return [line for i, line in enumerate(lines) if i not in used]
