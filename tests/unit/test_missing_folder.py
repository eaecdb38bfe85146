"""A folder missing on the way to a file is said as the reason it could not be written, and
the home folder (HOME) named as such (store/missing_folder.py). Real temp folders."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reflect.store.missing_folder import cannot_write, missing_said

DENIED = PermissionError(errno.EACCES, "Permission denied")


def test_the_home_folder_missing_is_said_as_the_home_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "no-such-home"
    monkeypatch.setenv("HOME", str(home))
    assert missing_said(DENIED, home / ".config" / "reflect") == (
        f"the home folder (HOME), {home}, does not exist, and could not be made: "
        "Permission denied")
    deeper = tmp_path / "gone" / "home"
    monkeypatch.setenv("HOME", str(deeper))
    assert missing_said(DENIED, deeper / "drafts") == (
        f"the home folder (HOME) is set to {deeper}, and {tmp_path / 'gone'} does not exist, "
        "and could not be made: Permission denied")


def test_another_missing_folder_is_named_and_an_existing_one_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert missing_said(DENIED, tmp_path / "a" / "b") == (
        f"{tmp_path / 'a'} does not exist, and could not be made: Permission denied")
    assert missing_said(DENIED, tmp_path) is None  # there: the permission is the reason
    assert cannot_write(PermissionError(errno.EACCES, "Permission denied", str(tmp_path)),
                        tmp_path) == f"{tmp_path} cannot be written: Permission denied"
    full = OSError(errno.ENOSPC, "No space left on device")
    assert missing_said(full, tmp_path / "a") is None  # not why
