"""A mistyped session id is answered with the nearest ids when one is close: `reflect open
20261204-child-z-f743d4` and `reflect walk --resume …` said only "no session … (try: reflect
list sessions)" (a trial). Every session here is invented."""

from __future__ import annotations

import random
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
    ("1234567", "20261203-child-zz-12345678"),  # its code alone, cut short (whole, it is
                                                # the session: test_session_by_code.py)
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


MEANT = "20261204-child-zz-f743d4e1"


@pytest.mark.parametrize("typed", [
    "f743d4e2", "f743de1", "f743d4e11", "f734d4e1",  # the code alone: wrong, missing, extra,
    "f743d4", "F743D4E1",                             # swapped; the start of it; in capitals
    "20261204-child-zz-f743d4e2", "20261204-child-zz-f7434de1",  # in the code of the whole id
    "20261204-child-zz-f743d4e", "20261204-child-zz-f743d4e1a",
    "20261240-child-zz-f743d4e1", "2026124-child-zz-f743d4e1",  # in its day
    "20261204-chidl-zz-f743d4e1", "20261204-child-z-f743d4e1",  # in its review
    "20261204-child-zzf743d4e1", "child-zz-f743d4e2",  # a dash left out; the day left out
])
def test_one_slip_anywhere_finds_the_session(typed):
    """A code one character out, typed alone, was not offered (a trial): difflib's ratio of
    0.85 asks more of a short code (7 of 8 right is 0.875, 6 of 7 is 0.857...) than of an id."""
    from reflect.store.sessions import nearest_ids

    assert nearest_ids(typed, IDS) == [MEANT]


def test_few_and_right_among_two_hundred():
    """Among 200 sessions of one day and review a slip offers the one meant alone: another
    code sharing the day and review and a few characters by chance is not offered beside it
    (it was, with the ratio), nor for a code no session has."""
    from reflect.store.sessions import nearest_ids

    codes = [f"{random.Random(k).getrandbits(32):08x}" for k in range(200)]  # as ids' codes
    ids = [f"20261204-child-zz-{c}" for c in codes]
    for meant, code in zip(ids[::10], codes[::10], strict=True):
        for slip in (code[:3] + code[4:], code[:5] + "x" + code[6:], code[1] + code[0] + code[2:],
                     code + "0"):
            assert nearest_ids(slip, ids) == [meant], slip
            assert nearest_ids(f"20261204-child-zz-{slip}", ids) == [meant], slip
    assert nearest_ids("20261204-child-zz-zzzzzzzz", ids) == []


def test_not_an_id_offers_the_nearest(folder):
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "20261204_child-zz-f743d4e1")
    assert str(said.value) == ("'20261204_child-zz-f743d4e1' is not a session id (lowercase "
                               "letters, digits, -): did you mean 20261204-child-zz-f743d4e1?")
