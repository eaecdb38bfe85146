"""An empty file is said to be empty, whatever its name ends in: a 0-byte .pdf said "the name
ends in .pdf but the file is not a PDF" (a learning lead's trial), where an empty .md said
"the briefing is empty: the file holds no text"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.sources import SourceError, read_source

NAMES = ["empty.pdf", "empty.docx", "empty.html", "empty.htm", "empty.md", "empty.txt",
         "Child Zed briefing"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("content", [b"", b" \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_an_empty_file_is_said_to_be_empty(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(e.value) == f"{path}: the briefing is empty: the file holds no text"


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.html"])
def test_reflect_import_says_an_empty_file_is_empty(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    from reflect.cli import main

    path = tmp_path / name
    path.write_bytes(b"")
    assert main(["import", str(path), "--content-dir", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err
    assert err == f"reflect import: {path}: the briefing is empty: the file holds no text\n"
    assert "not a PDF" not in err and not (tmp_path / "content").exists()
