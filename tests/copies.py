"""Emergency copies of a session made for the tests, and the name the start screen gives one:
the copy tests' helpers, one copy of each (test_copies.py, test_copy_by_session.py,
test_copy_short_names.py and test_copy_named_opened.py each wrote the same copy their own
way). Their fixtures are in tests/unit/conftest.py. All data invented."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from reflect.model.session import Session
from reflect.store.copies import find_copies
from reflect.store.copy_names import short_name
from reflect.store.sessions import dumps
from reflect.ui.screens.start_problems import problems_lines

ID = "20261204-child-zz-0000c0de"
"""The id of the session the copy tests save (`saved_huddle`): its code, `0000c0de`, is what
a copy's name cut short keeps."""
OLDER = "An invented point typed before the last save"
LIBRARY: Any = SimpleNamespace(missing=False, problems=[], unfinished=[], theme_slips=[])


def copy_in(folder: Path, session: Session, words: str, later: int, at: str) -> Path:
    """A copy of `session` in `folder` holding `words` as its first answer, named as reflect
    names one written at `at` (`20261204-090909`), and written `later` seconds after the
    session's file (made so by its file time)."""
    copy = session.model_copy(deep=True)
    copy.answers[0].text = words
    path = folder / f"reflect-copy-{copy.id}-{at}.toml"
    path.write_bytes(dumps(copy))
    stamp = (Path.home().parent / "sessions" / f"{copy.id}.toml").stat().st_mtime + later
    os.utime(path, (stamp, stamp))
    return path


def shown_at_60_columns(sessions_dir: Path, copy: Path) -> str:
    """The name the start screen's problems area gives `copy` at 60 columns."""
    lines = problems_lines(LIBRARY, [], find_copies(sessions_dir), 56)
    at = copy.name.rsplit("-", 1)[-1]  # (its time)
    [name] = {word.strip("(,") for line in lines for word in line.split()
              if "reflect-copy-" in word and at in word}
    assert name == short_name(copy.name) and "…" in name
    return name
