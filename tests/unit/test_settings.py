"""The settings file: one entry changed without touching the rest, a file that cannot be read
never written over, and what cannot be used said plainly."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reflect.store.settings import (
    SettingsError,
    checked_settings,
    save_setting,
    support_message,
)

KEPT = '''# Invented partnership settings: keep this comment
support = "Invented Support Line 0000 000 000"   # said at the end of a session

[agency_aliases]
# our own short names
"ZZ" = "Invented Zed Service"
'''


def test_choosing_a_theme_changes_its_line_only_and_keeps_comments_and_tables(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(KEPT, encoding="utf-8")
    save_setting(settings, "theme", "reflect-high-contrast")
    text = settings.read_text(encoding="utf-8")
    assert text == KEPT.replace('\n[agency_aliases]', 'theme = "reflect-high-contrast"\n'
                                '\n[agency_aliases]')
    save_setting(settings, "theme", "textual-dark")  # chosen again: the line replaced
    assert settings.read_text(encoding="utf-8") == text.replace("reflect-high-contrast",
                                                                  "textual-dark")
    assert tomllib.loads(settings.read_text(encoding="utf-8"))["agency_aliases"] == {
        "ZZ": "Invented Zed Service"}


@pytest.mark.parametrize("text", ['support = """Invented\nline"""\ntheme = """old\nname"""\n',
                                  "", "# only a comment, no newline at the end"])
def test_a_file_the_line_cannot_be_changed_in_still_ends_right(tmp_path, text):
    settings = tmp_path / "settings.toml"
    settings.write_text(text, encoding="utf-8")
    before = tomllib.loads(text)
    save_setting(settings, "theme", "textual-dark")
    assert tomllib.loads(settings.read_text(encoding="utf-8")) == {**before,
                                                                   "theme": "textual-dark"}


def test_a_settings_file_that_cannot_be_read_is_never_written_over(tmp_path):
    """It was replaced by the one entry: the support reminder, agency abbreviations and
    certificate settings lost (a trial)."""
    settings = tmp_path / "settings.toml"
    broken = KEPT + "bad = \n"
    settings.write_text(broken, encoding="utf-8")
    with pytest.raises(SettingsError, match=r"settings\.toml cannot be read: not valid TOML"):
        save_setting(settings, "theme", "textual-dark")
    assert settings.read_text(encoding="utf-8") == broken
    settings.write_bytes(b"support = \"\xff\"\n")
    with pytest.raises(SettingsError, match="not valid UTF-8"):
        save_setting(settings, "theme", "textual-dark")


def test_what_cannot_be_used_is_said_naming_the_file_and_entry(tmp_path):
    settings = tmp_path / "settings.toml"
    assert checked_settings(settings) == ({}, [])  # none yet: nothing to say
    settings.write_text("support = 5\ntheme = \"textual-dark\"\n", encoding="utf-8")
    data, problems = checked_settings(settings)
    assert problems == [f"{settings}: support: should be text in quotes; ignored"]
    assert "Discussing what happened" in support_message(settings, data)  # the default
    settings.write_text(KEPT + "theme = \n", encoding="utf-8")
    data, [problem] = checked_settings(settings)
    assert data == {} and problem.startswith(f"the settings file {settings} cannot be read: "
                                             "not valid TOML in agency_aliases: theme, at line "
                                             "7: nothing follows the = ")
    assert problem.endswith("none of its settings are used (reflect carries on with its "
                            "defaults) and reflect leaves the file as it is.")


def test_walk_and_handout_say_what_in_the_settings_is_not_used(tmp_path, monkeypatch, capsys,
                                                               fictional_dir):
    from reflect.cli import main

    settings = tmp_path / "settings.toml"
    settings.write_text('support = "Invented line"\nbad = \n', encoding="utf-8")
    monkeypatch.setenv("REFLECT_SETTINGS", str(settings))
    code = main(["handout", "child-zz", "-o", str(tmp_path / "h.html"), "--content-dir",
                 str(fictional_dir)])
    err = capsys.readouterr().err
    assert code == 0 and f"reflect handout: the settings file {settings} cannot be read: " \
        "not valid TOML" in err
    assert Path(tmp_path / "h.html").exists()


def test_the_export_dialogs_choice_is_a_table_of_its_own_replaced_alone(tmp_path):
    """The last export of each kind of session is kept as `[last_export.team]` and
    `[last_export.individual]`: written again, its own lines are replaced, and the file's
    other entries, tables and comments stay."""
    settings = tmp_path / "settings.toml"
    settings.write_text(KEPT, encoding="utf-8")
    first = {"team": {"format": "pdf", "include_content": True}}
    save_setting(settings, "last_export", first)
    text = settings.read_text(encoding="utf-8")
    assert text.startswith(KEPT) and tomllib.loads(text)["last_export"] == first
    save_setting(settings, "theme", "textual-dark")  # a line of its own still goes on top
    both = {"team": {"format": "md", "include_content": False},
            "individual": {"format": "cpd-pdf", "roles_only": True}}
    save_setting(settings, "last_export", both)
    text = settings.read_text(encoding="utf-8")
    assert text.count("[last_export.team]") == 1 and "# our own short names" in text
    assert tomllib.loads(text) == {**tomllib.loads(KEPT), "theme": "textual-dark",
                                   "last_export": both}
    # one written by hand on a line of its own: the file is written afresh, all kept
    settings.write_text('last_export = { team = { format = "txt" } }\n', encoding="utf-8")
    save_setting(settings, "last_export", both)
    assert tomllib.loads(settings.read_text(encoding="utf-8")) == {"last_export": both}
    broken = KEPT + "bad = \n"  # a file that cannot be read: never written over
    settings.write_text(broken, encoding="utf-8")
    with pytest.raises(SettingsError):
        save_setting(settings, "last_export", both)
    assert settings.read_text(encoding="utf-8") == broken
