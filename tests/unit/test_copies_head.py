"""The start screen's first line about newer emergency copies reads as English for one and for
several (it said "1 saved session(s) have a newer emergency copy")."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reflect.store.copies import FoundCopy
from reflect.ui.screens.start_problems import copies_said


def newer(tmp_path: Path, n: int) -> FoundCopy:
    session_id = f"20261205-child-zz-0000000{n}"
    return FoundCopy(tmp_path / f"reflect-copy-{session_id}-20261205-081500.toml", session_id,
                     datetime(2026, 12, 5, 8, 15, tzinfo=timezone.utc), "newer",
                     tmp_path / "sessions" / f"{session_id}.toml")


def test_one_newer_copy_is_said_as_one(tmp_path: Path) -> None:
    head = copies_said([newer(tmp_path, 1)]).splitlines()[0]
    assert head.startswith("A saved session has a newer emergency copy (marked in the list)")
    assert "(s)" not in head


def test_several_are_said_as_several(tmp_path: Path) -> None:
    head = copies_said([newer(tmp_path, 1), newer(tmp_path, 2)]).splitlines()[0]
    assert head.startswith("2 saved sessions have newer emergency copies (marked in the list)")
    assert "(s)" not in head
