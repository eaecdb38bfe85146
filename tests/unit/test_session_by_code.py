"""A session named on the command line by its code alone (the id's last part, as `reflect list
sessions` shows it at its end): `reflect export af252d65 --format txt` and `reflect walk
--resume 24f3e777`, the code exactly, said "no session 'af252d65' … did you mean
20261204-child-h-af252d65?" and exited 1 (a trial). An exact id comes first, then an exact
code, then titles, then "did you mean". Every session here is invented."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import resolve_session, save_session
from tests.command_line import run

ONE = "20261204-child-zz-af252d65"
TWO = "20261204-child-zz-24f3e777"
TITLED_AS_A_CODE = "20261203-child-zz-0000c0de"


def _save(folder: Path, fictional_dir: Path, sid: str, title: str) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, sid, title=title, team="Invented Team")
    s.answers[0].text = "An invented answer."
    save_session(folder, s)


@pytest.fixture
def folder(fictional_dir: Path, sessions_dir: Path) -> Path:
    for sid, title in ((ONE, "Invented meeting"), (TWO, "Invented follow-up"),
                       (TITLED_AS_A_CODE, "Invented review of 24f3e777")):
        _save(sessions_dir, fictional_dir, sid, title)
    return sessions_dir


def test_an_exact_code_is_its_session(folder):
    assert resolve_session(folder, "af252d65").stem == ONE


def test_a_code_wins_over_a_title_holding_it(folder):
    assert resolve_session(folder, "24f3e777").stem == TWO


def test_a_code_with_a_slip_is_still_offered(folder):
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "af252d66")
    assert f"did you mean {ONE}?" in str(said.value)


def test_a_code_two_sessions_share_is_refused_naming_both(folder, fictional_dir):
    other = "20261201-child-zz-af252d65"
    _save(folder, fictional_dir, other, "Invented earlier meeting")
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "af252d65")
    text = str(said.value)
    assert text.startswith("“af252d65” matches 2 sessions' codes: give the id of the one you "
                           "mean:")
    assert ONE in text and other in text


def test_a_copy_under_another_name_is_not_counted_twice(folder):
    (folder / "Invented meeting (conflicted copy).toml").write_bytes(
        (folder / f"{ONE}.toml").read_bytes())
    assert resolve_session(folder, "af252d65").stem == ONE  # the original


def test_export_and_walk_resume_take_a_code(folder, dirs, capsys, monkeypatch):
    code, out, err = run(capsys, "export", "af252d65", "--format", "txt", *dirs)
    assert (code, err) == (0, "") and "Invented meeting" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no input: it stops at once
    code, out, err = run(capsys, "walk", "--resume", "24f3e777", *dirs)
    assert (code, err) == (0, "")
    assert TWO in out


def test_help_says_a_code_is_taken(capsys):
    for argv in (["open", "--help"], ["export", "--help"], ["walk", "--help"]):
        with pytest.raises(SystemExit):
            run(capsys, *argv)
        assert "its code alone" in " ".join(capsys.readouterr().out.split())


def test_the_file_name_the_status_bar_shows_is_its_session(folder, dirs, capsys, monkeypatch,
                                                           tmp_path):
    """`reflect export 20261204-child-l-fc09f905.toml --format csv`, the name the app's
    status bar shows (`saved ✓ <id>.toml`), run from another folder, said "no such session
    file" (a trial): the name alone is found in the sessions folder, by every command taking a
    SESSION (one lookup, `resolve_session`)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert resolve_session(folder, f"{ONE}.toml") == folder / f"{ONE}.toml"
    code, out, err = run(capsys, "export", f"{ONE}.toml", "--format", "csv", *dirs)
    assert (code, err) == (0, "") and "session_id,review_id" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "walk", "--resume", f"{TWO}.toml", *dirs)
    assert (code, err) == (0, "") and TWO in out
    with pytest.raises(SessionError) as said:  # a slip in it: the nearest id, as for an id
        resolve_session(folder, "20261204-child-zz-af252d66.toml")
    assert f"did you mean {ONE}?" in str(said.value)
    (elsewhere / f"{ONE}.toml").write_text("not a session", encoding="utf-8")
    assert resolve_session(folder, f"{ONE}.toml").resolve() == elsewhere / f"{ONE}.toml"  # here


def test_the_file_name_with_its_ending_in_capitals_is_its_session(folder, tmp_path,
                                                                   monkeypatch):
    """`<id>.TOML` is the same name to a user: it was taken as a title and found none."""
    monkeypatch.chdir(tmp_path)
    assert resolve_session(folder, f"{ONE}.TOML").name == f"{ONE}.toml"
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "20261204-child-zz-af252d66.Toml")
    assert f"did you mean {ONE}?" in str(said.value)
