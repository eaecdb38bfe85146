"""A background task (autosave, export, report, loading) that fails is reported on screen,
in its own words, and the session stays open; and the walkthrough keeps Textual's own lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from reflect.ui.app import make_app
from reflect.ui.screens.walkthrough import WalkthroughScreen
from tests.functional.helpers import start_and_go_to, wait_for


def boom(*args: object, **kwargs: object) -> Path:
    raise RuntimeError("[bold]disk gremlin[/] in the invented exporter")


async def test_a_failing_worker_is_reported_and_the_session_stays_open(
        content_dir: Path, sessions_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reflect.store.exports.export_session", boom)
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await start_and_go_to(pilot)
        screen.run_export(screen.session, "markdown", tmp_path / "notes.md")
        await wait_for(pilot, lambda: any("disk gremlin" in n.message
                                          for n in app._notifications))
        [note] = [n for n in app._notifications if "disk gremlin" in n.message]
        assert note.message == ("Could not write the notes: RuntimeError: "
                                "[bold]disk gremlin[/] in the invented exporter")
        assert note.severity == "error"
        assert app.is_running and app.screen is screen
        await pilot.press("a")  # still usable
        await wait_for(pilot, lambda: screen.session.answers[0].text == "a")


async def test_the_walkthrough_keeps_textuals_own_lock(content_dir: Path,
                                                       sessions_dir: Path) -> None:
    app = make_app(content_dir, sessions_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_and_go_to(pilot)
        assert isinstance(screen, WalkthroughScreen)
        async with screen.batch():  # Widget.batch() takes Widget.lock
            pass
        assert screen.session_lock is not None
