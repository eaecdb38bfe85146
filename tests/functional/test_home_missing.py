"""A home folder (HOME) set to a folder that does not exist is said as such where it is why
nothing could be written: the new-session form's top, and the message on quitting about
settings.toml, said "… cannot be written: Permission denied" of the folder (a trial). Making
the folder is refused here as it is for a person who may not write its parent (the tests may
run as root, whom permissions do not stop). All data invented."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import new_session_form, shown, wait_for


@pytest.fixture
def no_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """HOME set to a folder that does not exist and cannot be made; the settings file where
    reflect keeps it by default, inside it."""
    home = tmp_path / "no-such-home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("REFLECT_SETTINGS", str(home / ".config" / "reflect" / "settings.toml"))
    real = Path.mkdir

    def mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self == home or home in self.parents:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", mkdir)
    return home


async def test_the_new_session_form_says_the_home_folder_does_not_exist(
        fictional_dir: Path, sessions_dir: Path, no_home: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await new_session_form(pilot)
        await pilot.press("x")
        await wait_for(pilot, lambda: "kept as a draft" in shown(form.query_one("#draft-said")))
        said = " ".join(shown(form.query_one("#draft-said")).split())
    assert (f"the home folder (HOME), {no_home}, does not exist, and could not be made: "
            "Permission denied") in said
    assert "cannot be written" not in said


async def test_quitting_says_the_settings_were_not_kept_as_the_home_folder_does_not_exist(
        fictional_dir: Path, sessions_dir: Path, no_home: Path) -> None:
    app = make_app(fictional_dir, sessions_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        app.theme = "reflect-high-contrast"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    # (a path wider than a line broken after a "/", as every message at a terminal is)
    said = " ".join(" ".join(line.strip() for line in app.farewell(80)).split()).replace(
        "/ ", "/")
    assert (f"Could not remember the theme in {no_home}/.config/reflect/settings.toml: the "
            f"home folder (HOME), {no_home}, does not exist, and could not be made: Permission "
            "denied.") in said
