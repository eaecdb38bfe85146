"""A paragraph opening in bold ("**Neglect that builds slowly:** the team noticed ...") has
that lead-in for its title in every format: one rule (`parse.split_title`), the readers of
PDF, Word and web pages marking the bold as Markdown does (`readers.bold_lead`). Until
5 December 2026 they dropped the bold, and the same lead-in was a title in a Markdown file
only. A lead-in in regular type is read alike everywhere too. All invented."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tests.briefing_files as bf
from reflect.importer import import_briefing
from reflect.importer.sources import read_source

SLOW = "the invented team noticed the small signs only when they were put together."
MEN = "Professionals did not ask the invented family who else lived in the made-up home."
WHOLE = "Workers looked at the invented father as well as the mother in the story."
BRIEFING = ("Learning Briefing: Child ZW\n\nInvented Vale Safeguarding Children Partnership\n\n"
            "## Background\n\nChild ZW was an invented child in a made-up town.\n\n"
            f"## Key learning\n\n**Neglect that builds slowly:** {SLOW}\n\n"
            f"**Unseen men.** {MEN}\n\n- **Seeing the whole family** – {WHOLE}\n\n"
            "## Questions\n\n- What would you have asked the invented family?\n")
TITLED = [{"title": "Neglect that builds slowly", "text": SLOW},
          {"title": "Unseen men", "text": MEN},
          {"title": "Seeing the whole family", "text": WHOLE}]

Render = Callable[..., Path]


def _imported(path: Path) -> list[dict[str, str]]:
    source = read_source(path)
    report = import_briefing(source.text, kind=source.kind, rows=source.rows,
                             furniture=source.furniture)
    assert report.unplaced == []
    learning: list[dict[str, str]] = report.review["learning"]
    return learning


def test_a_bold_lead_in_titles_its_point_in_markdown(tmp_path: Path) -> None:
    (tmp_path / "child-zw.md").write_text(BRIEFING, encoding="utf-8")
    assert _imported(tmp_path / "child-zw.md") == TITLED


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html")])
def test_a_bold_lead_in_titles_its_point_in_every_format(
        tmp_path: Path, render: Render, ending: str) -> None:
    assert _imported(render(BRIEFING, tmp_path / f"child-zw.{ending}", bold=True)) == TITLED


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html")])
def test_bold_that_is_no_lead_in_stays_in_the_text(tmp_path: Path, render: Render,
                                                   ending: str) -> None:
    """Bold inside a sentence, a sentence run on from bold, and a paragraph all in bold are
    no lead-ins: the words stay as they were, without asterisks."""
    text = BRIEFING.replace(
        f"**Unseen men.** {MEN}", "Meetings were **not** held for the invented family.").replace(
        f"**Neglect that builds slowly:** {SLOW}",
        "**All invented agencies** should ask who else lives in the home.").replace(
        f"- **Seeing the whole family** – {WHOLE}", f"- **{WHOLE}**")
    assert _imported(render(text, tmp_path / f"child-zw.{ending}", bold=True)) == [
        {"text": "All invented agencies should ask who else lives in the home."},
        {"text": "Meetings were not held for the invented family."},
        {"text": WHOLE}]


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html"),
    (lambda text, path: path.write_text(text, encoding="utf-8") and path, "txt")])
def test_a_lead_in_in_regular_type_is_read_alike_in_every_format(
        tmp_path: Path, render: Render, ending: str) -> None:
    text = BRIEFING.replace("**", "")
    assert _imported(render(text, tmp_path / f"child-zw.{ending}")) == [
        {"text": f"Neglect that builds slowly: {SLOW}"},
        {"text": f"Unseen men. {MEN}"},
        {"title": "Seeing the whole family", "text": WHOLE}]


@pytest.mark.parametrize(("render", "ending"), [
    (bf.pdf_one_column, "pdf"), (bf.docx_file, "docx"), (bf.html_page, "html")])
def test_a_number_in_bold_is_the_items_number_not_a_title(tmp_path: Path, render: Render,
                                                          ending: str) -> None:
    text = (BRIEFING.split("## Key learning")[0] + "## Recommendations\n\n"
            f"**1.** {MEN}\n\n**2)** {WHOLE}\n\n## Questions\n\n- What would you ask?\n")
    source = read_source(render(text, tmp_path / f"child-zw.{ending}", bold=True))
    recs = import_briefing(source.text, kind=source.kind, rows=source.rows).review[
        "recommendations"]
    assert recs == [{"text": MEN}, {"text": WHOLE}]
