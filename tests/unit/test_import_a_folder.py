"""A folder given to `reflect import` (a learning lead's Downloads, say) is said to be a folder,
by name, with what to give instead and the briefings it holds: the OS's "Is a directory" was
all it said (a trial). The app's import preview says the same and goes on. All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.sources import WHAT_WE_READ, SourceError, read_source
from tests.command_line import run


def test_a_folder_is_named_as_a_folder_with_the_briefings_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "Moorvale briefings"
    folder.mkdir()
    for name in ("child-zq.pdf", "child-zr.docx", "notes.md", "zz.txt", "photo.jpg"):
        (folder / name).write_text("invented")
    (folder / "inner").mkdir()
    with pytest.raises(SourceError) as raised:
        read_source(folder)
    said = str(raised.value)
    assert said == (f"{folder} is a folder, not a briefing's file: give the file of one "
                    f"briefing ({WHAT_WE_READ}), as reflect imports one at a time; it holds "
                    "child-zq.pdf, child-zr.docx, notes.md and 1 more")
    assert "Is a directory" not in said


def test_an_empty_folder_says_it_holds_no_briefing(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as raised:
        read_source(tmp_path)
    assert str(raised.value).endswith("; it holds none of those")
    for name in ("sam-sample.md", "child-zq.pdf"):
        (tmp_path / name).write_text("invented")
    with pytest.raises(SourceError) as raised:
        read_source(tmp_path)
    assert str(raised.value).endswith("; it holds child-zq.pdf and sam-sample.md")


def test_the_command_refuses_a_folder_by_name_and_writes_nothing(capsys, tmp_path: Path,
                                                                 fictional_dir: Path) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "child-zq.md").write_text("# Child ZQ\n\nAn invented briefing.\n")
    before = sorted(fictional_dir.iterdir())
    code, out, err = run(capsys, "import", str(folder), "--content-dir", str(fictional_dir))
    assert code == 1 and out == ""
    said = " ".join(err.split())
    assert f"reflect import: {folder} is a folder, not a briefing's file" in said, err
    assert "PDF, Word .docx" in said and "it holds child-zq.md" in said
    assert sorted(fictional_dir.iterdir()) == before


@pytest.mark.parametrize("typed", ["https://www.example.org/invented-briefing.pdf",
                                   "HTTP://example.org/made-up"])
def test_a_web_address_is_said_to_be_one_with_what_to_do(typed: str) -> None:
    """Read as a path, its "//" made "/": "cannot read http:/example.org/…: No such file or
    directory (there is no folder http:/example.org …)" (a trial)."""
    with pytest.raises(SourceError) as raised:
        read_source(Path(typed))
    said = str(raised.value)
    assert said.startswith(f"{typed.split(':')[0]}://{typed.split('://')[1]} is a web "
                           "address, and reflect reads only files on this computer")
    assert "save the page" in said and "No such file" not in said
