"""A session's file deleted, moved or renamed while the session is open is written again at
its own name at the next save: the keeper tells that save apart (`came_back`, once), so the
app can say so; an ordinary save is not told (a trial: it came back with no word said)."""

from __future__ import annotations

from pathlib import Path

from reflect.model.session import Session
from reflect.store.autosave import SessionKeeper
from reflect.store.library import load_library
from reflect.store.sessions import load_session, save_session


def keeper_of(fictional_dir: Path, sessions_dir: Path, fresh: bool = False) -> SessionKeeper:
    review = load_library(fictional_dir).reviews[0]
    session = Session.start(review, "20260101-invented-0000beef", title="Invented meeting")
    if not fresh:
        save_session(sessions_dir, session)
    return SessionKeeper(sessions_dir, session, fresh=fresh)


def edit(keeper: SessionKeeper, text: str) -> None:
    keeper.session.answers[0].text = text
    keeper.changed()


def test_an_ordinary_save_is_not_said(fictional_dir: Path, sessions_dir: Path) -> None:
    keeper = keeper_of(fictional_dir, sessions_dir)
    edit(keeper, "typed by Pat Example")
    assert keeper.flush()
    assert not keeper.came_back()


def test_a_deleted_file_written_again_is_said_once(fictional_dir: Path,
                                                   sessions_dir: Path) -> None:
    keeper = keeper_of(fictional_dir, sessions_dir)
    edit(keeper, "typed first")
    keeper.flush()
    keeper.path.unlink()
    assert not keeper.came_back()  # not yet written again
    edit(keeper, "typed after it went")
    assert keeper.flush()
    assert load_session(keeper.path).answers[0].text == "typed after it went"
    assert keeper.came_back()
    assert not keeper.came_back()  # said once
    edit(keeper, "typed later")
    keeper.flush()
    assert not keeper.came_back()  # there again: an ordinary save


def test_a_renamed_file_written_again_is_said(fictional_dir: Path, sessions_dir: Path) -> None:
    keeper = keeper_of(fictional_dir, sessions_dir)
    moved = keeper.path.with_name("renamed by hand.toml")
    keeper.path.rename(moved)
    edit(keeper, "typed after the rename")
    keeper.flush()
    assert keeper.came_back() and keeper.path.is_file() and moved.is_file()


def test_a_fresh_session_first_written_is_not_said(fictional_dir: Path,
                                                   sessions_dir: Path) -> None:
    keeper = keeper_of(fictional_dir, sessions_dir, fresh=True)
    edit(keeper, "the first words typed")
    assert keeper.flush() and keeper.path.is_file()
    assert not keeper.came_back()  # never there before: not "gone"
