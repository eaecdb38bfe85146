"""A briefing the system will not let reflect read, and one given by its file:// address
(`reflect import` and the import preview alike): "cannot read locked.txt: Permission denied"
said neither why nor what to do (a learning lead's trial). All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.importer.sources import NOT_ALLOWED, SourceError, file_path, read_source


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


@pytest.mark.parametrize(("typed", "path"), [
    ("file:///tmp/invented/Child%20ZQ%20briefing.pdf", "/tmp/invented/Child ZQ briefing.pdf"),
    ("FILE://localhost/tmp/invented/child-zq.pdf", "/tmp/invented/child-zq.pdf"),
    ("/tmp/invented/child-zq.pdf", "/tmp/invented/child-zq.pdf"),
    ("file-notes/child-zq.pdf", "file-notes/child-zq.pdf"),
    ("file://another-machine/share/child-zq.pdf", "file://another-machine/share/child-zq.pdf"),
])
def test_a_file_address_pasted_is_the_path_it_names(typed: str, path: str) -> None:
    """A PDF opened in a browser, its address copied into the import: "cannot read
    file:/tmp/…: No such file or directory (there is no folder file:/tmp/…; . exists)" (a
    learning lead's trial)."""
    assert file_path(typed) == path


def test_reflect_import_takes_a_file_address(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from reflect.cli import main

    path = tmp_path / "Child ZQ briefing.md"
    path.write_text("# Child ZQ: learning briefing\n\n## Introduction\nChild ZQ was an "
                    "invented toddler.\n\n## Key learning\n- Ask who lives at home.\n",
                    encoding="utf-8")
    assert main(["import", path.as_uri(), "--check", "--content-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Title: Child ZQ"
