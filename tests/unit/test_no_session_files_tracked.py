"""Session files hold what teams said about real cases: none is ever committed (README,
sessions/README.md). A helper's tmux trial once committed two sessions folders, their lock
files, a cache folder and a settings file from the clone's top (stop 60: sess/, sessb/,
cache/, settings.toml), unseen: the .gitignore ignored only sessions/. This reads what git
tracks, as a clean clone holds it."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def tracked() -> list[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git clone")
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    return [name for name in out.stdout.decode().split("\0") if name]


def is_session(path: Path) -> bool:
    """A session file as reflect writes one: TOML with a review id and a mode."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "review_id" in data and "mode" in data


def test_no_session_file_lock_or_trial_folder_is_tracked() -> None:
    names = tracked()
    found = [n for n in names
             if (n.startswith("sessions/") and n not in ("sessions/README.md",
                                                        "sessions/.gitignore"))
             or n.rsplit("/", 1)[-1].endswith(".lock")
             or n.split("/", 1)[0] in ("cache", "settings.toml")
             or (n.endswith(".toml") and not n.startswith("tests/") and is_session(REPO / n))]
    assert found == []


def test_a_session_file_is_recognised(tmp_path: Path) -> None:
    session = tmp_path / "s.toml"
    session.write_text('schema_version = 5\nid = "s"\nreview_id = "child-zz"\nmode = "team"\n',
                       encoding="utf-8")
    review = tmp_path / "r.toml"
    review.write_text('id = "child-zz"\ntitle = "Invented"\n', encoding="utf-8")
    assert is_session(session) and not is_session(review)
