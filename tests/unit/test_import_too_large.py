"""A file far larger than any briefing is refused before it is parsed, naming the file, its
size and what a briefing's is (`importer/too_large.py`): a learning lead's trial gave
`reflect import` a 15 MB text file, read for some 18 seconds with nothing said, then offered
as a review of 199,999 paragraphs. All text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.sources import SourceError, read_source
from reflect.importer.too_large import MAX_BYTES, MAX_TEXT, size_said

LINE = "Sam Sample visited the invented household in Riverside again.\n"


def _written(path: Path, chars: int) -> Path:
    text = "Introduction\n" + LINE * (chars // len(LINE) + 1)
    path.write_text(text[:chars], encoding="utf-8")
    return path


@pytest.mark.parametrize(("n", "said"), [(512, "512 bytes"), (820_400, "820 KB"),
                                         (2_000_000, "2 MB"), (14_288_981, "14.3 MB")])
def test_sizes_are_said_as_a_person_reads_them(n: int, said: str) -> None:
    assert size_said(n) == said


def test_text_over_the_most_a_briefing_holds_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path / "huge.txt", MAX_TEXT + 1)
    with pytest.raises(SourceError) as e:
        read_source(path)
    said = str(e.value)
    assert said.startswith(f"{path}: the file is 1 MB and holds 1,000,001 characters of "
                           "text, far more than any briefing")
    assert "a briefing's text is some 5,000 to 60,000 characters" in said
    assert "is it the briefing you meant?" in said
    assert read_source(_written(tmp_path / "long.md", MAX_TEXT)).kind == "md"  # the most


def test_a_file_over_the_largest_is_never_read(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:  # (sparse: nothing written but its size)
        f.truncate(MAX_BYTES * 2)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read"))
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(e.value).startswith(f"{path}: the file is 100 MB, far larger than any "
                                   "briefing (a briefing's PDF or Word file is some 0.1 to "
                                   "10 MB; reflect reads files of up to 50 MB)")


def test_reflect_import_refuses_it_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main

    path = _written(tmp_path / "huge.txt", MAX_TEXT + 1)
    assert main(["import", str(path), "--content-dir", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reflect import: {path}: the file is 1 MB and holds 1,000,001 "
                          "characters of text")
    assert not (tmp_path / "content").exists()


def _long_pdf(path: Path, pages: int) -> Path:
    """A PDF of `pages` pages, each 60 lines of invented text (some 4,900 characters), made
    quickly (fpdf2 `text`: no layout)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    for _ in range(pages):
        pdf.add_page()
        for i in range(60):
            pdf.text(15, 15 + i * 4.5, LINE.strip())
    pdf.output(str(path))
    return path


