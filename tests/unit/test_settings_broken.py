"""A settings file that cannot be read (a quote left open by hand) is said once by each
command, in plain words with its line shown, as a review file's mistakes are; the command
carries on with the defaults, and the file is never written over. (`reflect cpd` and
`reflect handout` gave tomllib's own words, "Illegal character '\\n' (at line 2, column 31)";
`reflect report` said nothing, its agency abbreviations dropped in silence; a walk lost the
remembered name in silence: a trial.) Names and settings invented."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.store.settings import SettingsError, checked_settings, save_setting
from tests.unit.test_walk import WHOLE

BROKEN = ('my_name = "Sam Example-Visitor"\n'
          'support = "Invented Helpline 0000\n'
          '[agency_aliases]\n'
          '"ZZ" = "Invented Zed Service"\n')

NOT_USED = ("Until it is mended, none of its settings are used (reflect carries on with its "
            "defaults) and reflect leaves the file as it is.")
SAID = ("cannot be read: not valid TOML in support, at line 2: the text on this line has no "
        "closing quote")


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    settings = tmp_path / "settings.toml"
    settings.write_text(BROKEN, encoding="utf-8")
    monkeypatch.setenv("REFLECT_SETTINGS", str(settings))
    monkeypatch.setenv("COLUMNS", "400")  # one message a line, to count them
    return settings


def said_once(err: str, command: str, settings: Path) -> None:
    assert err.count(f"reflect {command}: the settings file {settings} {SAID}") == 1, err
    assert err.count('    line 2:  support = "Invented Helpline 0000\n') == 1
    assert err.count(NOT_USED) == 1
    assert "Illegal character" not in err


def test_a_broken_settings_file_is_said_in_plain_words_with_its_line(broken):
    data, [problem] = checked_settings(broken)
    assert data == {}
    assert problem.startswith(f"the settings file {broken} {SAID}")
    assert '\n    line 2:  support = "Invented Helpline 0000\n' in problem
    assert problem.endswith(NOT_USED) and "Illegal character" not in problem
    with pytest.raises(SettingsError, match="no closing quote"):
        save_setting(broken, "theme", "textual-dark")
    assert broken.read_text(encoding="utf-8") == BROKEN


def test_cpd_handout_and_report_each_say_it_once_and_carry_on(
        broken, capsys, fictional_dir, sessions_dir, tmp_path):
    sessions_dir.mkdir()
    assert main(["cpd", "--sessions-dir", str(sessions_dir)]) == 0
    said_once(capsys.readouterr().err, "cpd", broken)
    assert main(["handout", "child-zz", "-o", str(tmp_path / "h.html"), "--content-dir",
                 str(fictional_dir)]) == 0
    said_once(capsys.readouterr().err, "handout", broken)
    assert main(["report", "--content-dir", str(fictional_dir), "--sessions-dir",
                 str(sessions_dir)]) == 0
    out = capsys.readouterr()
    assert "# Learning into practice" in out.out
    said_once(out.err.replace("reflect report: warning: ", "reflect report: "), "report",
              broken)
    assert broken.read_text(encoding="utf-8") == BROKEN


def test_a_walk_says_it_once_and_never_writes_the_name_over_it(
        broken, capsys, monkeypatch, fictional_dir, sessions_dir):
    monkeypatch.setattr("sys.stdin", io.StringIO(WHOLE))
    assert main(["walk", "child-zz", "--content-dir", str(fictional_dir), "--sessions-dir",
                 str(sessions_dir)]) == 0
    out = capsys.readouterr()
    said_once(out.err, "walk", broken)
    assert "talk to your supervisor" in " ".join(out.out.split())  # the default reminder
    assert broken.read_text(encoding="utf-8") == BROKEN


def test_a_walk_at_a_terminal_says_why_once_not_again_as_the_name_is_not_remembered(
        broken, capsys, monkeypatch, fictional_dir, sessions_dir):
    """Asked *Your name*, the walk said why the file could not be read twice over: as it
    started, and again whole as the name typed could not be remembered."""
    from tests.unit.test_walk_whose import AtTerminal

    monkeypatch.setattr("sys.stdin", AtTerminal("i\nOn my own\n\nPat Example\n"))
    main(["walk", "child-zz", "--content-dir", str(fictional_dir), "--sessions-dir",
          str(sessions_dir)])
    out = capsys.readouterr()
    said_once(out.err + out.out, "walk", broken)
    assert ("your name could not be remembered for next time, and the settings file is left "
            "as it is: the settings file cannot be read, as said above.") in out.out
    assert broken.read_text(encoding="utf-8") == BROKEN



def test_a_settings_file_that_is_a_folder_is_said_once_to_be_unreadable(tmp_path):
    """`mkdir settings.toml`: it said "cannot be read: cannot be read: Is a directory"."""
    from reflect.store.settings import checked_settings

    folder = tmp_path / "settings.toml"
    folder.mkdir()
    data, said = checked_settings(folder)
    assert data == {} and len(said) == 1
    assert said[0].count("cannot be read") == 1 and str(folder) in said[0]
