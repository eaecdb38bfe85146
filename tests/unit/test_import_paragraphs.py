"""Paragraphs written across lines: in Markdown, lines with no blank line between them are one
paragraph (unless a list item or a heading starts); in a plain text wrapped at a width, a line
filled to the width goes on into the next. A hard-wrapped paragraph of a Markdown briefing
was imported as two paragraphs of its introduction, and the paragraph above it split after its
first sentence, where the same text from Word gave one paragraph each (a trial)."""

from __future__ import annotations

import textwrap
import tomllib
from pathlib import Path

from reflect.cli import main
from reflect.importer import import_briefing
from reflect.importer.sources import read_source
from tests import briefing_files as bf

FIRST = ("Child ZQ is an invented baby of nine weeks in Invented Vale. The review looked at how "
         "agencies worked together before the baby was hurt.")
SECOND = ("Agencies involved included Invented Vale Council, Fernvale Community Health "
          "(health visiting), Brackenford General Hospital and the invented police.")
POINT = ("Professionals did not ask who else lived in the home, though the baby's mother spoke "
         "of a friend who stayed.")
PARAGRAPHS = f"""# Child ZQ: Learning Briefing

Invented Vale Safeguarding Children Partnership

## Introduction

{FIRST}

{SECOND}

## Key learning

- {POINT}

## Questions for reflection

- How do you find out who lives in a home?
"""


def _wrapped(text: str, width: int = 60) -> str:
    """`text` (a paragraph a line) wrapped at `width`, as an editor that wraps writes it: a
    list item's lines after its first indented."""
    out = []
    for line in text.splitlines():
        indent = "  " if line.startswith("- ") else ""
        out.append(textwrap.fill(line, width, subsequent_indent=indent) if line else "")
    return "\n".join(out) + "\n"


WRAPPED = _wrapped(PARAGRAPHS)


def _imported(path: Path) -> dict:
    source = read_source(path)
    return import_briefing(source.text, kind=source.kind, furniture=source.furniture).review


def test_a_markdown_paragraph_written_across_lines_is_one_paragraph(tmp_path: Path) -> None:
    md = tmp_path / "child-zq.md"
    md.write_text(WRAPPED, encoding="utf-8")
    review = _imported(md)
    assert review["introduction"] == [FIRST, SECOND]
    assert review["learning"] == [{"text": POINT}]
    # the same briefing from Word gives the same paragraphs
    word = bf.docx_file(PARAGRAPHS, tmp_path / "child-zq.docx")
    assert _imported(word)["introduction"] == [FIRST, SECOND]


def test_markdown_lines_that_stand_alone_are_not_run_together() -> None:
    """A list item, a heading (marked, known, or a short line by its place), a question a
    line, an address's lines and a line ending in a hard break each stay lines of their own."""
    text = ("Invented Vale Safeguarding Children Partnership\n\n## Introduction\n"
            "Child ZQ is an invented child.\n\n"
            "Working with fathers\nThe father of Child ZQ was never asked about his part in "
            "the care of the baby.\n\n"
            "Key learning\n- Ask who lives in the home.\n- Ask again at each visit.\n\n"
            "Questions for reflection\nHow do you find out who lives in a home?\n"
            "What gets in the way?\n\n"
            "Contact\nlearning@invented-vale.example\ninvented-vale.example/learning\n"
            "Town Hall, Invented Street  \nInvented Vale\n")
    report = import_briefing(text, kind="md")
    review = report.review
    assert review["introduction"] == ["Child ZQ is an invented child."]
    assert [n for n, _ in report.unplaced] == [6, 7]  # the heading by its place, its text
    assert [p["text"] for p in review["learning"]] == ["Ask who lives in the home.",
                                                       "Ask again at each visit."]
    assert [q["text"] for q in review["questions"]] == [
        "How do you find out who lives in a home?", "What gets in the way?"]
    assert review["contact"] == ["learning@invented-vale.example",
                                 "invented-vale.example/learning",
                                 "Town Hall, Invented Street", "Invented Vale"]


def test_a_text_wrapped_at_a_width_joins_its_filled_lines() -> None:
    """A plain text (pasted from a PDF, or written in an editor that wraps) goes on from a
    line filled to its width that ends no sentence, even into a capital ("Community" /
    "Health") or a bracket; a text of a paragraph a line is read a line at a time, as before."""
    assert "Fernvale\nCommunity Health" in WRAPPED  # (a line went on in a capital)
    review = import_briefing(WRAPPED, kind="txt").review
    assert review["introduction"][-1] == SECOND
    assert [p["text"] for p in review["learning"]] == [POINT]
    one_a_line = PARAGRAPHS.replace("Brackenford ", "Brackenford\n")  # not wrapped: its own
    assert import_briefing(one_a_line, kind="txt").review["introduction"][-1] == (
        "General Hospital and the invented police.")


def test_a_line_going_on_in_brackets_is_joined_in_any_text() -> None:
    """"… Fernvale Community Health" / "(health visiting), …": a line that ends no sentence
    goes on into a bracket opening in lower case, as into a lower-case word."""
    text = PARAGRAPHS.replace("Health (", "Health\n(")
    assert import_briefing(text).review["introduction"][-1] == SECOND


def test_reflect_import_reads_a_markdown_file_as_markdown(capsys, tmp_path: Path) -> None:
    md = tmp_path / "child-zq.md"
    md.write_text(WRAPPED, encoding="utf-8")
    content = tmp_path / "content"
    assert main(["import", str(md), "--content-dir", str(content)]) == 0
    capsys.readouterr()
    written = tomllib.loads((content / "child-zq.toml").read_text(encoding="utf-8"))
    assert written["introduction"] == [FIRST, SECOND]
