"""How the start screen counts the files it could not read: "1 file(s) could not be read",
over a session file cut in half, read as a form letter (a trial)."""

from __future__ import annotations

from reflect.ui.screens.start_problems import problems_said

CUT = ("/invented/sessions/20261206-child-h-0000.toml: not valid TOML: the file looks cut "
       "short")


def test_one_file_is_one_file() -> None:
    said = problems_said([], [CUT])
    assert said.startswith("1 file could not be read; everything else works:")
    assert "(s)" not in said


def test_several_files_are_files() -> None:
    said = problems_said([], [CUT, CUT.replace("0000", "0001")])
    assert said.startswith("2 files could not be read; everything else works.")
    assert "(s)" not in said
