"""A message that waited behind the "could not save" dialog is never lost when reflect ends
as the dialog closes (a copy saved, or saved at last, on the way to quitting; the window
closed): it was said again as the app closed, unread, and the terminal said nothing of it.
Once the app has ended, the terminal is told it (`Farewell.unread_lines`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._toast import Toast

from reflect.store import autosave
from reflect.ui.app import make_app
from reflect.ui.screens.save_failed import SaveFailedScreen
from tests.functional.helpers import said, wait_for
from tests.functional.test_save_failed_uncovered import failed_on_the_way_out, settled
from tests.functional.test_save_fails import saved as saved  # (a fixture)

pytestmark = pytest.mark.usefixtures("home", "saved")  # (copies go to a temp home folder)

WAITING = ("Invented: the invented time plan says ten minutes are left on this step.\n"
           "An invented second line.\nAn invented third line.")
"""Too many lines to go clear of the dialog's parts at 60x20: it waits."""


async def waiting_behind_the_dialog(pilot, sessions_dir: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch,
                                    timeout: float = 60) -> SaveFailedScreen:
    dialog = await failed_on_the_way_out(pilot, sessions_dir, monkeypatch)
    pilot.app.notify(WAITING, title="Invented title", severity="warning", timeout=timeout)
    await settled(pilot, dialog)
    assert not any(WAITING in str(t.render()) for t in dialog.query(Toast))
    assert WAITING not in said(pilot.app)  # it waits
    return dialog


@pytest.mark.parametrize("way_out", ["copy saved", "saved at last", "window closed"])
async def test_a_message_waiting_as_reflect_ends_is_said_on_the_terminal(
        content_dir: Path, sessions_dir: Path, tmp_path: Path, way_out: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    writes = autosave.write_atomic
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(60, 20), notifications=True) as pilot:
            dialog = await waiting_behind_the_dialog(pilot, sessions_dir, monkeypatch)
            if way_out == "copy saved":
                dialog.query_one("#copy-path").value = str(tmp_path / "copy.toml")  # type: ignore[attr-defined]
                await pilot.press("enter")
            elif way_out == "saved at last":
                sessions_dir.chmod(0o700)
                monkeypatch.setattr("reflect.store.autosave.write_atomic", writes)
                await pilot.click("#retry")
            else:
                app._exit_on_signal()  # what SIGTERM and SIGHUP run
            await wait_for(pilot, lambda: not app.is_running)
    finally:
        sessions_dir.chmod(0o700)
    lines = app.farewell(60)
    start = lines.index("Not shown before reflect ended:")
    assert lines[start + 1:start + 5] == [
        "  Invented title",
        "  Invented: the invented time plan says ten minutes are",
        "  left on this step.",
        "  An invented second line."]
    assert lines[start + 5] == "  An invented third line."
    if way_out == "saved at last":
        assert lines[-1].startswith("To carry on:")  # then where the session is


async def test_a_message_shown_once_the_dialog_closed_is_not_said_again(
        content_dir: Path, sessions_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Said again as the dialog was answered (Stay), for its whole time: read."""
    writes = autosave.write_atomic
    app = make_app(content_dir, sessions_dir)
    try:
        async with app.run_test(size=(60, 20), notifications=True) as pilot:
            await waiting_behind_the_dialog(pilot, sessions_dir, monkeypatch, timeout=1)
            await pilot.press("escape")
            await wait_for(pilot, lambda: WAITING in said(app))
            await wait_for(pilot, lambda: WAITING not in said(app))  # its time is up
            sessions_dir.chmod(0o700)
            monkeypatch.setattr("reflect.store.autosave.write_atomic", writes)
            await pilot.press("ctrl+q")
            await wait_for(pilot, lambda: not app.is_running)
    finally:
        sessions_dir.chmod(0o700)
    assert "Not shown before reflect ended:" not in app.farewell(60)
    assert app.farewell(60)[-1].startswith("To carry on:")
