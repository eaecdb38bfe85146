"""The commands reflect tells a person to type work as printed: `reflect …` where the `reflect`
on PATH is this one, else as this one was started. A trial followed the README's Quick start,
which runs `.venv/bin/reflect`, and typed the `reflect walk --resume …` printed after a stop:
`bash: reflect: command not found`.

Each test sets PATH, the current folder and how reflect was started (`sys.argv[0]`) itself:
nothing here depends on the machine the tests run on."""

from __future__ import annotations

import ast
import io
import re
import shlex
import sys
from pathlib import Path

import pytest

import reflect
from reflect.cli import main
from reflect.commands import carry_folders, command, command_lines, program


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """reflect started as `.venv/bin/reflect` in a clone, the current folder; PATH without
    it (a folder of its own, with no reflect)."""
    clone = tmp_path / "clone"
    script = clone / ".venv" / "bin" / "reflect"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.chdir(clone)
    monkeypatch.setattr(sys, "argv", [str(script)])
    return script


def test_started_by_its_path_it_is_said_so(started: Path) -> None:
    assert program() == ".venv/bin/reflect"
    assert command("walk --resume 20261204-child-zz-1") == \
        ".venv/bin/reflect walk --resume 20261204-child-zz-1"


def test_on_path_it_is_reflect(started: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(started.parent))
    assert program() == "reflect"


def test_another_reflect_on_path_is_not_this_one(started: Path, tmp_path: Path) -> None:
    other = tmp_path / "bin" / "reflect"
    other.write_text("#!/bin/sh\n")
    other.chmod(0o755)
    assert program() == ".venv/bin/reflect"


def test_from_a_folder_it_is_not_under_the_whole_path_quoted(
        started: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spaced = tmp_path / "My Documents"
    spaced.mkdir()
    monkeypatch.chdir(spaced)
    assert program() == str(started)
    moved = tmp_path / "a clone" / "reflect"
    moved.parent.mkdir()
    started.rename(moved)
    monkeypatch.setattr(sys, "argv", [str(moved)])
    assert program() == f"'{moved}'"


def test_python_m_reflect_and_a_test_runner(started: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", [str(Path(reflect.__file__).with_name("__main__.py"))])
    monkeypatch.setattr(sys, "executable", str(started.with_name("python")))
    assert program() == ".venv/bin/python -m reflect"
    monkeypatch.setattr(sys, "argv", [str(started.with_name("pytest"))])
    assert program() == "reflect"  # main() called by something else: the README's name


def test_a_stop_says_the_command_that_carries_on_as_it_can_be_typed(
        started: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        fictional_dir: Path, tmp_path: Path) -> None:
    """Started with folder options, the command it says carries them: without, it looked in
    the default folder (`no session … in …`: a trial)."""
    sessions_dir = tmp_path / "Invented Folder" / "sessions"  # (a space: quoted)
    monkeypatch.setenv("COLUMNS", "1000")
    monkeypatch.setattr("sys.stdin", io.StringIO("i\nOn the train\n\nAn invented note\n.\n"))
    code = main(["walk", "child-zz", "--content-dir", str(fictional_dir), "--sessions-dir",
                 str(sessions_dir)])
    [saved] = sessions_dir.glob("*.toml")
    assert code == 0
    [said] = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith(".venv/bin/reflect walk")]
    assert said == (f".venv/bin/reflect walk --content-dir {fictional_dir} "
                    f"--sessions-dir '{sessions_dir}' --resume {saved.stem}")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(shlex.split(said)[1:]) == 0  # typed as said, it carries on that session
    assert f"--resume {saved.stem}" in capsys.readouterr().out


def test_folder_options_are_carried_after_the_commands_name(started: Path) -> None:
    """After the name, where every command takes them (`cpd --name NAME` stays whole)."""
    carry_folders({"--sessions-dir": "/tmp/invented sessions", "--content-dir": None})
    assert command("cpd --name") == \
        ".venv/bin/reflect cpd --sessions-dir '/tmp/invented sessions' --name"
    assert command("list sessions") == \
        ".venv/bin/reflect list --sessions-dir '/tmp/invented sessions' sessions"
    carry_folders({})
    assert command("list sessions") == ".venv/bin/reflect list sessions"


def test_a_command_wider_than_the_line_is_broken_between_its_words() -> None:
    said = ".venv/bin/reflect export 20261204-child-l-78d7fba3 -o /tmp/Invented Folder/x.docx"
    assert command_lines(said, 100) == [said]
    assert command_lines(".venv/bin/reflect cpd --name \"Pat Example\" --csv cpd.csv", 40) == [
        ".venv/bin/reflect cpd \\", "  --name \"Pat Example\" --csv cpd.csv"]  # with its value
    assert command_lines(".venv/bin/reflect cpd-fill 20261204-child-l-78d7fba3 --why ...", 60) \
        == [".venv/bin/reflect cpd-fill 20261204-child-l-78d7fba3 \\", "  --why ..."]
    lines = command_lines(".venv/bin/reflect export 20261204-child-l-78d7fba3 -o "
                          "/tmp/invented-folder/my-record.swe.docx", 32)
    assert lines == [".venv/bin/reflect export \\", "  20261204-child-l-78d7fba3 -o \\",
                     "  /tmp/invented-folder/my-record.swe.docx"]  # the path whole, too wide


SUGGESTS = re.compile(r"\breflect (walk|export|open|list|check|cpd-fill|cpd|handout|report|"
                      r"import|validate)(?![\w:-])")
"""A string naming a command to type (`reflect walk:` at a message's start names who says it)."""
LEFT_AS_IS = {
    ("export/records.py", "`reflect walk REVIEW --after SESSION` asks you the questions"),
    ("importer/facts.py", "`reflect validate` refuses it until edited"),
}
"""Said in a file written for others (a CPD record, a review file), read on other machines."""


def _suggested(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    unsaid = {id(node.value) for node in ast.walk(tree)  # docstrings, never shown
              if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in unsaid and SUGGESTS.search(node.value)]


def test_every_command_suggested_is_made_by_one_function() -> None:
    """A command written out in a message (`"… reflect export {id} …"`) is said as `reflect`
    however reflect was started: each goes through `commands.command`."""
    src = Path(reflect.__file__).parent
    found = [(str(p.relative_to(src)), text) for p in sorted(src.rglob("*.py"))
             for text in _suggested(p)]
    assert [(where, text) for where, text in found
            if not any(where == w and part in text for w, part in LEFT_AS_IS)] == []
