"""A session file that cannot be read, named by its code alone (`reflect export deadbeef`),
is read as its whole id is: what is wrong in it is said. "no session 'deadbeef'" was said,
where the whole id explained the TOML error (a trial). Every session here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.model.session import Session
from reflect.store.errors import SessionError
from reflect.store.library import load_library
from reflect.store.sessions import resolve_session, save_session
from tests.command_line import run

BROKEN = "20261201-child-zz-deadbeef"


@pytest.fixture
def folder(fictional_dir: Path, sessions_dir: Path) -> Path:
    review = load_library(fictional_dir).get("child-zz")
    save_session(sessions_dir, Session.start(review, "20261202-child-zz-0badc0de",
                                             title="Invented readable meeting"))
    (sessions_dir / f"{BROKEN}.toml").write_text(
        f'id = "{BROKEN}"\nreview_id = [\n', encoding="utf-8")
    return sessions_dir


@pytest.mark.parametrize("command", ["export", "check", "open", "cpd-fill"])
def test_an_unreadable_session_by_its_code_says_why(capsys, dirs, folder, command):
    by_id = run(capsys, command, BROKEN, *dirs)
    code, out, err = run(capsys, command, "deadbeef", *dirs)
    assert (code, out, err) == by_id
    assert err.startswith(f"reflect {command}: {folder / BROKEN}.toml: not valid TOML in "
                          "review_id, at line 2")


def test_a_readable_session_with_the_code_wins(folder, fictional_dir):
    review = load_library(fictional_dir).get("child-zz")
    save_session(folder, Session.start(review, "20261203-child-zz-deadbeef", title="Fine"))
    assert resolve_session(folder, "deadbeef").stem == "20261203-child-zz-deadbeef"


def test_two_unreadable_files_with_the_code_are_named(folder):
    (folder / "20261205-child-zz-deadbeef.toml").write_text("x = [\n", encoding="utf-8")
    with pytest.raises(SessionError) as said:
        resolve_session(folder, "deadbeef")
    assert str(said.value) == (
        "“deadbeef” ends 2 session files' names, none of which can be read: give the one you "
        "mean by its id (20261201-child-zz-deadbeef, 20261205-child-zz-deadbeef)")


def test_a_code_no_file_has_is_still_no_session(folder):
    with pytest.raises(SessionError, match="no session 'c0ffee00'") as said:
        resolve_session(folder, "c0ffee00")
    assert "did you mean" not in str(said.value)


@pytest.mark.parametrize("typed", ["deadbee0", "daedbeef", "20261201-child-zz-deadbef"])
def test_a_mistyped_code_or_id_of_an_unreadable_file_offers_it(folder, typed):
    """A slip in a readable session's code is answered "did you mean"; one in an unreadable
    file's said only "no session" (a trial): its id is offered, which says what is wrong."""
    with pytest.raises(SessionError) as said:
        resolve_session(folder, typed)
    assert str(said.value).startswith(f"no session '{typed}' in {folder}: did you mean "
                                      f"{BROKEN}?")


def test_a_mistyped_code_of_an_unreadable_file_is_offered_by_the_command(capsys, dirs,
                                                                         folder):
    code, out, err = run(capsys, "export", "deadbee0", *dirs)
    assert (code, out) == (1, "")
    assert err.startswith(f"reflect export: no session 'deadbee0' in {folder}: did you mean "
                          f"{BROKEN}?")
