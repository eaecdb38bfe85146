"""Reading a published briefing file — PDF, Word, web page, Markdown or text — as plain text.

Pure: no Textual. The parser (`reflect.importer.parse`) works on the text this returns, so
every format is imported by the same rules. The text is Markdown-like: headings recovered from
the file's structure (Word styles, HTML <h1>-<h6>, PDF font sizes) start with `## `, list
items with `- `; everything else is a line of the source as written (a paragraph per line).

The kind is chosen by the file's content as well as its ending: a PDF named `.txt` is read as
a PDF, a saved web page named `.txt` as a web page; a file whose content contradicts its
ending (a `.pdf` that is not a PDF) or an unknown binary is refused, naming the file.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from reflect.commands import command
from reflect.importer.readers import (
    EMPTY,
    SAVE_AS_UTF8,
    Progress,
    TooLong,
    Unreadable,
    from_utf16,
)
from reflect.importer.too_large import MAX_TEXT, file_too_large, pages_too_long, text_too_long
from reflect.near import nearest
from reflect.text import listed

KINDS = ("pdf", "docx", "html", "md", "txt")
"""The kinds of file a briefing can be imported from."""

WHAT_WE_READ = "PDF, Word .docx, a web page saved as .html, Markdown .md or text .txt"
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_ENDINGS = (".html", ".htm", ".xhtml")
_TEXT_ENDINGS = ("", ".txt", ".text", ".md", ".markdown")
"""The endings of a text file read as a briefing: another (a .py, .csv or .json file, read as
text, was imported as a "briefing", a trial) is refused by name, unless its content says it
is a PDF, a Word document or a web page."""
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


NOT_ALLOWED = ("your account is not allowed to read it, or another program holds it open: "
               "close that program, or copy the briefing into a folder of your own (Documents, "
               "say) and import the copy")
"""What to do about a file the system will not let reflect read: "Permission denied" alone
said neither why nor what to do (a learning lead's trial)."""


class SourceError(ValueError):
    """The file cannot be read as a briefing; the message names the file and says why."""


def file_path(typed: str) -> str:
    """A path typed or pasted as it is, but a `file://` address (a PDF opened in a browser,
    its address copied) as the path it names: "cannot read file:/tmp/…: No such file or
    directory (there is no folder file:/tmp/…; . exists)", a learning lead's trial."""
    if not typed[:7].casefold() == "file://":
        return typed
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    address = urlsplit(typed)
    if address.netloc not in ("", "localhost"):  # another machine's: not a path here
        return typed
    return url2pathname(address.path)


def nearest_file(path: Path) -> Path | None:
    """A file in `path`'s folder whose name `path`'s (a file not there) was likely meant to be
    (`chlid-zq.md` for child-zq.md), said as `path` was typed; None if none is near."""
    try:
        names = [p.name for p in path.parent.iterdir() if p.is_file()]
    except OSError:
        return None
    found = nearest(path.name, names)
    return path.with_name(found) if found else None


def not_read_said(error: SourceError, path: Path) -> str:
    """Why `path` was not read, with the file in its folder likely meant where it is not
    there: "did you mean …/child-zq.md?". `reflect import` and the app's import preview alike
    (the app said only "No such file or directory", a docs helper's trial)."""
    near = None if path.exists() else nearest_file(path)
    return str(error) + (f": did you mean {near}?" if near else "")


@dataclass(frozen=True)
class Source:
    """A briefing file, read."""

    path: Path
    kind: str
    """One of KINDS: chosen by the file's content as well as its ending."""
    text: str
    """The briefing's text, Markdown-like (see the module docstring)."""
    sha256: str
    """Of the file's bytes, as given: the review records it to spot a second import."""
    furniture: tuple[str, ...] = ()
    """The lines of the pages' headers and footers, kept out of `text` (a PDF's running
    header or footer, a Word document's): the partnership's name may be only there."""
    rows: frozenset[int] = frozenset()
    """The numbers (from 1) of `text`'s lines that are a table's rows, a line each (a Word
    document's, a web page's or a Markdown pipe table's, `readers.tables.as_text`): none is
    joined to another line as a paragraph's."""


def sniff(path: Path, data: bytes) -> str:
    """The kind of `data` (one of KINDS), by content first, then by the name's ending.
    Raises Unreadable for content this cannot read or that contradicts the ending."""
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        names = _zip_names(data)
        if names is None:  # (it was "a zip archive but not a Word .docx document", a trial)
            raise Unreadable(_DAMAGED.format(
                "the name ends in .docx but the file is not a Word document that can be opened"
                if suffix == ".docx" else "this file cannot be opened as a Word document"))
        if "word/document.xml" in names:
            return "docx"
        raise Unreadable("this is a zip archive but not a Word .docx document (an .odt, "
                         ".pages or .xlsx file?): save it as .docx or PDF and import that")
    if data.startswith(_OLE):
        raise Unreadable("this is an old-style Word .doc (or other Office) file: save it as "
                         ".docx or PDF and import that")
    head = data[:4096].removeprefix(b"\xef\xbb\xbf")
    if suffix in (".pdf", ".docx"):  # where it holds text, say how to read it (it stopped at
        # "not"; a web page was said to be plain text, to be renamed .txt: g345's trial)
        page = _HTML_START.match(head) is not None
        raise Unreadable(f"the name ends in {suffix} but the file is not a "
                         + ("PDF" if suffix == ".pdf" else "Word document") + (
                             f": it holds {'a web page' if page else 'plain text'}, which can be "
                             f"imported with a {'.html' if page else '.txt'} name ({path.stem}"
                             f"{'.html' if page else '.txt'})" if _holds_text(data) else ""))
    if _HTML_START.match(head) or suffix in _HTML_ENDINGS:
        return "html"
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable(f"this is not a briefing reflect can read ({WHAT_WE_READ}): it looks "
                         "like binary data")
    _not_reflects_own(data, suffix)
    if suffix not in _TEXT_ENDINGS and re.search(r"[a-z]", suffix):
        raise Unreadable(f"a {suffix} file is not a briefing reflect can read: it reads "
                         f"{WHAT_WE_READ} (a briefing's text saved under another name can be "
                         "imported renamed to .txt)")
    return "md" if suffix in (".md", ".markdown") else "txt"


def _not_reflects_own(data: bytes, suffix: str) -> None:
    """Raises Unreadable for one of reflect's own files (a review or a saved session: read as
    a briefing, its `key = "value"` lines became a nonsense review) or any other TOML file."""
    import tomllib

    try:
        parsed = tomllib.loads(decode_text(data))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        parsed = None
    if parsed is not None and "review_id" in parsed:
        raise Unreadable("this is a saved session, not a briefing: open it with "
                         f"`{command('open FILE')}` (or copy it into the sessions folder)")
    if parsed is not None and "questions" in parsed and "id" in parsed:
        # (Reached for one not saved as UTF-8: a UTF-8 review file is added as it is, by
        # `cli/import_review_file.py` and the app's import dialog, never read as a briefing.)
        raise Unreadable("this is already a review file (reflect's own TOML), not a briefing, "
                         "but not saved as UTF-8: save it as UTF-8 and import it again, which "
                         "adds it to the library as it is (checked as "
                         f"`{command('validate')}` checks it)")
    if suffix == ".toml":
        raise Unreadable(f"a .toml file is not a briefing reflect can read ({WHAT_WE_READ})")


def _holds_text(data: bytes) -> bool:
    """`data` reads as text (no NUL byte, no other control character but line breaks and tabs,
    in its first 8 KiB), as a .txt briefing is read."""
    try:
        head = decode_text(data)[:8192]
    except Unreadable:
        return False
    return bool(head.strip()) and not any(
        ord(c) < 32 and c not in "\n\r\t\f" for c in head)


_DAMAGED = ("{}: it may be damaged, or only part of one (a download or copy that did not "
            "finish?). Download or copy it again, or open it in Word and save it again as "
            ".docx or PDF, and import that")
"""A file starting as a Word document (or any zip) does, that cannot be opened as one."""


def _zip_names(data: bytes) -> list[str] | None:
    """The names of the files in the zip `data`, or None where it cannot be opened as one (cut
    short or damaged: an 11-byte "fake.docx" was called "a zip archive", a trial)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def decode_text(data: bytes) -> str:
    """Plain text: UTF-8 (a BOM stripped), UTF-16 with a BOM, else Windows-1252. Raises
    Unreadable for UTF-8 text with bytes in it that are not UTF-8: read as Windows-1252, its
    every ’ became "â€™", silently (a trial)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = from_utf16(data)
        if "\x00" not in text:
            return text
        raise Unreadable(f"this is not a briefing reflect can read ({WHAT_WE_READ}): it looks "
                         "like binary data")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        first = e.start
    read = data.decode("utf-8", errors="replace")
    bad = read.count("\ufffd")
    if sum(c > "\x7f" for c in read) - bad >= bad:  # as many UTF-8 letters as strays, or more
        line = data[:first].count(b"\n") + 1
        more = f" (and {bad - 1} more after it)" if bad > 1 else ""
        raise Unreadable(f"it is UTF-8 text, but byte {first} (on line {line}){more} is not "
                         f"UTF-8: check line {line} in a text editor and save it as UTF-8 "
                         "(most editors offer it under Save As, as the encoding), then import "
                         "it again")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise Unreadable("this is neither UTF-8 nor Windows-1252 text: " + SAVE_AS_UTF8
                         ) from None


def _tabs_as_spaces(text: str) -> str:
    """Each line's tabs as one space, as a line typed into reflect has them
    (`model.clean.without_tabs`): a tab stayed in the imported text and its summary."""
    if "\t" not in text:
        return text
    from reflect.model.clean import without_tabs

    parts = re.split(r"(\r\n|\r|\n)", text)
    return "".join(part if i % 2 else without_tabs(part) for i, part in enumerate(parts))


_ADDRESS = re.compile(r"(https?|ftp):/+(.*)", re.IGNORECASE)


def web_address(path: Path) -> str:
    """Why a web address given as the file is not read, with what to do; "" for a path. Given
    `https://…`, the import said "cannot read http:/example.org/…: No such file or
    directory (there is no folder http:/example.org …)" (a trial): the address was read as a
    folder, its "//" made "/" by the path."""
    if not (m := _ADDRESS.fullmatch(str(path))):
        return ""
    return (f"{m[1]}://{m[2]} is a web address, and reflect reads only files on this computer "
            "(it makes no network connections): download the briefing, or save the page "
            "(Save As, a web page as .html), and import that file")


def _no_folder(path: Path) -> str:
    """Where `path`'s folder does not exist, which one is missing and the nearest that does:
    "No such file or directory" alone left a new user looking for the file (a trial)."""
    folder = path.parent
    if folder.is_dir():
        return ""
    there = next((p for p in folder.parents if p.is_dir()), None)
    return f" (there is no folder {folder}" + (f"; {there} exists)" if there else ")")


_BRIEFING_ENDINGS = (".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".text")


def folder_said(path: Path) -> str:
    """Why a folder is not imported, naming it, what to give instead and the briefings in it:
    the OS's "Is a directory" alone said neither that nor what to do (a learning lead's
    trial). One briefing is imported at a time."""
    try:
        names = sorted(p.name for p in path.iterdir() if p.is_file()
                       and not p.name.startswith(".")
                       and p.suffix.lower() in _BRIEFING_ENDINGS)
    except OSError:
        names = []
    shown = names[:3] + ([f"{len(names) - 3} more"] if len(names) > 3 else [])
    held = f"it holds {listed(shown)}" if names else "it holds none of those"
    return (f"{path} is a folder, not a briefing's file: give the file of one briefing "
            f"({WHAT_WE_READ}), as reflect imports one at a time; {held}")


def read_source(path: Path, progress: Progress | None = None) -> Source:
    """Read `path` as a briefing; `progress` is told of each page of a PDF read. Raises
    SourceError with a message for the user."""
    if path.is_dir():
        raise SourceError(folder_said(path))
    try:
        if (large := file_too_large(path.stat().st_size)) is not None:  # (never read)
            raise SourceError(f"{path}: {large}")
        data = path.read_bytes()
    except PermissionError as e:
        raise SourceError(f"cannot read {path}: {e.strerror or e}: {NOT_ALLOWED}") from None
    except OSError as e:
        if address := web_address(path):
            raise SourceError(address) from None
        raise SourceError(f"cannot read {path}: {e.strerror or e}{_no_folder(path)}") from None
    digest = hashlib.sha256(data).hexdigest()
    if not data.removeprefix(b"\xef\xbb\xbf").strip():  # (whatever its name: 0 bytes are no PDF)
        raise SourceError(f"{path}: {EMPTY}")
    try:
        kind = sniff(path, data)
        if (large := _too_large(kind, data)) is not None:  # (before it is read: a trial)
            raise SourceError(f"{path}: {large}")
        furniture: list[str] = []
        rows: set[int] = set()
        text = _read(kind, data, furniture, rows, progress)
    except TooLong as e:  # (a PDF: read no further than the page where it passed MAX_TEXT)
        raise SourceError(f"{path}: {pages_too_long(e.chars, e.page, e.pages, len(data))}"
                          ) from None
    except Unreadable as e:
        raise SourceError(f"{path}: {e}") from None
    if kind in ("pdf", "docx", "html") and not text.strip():
        raise SourceError(f"{path}: no text found in this {kind.upper()} file")
    if (long := text_too_long(text, len(data))) is not None:  # (before it is parsed: a trial)
        raise SourceError(f"{path}: {long}")
    return Source(path=path, kind=kind, text=_tabs_as_spaces(text), sha256=digest,
                  furniture=tuple(furniture), rows=frozenset(rows))


def _too_large(kind: str, data: bytes) -> str | None:
    """Why a Word document or a web page is not read, known before it is: its text over the
    most (`text_count`)."""
    if kind not in ("docx", "html"):
        return None
    from reflect.importer.text_count import docx_too_large, page_too_large

    return docx_too_large(data) if kind == "docx" else page_too_large(data)


def _read(kind: str, data: bytes, furniture: list[str], rows: set[int],
          progress: Progress | None = None) -> str:
    if kind == "pdf":
        from reflect.importer.readers.pdf import read_pdf

        return read_pdf(data, furniture, rows, MAX_TEXT, progress)
    if kind == "docx":
        from reflect.importer.readers.docx import read_docx

        return read_docx(data, furniture, rows)
    if kind == "html":
        from reflect.importer.readers.html import read_html

        return read_html(data, rows)
    from reflect.importer.readers.tables import pipe_tables

    return pipe_tables(decode_text(data), rows)