def test_a_pdf_is_read_no_further_than_the_page_its_text_passes_the_most(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF under 50 MB whose text ran over 1,000,000 characters was read whole, each
    character's place and font and then the pages' layout (some 5 seconds a 50 pages, and
    minutes for the layout), before it was refused: its characters are counted first, page by
    page, and reading stops where they pass the most."""
    from reflect.importer.readers import pdf

    per_page = 60 * len(LINE.strip())
    passed = MAX_TEXT // per_page + 1  # the page its text passes the most
    path = _long_pdf(tmp_path / "huge.pdf", passed + 20)
    monkeypatch.setattr(pdf, "pages", lambda data: pytest.fail("read whole"))
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(e.value) == (
        f"{path}: the file is {size_said(path.stat().st_size)} and its pages hold more than "
        f"1,000,000 characters of text ({passed * per_page:,} by page {passed} of "
        f"{passed + 20}, where reading stopped), far more than any briefing (a briefing's "
        "text is some 5,000 to 60,000 characters, a review's whole report a few hundred "
        "thousand; reflect reads up to 1,000,000): is it the briefing you meant? Import the "
        "briefing alone, not several in one file or a file of something else")


def _docx_holding(path: Path, body: str) -> Path:
    """A Word document whose word/document.xml's body is `body` (made by hand: python-docx
    takes seconds to write thousands of paragraphs)."""
    import zipfile

    from tests.briefing_files import docx_file

    small = docx_file("## Introduction\nSam Sample visited.", path.with_suffix(".small.docx"))
    with zipfile.ZipFile(small) as z, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.decode().split("<w:body>")
                data = f"{head}<w:body>{body}{tail.split('</w:body>')[1]}".encode()
                data = data.replace(b"</w:document>", b"</w:body></w:document>")
            out.writestr(info, data)
    return path


def test_a_word_document_over_the_most_text_is_refused_before_it_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A .docx holding over 1,000,000 characters was read whole by python-docx (seconds, a
    long table minutes) before it was refused: its text runs are counted first."""
    from reflect.importer.readers import docx
    from reflect.importer.text_count import docx_too_large

    para = f"<w:p><w:r><w:t>{LINE.strip()}</w:t></w:r></w:p>"
    path = _docx_holding(tmp_path / "huge.docx", para * (MAX_TEXT // len(LINE.strip()) + 1))
    monkeypatch.setattr(docx, "read_docx", lambda *a: pytest.fail("read whole"))
    with pytest.raises(SourceError) as e:
        read_source(path)
    chars = (MAX_TEXT // len(LINE.strip()) + 1) * len(LINE.strip())
    assert str(e.value).startswith(f"{path}: the file is {size_said(path.stat().st_size)} "
                                   f"and holds {chars:,} characters of text, far more than "
                                   "any briefing")
    fits = _docx_holding(tmp_path / "fits.docx", para * (MAX_TEXT // len(LINE.strip())))
    assert docx_too_large(fits.read_bytes()) is None  # (the most: read, as ever)


def test_a_word_document_unpacking_to_more_than_the_most_is_never_unpacked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A zip bomb: its word/document.xml's size, as the zip declares it, is refused before
    anything is inflated (here 3 MB of spaces against a most of 1 MB)."""
    import zipfile

    from reflect.importer import text_count

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b" " * 3_000_000)
    assert path.stat().st_size < 10_000
    monkeypatch.setattr(text_count, "MAX_DOCUMENT_XML", 1_000_000)
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: pytest.fail("inflated"))
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(e.value).startswith(
        f"{path}: the file is {size_said(path.stat().st_size)}, but its text "
        "(word/document.xml) would unpack to 3 MB, far larger than any briefing's (a "
        "briefing's Word text unpacks to some 0.05 to 2 MB; reflect unpacks up to 1 MB; "
        "nothing was unpacked): is it the briefing you meant?")


def test_a_web_page_over_the_most_text_is_refused_before_it_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A saved web page holding over 1,000,000 characters was parsed whole (readability,
    some 2 to 5 seconds) before it was refused: its text is counted first; a page as large
    whose script makes it so is read."""
    from reflect.importer.readers import html

    n = MAX_TEXT // len(LINE) + 1
    page = tmp_path / "huge.html"
    page.write_text("<!DOCTYPE html><html><body><h1>Introduction</h1>"
                    + f"<p>{LINE.strip()}</p>\n" * n + "</body></html>", encoding="utf-8")
    monkeypatch.setattr(html, "read_html", lambda *a: pytest.fail("read whole"))
    with pytest.raises(SourceError) as e:  # (each line's break a space, the last none)
        read_source(page)
    assert str(e.value).startswith(f"{page}: the file is {size_said(page.stat().st_size)} "
                                   f"and holds {len('Introduction') + n * len(LINE) - 1:,} "
                                   "characters of text, far more than any briefing")
    monkeypatch.undo()
    scripted = tmp_path / "scripted.html"
    scripted.write_text("<!DOCTYPE html><html><head><script>" + "x = 1;\n" * MAX_TEXT
                        + f"</script></head><body><h1>Introduction</h1><p>{LINE}</p>"
                        "</body></html>", encoding="utf-8")
    assert "Sam Sample" in read_source(scripted).text


def test_each_page_of_a_pdf_is_told_as_it_is_read(tmp_path: Path) -> None:
    """The import dialog says "Reading page 2 of 3…" as a long PDF is read (it said
    "Reading…" alone for 17 seconds over 250 pages, a trial): each page is told, with how
    many the file holds."""
    told: list[tuple[int, int | None]] = []
    source = read_source(_long_pdf(tmp_path / "three.pdf", 3),
                         lambda page, pages: told.append((page, pages)))
    assert told == [(1, 3), (2, 3), (3, 3)]
    assert "Sam Sample visited" in source.text


def _boxed(text: str, fallback: str) -> str:
    """A paragraph holding a text box of `text`, with Word's copy of it for older readers
    (`fallback` inside it: the same box, or another alternate content)."""
    box = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return ("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
            f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
            f"<v:textbox>{fallback or box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r></w:p>")


def test_a_word_text_box_counts_once_toward_the_most(tmp_path: Path) -> None:
    """Word writes a text box twice, the second for older readers (`mc:Fallback`), and the
    reader reads it once: both were counted, and a briefing whose boxes held over half the
    most was refused as holding twice its text."""
    from reflect.importer.text_count import docx_too_large

    text = LINE.strip()
    n = MAX_TEXT // len(text) // 2 + 10  # (each box once: under the most; twice, over it)
    nested = _boxed("Old copy", "<w:p><w:r><w:t>Older copy</w:t></w:r></w:p>")
    path = _docx_holding(tmp_path / "boxes.docx", _boxed(text, "") * n + _boxed(
        "Invented key message", nested) + f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" * 20)
    assert docx_too_large(path.read_bytes()) is None
    over = _docx_holding(tmp_path / "over.docx", _boxed(text, "") * (n * 2))
    assert f"holds {n * 2 * len(text):,} characters" in str(docx_too_large(over.read_bytes()))


def _page_with_menu(body: str, items: int) -> bytes:
    """A saved page (tests.briefing_files.PAGE) whose site menu and footer hold `items`
    invented links each (each link some 25 characters), around `body`, its article."""
    from tests.briefing_files import PAGE

    links = "".join(f'<li><a href="/p{i}">Invented Shire page {i}</a></li>' for i in range(items))
    page = PAGE.format(charset="utf-8", title="Child Q7", body=body)
    page = page.replace('<nav class="nav"><ul>', f'<nav class="nav"><ul>{links}')
    return page.replace('<footer class="site-footer">', f'<footer class="site-footer">{links}'
                        ).encode()


def test_a_web_page_counts_the_text_the_reader_keeps_not_its_menus() -> None:
    """The count was the whole page's text: a short briefing on a page whose menus and footer
    ran over the most was refused as holding their text, and a long one said to hold it too."""
    from reflect.importer.text_count import page_too_large

    items = MAX_TEXT // len("Invented Shire page 10000") // 2 + 1  # (menu and footer: over)
    short = f"<h2>Introduction</h2><p>{LINE.strip()}</p>"
    assert page_too_large(_page_with_menu(short, items)) is None
    n = MAX_TEXT // len(LINE) + 1
    said = page_too_large(_page_with_menu(f"<p>{LINE.strip()}</p>\n" * n, items))
    assert f"holds {n * len(LINE) - 1:,} characters of text" in str(said)
