"""`reflect restore` and `reflect delete-copy` take a copy named as the start screen names it at
60 columns, its name cut in the middle (`reflect-copy-…-0000c0de-20261204-090909.toml`), or
its name whole without its folder: each was "no such file" copied off the screen, and the
screen's commands said COPY for it (a trial). Where the name could be two copies, both are
said, and nothing is chosen. All names and words invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.copy_names import named_copy, short_name
from reflect.store.sessions import dumps, load_session
from tests.command_line import run
from tests.copies import ID, OLDER, copy_in, shown_at_60_columns

pytestmark = pytest.mark.usefixtures("folders_from_env")


def test_a_name_cut_short_as_the_start_screen_shows_it_restores_that_copy(
        home: Path, saved_huddle: Session, sessions_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    older = copy_in(home, saved_huddle, OLDER, later=-60, at="20261204-090909")
    copy_in(home, saved_huddle, "An invented point typed last", later=60, at="20261204-101010")
    name = shown_at_60_columns(sessions_dir, older)
    monkeypatch.chdir(sessions_dir)  # (any folder but the copy's)
    code, out, err = run(capsys, "restore", name)
    assert code == 0, err
    assert f"Restored {older}" in " ".join(out.split())
    assert load_session(sessions_dir / f"{ID}.toml").answers[0].text == OLDER


@pytest.mark.parametrize("typed", [
    "reflect-copy-...-0000c0de-20261204-090909.toml",  # the cut typed as dots
    "reflect-copy-…-0000C0DE-20261204-090909",  # the code in capitals, no .toml
    f"reflect-copy-{ID}-20261204-090909.toml",  # the name whole, without its folder
])
def test_the_name_typed_as_people_type_it_names_the_copy(
        home: Path, saved_huddle: Session, typed: str) -> None:
    older = copy_in(home, saved_huddle, OLDER, later=-60, at="20261204-090909")
    copy_in(home, saved_huddle, "An invented point", later=60, at="20261204-101010")
    assert named_copy(typed, "restore") == older
    assert named_copy(str(home / typed), "restore") == older  # after its folder, as shown


def test_a_copy_holding_nothing_new_is_deleted_by_its_name_cut_short(
        home: Path, saved_huddle: Session, sessions_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    same = home / f"reflect-copy-{ID}-20261204-080000.toml"
    same.write_bytes(dumps(saved_huddle))
    name = shown_at_60_columns(sessions_dir, same)
    code, out, err = run(capsys, "delete-copy", name, "--yes")
    assert code == 0, err
    assert not same.exists() and f"Deleted {same}" in " ".join(out.split())


def test_a_name_two_copies_could_have_is_refused_naming_both(
        home: Path, temp_folder: Path, saved_huddle: Session, sessions_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The same name in the home and the temp folder: said, with each copy's command."""
    before = (sessions_dir / f"{ID}.toml").read_bytes()
    in_home = copy_in(home, saved_huddle, OLDER, later=-60, at="20261204-090909")
    in_temp = copy_in(temp_folder, saved_huddle, "An invented point kept in temp", later=-50,
                      at="20261204-090909")
    name = short_name(in_home.name)
    for verb in ("restore", "delete-copy"):
        code, _, err = run(capsys, verb, name)
        said = " ".join(err.split())
        assert code == 1 and f"{name} names 2 emergency copies, and reflect does not choose" \
            in said, err
        assert f"`reflect {verb} {in_home}`" in said and f"`reflect {verb} {in_temp}`" in said
    assert (sessions_dir / f"{ID}.toml").read_bytes() == before and in_temp.exists()
    code, _, err = run(capsys, "restore", str(temp_folder / name))  # its folder first
    assert code == 0, err
    assert load_session(sessions_dir / f"{ID}.toml").answers[0].text == \
        "An invented point kept in temp"


def test_a_name_no_copy_has_says_where_it_was_looked_for(
        home: Path, saved_huddle: Session, capsys: pytest.CaptureFixture[str]) -> None:
    copy_in(home, saved_huddle, OLDER, later=-60, at="20261204-090909")
    code, _, err = run(capsys, "restore", "reflect-copy-…-0000c0de-20261204-090900.toml")
    said = " ".join(err.split())
    assert code == 1 and "no such file, nor any emergency copy of that name in" in said
    assert str(home) in said and "`reflect list sessions` names the copies found" in said
    assert named_copy("0000c0de", "restore") is None  # (a session's code: not a copy's name)
