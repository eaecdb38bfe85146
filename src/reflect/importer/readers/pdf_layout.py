"""Where a PDF's text is, and in which order it is read (for `reflect.importer.readers.pdf`).

pdfminer.six gives each line of text with its position, size and font (LAParams groups the
characters into lines; its own box grouping is switched off). The order is ours, not the
file's: lines inside a drawn box (a "7-minute briefing" is a grid of boxes) stay together and
boxes are read row by row; other text is cut into horizontal strips, and strips sharing a
column gap are read column by column (a recursive XY-cut). Pieces of a justified line are put
back together; lines repeated at the top or bottom of most pages (headers, footers, page
numbers: `pdf_edges`) are dropped.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reflect.importer.readers import BULLETS, GLYPH_BULLET, Unreadable, bold_lead, squash
from reflect.importer.readers.pdf_edges import running

GAP = 6.0
"""Smallest empty band (points) between two columns or two boxes."""
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
class Block:
    """A unit of layout: one line, or a drawn box with its lines already in order."""

    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[Line] = field(default_factory=list)
    boxed: bool = False


# ---------------------------------------------------------------- pdfminer -> lines


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))


def _walk(obj: object) -> Iterator[object]:
    from pdfminer.layout import LTContainer, LTRect, LTTextLine

    if isinstance(obj, (LTTextLine, LTRect)):
        yield obj
    elif isinstance(obj, LTContainer):
        for child in obj:
            yield from _walk(child)


def _line(obj: object, page: int) -> Line | None:
    from pdfminer.layout import LTChar, LTTextLine

    assert isinstance(obj, LTTextLine)
    text = squash(obj.get_text().replace("\n", " "))
    chars = [c for c in obj if isinstance(c, LTChar) and c.get_text().strip()]
    if not text or not chars:
        return None
    sizes = sorted(round(c.size, 1) for c in chars)
    size = sizes[len(sizes) // 2]
    bold = sum(_is_bold(c.fontname) for c in chars) >= 0.9 * len(chars)
    if not bold:
        text = _led(obj, text)
    return Line(obj.x0, obj.y0, obj.x1, obj.y1, text, size, bold, page)


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


def _pages(data: bytes) -> list[tuple[float, list[Line], list[tuple[float, ...]]]]:
    """Per page: its height, its lines and its drawn boxes (x0, y0, x1, y1)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTRect, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages = []
    try:
        for n, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(
                all_texts=True, boxes_flow=None))):  # our own order: skip pdfminer's
            lines: list[Line] = []
            rects: list[tuple[float, ...]] = []
            area = page.width * page.height
            for obj in _walk(page):
                if isinstance(obj, LTTextLine):
                    line = _line(obj, n)
                    if line:
                        lines.append(line)
                elif isinstance(obj, LTRect):
                    w, h = obj.x1 - obj.x0, obj.y1 - obj.y0
                    if w >= MIN_BOX and h >= MIN_BOX and w * h < 0.8 * area:
                        rects.append((obj.x0, obj.y0, obj.x1, obj.y1))
            pages.append((page.height, _join_markers(lines), rects))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable("this PDF is protected by a password: save an unprotected copy "
                         "and import that") from None
    except Exception as e:  # pdfminer raises many kinds of error on a damaged file
        raise Unreadable(f"this PDF is damaged or not one reflect can read ({type(e).__name__})"
                         ) from None
    return pages


def _join_markers(lines: list[Line]) -> list[Line]:
    """A bullet or number set apart from its text (a tab in Word) joined to that text."""
    used: set[int] = set()
    for i, m in enumerate(lines):
        if i in used or not MARKER.match(m.text):
            continue
        near = [j for j, t in enumerate(lines) if j != i and j not in used
                and abs(t.y0 - m.y0) < 0.4 * m.size and 0 <= t.x0 - m.x1 < 48]
        if near:
            j = min(near, key=lambda j: lines[j].x0)
            t = lines[j]
            lines[j] = Line(m.x0, min(m.y0, t.y0), t.x1, max(m.y1, t.y1),
                            f"{m.text} {t.text}", t.size, t.bold, t.page)
            used.add(i)
    return [line for i, line in enumerate(lines) if i not in used]


# ---------------------------------------------------------------- reading order


def _area(r: tuple[float, ...]) -> float:
    return (r[2] - r[0]) * (r[3] - r[1])


def _inside(line: Line, r: tuple[float, ...]) -> bool:
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return r[0] <= cx <= r[2] and r[1] <= cy <= r[3]


def _fragments(lines: list[Line], reach: float) -> list[Line]:
    """Pieces of one line that pdfminer split at a wide space (justified text) made one:
    same baseline and size, and either less than `reach` font sizes apart or with a line of
    the same size just above or below running across the space (a column gap never has)."""
    out: list[Line] = []
    for ln in sorted(lines, key=lambda ln: (round(ln.y0), ln.x0)):
        last = out[-1] if out else None
        if last is not None and abs(last.y0 - ln.y0) < 0.3 * ln.size \
                and last.size == ln.size and 0 <= ln.x0 - last.x1 \
                and (ln.x0 - last.x1 < reach * ln.size
                     or (ln.x0 - last.x1 < 8 * ln.size and _bridged(last, ln, lines))):
            out[-1] = Line(last.x0, min(last.y0, ln.y0), ln.x1, max(last.y1, ln.y1),
                           f"{last.text} {ln.text}", ln.size, last.bold and ln.bold, ln.page)
        else:
            out.append(ln)
    return out


