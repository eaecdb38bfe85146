"""A mistyped session id is answered with the nearest ids when one is close: `reflect open
20261204-child-z-f743d4` and `reflect walk --resume …` said only "no session … (try: reflect
list sessions)" (a trial). Every session here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli import main
from reflect.model.session import Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import resolve_session, save_session

IDS = ["20261204-child-zz-f743d4e1", "20261204-child-zz-9a1b2c3d", "20261203-child-zz-12345678"]


@pytest.fixture
def folder(fictional_dir: Path, tmp_path: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    for sid in IDS:
        s = Session.start(review, sid, title="Invented meeting", team="Invented Team")
        s.answers[0].text = "An invented answer."
        save_session(tmp_path / "sessions", s)
    return tmp_path / "sessions"


@pytest.mark.parametrize(("typed", "meant"), [
    ("20261204-child-zz-f743d4", "20261204-child-zz-f743d4e1"),  # cut short
    ("20261204-child-zz-f743d4e2", "20261204-child-zz-f743d4e1"),  # a letter wrong
    ("20261204-chld-zz-9a1b2c3d", "20261204-child-zz-9a1b2c3d"),  # a letter left out
    ("12345678", "20261203-child-zz-12345678"),  # its code alone
])
def test_a_close_id_is_offered(folder, typed, meant):
    with pytest.raises(SessionError) as said:
        resolve_session(folder, typed)
    assert f"no session {typed!r} in {folder}: did you mean {meant}? (try: reflect list " \
           "sessions)" == str(said.value)


def test_nothing_close_offers_nothing():
    from reflect.store.sessions import nearest_ids

    assert nearest_ids("20261204-child-zz-00000000", IDS) == []  # another code of the day
    assert nearest_ids("2026", IDS) == []  # a part of every one names none
    assert nearest_ids("an-invented-id", IDS) == []


def test_two_close_are_both_offered():
    from reflect.store.sessions import nearest_ids

    assert nearest_ids("20261204-child-zz-f743d4e", [*IDS, "20261204-child-zz-f743d4e2"]) == [
        "20261204-child-zz-f743d4e1", "20261204-child-zz-f743d4e2"]


def test_open_and_walk_resume_say_it(folder, fictional_dir, capsys):
    dirs = ["--sessions-dir", str(folder), "--content-dir", str(fictional_dir)]
    assert main(["open", "20261204-child-zz-f743d4", *dirs]) == 1
    assert "did you mean 20261204-child-zz-f743d4e1?" in capsys.readouterr().err
    assert main(["walk", "--resume", "20261204-child-zz-9a1b2c3e", *dirs]) == 1
    assert "did you mean 20261204-child-zz-9a1b2c3d?" in capsys.readouterr().err
