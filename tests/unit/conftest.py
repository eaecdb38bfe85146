"""Fixtures shared by the unit tests of emergency copies named as the start screen names them
(test_copy_short_names.py, test_copy_named_opened.py). Each file held its own copy of them,
word for word, since importing them from the other trips ruff's F811 (a fixture imported is a
name redefined by each test that takes it). None is used unless asked for; their helpers are
in tests/copies.py. All data invented."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from reflect.model.review import Review
from reflect.model.session import Session
from reflect.store.sessions import save_session
from tests.copies import ID
from tests.unit.test_walk import folders_set


@pytest.fixture
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder copies are written to when the home folder will not take them."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def folders_from_env(dirs: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The folders set as the environment sets them: the commands said are then as a
    person's, with no folder options (tests/unit/test_commands.py)."""
    folders_set(monkeypatch, dirs)


@pytest.fixture
def saved_huddle(review: Review, sessions_dir: Path) -> Session:
    """An invented session, "Invented Moorvale huddle", saved in the sessions folder."""
    s = Session.start(review, ID, title="Invented Moorvale huddle")
    save_session(sessions_dir, s)
    return s
