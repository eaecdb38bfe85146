"""Reading a web page saved from a browser as briefing text: the main article only.

readability-lxml finds the article (dropping navigation, cookie banners, headers, footers
and sidebars); lxml then walks the article: <h1>-<h6> become `## ` headings, <li> `- ` items,
each <p>, table cell and other block a line. Whitespace is read as a browser shows it: a run
of spaces, tabs and line breaks in the source is one space, and only <br>, a block or a
<pre>'s own line breaks end a line (a <p> wrapped across lines in the source is one line: its
second line, starting in a capital, was taken for a paragraph of its own, until 4 December
2026). Scripts, styles and forms are never included. The page's declared encoding (BOM,
<meta charset>, http-equiv) is honoured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from reflect.importer.readers import Unreadable, as_item, bold_lead, from_utf16, squash
from reflect.importer.readers.tables import as_text, cell_text, with_header

MIN_ARTICLE = 200
"""Fewer characters than this from readability: fall back to the page body."""

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.IGNORECASE)
_SKIP = {"script", "style", "noscript", "template", "form", "button", "select", "textarea",
         "svg", "iframe", "object", "nav", "aside", "footer", "head", "title"}
_PRE = {"pre", "listing", "xmp"}
"""Elements whose text keeps its line breaks, as a browser shows it."""
_BLOCK = {"p", "div", "section", "article", "main", "header", "blockquote", "ul", "ol", "dl",
          "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption",
          "address", "details", "summary", "caption", "body", "html"} | _PRE
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
"""HTML's white space: a run of it in ordinary text is shown as one space."""
_SPACES = re.compile(r"[ \t\n\r\f]{2,}")
_LINE_END = re.compile(r"\r\n?|\n")
_BOLD = {"strong", "b"}
_LEAD_MARK = "\x00"
"""Brackets the bold a block opens with while its line is gathered (see `_led`)."""


def decode_html(data: bytes) -> str:
    """The page as text, in the encoding it declares (else UTF-8, else Windows-1252)."""
    import codecs

    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return from_utf16(data)
    m = _CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii").lower()
        if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
            name = "cp1252"  # what browsers do with these labels
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_html(data: bytes, rows: set[int] | None = None) -> str:
    """The briefing text of a saved web page's main article; the numbers of the lines that are
    a table's rows are added to `rows` (`tables.as_text`)."""
    import lxml.html
    from readability import Document

    page = decode_html(data)
    page = re.sub(r"^\s*<\?xml[^>]*>", "", page)  # lxml refuses a str with a declaration
    try:
        article = Document(page).summary(html_partial=True)
        tree = _strip_chrome(lxml.html.fromstring(article)) if article.strip() else None
        lines = list(_lines(tree)) if tree is not None else []
        if sum(len(t) for t in lines) < MIN_ARTICLE:
            lines = list(_lines(_strip_chrome(lxml.html.fromstring(page))))
    except Exception as e:  # readability and lxml raise many kinds on broken markup
        raise Unreadable(f"this web page cannot be read ({type(e).__name__})") from None
    return as_text(lines, rows)


def kept_chars(page: str) -> int | None:
    """How many characters of text `page` holds where the reader looks for the briefing,
    counted quickly (lxml, no readability: 0.05 s for a page of 1.4 MB, some 4 s for 50 MB):
    its `<main>` (or role main), else its `<article>`s, else its body (as where those hold
    fewer than MIN_ARTICLE), without what the reader never keeps (`_SKIP`, `_strip_chrome`:
    menus, the site's header and footer, sidebars, cookie banners); a run of white space one
    character.
    None where lxml cannot parse it (the reader says why). `text_count.page_too_large`
    refuses a page by it before it is read; until 7 December 2026 it counted the whole page,
    and a short briefing under a vast menu was refused as holding the menu's text."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", page))
    except Exception:  # (lxml raises many kinds on broken markup, and on an empty page)
        return None
    lxml.etree.strip_elements(tree, lxml.etree.Comment, *_SKIP, with_tail=False)
    _strip_chrome(tree)
    for where in ("//main|//*[@role='main']", "//article"):
        found = tree.xpath(where)
        within = set(found)  # (an element's proxy is the same while one is held)
        chars = _chars(el for el in found if not any(a in within for a in el.iterancestors()))
        if chars >= MIN_ARTICLE:
            return chars
    return _chars([tree])


def _chars(elements: Iterable[Any]) -> int:
    """The characters of the elements' text, a run of white space one, the ends stripped."""
    chars = 0
    for el in elements:  # (counted, not replaced: a page of 50 MB took seconds longer)
        text = el.text_content().strip(" \t\n\r\f")
        chars += len(text) - sum(len(run) - 1 for run in _SPACES.findall(text))
    return chars


