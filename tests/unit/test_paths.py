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
    import platformdirs

    from reflect.store import settings

    import sys

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
