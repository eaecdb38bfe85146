"""A Word document or a web page far larger than any briefing, refused before it is read: a
trial's .docx and .html holding over `too_large.MAX_TEXT` characters were read whole (python-docx
and readability: 2 to 5 seconds, a Word table of 14,000 rows nearly two minutes) and only then
refused.

A Word document is a zip: the size its word/document.xml (the text) unpacks to is in the zip's
directory, read without inflating it, so a zip bomb (a few KB unpacking to gigabytes) is refused
as it is, on its word; one that fits is inflated (Python's zipfile never gives more than the
size declared) and the characters in its text runs (`<w:t>`) counted, each text once: a
text box (or a shape, an equation) is written twice, for Word and, in `<mc:Fallback>`, for
readers older than it, and the reader reads the first copy only (`readers.docx._text_boxes`),
so a fallback's runs are not counted (until 7 December 2026 they were, a document's text
boxes twice toward the most). A web page's text is
counted once its file is over MAX_TEXT bytes (under, it cannot hold more characters): the
text where the reader looks for the briefing (its main content, without menus, the site's
header and footer, sidebars: `readers.html.kept_chars`), a run of white space one character.
Until 7 December 2026 the whole page's text was counted, its menus too.

Pure: bytes in, a message or None out; no files, no Textual.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterator

from reflect.importer.too_large import MAX_TEXT, WHAT_TO_DO, chars_too_many, size_said

MAX_DOCUMENT_XML = 50 * 1000 * 1000
"""The most a Word document's word/document.xml may unpack to: a briefing's is some 0.05 to 2
MB (its text and Word's markup around it)."""
MAX_UNPACKED = 2 * MAX_DOCUMENT_XML
"""The most all of a Word document's parts (its pictures too) may unpack to."""
DOCUMENT = "word/document.xml"

_RUN_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_FALLBACK = re.compile(rb"<(/?)(?:[\w.-]+:)?Fallback\b[^>]*?(/?)>")
"""A markup-compatibility fallback's start or end tag (`<mc:Fallback>`, `</mc:Fallback>`), or
an empty one (`<mc:Fallback/>`)."""
_NOT_SHOWN = re.compile(r"<!--.*?-->|<(script|style|template|svg|head)\b.*?</\1\s*>",
                        re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def docx_too_large(data: bytes) -> str | None:
    """Why the Word document `data` is not read, or None: its text unpacks to over
    MAX_DOCUMENT_XML (or all its parts to over MAX_UNPACKED), said before anything is
    inflated; else its text runs hold over MAX_TEXT characters."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            declared = z.getinfo(DOCUMENT).file_size
            total = sum(info.file_size for info in z.infolist())
            if declared > MAX_DOCUMENT_XML or total > MAX_UNPACKED:
                return _unpacks_to(len(data), declared, total)
            xml = z.read(DOCUMENT)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None  # (damaged: the reader says so)
    chars = 0
    runs = _runs(xml)
    for run in runs:
        chars += _length(run)
        if chars > MAX_TEXT:
            return chars_too_many(chars + sum(map(_length, runs)), len(data))  # (all, said)
    return None


def _length(run: bytes) -> int:
    """The characters of a text run's XML text, as Word shows them."""
    text = run.decode("utf-8", "replace")
    return len(html.unescape(text)) if "&" in text else len(text)


def _runs(xml: bytes) -> Iterator[bytes]:
    """The XML text of each of `xml`'s text runs (`<w:t>`) outside a fallback (`_FALLBACK`,
    which may hold another): a text box's, a shape's, once."""
    at = 0
    for start, end in _fallbacks(xml):
        yield from (m.group(1) for m in _RUN_TEXT.finditer(xml, at, start))
        at = end
    yield from (m.group(1) for m in _RUN_TEXT.finditer(xml, at))


def _fallbacks(xml: bytes) -> Iterator[tuple[int, int]]:
    """Where each outermost fallback in `xml` starts and ends (to the end, one left open)."""
    depth, start = 0, 0
    for m in _FALLBACK.finditer(xml):
        if m.group(2):  # empty: holds nothing
            continue
        if not m.group(1):
            depth += 1
            if depth == 1:
                start = m.start()
        elif depth:
            depth -= 1
            if not depth:
                yield start, m.end()
    if depth:
        yield start, len(xml)


def _unpacks_to(size: int, declared: int, total: int) -> str:
    what, n, most = ((f"its text ({DOCUMENT})", declared, MAX_DOCUMENT_XML)
                     if declared > MAX_DOCUMENT_XML else ("its parts", total, MAX_UNPACKED))
    return (f"the file is {size_said(size)}, but {what} would unpack to {size_said(n)}, far "
            f"larger than any briefing's (a briefing's Word text unpacks to some 0.05 to 2 MB; "
            f"reflect unpacks up to {size_said(most)}; nothing was unpacked): {WHAT_TO_DO}")


def page_too_large(data: bytes) -> str | None:
    """Why the web page `data` is not read, or None: the text the reader keeps (its main
    content, `readers.html.kept_chars`), counted quickly, is over MAX_TEXT characters. A
    file of MAX_TEXT bytes or fewer is not counted."""
    if len(data) <= MAX_TEXT:
        return None
    from reflect.importer.readers import Unreadable
    from reflect.importer.readers.html import decode_html, kept_chars

    try:
        page = decode_html(data)
    except Unreadable:
        return None  # (the reader says why)
    chars = kept_chars(page)
    if chars is None:  # (lxml cannot parse it: its text shown, counted by pattern)
        shown = _SPACE.sub(" ", _TAG.sub("", _NOT_SHOWN.sub(" ", page)))
        chars = len(html.unescape(shown).strip())
    return chars_too_many(chars, len(data)) if chars > MAX_TEXT else None