def _strip_chrome(tree: Any) -> Any:
    """Drop what is never the article, even when readability keeps it (a short page): the
    site header, navigation, dialogs and cookie banners."""
    for el in tree.xpath(
            "//header|//*[@role='banner' or @role='navigation' or @role='dialog']"
            "|//*[contains(@id, 'cookie') or contains(@class, 'cookie')"
            " or contains(@class, 'consent')]"):
        if el is not tree:
            el.drop_tree()
    return tree


def _lines(root: Any) -> Iterator[str]:
    """Walk the tree, collecting inline text and ending a line at each block, a <br> and a
    line break inside a <pre>; any other run of white space is one space."""
    buf: list[str] = []
    prefix = [""]
    pre = [0]  # how many <pre> the walk is inside
    flushed = [0]  # how many times a line was ended

    def add(text: str | None) -> None:
        if text:
            buf.append(_LINE_END.sub("\n", text) if pre[0] else _HTML_SPACE.sub(" ", text))

    def flush() -> Iterator[str]:
        lines = [squash(part) for part in "".join(buf).split("\n")]
        lines[1:] = [line.replace(_LEAD_MARK, "") for line in lines[1:]]
        buf.clear()
        flushed[0] += 1
        while lines and not lines[-1]:
            lines.pop()
        while lines and not lines[0]:
            lines.pop(0)
        if lines:
            lines[0] = _led(lines[0])
            yield prefix[0] + (lines[0] if prefix[0] else as_item(lines[0]))
            yield from (as_item(line) for line in lines[1:])  # a <pre>'s, blank ones too
        prefix[0] = ""

    def walk(el: Any) -> Iterator[str]:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if not tag or tag in _SKIP:  # a comment, processing instruction or skipped element:
            add(el.tail)  # only its tail is text
            return
        block = tag in _BLOCK or tag in _HEADINGS or tag == "li"
        table = _with_header(el) if tag == "table" else None
        if table is not None:  # a header row over rows of data: a line per row
            yield from flush()
            yield from table
            add(el.tail)
            return
        if block:
            yield from flush()
            if tag in _HEADINGS:
                prefix[0] = "## "
            elif tag == "li":
                prefix[0] = "- "
        if tag == "br":
            yield from flush()
        pre[0] += tag in _PRE
        lead = tag in _BOLD and not pre[0] and prefix[0] != "## " and not "".join(buf).strip()
        at = flushed[0]
        add(el.text)
        for child in el:
            yield from walk(child)
        pre[0] -= tag in _PRE
        if lead and at == flushed[0]:  # a line opening in bold, still being gathered
            buf[:] = [_LEAD_MARK, *buf]
            buf.append(_LEAD_MARK)
        if block:
            yield from flush()
        add(el.tail)

    yield from walk(root)
    yield from flush()


def _led(line: str) -> str:
    """A line opening in bold (bracketed by `_LEAD_MARK`) with its lead-in marked as Markdown
    marks it (`readers.bold_lead`), where regular text follows; else the line as it is."""
    if not line.startswith(_LEAD_MARK):
        return line.replace(_LEAD_MARK, "")
    lead, _, rest = line[1:].partition(_LEAD_MARK)
    return bold_lead(lead, rest.replace(_LEAD_MARK, "")) or squash(lead + rest)


def _with_header(table: Any) -> list[str] | None:
    """The lines of a table whose first row is a header (all <th>, or in <thead>) over rows
    of data, one per row (see `readers.tables`); None for any other table."""
    rows = [tr for tr in table.iter("tr")
            if next(tr.iterancestors("table"), None) is table]  # not a nested table's
    cells = [[c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
             for tr in rows]
    if len(rows) < 2 or not cells[0]:
        return None
    in_head = rows[0].getparent() is not None and rows[0].getparent().tag == "thead"
    if not (in_head or all(c.tag.lower() == "th" for c in cells[0])):
        return None
    return with_header([[cell_text(list(_lines(c))) for c in row] for row in cells])
