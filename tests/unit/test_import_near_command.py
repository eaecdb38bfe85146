"""`reflect import` on a path a little wrong names the file likely meant and gives the command
that imports it, the name quoted for a shell and the options given kept: its spaces and
brackets had to be typed again, quoted (a school's trial). All invented."""

from __future__ import annotations

import shlex

from tests.command_line import run


def test_the_file_meant_is_given_as_a_command_to_run(capsys, dirs, tmp_path):
    meant = tmp_path / "Child QZ briefing (final).md"
    meant.write_text("# Child QZ\n\nAn invented briefing.\n\n## Key learning\n\n- Invented.\n")
    code, _, err = run(capsys, "import", str(tmp_path / "Child QZ briefing (fianl).md"),
                       "--id", "child-qz", "--check", *dirs)
    said = " ".join(err.split())
    assert code == 1 and f"did you mean {meant}?" in said
    assert f"To import it: `reflect import {shlex.quote(str(meant))} --id child-qz --check`" \
        in said.replace(" ".join(dirs) + " ", ""), said
    code, out, _ = run(capsys, "import", str(meant), "--id", "child-qz", "--check", *dirs)
    assert code == 0 and "child-qz" in out


def test_no_file_near_gives_no_command(capsys, dirs, tmp_path):
    code, _, err = run(capsys, "import", str(tmp_path / "nothing-like-it.md"), *dirs)
    assert code == 1 and "did you mean" not in err and "To import it" not in err
