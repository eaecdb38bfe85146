"""A report or notes not written because a file stands where the exports folder should be
says so, naming it: the Reports screen said "Could not write …: File exists" (the error of
making the folder) and `reflect report -o exports/x.html` "folder exports does not exist",
while it did, as a file (a learning lead's trial). Every path here is a temporary one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.cli.output import unsafe_target
from reflect.store.atomic import not_written, write_atomic


def test_a_file_where_the_folder_should_be_is_said_so(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.write_text("not a folder")
    target = folder / "report.html"
    with pytest.raises(OSError) as caught:
        write_atomic(target, b"<p>invented</p>")
    assert not_written(target, caught.value) == f"{folder} is a file, not a folder"
    assert unsafe_target(target, [], force=False) == f"{folder} is a file, not a folder"
    assert unsafe_target(tmp_path / "none" / "x.html", [], force=False) == (
        f"folder {tmp_path / 'none'} does not exist")


def test_a_file_there_already_is_said_as_before(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("an earlier report")
    with pytest.raises(FileExistsError) as caught:
        write_atomic(target, b"new", replace=False)
    assert not_written(target, caught.value) == "File exists"