def _bridged(a: Line, b: Line, lines: list[Line]) -> bool:
    """Whether lines of the same size just above and just below run across the space between
    `a` and `b`, with nothing else in it (a title above two columns runs across their gap,
    but only above; a bullet may sit in the gap a little off the baseline)."""
    if any(o.y0 < a.y1 and o.y1 > a.y0 and o.x0 < b.x0 and o.x1 > a.x1 and o is not a
           and o is not b for o in lines):
        return False

    def across(above: bool, x0: float, x1: float) -> bool:
        return any(o.size == a.size and 0.5 * a.size < (o.y0 - a.y0 if above else a.y0 - o.y0)
                   < 2.2 * a.size and o.x0 < x0 and o.x1 > x1 for o in lines)
    # either both neighbours cross the space, or (a paragraph's first line) the line below
    # spans the whole of this one
    return (across(True, a.x1, b.x0) and across(False, a.x1, b.x0)) \
        or across(False, a.x0 + a.size, b.x1 - a.size)


def _blocks(lines: list[Line], rects: list[tuple[float, ...]], page: int) -> list[Block]:
    """Lines inside drawn boxes become one block per box (the smallest box holding them)."""
    held: dict[int, list[Line]] = {}
    loose: list[Line] = []
    for line in lines:
        holders = [i for i, r in enumerate(rects) if _inside(line, r)]
        if holders:
            i = min(holders, key=lambda i: _area(rects[i]))
            held.setdefault(i, []).append(line)
        else:
            loose.append(line)
    free = [Block(ln.x0, ln.y0, ln.x1, ln.y1, [ln]) for ln in _fragments(loose, 0.9)]
    for i, inner in held.items():
        inner = _fragments(inner, float("inf"))  # a box is one column
        r = rects[i]
        for line in inner:
            line.box = page * 1000 + i
        ordered = [ln for b in _order([Block(ln.x0, ln.y0, ln.x1, ln.y1, [ln]) for ln in inner])
                   for ln in b.lines]
        free.append(Block(r[0], r[1], r[2], r[3], ordered, boxed=True))
    return free


def _bands(spans: Iterable[tuple[float, float, Block]], gap: float) -> list[list[Block]]:
    """Group blocks whose spans (lo, hi) overlap or lie closer than `gap`."""
    groups: list[list[Block]] = []
    end = float("-inf")
    for lo, hi, b in sorted(spans, key=lambda s: s[0]):
        if groups and lo < end + gap:
            groups[-1].append(b)
            end = max(end, hi)
        else:
            groups.append([b])
            end = hi
    return groups


def _columns(blocks: list[Block]) -> list[list[Block]]:
    return _bands(((b.x0, b.x1, b) for b in blocks), GAP)


def _strips(blocks: list[Block]) -> list[list[Block]]:
    """Horizontal strips, top first (y grows upwards, so sort on -y1)."""
    return _bands(((-b.y1, -b.y0, b) for b in blocks), 0.5)


def _order(blocks: list[Block]) -> list[Block]:
    if len(blocks) <= 1:
        return blocks
    strips = _strips(blocks)
    groups: list[list[Block]] = []
    for strip in strips:
        last = groups[-1] if groups else None
        boxed = any(b.boxed for b in strip) or (last is not None and any(b.boxed for b in last))
        if last is not None and not boxed:
            split = len(_columns(last + strip)) > 1
            plain = len(_columns(last)) == 1 and len(_columns(strip)) == 1
            if split or plain:
                last.extend(strip)
                continue
        groups.append(list(strip))
    if len(groups) > 1:
        return [b for g in groups for b in _order(g)]
    cols = _columns(blocks)
    if len(cols) > 1 and (len(strips) >= 3 or _aligned(cols[1], strips)):
        return [b for c in cols for b in _order(c)]
    if len(cols) > 1:  # two rows whose justified word gaps happen to line up: not columns
        return [b for strip in strips for b in sorted(strip, key=lambda b: b.x0)]
    return sorted(blocks, key=lambda b: (-round(b.y1), b.x0))


def _aligned(column: list[Block], strips: list[list[Block]]) -> bool:
    """Whether a column found in only one or two rows starts at the same place in each (a
    real column has a left edge; the gaps of justified lines fall anywhere)."""
    starts = [min(b.x0 for b in strip if b in column) for strip in strips
              if any(b in column for b in strip)]
    return len(starts) < 2 or max(starts) - min(starts) <= 2


def pages(data: bytes) -> list[tuple[float, list[Line], list[tuple[float, ...]]]]:
    """Per page of the PDF: its height, its lines and its drawn boxes. Raises Unreadable."""
    return _pages(data)


def reading_order(pages: list[tuple[float, list[Line], list[tuple[float, ...]]]],
                  dropped: list[str] | None = None) -> list[Line]:
    """All pages' lines in reading order, running headers and footers dropped (their text
    added to `dropped`, once each)."""
    gone, texts = running([(height, lines) for height, lines, _ in pages])
    if dropped is not None:
        dropped += texts
    ordered: list[Line] = []
    for n, (_, lines, rects) in enumerate(pages):
        lines = [ln for ln in lines if id(ln) not in gone]
        ordered += [ln for b in _order(_blocks(lines, rects, n)) for ln in b.lines]
    return ordered
