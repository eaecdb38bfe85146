"""A briefing the system will not let reflect read: `reflect import` and the import preview
said "cannot read locked.txt: Permission denied", neither why nor what to do (a learning
lead's trial). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.sources import NOT_ALLOWED, SourceError, read_source


def test_a_file_not_allowed_to_be_read_says_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "child-zq.txt"
    path.write_text("Child ZQ was an invented toddler.\n", encoding="utf-8")

    def refused(self: Path) -> bytes:  # (as root, as the tests may run, chmod 000 is read)
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refused)
    with pytest.raises(SourceError) as e:
        read_source(path)
    assert str(e.value) == f"cannot read {path}: Permission denied: {NOT_ALLOWED}"
    assert NOT_ALLOWED.startswith("your account is not allowed to read it, or another "
                                  "program holds it open: close that program, or copy")
