"""A file read as another kind than its name says ("child-q.pdf", a Word document) is said to
be, at the command line and in the import preview (`found.read_as`): a learning lead's trial
found a Word file named .pdf read as Word, nothing said, and would have sent the wrong file on.
All text invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.found import read_as
from tests import briefing_files as bf


@pytest.mark.parametrize(("name", "kind", "said"), [
    ("child-q.pdf", "docx", "Read as a Word document, by what it holds: its name ends in .pdf"),
    ("child-q.txt", "pdf", "Read as a PDF, by what it holds: its name ends in .txt"),
    ("child-q.txt", "html", "Read as a web page, by what it holds: its name ends in .txt"),
    ("child-q", "pdf", "Read as a PDF, by what it holds: its name has no ending"),
    ("child-q.PDF", "pdf", None),
    ("child-q.htm", "html", None),
    ("child-q.md", "md", None),
    ("child-q", "txt", None),
    ("child-q-v2.1", "txt", None),
])
def test_a_kind_other_than_the_name_says_is_said(name: str, kind: str, said: str | None) -> None:
    assert read_as(name, kind) == ([said] if said else [])


def test_reflect_import_says_a_word_file_named_pdf_is_read_as_word(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main

    path = bf.docx_file("# Child Zed: invented briefing\n\nInvented Shire Safeguarding "
                        "Children Partnership\n\n## Key learning\n\n- Sam Sample was never "
                        "asked about the invented household.\n", tmp_path / "child-zed.pdf")
    assert main(["import", "--check", str(path), "--content-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Read as a Word document, by what it holds: its name ends in .pdf\n"
                          "Title: Child Zed\n")
