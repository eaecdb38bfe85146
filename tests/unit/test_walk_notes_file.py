"""Plain mode's closing advice writes the notes to a text file. It was "Export the notes with:
reflect export ID", which prints Markdown to the terminal: a screen reader user heard `\\[`,
`|` tables and `**` read out (a trial). The command it prints now works as printed, the
second time too (the file written before replaced, and said so)."""

from __future__ import annotations

import shlex

from reflect.store.sessions import list_sessions
from tests.command_line import run
from tests.unit.test_walk import WHOLE, dirs_for, flat, run_walk


def _printed_export(out: str) -> str:
    """The notes' export command as printed, its lines (broken between words, ` \\`) joined."""
    lines = out.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("reflect export ")
              and "--format" not in line)
    command = lines[at]
    while command.endswith(" \\"):
        at += 1
        command = command[:-2] + " " + lines[at].strip()
    return command


def test_the_notes_are_written_to_a_text_file_by_the_command_as_printed(
        monkeypatch, capsys, fictional_dir, sessions_dir):
    dirs = dirs_for(fictional_dir, sessions_dir)
    code, out = run_walk(monkeypatch, capsys, dirs, WHOLE, "child-zz")
    assert code == 0
    [entry] = list_sessions(sessions_dir).entries
    sid = entry.session.id
    assert (f"Saved as {sid}. Write the notes to a text file in the exports folder "
            "with:") in flat(out.out)
    printed = _printed_export(out.out)
    target = sessions_dir / "exports" / f"{sid}.txt"
    assert printed == f"reflect export {sid} -o {target}"
    code, said, err = run(capsys, *shlex.split(printed)[1:])
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert "On the train" in text and "**" not in text and "|" not in text
    # carried on to the end again: the file written before is replaced, and that is said
    code, out = run_walk(monkeypatch, capsys, dirs, "\n" * 40, "--resume", sid)
    assert "in the exports folder, replacing the one written before, with:" in flat(out.out)
    printed = _printed_export(out.out)
    assert printed.endswith(" --force")
    code, said, err = run(capsys, *shlex.split(printed)[1:])
    assert code == 0, err
