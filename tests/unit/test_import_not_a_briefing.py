"""A file that is not a briefing: one with none of a briefing's parts is refused by `reflect
import` (naming what is missing, and --force), its notes saying nothing that contradicts the
lines listed; a file of a kind the importer cannot read (.py) is refused by name. A party
invitation was imported with "All of it went into the introduction", "no introduction: it
repeats the first line" and "2 line(s) not placed" all said, and a Python file was accepted
as a briefing (a trial). All invented."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.importer import import_briefing
from reflect.importer.parse import MISSING, NOT_A_BRIEFING
from reflect.importer.sources import SourceError, read_source

PARTY = """# Sam Sample's invented birthday party

You are invited to a garden party on Saturday at three.

## Bring

- A chair
- Something to share

Reply to Pat Example by Friday.
"""


def test_a_file_with_none_of_a_briefings_parts_says_so_first_and_nothing_else_contradicts_it(
        ) -> None:
    report = import_briefing(PARTY, kind="md")
    assert report.parts == []
    assert report.warnings[0] == NOT_A_BRIEFING
    assert MISSING in NOT_A_BRIEFING and "is it the briefing you meant?" in NOT_A_BRIEFING
    assert report.unplaced  # lines not placed: so no note may say all went anywhere
    assert not any("All of it" in w or "all of it" in w for w in report.warnings)


def test_a_briefing_with_one_part_is_a_briefing() -> None:
    text = "Invented Vale Safeguarding Children Partnership\n\nLearning\nAsk who lives there.\n"
    report = import_briefing(text)
    assert report.parts == ["learning"]
    assert NOT_A_BRIEFING not in report.warnings
    standard = import_briefing("Invented shopping list\n\nmilk\neggs\n")
    assert standard.standard_questions and standard.parts == []  # reflect's questions: none


def _import(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_reflect_import_refuses_a_file_that_is_no_briefing_unless_forced(
        capsys, tmp_path: Path) -> None:
    party = tmp_path / "party.md"
    party.write_text(PARTY, encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    code, out, err = _import(capsys, str(party), "--content-dir", str(content))
    assert code == 1 and out == ""
    assert err.startswith(f"reflect import: {party} does not read as a learning briefing")
    assert MISSING in err and "nothing written" in err and "--force" in err
    assert "add --force to import it anyway (with --check too, to see first what it would " \
           "import); 5 lines of it are not placed" in " ".join(err.split())
    assert list(content.iterdir()) == []
    code, out, err = _import(capsys, str(party), "--check", "--content-dir", str(content))
    assert code == 1 and out == "" and "does not read as a learning briefing" in err
    assert err.count("\n") == 1  # why, not a preview read as the import refused
    assert list(content.iterdir()) == []
    code, out, err = _import(capsys, str(party), "--force", "--content-dir", str(content))
    assert code == 0 and err == ""
    written = tomllib.loads((content / "party.toml").read_text(encoding="utf-8"))
    assert written["questions"][0]["origin"] == "reflect"


@pytest.mark.parametrize("name", ["mk.py", "notes.csv", "data.json", "briefing.rtf"])
def test_a_file_of_a_kind_the_importer_cannot_read_is_refused_by_name(
        capsys, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('import sys\n\nprint("an invented script")\n', encoding="utf-8")
    suffix = path.suffix
    with pytest.raises(SourceError, match=rf"a \{suffix} file is not a briefing reflect can "
                                          r"read: it reads PDF, Word \.docx"):
        read_source(path)
    code, out, err = _import(capsys, str(path), "--content-dir", str(tmp_path / "content"))
    assert code == 1 and out == "" and f"{path}: a {suffix} file" in err


@pytest.mark.parametrize("name", ["briefing.txt", "briefing.md", "briefing.markdown",
                                  "briefing", "Child ZQ briefing v2.1"])
def test_text_under_a_text_files_name_is_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Learning\nAsk who lives there.\n", encoding="utf-8")
    assert read_source(path).kind in ("txt", "md")


def test_check_says_no_introduction_once_not_a_paragraph_and_none(capsys, tmp_path: Path) -> None:
    """--check printed "introduction: 1 paragraph", then "note: no introduction: it repeats
    the first line …" (a trial): the stand-in is counted as none, and the note says what."""
    party = tmp_path / "party.md"
    party.write_text(PARTY, encoding="utf-8")
    code, out, _ = _import(capsys, str(party), "--check", "--force", "--content-dir",
                           str(tmp_path))
    assert code == 0 and f"note: {NOT_A_BRIEFING}" in out
    assert "note: no introduction: it repeats the first line" in out
    assert "introduction: 1 paragraph" not in out
    assert import_briefing(PARTY, kind="md").counts["introduction"] == 0


def test_a_file_in_a_folder_that_does_not_exist_names_the_folder(tmp_path: Path) -> None:
    """"No such file or directory" alone left a new user looking for the file (a trial): the
    folder missing is named, and the nearest one that exists."""


    missing = tmp_path / "Downloads" / "child-q-briefing.pdf"
    with pytest.raises(SourceError) as raised:
        read_source(missing)
    assert str(raised.value) == (f"cannot read {missing}: No such file or directory (there is "
                                 f"no folder {tmp_path / 'Downloads'}; {tmp_path} exists)")
    with pytest.raises(SourceError) as raised:  # the folder is there: the file is what is not
        read_source(tmp_path / "child-q.pdf")
    assert str(raised.value).endswith(": No such file or directory")
