"""`reflect open` and `reflect walk --resume` take an emergency copy by the name `reflect
restore` takes, whole or cut short as the start screen shows it: they wanted its path, and the
name copied off the screen was "no such session file" (a trial). Opened, the copy is read-only
and says how to restore it; carried on in plain mode, it is a copy under a new id, as by its
path. A name no copy has, or two copies have, is said, naming it, with no traceback. All
names and words invented."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.sessions import list_sessions
from reflect.ui import app as ui_app
from tests.command_line import run
from tests.copies import OLDER, copy_in, shown_at_60_columns

AT = "20261204-090909"

pytestmark = pytest.mark.usefixtures("folders_from_env")


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[ui_app.ReflectApp]:
    """Apps `reflect open` would run (not run here)."""
    apps: list[ui_app.ReflectApp] = []
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_open_takes_a_copy_by_its_name_cut_short_read_only_saying_how_to_restore_it(
        home: Path, saved_huddle: Session, sessions_dir: Path, started: list[ui_app.ReflectApp],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_in(home, saved_huddle, OLDER, later=60, at=AT)
    name = shown_at_60_columns(sessions_dir, copy)
    monkeypatch.chdir(sessions_dir)  # (any folder but the copy's)
    for typed in (name, copy.name):
        code, _, err = run(capsys, "open", typed)
        assert (code, err) == (0, "")
        session, _, read_only, _ = started.pop().first_session
        assert session.answers[0].text == OLDER
        assert read_only is not None and read_only.startswith(
            f"an emergency copy of session {saved_huddle.id}, opened read-only") \
            and f"`reflect restore {copy}`" in read_only


def test_walk_resume_takes_a_copy_by_its_name_and_carries_it_on_as_by_its_path(
        home: Path, saved_huddle: Session, sessions_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    copy = copy_in(home, saved_huddle, OLDER, later=60, at=AT)
    name = shown_at_60_columns(sessions_dir, copy)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # Ctrl+D at once
    code, out, err = run(capsys, "walk", "--resume", name)
    assert code == 0, err
    assert f"{copy}isnotinthesessionsfolder" in "".join(out.split())  # (wrapped at its /)
    held = {e.session.id: e.session.answers[0].text for e in list_sessions(sessions_dir).entries}
    assert held.pop(saved_huddle.id) == "" and list(held.values()) == [OLDER]  # its file as it was


@pytest.mark.parametrize("verb", [("open",), ("walk", "--resume")])
def test_a_name_no_copy_has_or_two_copies_have_is_said_naming_it(
        home: Path, temp_folder: Path, saved_huddle: Session, started: list[ui_app.ReflectApp],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        verb: tuple[str, ...]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    in_home = copy_in(home, saved_huddle, OLDER, later=60, at=AT)
    missing = "reflect-copy-…-0000c0de-20261204-090900.toml"
    code, out, err = run(capsys, *verb, missing)
    said = " ".join(err.split())
    assert code == 1 and said.startswith(f"reflect {verb[0]}: {missing}: no such file, nor "
                                         "any emergency copy of that name in"), err
    assert "Traceback" not in err and not started and out == ""
    in_temp = copy_in(temp_folder, saved_huddle, "An invented point kept in temp", later=50, at=AT)
    name = f"reflect-copy-…-0000c0de-{AT}.toml"
    code, out, err = run(capsys, *verb, name)
    said = " ".join(err.split())
    assert code == 1 and f"{name} names 2 emergency copies, and reflect does not choose" \
        in said, err
    for each in (in_home, in_temp):
        assert f"`reflect {' '.join(verb)} {each}`" in said
    assert "Traceback" not in err and not started and out == ""
