"""A sessions folder the user chose is never changed, and one anyone using this computer can
look into is said once (store/folder_access.py). reflect's own folders are made owner-only:
tests/unit/test_paths.py. Folders are made in the system's temp folder, as pytest's own are
closed to others (0700) and would hide what is looked for (the `open_folder` fixture)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from reflect.cli import main
from reflect.store.folder_access import SAID_NAME, open_to_others, said_once, where_folders

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_said_once_and_the_folder_left_as_it_is(open_folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    said = said_once(open_folder, cache)
    assert said is not None
    assert str(open_folder) in said and "(755)" in said and "Said once." in said
    assert f"chmod 700 '{open_folder}'" in said and "list the sessions folder" in said
    assert mode_of(open_folder) == 0o755  # a folder the user chose is never changed
    assert said_once(open_folder, cache) is None  # once
    assert mode_of(cache / SAID_NAME) == 0o600 and mode_of(cache) == 0o700


def test_said_again_once_open_again_or_open_to_writing(open_folder: Path,
                                                        tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert said_once(open_folder, cache) is not None
    open_folder.chmod(0o700)
    assert said_once(open_folder, cache) is None  # closed: forgotten
    open_folder.chmod(0o755)
    assert said_once(open_folder, cache) is not None  # open again: said again
    open_folder.chmod(0o775)
    assert said_once(open_folder, cache) is None  # its group given more: not others
    open_folder.chmod(0o777)
    wider = said_once(open_folder, cache)
    assert wider is not None and "list, delete and replace the session files in" in wider


def test_the_start_screens_line_says_it_whole_when_asked() -> None:
    """The first start's words (`whole`) on the line under the lists, not a message over them
    (a learning lead's trial); short at every start after."""
    library, sessions = Path("/srv/lib"), Path("/srv/team sessions")
    short = where_folders(library, sessions, 0o755)
    assert short.endswith("(open to others, 755: chmod 700 '/srv/team sessions' keeps it to you)")
    whole = where_folders(library, sessions, 0o755, whole=True)
    assert "755: anyone using this computer can list it, and read a session file git" in whole
    assert whole.endswith("chmod 700 '/srv/team sessions' keeps it to you, 750 to its group)")
    assert "can list, delete and replace the session files in it," in where_folders(
        library, sessions, 0o777, whole=True)
    assert where_folders(library, sessions, None, whole=True).endswith(
        "Sessions are saved in: /srv/team sessions")


@pytest.mark.parametrize("mode", [0o700, 0o750, 0o770, 0o751, 0o754])
def test_a_folder_others_cannot_look_into_is_not_said(open_folder: Path, tmp_path: Path,
                                                       mode: int) -> None:
    open_folder.chmod(mode)
    assert open_to_others(open_folder) is None
    assert said_once(open_folder, tmp_path / "cache") is None
    assert not (tmp_path / "cache").exists()  # nothing written either


def test_a_folder_inside_a_closed_one_is_not_said(open_folder: Path, tmp_path: Path) -> None:
    """At 0755 inside a home folder at 0700 (or 0750), no one else can reach it."""
    open_folder.parent.chmod(0o750)
    assert open_to_others(open_folder) is None
    open_folder.parent.chmod(0o755)
    assert open_to_others(open_folder) == 0o755


def test_missing_folder_and_unwritable_cache_are_no_error(open_folder: Path,
                                                           tmp_path: Path) -> None:
    assert said_once(open_folder / "not there", tmp_path / "cache") is None
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert said_once(open_folder, blocked / "cache") is not None  # said, nothing remembered
    assert said_once(open_folder, blocked / "cache") is not None


def test_a_damaged_memory_says_it_again(open_folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    (cache / SAID_NAME).write_text("[not json")
    assert said_once(open_folder, cache) is not None
    assert said_once(open_folder, cache) is None


def test_reflect_walk_says_it_once(open_folder: Path, fictional_dir: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    said = []
    for _ in range(2):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        main(["walk", "child-zz", "--content-dir", str(fictional_dir),
              "--sessions-dir", str(open_folder)])
        said.append(" ".join(capsys.readouterr().out.split()))
    assert f"can list the sessions folder {open_folder} (755)" in said[0]
    assert "can list the sessions folder" not in said[1]
    assert mode_of(open_folder) == 0o755
