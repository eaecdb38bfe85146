"""Importing a briefing from the files partnerships publish: every corpus briefing rendered as
PDF (one column, two columns, a grid of boxes), Word and a saved web page reads back as the
same headings, items and paragraphs as its text; the review it gives is the text's review;
nothing is lost from a PDF; and files that cannot be read are refused with a clear message."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflect.importer import import_briefing
from reflect.importer.sources import SourceError, read_source
from tests import briefing_files as bf

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))
_NUMBERED_HEADING = re.compile(r"^#{1,6}\s+(?:step\s*)?\d{1,2}\s*[.):-]", re.IGNORECASE)

Render = Callable[[str, Path], Path]
RENDERERS: dict[str, tuple[Render, str]] = {
    "pdf-one-column": (bf.pdf_one_column, "pdf"),
    "pdf-two-columns": (bf.pdf_two_columns, "pdf"),
    "pdf-grid": (bf.pdf_grid, "pdf"),
    "docx": (bf.docx_file, "docx"),
    "docx-grid": (bf.docx_grid, "docx"),
    "docx-rows": (bf.docx_rows, "docx"),
    "html": (bf.html_page, "html"),
}


def is_box_briefing(text: str) -> bool:
    """A "7-minute briefing": five or more numbered headings, published as a grid of boxes."""
    return sum(bool(_NUMBERED_HEADING.match(line)) for line in text.splitlines()) >= 5


def cases() -> list[Any]:
    out = []
    for path in TEXTS:
        grid = is_box_briefing(path.read_text(encoding="utf-8"))
        for fmt in RENDERERS:
            if fmt in ("pdf-one-column", "pdf-two-columns", "pdf-grid", "docx-grid") and (
                    fmt.endswith("grid") != grid):
                continue
            out.append(pytest.param(path, fmt, id=f"{path.stem}-{fmt}"))
    return out


def normalised(text: str, fmt: str = "txt") -> list[str]:
    """Non-blank lines with the marks that differ between formats made one: any heading
    level as `## `, any bullet as `- `, spaces squashed (and, for PDF, what it can carry)."""
    out = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if fmt.startswith("pdf"):
            line = bf.pdf_safe(line)
        line = re.sub(r"^#{1,6}\s+", "## ", line)
        line = re.sub(r"^[-*•·–]\s+", "- ", line)
        out.append(line)
    return out


def render(path: Path, fmt: str, tmp_path: Path) -> Path:
    fn, ext = RENDERERS[fmt]
    return fn(path.read_text(encoding="utf-8"), tmp_path / f"{path.stem}.{ext}")


def hard_wrapped(text: str) -> bool:
    """Text copied from a PDF with its line breaks (a line running on into a lower-case one):
    a PDF made from it reads back with those lines rightly joined, so only the words compare."""
    lines = [ln.strip() for ln in text.splitlines()]
    return any(a and b[:1].islower() and not a.startswith("#") and a[-1:] not in ".?!:"
               for a, b in zip(lines, lines[1:], strict=False))


@pytest.mark.parametrize(("path", "fmt"), cases())
def test_rendered_briefing_reads_back_as_its_text(path: Path, fmt: str, tmp_path: Path) -> None:
    source = read_source(render(path, fmt, tmp_path))
    assert source.kind == RENDERERS[fmt][1]
    text = path.read_text(encoding="utf-8")
    if fmt.startswith("pdf") and hard_wrapped(text):
        assert _words(source.text) == _words(bf.pdf_safe(text))
    else:
        assert normalised(source.text) == normalised(text, fmt)


@pytest.mark.parametrize(("path", "fmt"), cases())
def test_rendered_briefing_imports_as_the_same_review(path: Path, fmt: str,
                                                      tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = import_briefing(bf.pdf_safe(text) if fmt.startswith("pdf") else text)
    got = import_briefing(read_source(render(path, fmt, tmp_path)).text)
    assert got.review == expected.review


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_two_columns_with_a_narrow_gap_are_not_read_across(path: Path, tmp_path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    got = read_source(bf.pdf_two_columns(text, tmp_path / "narrow.pdf", gutter=4)).text
    if hard_wrapped(text):
        assert _words(got) == _words(bf.pdf_safe(text))
    else:
        assert normalised(got) == normalised(text, "pdf")


def test_boxes_are_read_in_place_order_not_file_order(tmp_path: Path) -> None:
    text = (CORPUS / "read-seven-minute.txt").read_text(encoding="utf-8")
    path = bf.pdf_grid(text, tmp_path / "grid.pdf", backwards=True)
    assert normalised(read_source(path).text) == normalised(text, "pdf")


def test_the_corpus_has_the_three_reader_layouts() -> None:
    names = {p.stem for p in TEXTS}
    assert {"read-seven-minute", "read-two-column", "read-key-messages"} <= names
    assert is_box_briefing((CORPUS / "read-seven-minute.txt").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- PDF: nothing lost

WORDS = st.sampled_from(["child", "zz", "review", "partnership", "invented", "practice",
                         "home", "school", "health", "visitor", "learning", "meeting",
                         "agencies", "father", "records", "plan", "safety", "team", "a",
                         "the", "of", "and", "babies", "shire", "question", "nurse",
                         "multi-agency",
                         "co-sleeping", "follow-up", "zz's", "(invented)", "plan:"])
SENTENCES = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
PARTS = st.lists(st.tuples(st.sampled_from(["## ", "- ", ""]), SENTENCES), min_size=1,
                 max_size=30)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(doc=PARTS, layout=st.sampled_from(["pdf-one-column", "pdf-two-columns", "pdf-grid"]))
def test_pdf_gives_back_every_word_in_order(doc: list[tuple[str, str]], layout: str,
                                            tmp_path: Path) -> None:
    text = "\n".join(f"{mark}{words[:1].upper()}{words[1:]}" for mark, words in doc)
    if layout == "pdf-grid":
        text = "Invented title\n" + text
    path = RENDERERS[layout][0](text, tmp_path / "doc.pdf")
    assert _words(read_source(path).text) == _words(text)


def test_a_long_pdf_loses_its_running_header_and_footer_and_nothing_else(
        tmp_path: Path) -> None:
    paras = [f"Paragraph {n} about the invented review of Child ZZ and what the team learned "
             f"from it, written out at some length so that it wraps. " * 3 for n in range(40)]
    text = "\n".join(["## Introduction"] + [p.strip() for p in paras])
    source = read_source(bf.pdf_one_column(text, tmp_path / "long.pdf"))
    assert bf.FOOTER not in source.text and bf.HEADER not in source.text
    assert normalised(source.text) == normalised(text, "pdf")


def test_pdf_lines_join_and_lose_only_breaking_hyphens(tmp_path: Path) -> None:
    path = bf.pdf_lines(["The team discussed safe-", "guarding plans, the risks of co-",
                         "sleeping and a multi-", "agency meeting.", "",
                         "- A bulleted item that wraps", "onto a second line.",
                         "- Another item at https://example.org/invented/long-",
                         "page-name", "", "1. A numbered line", "2. Another numbered line"],
                        tmp_path / "lines.pdf")
    assert read_source(path).text.splitlines() == [
        "The team discussed safeguarding plans, the risks of co-sleeping and a multi-agency "
        "meeting.",
        "- A bulleted item that wraps onto a second line.",
        "- Another item at https://example.org/invented/long-page-name",
        "1. A numbered line",
        "2. Another numbered line",
    ]


# ---------------------------------------------------------------- refusals and sniffing


def test_a_pdf_with_no_text_layer_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = bf.pdf_without_text(tmp_path / "scanned briefing.pdf")
    with pytest.raises(SourceError) as e:
        read_source(path)
    message = str(e.value)
    assert str(path) in message
    assert "no text layer" in message
    assert "OCR" in message


@pytest.mark.parametrize("name", ["mystery.bin", "briefing.txt", "briefing.md"])
def test_an_unknown_binary_is_refused_naming_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError, match=re.escape(str(path)) + ".*binary"):
        read_source(path)


@pytest.mark.parametrize(("name", "data", "says"), [
    ("fake.pdf", b"just some text, not a PDF", "not a PDF"),
    ("fake.docx", b"just some text", "not a Word document"),
    ("archive.docx", None, "zip archive but not a Word"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old-style Word .doc"),
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", "PDF"),
])
def test_files_that_are_not_what_they_claim_are_refused(tmp_path: Path, name: str,
                                                        data: bytes | None, says: str) -> None:
    path = tmp_path / name
    if data is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("content.xml", "<office/>")
    else:
        path.write_bytes(data)
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(path) in str(e.value) and says in str(e.value)


@pytest.mark.parametrize(("name", "says"), [
    ("fake.docx", "the name ends in .docx but the file is not a Word document that can be "
                  "opened: it may be damaged, or only part of one"),
    ("fake", "this file cannot be opened as a Word document: it may be damaged"),
])
def test_a_file_cut_short_is_not_called_a_zip_archive(tmp_path: Path, name: str,
                                                      says: str) -> None:
    """An 11-byte "fake.docx" starting as a zip does was "a zip archive but not a Word .docx
    document (an .odt, .pages or .xlsx file?)" (a trial): it is no zip either, and a learning
    lead is told it is not a Word document that opens, and what to do."""
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04invented")
    with pytest.raises(SourceError) as e:
        read_source(path)
    message = str(e.value)
    assert message.startswith(f"{path}: {says}") and "zip" not in message
    assert "Download or copy it again" in message


def test_a_pdf_that_is_really_text_says_it_can_be_imported_as_txt(tmp_path: Path) -> None:
    """"the name ends in .pdf but the file is not a PDF" stopped there (a trial): where the
    file holds text, it says so and how to import it; a binary one is only refused."""
    path = tmp_path / "Invented briefing.pdf"
    path.write_text("Child ZQ: an invented briefing\nPat Example wrote it.\n", encoding="utf-8")
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert ("the name ends in .pdf but the file is not a PDF: it holds plain text, which can "
            "be imported with a .txt name (Invented briefing.txt)") in str(e.value)
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert "not a PDF" in str(e.value) and "plain text" not in str(e.value)


@pytest.mark.parametrize("name, held, says", [
    ("Invented briefing.pdf", "<html><body><h1>Child ZQ</h1></body></html>",
     "not a PDF: it holds a web page, which can be imported with a .html name (Invented "
     "briefing.html)"),
    ("Invented briefing.docx", "Child ZQ: an invented briefing\n",
     "not a Word document: it holds plain text, which can be imported with a .txt name "
     "(Invented briefing.txt)"),
])
def test_a_pdf_or_word_name_on_a_web_page_or_text_says_how_to_import_it(
        tmp_path: Path, name: str, held: str, says: str) -> None:
    """A web page named .pdf was said to hold plain text, to be imported as .txt (its tags
    read as words); text named .docx was refused with no word of what it held (g345's
    trial)."""
    path = tmp_path / name
    path.write_text(held, encoding="utf-8")
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert says in str(e.value)


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    text = (CORPUS / "read-key-messages.txt").read_text(encoding="utf-8")
    pdf = bf.pdf_one_column(text, tmp_path / "x.pdf")
    path = tmp_path / "briefing.txt"
    path.write_bytes(pdf.read_bytes())
    source = read_source(path)
    assert source.kind == "pdf"
    assert normalised(source.text) == normalised(text, "pdf")


def test_a_web_page_named_txt_is_read_as_its_article(tmp_path: Path) -> None:
    text = (CORPUS / "read-key-messages.txt").read_text(encoding="utf-8")
    page = bf.html_page(text, tmp_path / "x.html")
    path = tmp_path / "briefing.txt"
    path.write_bytes(page.read_bytes())
    source = read_source(path)
    assert source.kind == "html"
    assert normalised(source.text) == normalised(text)


def test_a_web_page_gives_the_article_only(tmp_path: Path) -> None:
    text = (CORPUS / "read-two-column.txt").read_text(encoding="utf-8")
    got = read_source(bf.html_page(text, tmp_path / "page.htm")).text
    for chrome in ("cookie", "About us", "Training", "Related pages", "Copyright",
                   "tracking script", "dataLayer", "font-family"):
        assert chrome not in got


def test_a_web_page_is_read_in_the_encoding_it_declares(tmp_path: Path) -> None:
    text = ("Invented Café Partnership — Child ZÉ\n## Introduction\n"
            + "Naïve “quoted” words — here, in a paragraph long enough to be an article. " * 4)
    path = bf.html_page(text, tmp_path / "page.html", charset="windows-1252")
    assert "—".encode() not in path.read_bytes()  # really written as Windows-1252
    assert normalised(read_source(path).text) == normalised(text)


def test_a_short_web_page_still_drops_banner_and_head(tmp_path: Path) -> None:
    text = "Invented Partnership — Child ZZ\n## Introduction\nA short page."
    got = read_source(bf.html_page(text, tmp_path / "page.html")).text
    assert normalised(got) == normalised(text)


def test_text_that_is_not_utf8_is_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_bytes("Child ZZ’s café — invented\n".encode("cp1252"))
    source = read_source(path)
    assert (source.kind, source.text) == ("txt", "Child ZZ’s café — invented\n")


def test_utf16_text_with_a_bom_is_read_but_binary_behind_a_bom_is_not(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("## Introduction\nChild ZZ — invented\n".encode("utf-16"))
    assert read_source(path).text == "## Introduction\nChild ZZ — invented\n"
    path.write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    with pytest.raises(SourceError, match="binary"):
        read_source(path)


INVENTED = "Child ZZ’s invented briefing\n## Background\nSam Sample moved to an invented town.\n"


@pytest.mark.parametrize("name", ["notes.txt", "page.html"])
def test_a_utf16_mark_over_text_that_is_not_utf16_is_refused(tmp_path: Path, name: str) -> None:
    """A file starting FF FE (UTF-16's mark) over UTF-8 text came in as a line of CJK
    characters, silently (fresh-eyes trial)."""
    path = tmp_path / name
    path.write_bytes(b"\xff\xfe" + INVENTED.encode())
    with pytest.raises(SourceError) as refused:
        read_source(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert "UTF-16" in str(refused.value) and "save it again as UTF-8" in str(refused.value)
    path.write_bytes(INVENTED.encode("utf-16"))  # the real thing is read
    assert "Sam Sample moved" in read_source(path).text


def test_utf8_text_with_bytes_that_are_not_utf8_is_refused(tmp_path: Path) -> None:
    """Read as Windows-1252, every ’ of a UTF-8 file with one stray byte became "â€™",
    silently (fresh-eyes trial)."""
    path = tmp_path / "briefing.txt"
    path.write_bytes(INVENTED.encode().replace(b"moved", b"mo\xe9ved"))
    with pytest.raises(SourceError) as refused:
        read_source(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ") and "not UTF-8" in message
    assert "line 3" in message and "save it as UTF-8" in message


def test_bytes_neither_utf8_nor_windows_1252_say_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_bytes(b"Child ZZ invented \x81 briefing\n")
    with pytest.raises(SourceError, match="save it again as UTF-8"):
        read_source(path)


def test_tabs_in_a_text_briefing_become_spaces(tmp_path: Path) -> None:
    """A raw tab stayed in the review's text (and its summary), as nowhere else in reflect."""
    path = tmp_path / "briefing.txt"
    path.write_text("Child ZZ\n## Background\n\tSam Sample\tmoved \t school.\t\n"
                    "1.\tAgencies share records.\n", encoding="utf-8")
    assert read_source(path).text == ("Child ZZ\n## Background\nSam Sample moved school.\n"
                                      "1. Agencies share records.\n")


def test_markdown_keeps_its_kind_and_loses_its_bom(tmp_path: Path) -> None:
    path = tmp_path / "briefing.md"
    path.write_bytes("\ufeff## Introduction\nChild ZZ\n".encode())
    source = read_source(path)
    assert (source.kind, source.text) == ("md", "## Introduction\nChild ZZ\n")


def test_a_docx_keeps_heading_list_and_table_text_in_order(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Invented title", level=0)
    doc.add_heading("Background", level=1)
    doc.add_paragraph("Child ZZ is invented.")
    doc.add_paragraph("First numbered point", style="List Number")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Good practice"
    table.cell(0, 1).text = "Areas for development"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "One merged cell across the row"
    doc.add_paragraph("After the table.")
    path = tmp_path / "b.docx"
    doc.save(str(path))
    assert read_source(path).text.splitlines() == [
        "## Invented title", "## Background", "Child ZZ is invented.",
        "- First numbered point", "## Good practice", "## Areas for development",
        "One merged cell across the row", "After the table."]


def test_a_docx_text_box_follows_its_paragraph_once(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    anchor = doc.add_paragraph("Before the box.")
    box = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:pict><v:shape><v:textbox>"
           "<w:txbxContent><w:p><w:r><w:t>Boxed key message</w:t></w:r></w:p></w:txbxContent>"
           "</v:textbox></v:shape></w:pict></mc:Choice><mc:Fallback><w:pict><v:shape>"
           "<v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed key message</w:t></w:r></w:p>"
           "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    anchor._p.append(parse_xml(box))
    doc.add_paragraph("After the box.")
    path = tmp_path / "box.docx"
    doc.save(str(path))
    assert read_source(path).text.splitlines() == [
        "Before the box.", "Boxed key message", "After the box."]


def test_a_bold_line_at_body_size_is_a_heading_but_a_bold_lead_in_is_not(
        tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Questions for reflection", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "1. Who looks after Child ZZ at night?", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(22, 5, "Lead-in title:")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "then ordinary text in the same paragraph.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "bold.pdf"
    pdf.output(str(path))
    assert read_source(path).text.splitlines() == [
        "## Questions for reflection", "1. Who looks after Child ZZ at night?",
        "**Lead-in title:** then ordinary text in the same paragraph."]  # marked, as in
    # Markdown, so that it is the point's title as it would be there (test_import_bold_lead_formats)


def test_a_web_page_table_gives_a_line_per_cell_and_headings_of_any_level(
        tmp_path: Path) -> None:
    path = tmp_path / "table.html"
    path.write_text("<!DOCTYPE html><html><body><nav><a href='/'>Home</a></nav><main><article>"
                    "<h1>Learning briefing: Child ZZ</h1><h4>Introduction</h4>"
                    "<p>An invented review of what happened to Child ZZ, written for this test "
                    "with enough words in it to look like the article of the page.</p>"
                    "<table><tr><th>Good practice</th><th>Areas for development</th></tr>"
                    "<tr><td>Visits were <b>prompt</b>.</td><td></td></tr></table>"
                    "<ol><li>First <em>question</em>?</li></ol>"
                    "<script>alert('never')</script></article></main></body></html>",
                    encoding="utf-8")
    assert read_source(path).text.splitlines() == [
        "## Learning briefing: Child ZZ", "## Introduction",
        "An invented review of what happened to Child ZZ, written for this test with enough "
        "words in it to look like the article of the page.",
        "Good practice", "Areas for development", "Visits were prompt.", "- First question?"]


def test_a_bullet_set_apart_from_its_text_starts_an_item(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for n, words in enumerate(["Share the plan with the GP.", "Visit within a week."]):
        pdf.text(20, 30 + 10 * n, "\u2022")
        pdf.text(32, 30 + 10 * n, words)
    path = tmp_path / "tabbed.pdf"
    pdf.output(str(path))
    assert read_source(path).text.splitlines() == [
        "- Share the plan with the GP.", "- Visit within a week."]


@pytest.mark.parametrize("bullet", ["(cid:127)", "\uf0b7", "\u2022", "\u25aa"])
def test_symbol_font_bullets_start_items(bullet: str) -> None:
    from reflect.importer.readers import as_item, starts_item

    assert starts_item(f"{bullet} Visit the family")
    assert as_item(f"{bullet} Visit the family") == "- Visit the family"
