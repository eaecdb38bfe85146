import stat
import subprocess

from reflect import paths
from tests.conftest import REPO


def test_option_then_env_then_clone_default(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.CONTENT_ENV, raising=False)
    monkeypatch.delenv(paths.SESSIONS_ENV, raising=False)
    assert paths.content_dir() == REPO / "content"
    assert paths.sessions_dir() == REPO / "sessions"
    monkeypatch.setenv(paths.SESSIONS_ENV, str(tmp_path / "env"))
    assert paths.sessions_dir() == tmp_path / "env"
    assert paths.sessions_dir(tmp_path / "opt") == tmp_path / "opt"
    monkeypatch.setenv(paths.CONTENT_ENV, str(tmp_path / "c"))
    assert paths.content_dir() == tmp_path / "c"
    assert paths.content_dir(str(tmp_path / "o")) == tmp_path / "o"


def test_clone_sessions_folder_is_private_and_ignored(monkeypatch):
    monkeypatch.delenv(paths.SESSIONS_ENV, raising=False)
    folder = paths.sessions_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "README.md").is_file()
    probe = folder / "20260101-child-zz-0000000f.toml"
    out = subprocess.run(["git", "check-ignore", "-q", str(probe)], cwd=REPO)
    assert out.returncode == 0, "session files must be git-ignored"


def test_installed_copy_uses_per_user_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(paths.SESSIONS_ENV, raising=False)
    monkeypatch.setattr(paths, "_in_clone", lambda: False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.sessions_dir() == tmp_path / "reflect" / "sessions"
    assert paths.content_dir().name == "content"
