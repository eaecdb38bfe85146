"""`reflect import` given more than one word for its file: several files (`reflect import
*.pdf`), or one name with spaces not in quotes, were "unrecognized arguments: child-ac.docx"
and "unrecognized arguments: AC briefing.docx" (a learning lead's trial). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_cli_mistyped import mistake


def test_several_files_are_said_one_at_a_time(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    names = [str(tmp_path / f"child-z{n}.pdf") for n in range(1, 6)]
    _, error = mistake(capsys, "import", *names[:2], "--check")
    assert " ".join(error.split()) == (
        f"reflect import: error: 2 files given ({names[0]} and {names[1]}), and reflect "
        "imports one briefing at a time: nothing was imported. Give one file, then import the "
        "next the same way")
    _, error = mistake(capsys, "import", *names)
    assert f"5 files given ({names[0]}, {names[1]}, {names[2]} and 2 more)" in " ".join(
        error.split())


def test_a_name_with_spaces_not_in_quotes_is_said_so(capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path) -> None:
    path = tmp_path / "Child ZQ briefing.md"
    path.write_text("# Child ZQ: learning briefing\n", encoding="utf-8")
    _, error = mistake(capsys, "import", *str(path).split(" "))
    assert " ".join(error.split()) == (
        "reflect import: error: the file's name has spaces, so it was read as 3 words: put it "
        f"in quotes, '{path}'")


def test_a_mistyped_option_after_the_file_is_said_as_before(
        capsys: pytest.CaptureFixture[str]) -> None:
    _, error = mistake(capsys, "import", "child-zq.pdf", "--chek")
    assert error.endswith("unrecognized arguments: --chek: did you mean --check?")
