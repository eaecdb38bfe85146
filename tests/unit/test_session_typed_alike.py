"""A session typed on the command line is answered alike however it is mistyped (a trial,
with "Invented huddle" and "Invented huddle follow-up" saved): `reflect open hudle` offered
the follow-up by its title alone, though `huddle` opens "Invented huddle" and a mistyped
whole title was offered by its id and title; and a session's code typed in capitals
(`05E4F925`, copied off a projector) was refused as "not a session id". Everything here is
invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import resolve_session, save_session
from reflect.ui import app as ui_app
from tests.command_line import run

HUDDLE = "20261205-child-zz-05e4f925"
FOLLOW_UP = "20261206-child-zz-b7c1d0e2"
MONDAY = "20261207-child-zz-aaaa0011"
TUESDAY = "20261208-child-zz-aaaa0012"


def _save(folder: Path, fictional_dir: Path, sid: str, title: str, day: int) -> None:
    review = load_library(fictional_dir).get("child-zz")
    s = Session.start(review, sid, title=title, team="Invented Team")
    s.created = datetime(2026, 12, day, 10, 30, tzinfo=UTC)
    save_session(folder, s)


@pytest.fixture
def folder(fictional_dir: Path, sessions_dir: Path) -> Path:
    _save(sessions_dir, fictional_dir, HUDDLE, "Invented huddle", 5)
    _save(sessions_dir, fictional_dir, FOLLOW_UP, "Invented huddle follow-up", 6)
    return sessions_dir


def _said(folder: Path, typed: str) -> str:
    with pytest.raises(SessionError) as said:
        resolve_session(folder, typed)
    return str(said.value)


@pytest.mark.parametrize("typed", ["hudle", "Hudle", "Invented hudle", "invnted huddle"])
def test_a_mistyped_part_offers_the_session_its_part_opens_by_id_and_title(folder, typed):
    assert resolve_session(folder, "huddle").stem == HUDDLE  # (026e84f1: the one followed up)
    assert f"did you mean {HUDDLE} (Invented huddle)?" in _said(folder, typed)


def test_a_mistyped_part_of_the_follow_up_alone_offers_it(folder):
    assert f"did you mean {FOLLOW_UP} (Invented huddle follow-up)?" in _said(folder, "folow-up")


def test_a_mistyped_part_several_titles_hold_offers_each_by_id_and_title(fictional_dir,
                                                                          sessions_dir):
    """"Monday huddle" beside "Tuesday huddle": `huddle` lists both, so `hudle` offers both,
    newest held first, not the title of either alone."""
    _save(sessions_dir, fictional_dir, MONDAY, "Invented Monday huddle", 7)
    _save(sessions_dir, fictional_dir, TUESDAY, "Invented Tuesday huddle", 8)
    assert (f"did you mean {TUESDAY} (Invented Tuesday huddle) or {MONDAY} (Invented Monday "
            "huddle)?") in _said(sessions_dir, "hudle")


def test_a_mistyped_title_two_sessions_share_offers_both_by_id(fictional_dir, sessions_dir):
    _save(sessions_dir, fictional_dir, MONDAY, "Invented huddle", 7)
    _save(sessions_dir, fictional_dir, TUESDAY, "Invented huddle", 8)
    assert (f"did you mean {TUESDAY} (Invented huddle) or {MONDAY} (Invented huddle)?"
            in _said(sessions_dir, "Invented hudle"))


def test_open_answers_a_mistyped_part_by_id_and_title(folder, dirs, capsys, monkeypatch):
    monkeypatch.setattr(ui_app.ReflectApp, "run", lambda self, *a, **k: None)
    code, out, err = run(capsys, "open", "hudle", *dirs)
    assert (code, out) == (1, "")
    assert " ".join(err.split()).startswith(
        f"reflect open: no session 'hudle' in {folder}: did you mean {HUDDLE} (Invented "
        "huddle)? (try: ")


@pytest.mark.parametrize("typed", ["05E4F925", "05e4F925", "20261205-CHILD-ZZ-05E4F925",
                                   "20261205-Child-ZZ-05e4f925.TOML"])
def test_a_code_or_id_in_capitals_is_that_session(folder, typed):
    assert resolve_session(folder, typed) == folder / f"{HUDDLE}.toml"


def test_a_code_in_capitals_is_taken_by_a_command_saying_nothing_more(folder, dirs, capsys):
    code, out, err = run(capsys, "check", "05E4F925", *dirs)
    assert (code, err) == (0, "")
    assert HUDDLE in out


def test_a_slip_in_a_code_in_capitals_is_no_session_not_no_id(folder):
    """Capitals are taken: a slip beside them is answered as any slip in a code is."""
    assert _said(folder, "05E4F92").startswith(
        f"no session '05E4F92' in {folder}: did you mean {HUDDLE}? (try: ")
