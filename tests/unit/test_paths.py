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


def test_the_per_user_folders_follow_the_platforms_rules(monkeypatch, tmp_path):
    """Through platformdirs: here (Linux) the XDG folders, named by their variables."""
    from reflect.store import cache, settings

    for name in ("data", "config", "cache"):
        monkeypatch.setenv(f"XDG_{name.upper()}_HOME", str(tmp_path / name))
    monkeypatch.delenv(cache.CACHE_ENV, raising=False)
    monkeypatch.delenv(settings.SETTINGS_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.user_data_dir() == tmp_path / "data" / "reflect"
    assert cache.cache_dir() == tmp_path / "cache" / "reflect"
    assert settings.settings_path() == tmp_path / "config" / "reflect" / "settings.toml"


def test_settings_an_earlier_version_wrote_on_a_mac_are_still_read(monkeypatch, tmp_path):
    """Earlier versions kept settings in ~/.config/reflect on a Mac too; platformdirs gives
    ~/Library/Application Support/reflect there. The earlier file is used until the new one
    exists (the theme, the support reminder and agency abbreviations are kept)."""
    import sys

    import platformdirs

    from reflect.store import settings

    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv(settings.SETTINGS_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")  # (only reflect's own check reads it here)
    mac = home / "Library" / "Application Support" / "reflect"
    monkeypatch.setattr(platformdirs, "user_config_path", lambda *a, **k: mac)
    assert settings.settings_path() == mac / "settings.toml"  # nothing earlier: the new place
    earlier = home / ".config" / "reflect" / "settings.toml"
    earlier.parent.mkdir(parents=True)
    earlier.write_text('theme = "textual-light"\n', encoding="utf-8")
    assert settings.settings_path() == earlier
    mac.mkdir(parents=True)
    (mac / "settings.toml").write_text('theme = "nord"\n', encoding="utf-8")
    assert settings.settings_path() == mac / "settings.toml"


def test_elsewhere_the_config_folder_alone_counts(monkeypatch, tmp_path):
    """On Linux the folder is ~/.config/reflect unless $XDG_CONFIG_HOME says otherwise: then a
    file left in ~/.config is not read instead."""
    from reflect.store import settings

    home = tmp_path / "home"
    (home / ".config" / "reflect").mkdir(parents=True)
    (home / ".config" / "reflect" / "settings.toml").write_text('theme = "nord"\n')
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.delenv(settings.SETTINGS_ENV, raising=False)
    assert settings.settings_path() == tmp_path / "elsewhere" / "reflect" / "settings.toml"


def test_reflects_own_folders_left_open_are_made_owner_only(monkeypatch, tmp_path):
    """A user trial found a per-user sessions folder and a cache folder that already existed
    left at 0755 (an older reflect, or the umask): every session's name showed. A folder the
    user named is left as they set it up (a shared team folder may need group access)."""
    from reflect.store.cache import write_records

    monkeypatch.delenv(paths.SESSIONS_ENV, raising=False)
    monkeypatch.setattr(paths, "_in_clone", lambda: False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default, named, cache = (tmp_path / "data" / "reflect" / "sessions", tmp_path / "team",
                             tmp_path / "cache")
    for folder in (default, named, cache):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    assert paths.sessions_dir() == default
    assert paths.sessions_dir(named) == named
    write_records(cache / "sessions-0123456789abcdef.json", {})
    assert stat.S_IMODE(default.stat().st_mode) == 0o700
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(named.stat().st_mode) == 0o755


def test_a_folder_that_cannot_be_made_private_is_no_error(monkeypatch, tmp_path):
    from pathlib import Path

    from reflect.store.atomic import make_private

    def refused(self, mode):  # type: ignore[no-untyped-def]
        raise PermissionError(1, "Operation not permitted")

    folder = tmp_path / "not-mine"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setattr(Path, "chmod", refused)
    make_private(folder)  # no error
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
