"""What is said once quitting has begun reaches the terminal after reflect ends: a setting
that cannot be written as the app closes (`ReflectApp.on_unmount`), and a warning a worker
says as it finishes during the shutdown. Both went unsaid: the app no longer showed messages,
and the terminal was told nothing."""

from __future__ import annotations

import errno
import threading
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

import reflect.ui.remembering as remembering
from reflect.ui.app import ReflectApp, make_app
from reflect.ui.screens.start import StartScreen
from tests.functional.helpers import wait_for

HOLD = 10.0
"""Longest the held write waits for quitting to begin (so old code fails, never hangs)."""


def full_disk(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


async def test_a_setting_not_written_as_reflect_ends_is_said_on_the_terminal(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The theme chosen just before Ctrl+Q is written as the app closes; the disk full, it
    was dropped without a word, and the next reflect started in the old theme."""
    monkeypatch.setattr(ReflectApp, "_save_settings", lambda self: None)  # left to the end
    monkeypatch.setattr(remembering, "save_setting", full_disk)
    settings = tmp_path / "invented-settings.toml"
    app = make_app(fictional_dir, sessions_dir, settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        app.theme = "reflect-high-contrast"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    lines = app.farewell(80)
    assert lines[0] == "Not shown before reflect ended:"
    # (a path wider than a line broken after a "/", as every message at a terminal is)
    said = " ".join(line.strip() for line in lines[1:]).replace("/ ", "/")
    assert said == (f"Could not remember the theme in {settings}: No space left on device. "
                    "Next time reflect starts without this choice: only a saved one is used "
                    "again.")
    assert all(cell_len(line) <= 80 for line in lines)


async def test_a_warning_said_by_a_worker_as_reflect_ends_is_said_on_the_terminal(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow disk: the theme's write fails only once Ctrl+Q has been pressed. The worker's
    warning came as the app closed, never shown, and the terminal said nothing of it."""
    app = make_app(fictional_dir, sessions_dir, tmp_path / "invented-settings.toml")
    reached = []

    def fails_once_quitting(*args: object, **kwargs: object) -> None:
        reached.append(True)
        deadline = time.monotonic() + HOLD
        while not app._exit and time.monotonic() < deadline:  # a disk slower than Ctrl+Q
            time.sleep(0.01)
        full_disk()

    monkeypatch.setattr(remembering, "save_setting", fails_once_quitting)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        app.theme = "reflect-high-contrast"
        await wait_for(pilot, lambda: reached)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    lines = app.farewell(80)
    assert lines[0] == "Not shown before reflect ended:"
    assert " ".join(lines).count("Could not remember the theme") == 1


async def test_a_setting_failing_after_the_app_has_closed_is_said_on_the_terminal(
        fictional_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The settings worker can finish after the app has stopped running what threads hand
    it (Textual's `call_from_thread`: "App is not running"): its warning is said all the
    same."""
    monkeypatch.setattr(remembering, "save_setting", full_disk)
    app = make_app(fictional_dir, sessions_dir, tmp_path / "invented-settings.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, StartScreen)
                       and app.library is not None)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)
    app._loop = None  # as `App.run_async` leaves it once shut down (run_test does not)
    app._to_save["theme"] = ("reflect-high-contrast", "the theme")  # chosen as it closed
    worker = threading.Thread(target=ReflectApp._save_settings.__wrapped__, args=(app,))
    worker.start()
    worker.join(HOLD)
    assert "Could not remember the theme" in " ".join(app.farewell(80))
